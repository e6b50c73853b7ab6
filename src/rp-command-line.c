/* rp-command-line.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The data commands of the command line: --import, --export and --agenda.
 *
 * They run in the invoking process, before GApplication registers, so they
 * need neither a display nor a session bus: a terminal over ssh or a cron
 * job can use them. They open the same database as the window (SQLite's WAL
 * and busy timeout let both processes write safely) and, when a Reprieve
 * is running in this session, ask it over D-Bus to re-read its data, so its
 * window and reminders show the change without a restart.
 *
 * Output is for scripts: results on stdout, one reason per line on stderr.
 */

#define G_LOG_DOMAIN "rp-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <gio/gio.h>

#include "rp-command-line.h"
#include "rp-database.h"
#include "rp-database-recovery.h"
#include "rp-agenda.h"
#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-directory-import.h"
#include "rp-export-ics.h"
#include "rp-import.h"
#include "rp-import-ics.h"
#include "rp-import-markdown.h"
#include "rp-import-meeting-guide.h"
#include "rp-import-vcard.h"
#include "rp-meeting-form.h"
#include "rp-store.h"

/* Long enough for any real calendar, short enough that a hostile file
 * cannot stall a cron job. */
#define RP_IMPORT_TIME_LIMIT_MS 10000

/* The lead time of reminders set to "default": Preferences' when the
 * settings schema is installed (a script may run an uninstalled build). */
static int
default_reminder_minutes (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "default-reminder-minutes"))
    return RP_REMINDER_DEFAULT_LEAD_MINUTES;

  settings = g_settings_new_full (schema, NULL, NULL);

  return CLAMP (g_settings_get_int (settings, "default-reminder-minutes"),
                0, RP_MEETING_MAX_REMINDER_MINUTES);
}

static const char * const data_commands[] = { "import", "export", "agenda" };

gboolean
rp_command_line_wants_data_command (GVariantDict *options)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_commands); i++)
    {
      if (g_variant_dict_contains (options, data_commands[i]))
        return TRUE;
    }

  return FALSE;
}

static RpStore *
open_store (void)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autofree char *pending = rp_database_recovery_find_pending (path);
  g_autoptr(RpDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  /* Damaged data waiting for the user's choice in the window: opening the
   * path here would create an empty database and end that wait unseen. */
  if (pending != NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("The data file was damaged. It was kept as “%s”; open "
                                   "Reprieve to restore a backup or start empty."),
                                 pending);
      g_printerr ("%s\n", message);
      return NULL;
    }

  database = rp_database_open (path, &error);
  if (database == NULL)
    {
      /* The message says what happened to the file, never its contents. */
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  return rp_store_new (database);
}

/* Asks a running Reprieve to re-read the database. Only when one owns its
 * name: a plain call would D-Bus-activate the app (and open a window) just
 * to refresh it. Without a session bus nothing of ours can be running in
 * this session, and the command has done its job anyway. */
static void
notify_running_instance (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) done = NULL;
  g_autofree char *object_path = NULL;
  gboolean has_owner = FALSE;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APPLICATION_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                       2000, NULL, NULL);
  if (reply == NULL)
    return;
  g_variant_get (reply, "(b)", &has_owner);
  if (!has_owner)
    return;

  /* GApplication exports its actions at the path made from its id. */
  object_path = g_strconcat ("/", APPLICATION_ID, NULL);
  g_strdelimit (object_path, ".", '/');

  done = g_dbus_connection_call_sync (bus, APPLICATION_ID, object_path,
                                      "org.gtk.Actions", "Activate",
                                      g_variant_new ("(sava{sv})", "reload-data", NULL, NULL),
                                      NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START,
                                      5000, NULL, NULL);
  /* A failure only means the window shows the change at its next start;
   * the data itself is saved, so the command still succeeded. */
}

static void
set_too_large_error (int      max_bytes,
                     GError **error)
{
  g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
               max_bytes == RP_BACKUP_JSON_MAX_BYTES
               ? _("The file is larger than %d MiB, more than any file Reprieve can import.")
               : _("The file is larger than %d MiB, more than any meeting list "
                   "Reprieve can import."),
               max_bytes / (1024 * 1024));
}

/* Reads FILE whole, refusing what no importer would take anyway, before
 * anything is allocated for it. */
static GBytes *
read_import_file (const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED,
                   _("Reprieve can import only files, not folders or devices."));
      return NULL;
    }

  /* Backups may be larger than any other file; the others are held to
   * their own limit once the format is known. */
  if (g_file_info_get_size (info) > RP_BACKUP_JSON_MAX_BYTES)
    {
      set_too_large_error (RP_BACKUP_JSON_MAX_BYTES, error);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
print_result (guint imported,
              guint updated,
              guint skipped)
{
  /* Not translated: scripts read this line. */
  g_print ("imported %u, updated %u, skipped %u\n", imported, updated, skipped);
}

static int
import_meeting_guide (RpStore    *store,
                      GBytes     *data,
                      const char *file_name)
{
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reasons = NULL;
  guint n_removed, n_linked;

  result = rp_store_import_directory (store, data, file_name, &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return error->domain == RP_IMPORT_ERROR ? RP_EXIT_REFUSED : RP_EXIT_FAILURE;
    }

  reasons = rp_directory_import_dup_skipped_reasons (result);
  for (guint i = 0; reasons[i] != NULL; i++)
    g_printerr ("%s\n", reasons[i]);

  n_removed = rp_directory_import_get_n_removed (result);
  if (n_removed > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "Removed %u meeting that is no longer in this feed.\n",
                             "Removed %u meetings that are no longer in this feed.\n",
                             n_removed),
                n_removed);

  n_linked = rp_directory_import_get_n_linked_changed (result) +
             rp_directory_import_get_n_linked_vanished (result);
  if (n_linked > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%u of your meetings changed or left the feed; review it in "
                             "Reprieve's Directory.\n",
                             "%u of your meetings changed or left the feed; review them in "
                             "Reprieve's Directory.\n",
                             n_linked),
                n_linked);

  print_result (rp_directory_import_get_n_new (result),
                rp_directory_import_get_n_updated (result),
                rp_directory_import_get_n_skipped (result));

  return RP_EXIT_OK;
}

static int
import_icalendar (RpStore *store,
                  GBytes  *data)
{
  g_autoptr(RpIcsReport) report = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *local_id = rp_meeting_form_dup_local_time_zone (local);
  g_autoptr(GError) error = NULL;
  guint imported = 0;
  guint updated = 0;

  report = rp_import_ics_parse_with_limit (data, local_id, RP_IMPORT_TIME_LIMIT_MS, &error);
  if (report == NULL)
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_REFUSED;
    }

  for (guint i = 0; i < report->meetings->len; i++)
    rp_meeting_set_import_uid (g_ptr_array_index (report->meetings, i),
                               g_ptr_array_index (report->uids, i));

  for (guint i = 0; i < report->skipped->len; i++)
    {
      const RpIcsSkip *skip = g_ptr_array_index (report->skipped, i);

      g_printerr ("%s\n", skip->reason);
    }

  if (report->meetings->len > 0 &&
      !rp_store_import_meetings (store, report->meetings, &imported, &updated, &error))
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_FAILURE;
    }

  print_result (imported, updated, report->skipped->len);

  return RP_EXIT_OK;
}

static int
import_vcard (RpStore *store,
              GBytes  *data)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  guint imported = 0;
  guint updated = 0;
  guint unchanged = 0;

  contacts = rp_import_vcard_parse (data, &skipped, &error);
  if (contacts == NULL)
    {
      g_printerr ("%s\n", error->message);
      /* Without the vCard module the file is fine, but Reprieve is not. */
      return g_error_matches (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED)
             ? RP_EXIT_NOT_AVAILABLE : RP_EXIT_REFUSED;
    }

  /* Which card and why, never its contents. */
  for (guint i = 0; i < skipped->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (skipped, i));

  if (contacts->len > 0 &&
      !rp_store_import_contacts (store, contacts, &imported, &updated, &unchanged, &error))
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_FAILURE;
    }

  /* Skipped: the cards Reprieve could not use and those already saved
   * unchanged, as the meeting imports count them. */
  print_result (imported, updated, skipped->len + unchanged);

  return RP_EXIT_OK;
}

static int
import_reading (RpStore    *store,
                GBytes     *data,
                const char *file_name)
{
  g_autoptr(RpReadingImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint imported = 0;
  guint updated = 0;
  guint skipped = 0;

  import = rp_import_markdown_parse (file_name, data, &error);
  if (import == NULL)
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_REFUSED;
    }

  /* Which line and why, never the text. */
  for (guint i = 0; i < import->skipped->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (import->skipped, i));

  if (!rp_store_import_readings (store, import, &imported, &updated, &skipped, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_FAILURE;
    }

  print_result (imported, updated, skipped);

  return RP_EXIT_OK;
}

/* Before a backup file replaces everything, the current data is backed
 * up (a pre-restore backup in the backups folder): a restore can always
 * be undone. A failure to back up refuses the import; nothing changed. */
static int
import_backup (RpStore *store,
               GBytes  *data)
{
  RpDatabase *database = rp_store_get_database (store);
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);

  backup = rp_backup_json_load (database, data, &error);
  if (backup == NULL)
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_REFUSED;
    }

  /* What the file holds, before it replaces anything. Not translated:
   * scripts read these lines. */
  g_string_append_printf (summary, "backup %s\n", rp_backup_json_get_exported (backup));
  for (guint i = 0; i < rp_backup_json_get_n_tables (); i++)
    g_string_append_printf (summary, "%s %u\n", rp_backup_json_get_table_name (i),
                            rp_backup_json_get_count (backup, i));
  fputs (summary->str, stdout);
  fflush (stdout);

  if (!rp_backup_json_replace (database, backup, rp_backups_write_pre_restore_cb, NULL,
                               &error))
    {
      g_printerr ("%s\n", error->message);
      /* A record the database's own checks refused is the file's fault. */
      return error->domain == RP_IMPORT_ERROR ? RP_EXIT_REFUSED : RP_EXIT_FAILURE;
    }

  g_print ("imported %u\n", rp_backup_json_get_total (backup));

  return RP_EXIT_OK;
}

static int
run_import (RpStore    *store,
            const char *path)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  RpImportFormat format;

  data = read_import_file (path, &error);
  if (data == NULL)
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_REFUSED;
    }

  file_name = g_path_get_basename (path);
  format = rp_import_require_format_for_file (data, file_name, &error);
  if (format != RP_IMPORT_FORMAT_BACKUP_JSON && format != RP_IMPORT_FORMAT_UNKNOWN &&
      g_bytes_get_size (data) > RP_MEETING_GUIDE_MAX_BYTES)
    {
      set_too_large_error (RP_MEETING_GUIDE_MAX_BYTES, &error);
      g_printerr ("%s\n", error->message);
      return RP_EXIT_REFUSED;
    }

  switch (format)
    {
    case RP_IMPORT_FORMAT_MEETING_GUIDE_JSON:
      return import_meeting_guide (store, data, file_name);

    case RP_IMPORT_FORMAT_READING:
      return import_reading (store, data, file_name);

    case RP_IMPORT_FORMAT_ICALENDAR:
      return import_icalendar (store, data);

    case RP_IMPORT_FORMAT_VCARD:
      return import_vcard (store, data);

    case RP_IMPORT_FORMAT_BACKUP_JSON:
      return import_backup (store, data);

    case RP_IMPORT_FORMAT_UNKNOWN:
    default:
      g_printerr ("%s\n", error->message);
      return RP_EXIT_REFUSED;
    }
}

static int
export_backup (RpStore    *store,
               const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  guint n_records = 0;

  if (!rp_backup_json_export_to_file (rp_store_get_database (store), path, now,
                                      &n_records, &error))
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_FAILURE;
    }

  /* Not translated: scripts read this line. */
  g_print ("exported %u records\n", n_records);

  return RP_EXIT_OK;
}

static int
run_export (RpStore    *store,
            const char *path)
{
  GListModel *model = rp_store_get_meetings (store);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_has_suffix (path, ".json"))
    return export_backup (store, path);
  if (!g_str_has_suffix (path, ".ics"))
    {
      g_printerr ("%s\n", _("Give a file name ending in .json to export all your data, or "
                            "in .ics to export your meetings."));
      return RP_EXIT_USAGE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (meetings, g_list_model_get_item (model, i));

  data = rp_export_ics (meetings, now, default_reminder_minutes (), &error);
  /* Only its owner may read it, like the database it comes from. */
  if (data == NULL ||
      !g_file_set_contents_full (path, g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      g_printerr ("%s\n", error->message);
      return RP_EXIT_FAILURE;
    }

  /* Not translated: scripts read this line. */
  g_print ("exported %u\n", meetings->len);

  return RP_EXIT_OK;
}

static int
run_agenda (RpStore    *store,
            const char *days_text)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (local);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint64 days = 7;

  /* handle_local_options has checked the range already. */
  if (days_text != NULL)
    g_ascii_string_to_unsigned (days_text, 10, 1, RP_AGENDA_MAX_DAYS, &days, NULL);

  items = rp_agenda_upcoming (rp_store_get_meetings (store), now, local, (guint) days);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *line = rp_agenda_format_line (g_ptr_array_index (items, i));

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }

  /* One write, so a reader of a pipe never sees half a line. */
  fputs (out->str, stdout);
  if (fflush (stdout) != 0)
    return RP_EXIT_FAILURE;

  return RP_EXIT_OK;
}

/**
 * rp_command_line_run_data_command:
 * @options: the parsed options; rp_command_line_wants_data_command() was %TRUE
 *
 * Runs --import, --export or --agenda in this process.
 *
 * Returns: the exit status
 */
int
rp_command_line_run_data_command (GVariantDict *options)
{
  g_autoptr(RpStore) store = NULL;
  const char *days = NULL;
  guint n_commands = 0;
  int status;

  for (guint i = 0; i < G_N_ELEMENTS (data_commands); i++)
    n_commands += g_variant_dict_contains (options, data_commands[i]);
  if (n_commands > 1)
    {
      g_printerr ("%s\n", _("Use one of --import, --export and --agenda at a time."));
      return RP_EXIT_USAGE;
    }

  store = open_store ();
  if (store == NULL)
    return RP_EXIT_FAILURE;

  if (g_variant_dict_contains (options, "agenda"))
    {
      g_variant_dict_lookup (options, "days", "&s", &days);
      return run_agenda (store, days);
    }

  if (g_variant_dict_contains (options, "import"))
    {
      const char *path = NULL;

      g_variant_dict_lookup (options, "import", "^&ay", &path);
      status = run_import (store, path);
      if (status == RP_EXIT_OK)
        notify_running_instance ();
      return status;
    }

  {
    const char *path = NULL;

    g_variant_dict_lookup (options, "export", "^&ay", &path);
    return run_export (store, path);
  }
}
