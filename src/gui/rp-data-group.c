/* rp-data-group.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDataGroup is the "Your Data" group of Preferences: export everything
 * to a backup file, restore from one (after a preview and a pre-restore
 * backup, so a restore can be undone), and the list of automatic backups.
 * The file choosers only pick a GFile; rp_data_group_export_to() and
 * rp_data_group_restore_from() do the work, so tests can call them. Each
 * automatic backup in the list has its own Restore button, which asks
 * first; the restore keeps the store open (rp_backups_restore_into()).
 */

#define G_LOG_DOMAIN "rp-data-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-data-group.h"
#include "rp-toast.h"

struct _RpDataGroup
{
  AdwPreferencesGroup   parent_instance;

  RpStore              *store;
  RpClock              *clock;
  GtkFileChooserNative *chooser;
  /* The last message shown, dismissed by the next: an error stays until
   * dismissed, and would otherwise hold the next message in the queue. */
  AdwToast             *toast;
  /* The rows added to backups_row, to remove them on a refresh. */
  GPtrArray            *backup_rows;

  AdwActionRow         *export_row;
  AdwActionRow         *restore_row;
  AdwExpanderRow       *backups_row;
};

G_DEFINE_FINAL_TYPE (RpDataGroup, rp_data_group, ADW_TYPE_PREFERENCES_GROUP)

/* How many records of @table, in words a person recognises; %NULL for the
 * kinds that are summed as "other records". Literal ngettext() calls, so
 * the formats are checked. */
static char *
describe_count (const char *table,
                guint       n)
{
  if (g_str_equal (table, "meeting"))
    return g_strdup_printf (ngettext ("%u meeting", "%u meetings", n), n);
  if (g_str_equal (table, "attendance"))
    return g_strdup_printf (ngettext ("%u attendance record", "%u attendance records", n), n);
  if (g_str_equal (table, "contact"))
    return g_strdup_printf (ngettext ("%u contact", "%u contacts", n), n);
  if (g_str_equal (table, "reading"))
    return g_strdup_printf (ngettext ("%u reading", "%u readings", n), n);
  if (g_str_equal (table, "recovery"))
    return g_strdup_printf (ngettext ("%u clean date", "%u clean dates", n), n);
  if (g_str_equal (table, "goal"))
    return g_strdup_printf (ngettext ("%u goal", "%u goals", n), n);
  if (g_str_equal (table, "goal_check_in"))
    return g_strdup_printf (ngettext ("%u goal check-in", "%u goal check-ins", n), n);
  if (g_str_equal (table, "inventory"))
    return g_strdup_printf (ngettext ("%u inventory entry", "%u inventory entries", n), n);
  if (g_str_equal (table, "step_work"))
    return g_strdup_printf (ngettext ("%u step work answer", "%u step work answers", n), n);

  return NULL;
}

/* What a restore would bring back, for the question before it: @counts
 * holds one count per table of the backup format (rp-backup-json.h), as
 * a JSON backup's preview or rp_backups_count_records() gives them. */
static char *
describe_contents (const char *date,
                   GArray     *counts)
{
  g_autoptr(GString) body = g_string_new (NULL);
  guint others = 0;
  guint total = 0;

  /* Translators: %s is the date and time the backup was made */
  g_string_append_printf (body, _("The backup of %s holds:"), date);

  for (guint i = 0; i < counts->len; i++)
    {
      guint count = g_array_index (counts, guint, i);
      g_autofree char *words = describe_count (rp_backup_json_get_table_name (i), count);

      total += count;
      if (words == NULL)
        others += count;
      else if (count > 0)
        g_string_append_printf (body, "\n• %s", words);
    }

  if (others > 0)
    {
      g_string_append (body, "\n• ");
      g_string_append_printf (body, ngettext ("%u other record", "%u other records", others),
                              others);
    }
  if (total == 0)
    g_string_append_printf (body, "\n• %s", _("nothing"));

  g_string_append (body, "\n\n");
  g_string_append (body, _("All your current data will be replaced. It is backed up first, "
                           "so this can be undone from the automatic backups."));

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
show_message (RpDataGroup *self,
              const char  *text,
              gboolean     stays)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast = rp_toast_new (text);

  /* An error stays until dismissed: it may need reading twice. */
  if (stays)
    adw_toast_set_timeout (toast, 0);

  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, toast);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static GDateTime *
now (RpDataGroup *self)
{
  return self->clock != NULL ? rp_clock_now (self->clock) : g_date_time_new_now_utc ();
}

/* @time in local time, as a person reads it. */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: the date and time of a backup; see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

static char *
format_exported (RpBackupJson *backup)
{
  g_autoptr(GDateTime) exported = NULL;

  exported = g_date_time_new_from_iso8601 (rp_backup_json_get_exported (backup), NULL);
  if (exported == NULL)
    return g_strdup (rp_backup_json_get_exported (backup));

  return format_time (exported);
}

static const char *
kind_label (RpBackupKind kind)
{
  switch (kind)
    {
    case RP_BACKUP_KIND_DAILY:
      return _("Daily");
    case RP_BACKUP_KIND_PRE_MIGRATION:
      return _("Before an Upgrade");
    case RP_BACKUP_KIND_PRE_RESTORE:
      return _("Before a Restore");
    default:
      return _("Backup");
    }
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const RpBackupInfo *first = *(RpBackupInfo * const *) a;
  const RpBackupInfo *second = *(RpBackupInfo * const *) b;

  return g_date_time_compare (second->taken, first->taken);
}

static GtkWidget *
add_backup_row (RpDataGroup *self,
                const char  *title,
                const char  *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_expander_row_add_row (self->backups_row, row);
  g_ptr_array_add (self->backup_rows, row);

  return row;
}

/* Both restores ask the same way: Cancel by default, the replacing answer
 * in red. The caller adds its data and response handler, then presents. */
static AdwMessageDialog *
new_replace_question (RpDataGroup *self,
                      const char  *heading,
                      const char  *body,
                      const char  *response,
                      const char  *label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  return dialog;
}

static void refresh_backups (RpDataGroup *self);

/* After either kind of restore. The list is rebuilt, which takes away a
 * focused Restore button: the focus goes to the list itself, so that the
 * window does not scroll back to its top, and the new "Before a Restore"
 * backup is in sight. */
static void
show_restored (RpDataGroup *self,
               const char  *date)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the date and time the backup was made; short, to
   * fit in a notification bar of a narrow window */
  message = g_strdup_printf (_("Restored the backup of %s"), date);
  show_message (self, message, FALSE);
  refresh_backups (self);
  gtk_widget_child_focus (GTK_WIDGET (self->backups_row), GTK_DIR_TAB_FORWARD);
}

static void
restore_backup (RpDataGroup        *self,
                const RpBackupInfo *info)
{
  g_autoptr(GDateTime) time = now (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *taken = NULL;

  if (!rp_backups_restore_into (rp_store_get_database (self->store), info->path, time, &error) ||
      !rp_store_reload (self->store, &error))
    {
      show_message (self, error->message, TRUE);
      refresh_backups (self);
      return;
    }

  taken = format_time (info->taken);
  show_restored (self, taken);
}

static void
restore_backup_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            RpDataGroup      *self)
{
  const RpBackupInfo *info = g_object_get_data (G_OBJECT (dialog), "backup-info");

  if (g_str_equal (response, "restore") && self->store != NULL)
    restore_backup (self, info);
}

static void
restore_backup_clicked_cb (GtkButton   *button,
                           RpDataGroup *self)
{
  const RpBackupInfo *info = g_object_get_data (G_OBJECT (button), "backup-info");
  g_autofree char *taken = format_time (info->taken);
  g_autofree char *body = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  /* Checked and counted first: a damaged backup is refused before asking. */
  counts = rp_backups_count_records (info->path, &error);
  if (counts == NULL)
    {
      show_message (self, error->message, TRUE);
      return;
    }

  body = describe_contents (taken, counts);
  dialog = new_replace_question (self, _("Restore This Backup?"), body, "restore", _("_Restore"));
  /* A copy: the list, and this button with it, is rebuilt on a refresh. */
  g_object_set_data_full (G_OBJECT (dialog), "backup-info", rp_backup_info_copy (info),
                          (GDestroyNotify) rp_backup_info_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_backup_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One automatic backup, with its Restore button. */
static void
add_backup_info_row (RpDataGroup        *self,
                     const RpBackupInfo *info)
{
  g_autofree char *taken = format_time (info->taken);
  g_autofree char *size = g_format_size ((guint64) info->size);
  /* Translators: a backup's date and time, then its size */
  g_autofree char *details = g_strdup_printf (_("%s · %s"), taken, size);
  /* Translators: the accessible name of a backup's Restore button; %s is
   * the date and time the backup was made */
  g_autofree char *label = g_strdup_printf (_("Restore the backup of %s"), taken);
  GtkWidget *row = add_backup_row (self, kind_label (info->kind), details);
  GtkWidget *button = gtk_button_new_with_label (_("Restore…"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "backup-info", rp_backup_info_copy (info),
                          (GDestroyNotify) rp_backup_info_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (restore_backup_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static void
refresh_backups (RpDataGroup *self)
{
  g_autofree char *dir = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->backup_rows->len; i++)
    adw_expander_row_remove (self->backups_row, g_ptr_array_index (self->backup_rows, i));
  g_ptr_array_set_size (self->backup_rows, 0);

  if (self->store == NULL)
    return;

  dir = rp_backups_dir_for_database (rp_database_get_path (rp_store_get_database (self->store)));
  /* Translators: %s is a folder */
  subtitle = g_strdup_printf (_("Kept in %s"), dir);
  adw_expander_row_set_subtitle (self->backups_row, subtitle);

  backups = rp_backups_list_in (dir, &error);
  if (backups == NULL)
    {
      add_backup_row (self, _("The backups could not be listed"), error->message);
      return;
    }
  if (backups->len == 0)
    {
      add_backup_row (self, _("No backups yet"),
                      _("One is made each day while Reprieve runs"));
      return;
    }

  g_ptr_array_sort (backups, compare_newest_first);
  for (guint i = 0; i < backups->len; i++)
    add_backup_info_row (self, g_ptr_array_index (backups, i));
}

/**
 * rp_data_group_export_to:
 * @file: where to write the backup
 *
 * Writes all the data to @file (only the user can read it) and says in a
 * toast how many records, or why it failed.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
rp_data_group_export_to (RpDataGroup *self,
                         GFile       *file)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  guint n_records = 0;

  g_return_val_if_fail (RP_IS_DATA_GROUP (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_message (self, _("Could not export: choose a folder on this computer."), TRUE);
      return FALSE;
    }

  time = now (self);
  if (!rp_backup_json_export_to_file (rp_store_get_database (self->store), path, time,
                                      &n_records, &error))
    {
      show_message (self, error->message, TRUE);
      return FALSE;
    }

  message = g_strdup_printf (ngettext ("Exported %u record", "Exported %u records", n_records),
                             n_records);
  show_message (self, message, FALSE);

  return TRUE;
}

static GBytes *
read_backup_file (GFile   *file,
                  GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_size (info) > RP_BACKUP_JSON_MAX_BYTES)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("This file is too large to be a Reprieve backup; nothing was "
                             "changed."));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

static char *
describe_backup (RpBackupJson *backup)
{
  g_autofree char *date = format_exported (backup);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

  for (guint i = 0; i < rp_backup_json_get_n_tables (); i++)
    {
      guint count = rp_backup_json_get_count (backup, i);

      g_array_append_val (counts, count);
    }

  return describe_contents (date, counts);
}

static void
replace_data (RpDataGroup  *self,
              RpBackupJson *backup)
{
  g_autoptr(GDateTime) time = now (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (!rp_backup_json_replace (rp_store_get_database (self->store), backup,
                               rp_backups_write_pre_restore_cb, time, &error))
    {
      show_message (self, error->message, TRUE);
      refresh_backups (self);
      return;
    }

  /* Every page shows what the store's models hold. */
  if (!rp_store_reload (self->store, &error))
    {
      show_message (self, error->message, TRUE);
      refresh_backups (self);
      return;
    }

  date = format_exported (backup);
  show_restored (self, date);
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RpDataGroup      *self)
{
  RpBackupJson *backup = g_object_get_data (G_OBJECT (dialog), "backup");

  if (g_str_equal (response, "replace") && self->store != NULL)
    replace_data (self, backup);
}

/**
 * rp_data_group_restore_from:
 * @file: a backup file, as written by rp_data_group_export_to()
 *
 * Reads and checks @file, then asks, with what it holds, whether to
 * replace all the data with it. A file refused is told in a toast and
 * nothing changes.
 *
 * Returns: %TRUE if the file was accepted and the question shown
 */
gboolean
rp_data_group_restore_from (RpDataGroup *self,
                            GFile       *file)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpBackupJson) backup = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (RP_IS_DATA_GROUP (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  data = read_backup_file (file, &error);
  if (data != NULL)
    backup = rp_backup_json_load (rp_store_get_database (self->store), data, &error);
  if (backup == NULL)
    {
      show_message (self, error->message, TRUE);
      return FALSE;
    }

  body = describe_backup (backup);
  dialog = new_replace_question (self, _("Replace All Your Data?"), body, "replace", _("_Replace"));
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_steal_pointer (&backup),
                          (GDestroyNotify) rp_backup_json_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
add_json_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Reprieve Backups"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     RpDataGroup     *self)
{
  g_autoptr(GFile) file = NULL;
  GtkFileChooserAction action = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && action == GTK_FILE_CHOOSER_ACTION_SAVE)
    rp_data_group_export_to (self, file);
  else if (file != NULL)
    rp_data_group_restore_from (self, file);

  g_clear_object (&self->chooser);
}

static void
open_chooser (RpDataGroup          *self,
              GtkFileChooserAction  action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->store == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (save ? _("Export All Data")
                                                    : _("Restore from File"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               action,
                                               save ? _("_Export") : _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_json_filter (GTK_FILE_CHOOSER (self->chooser));

  if (save)
    {
      g_autoptr(GDateTime) time = now (self);
      g_autoptr(GDateTime) local = g_date_time_to_local (time);
      g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
      /* The file name stays in English: it is what the format is called. */
      g_autofree char *name = g_strdup_printf ("reprieve-backup-%s.json", day);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_activated_cb (RpDataGroup *self)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
restore_activated_cb (RpDataGroup *self)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN);
}

/**
 * rp_data_group_set_store:
 * @store: (nullable): the data to export and replace; %NULL when it could
 *   not be opened, which makes the rows insensitive
 * @clock: (nullable): the time for file names and backups
 */
void
rp_data_group_set_store (RpDataGroup *self,
                         RpStore     *store,
                         RpClock     *clock)
{
  g_return_if_fail (RP_IS_DATA_GROUP (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  g_set_object (&self->store, store);
  g_set_object (&self->clock, clock);
  gtk_widget_set_sensitive (GTK_WIDGET (self), store != NULL);
  refresh_backups (self);
}

RpDataGroup *
rp_data_group_new (void)
{
  return g_object_new (RP_TYPE_DATA_GROUP, NULL);
}

static void
rp_data_group_dispose (GObject *object)
{
  RpDataGroup *self = RP_DATA_GROUP (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->toast);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_DATA_GROUP);

  G_OBJECT_CLASS (rp_data_group_parent_class)->dispose (object);
}

static void
rp_data_group_finalize (GObject *object)
{
  RpDataGroup *self = RP_DATA_GROUP (object);

  g_ptr_array_unref (self->backup_rows);

  G_OBJECT_CLASS (rp_data_group_parent_class)->finalize (object);
}

static void
rp_data_group_class_init (RpDataGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_data_group_dispose;
  object_class->finalize = rp_data_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-data-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDataGroup, export_row);
  gtk_widget_class_bind_template_child (widget_class, RpDataGroup, restore_row);
  gtk_widget_class_bind_template_child (widget_class, RpDataGroup, backups_row);
  gtk_widget_class_bind_template_callback (widget_class, export_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, restore_activated_cb);
}

static void
rp_data_group_init (RpDataGroup *self)
{
  self->backup_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}
