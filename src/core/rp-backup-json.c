/* rp-backup-json.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-backup-json"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

#include "rp-backup-json-private.h"
#include "rp-import.h"

/* The whole database as one canonical JSON document: tables in the fixed
 * order below (parents before children, the order an import inserts in),
 * rows by primary key, columns in schema order, every column of every row
 * (null included). The same data always gives the same bytes, so that an
 * export, imported into an empty profile and exported again, compares
 * equal (with the same export time).
 *
 * Columns are read generically (PRAGMA table_info), but must be exactly
 * those listed here: a schema change that forgets the backup format fails
 * the export (and a test) instead of writing a file that cannot be read
 * back. Dates and times are the ISO 8601 strings the database holds.
 *
 * app_meta is not exported: it describes the database file itself (when
 * it was created, which starter library this build synced into it), not
 * the user's data. reading_fts is an index, rebuilt after an import. */

static const RpBackupTable tables[] = {
  { "directory_feed",
    "id feed_key name file_name entity entity_url imported",
    "id", "", "imported" },
  { "directory_meeting",
    "id feed_id slug name group_name weekdays start_minute end_minute time_zone location "
    "address approximate region conference_url conference_phone types custom_tags notes "
    "entity entity_url url fingerprint",
    "id", "", "" },
  { "meeting",
    "id name group_name program rrule first_date last_date start_time duration_minutes "
    "time_zone excluded_dates location address online_url conference_phone types tags notes "
    "home_group reminder archived directory_feed directory_slug created updated import_uid "
    "directory_fingerprint",
    "id", "first_date last_date", "created updated" },
  { "attendance",
    "meeting_id date status note recorded",
    "meeting_id, date", "date", "recorded" },
  { "fired_reminder",
    "kind source_id occurrence event_start fired_at late state snoozed_until",
    "kind, source_id, occurrence", "", "event_start fired_at snoozed_until" },
  { "contact",
    "id display_name role primary_sponsor email call_hours notes position import_uid "
    "created updated",
    "id", "", "created updated" },
  { "contact_phone",
    "contact_id position label number",
    "contact_id, position", "", "" },
  { "call_log",
    "id contact_id kind at",
    "id", "", "at" },
  { "reading_collection",
    "id kind name position import_key created updated",
    "id", "", "created updated" },
  { "reading",
    "id collection_id kind origin format title description source_note uri entry_month "
    "entry_day position favourite read_offset progress_page progress_pages progress_percent "
    "import_key created updated body",
    "id", "", "created updated" },
  { "reading_log",
    "id reading_id at",
    "id", "", "at" },
  { "recovery",
    "id label start_date start_minute cost_cents position created updated",
    "id", "start_date", "created updated" },
  { "recovery_period",
    "id recovery_id start_date start_minute end_date note created",
    "id", "start_date end_date", "created" },
  { "goal",
    "id title kind weekly_target source start_date due_date completed_date archived "
    "position created updated",
    "id", "start_date due_date completed_date", "created updated" },
  { "goal_check_in",
    "goal_id day count",
    "goal_id, day", "day", "" },
  { "inventory",
    "id day mood craving gratitude notes created updated",
    "id", "day", "created updated" },
  { "inventory_trigger",
    "inventory_id tag",
    "inventory_id, tag", "", "" },
  { "step_work",
    "step status started finished notes updated",
    "step", "started finished", "updated" },
};

/**
 * rp_backup_json_get_n_tables:
 *
 * Returns: how many tables the format holds
 */
guint
rp_backup_json_get_n_tables (void)
{
  return G_N_ELEMENTS (tables);
}

/**
 * rp_backup_json_get_table_name:
 * @index: below rp_backup_json_get_n_tables()
 *
 * Returns: the table's name, in the format's (and the import's) order
 */
const char *
rp_backup_json_get_table_name (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tables), NULL);

  return tables[index].name;
}

const RpBackupTable *
rp_backup_json_get_table (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tables), NULL);

  return &tables[index];
}

/**
 * rp_backup_json_is_excluded_table:
 * @name: a table of the schema
 *
 * Returns: %TRUE for the tables deliberately left out of the format
 *   (app_meta and the full-text index reading_fts with its own tables)
 */
gboolean
rp_backup_json_is_excluded_table (const char *name)
{
  /* reading_fts_data, _idx, _docsize, _config: FTS5's own tables. */
  return g_str_equal (name, "app_meta") || g_str_has_prefix (name, "reading_fts");
}

void
rp_backup_json_table_info_clear (RpBackupTableInfo *info)
{
  g_clear_pointer (&info->names, g_strfreev);
  g_clear_pointer (&info->types, g_free);
  g_clear_pointer (&info->required, g_free);
  info->n_columns = 0;
}

/* The table's columns as the database has them, which must be the
 * format's. Table names come from the constant list, never from a file. */
gboolean
rp_backup_json_read_table_info (RpDatabase          *database,
                                const RpBackupTable *table,
                                RpBackupTableInfo   *info,
                                GError             **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", table->name);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) types = g_array_new (FALSE, FALSE, sizeof (RpBackupColumnType));
  g_autoptr(GArray) required = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree char *found = NULL;
  int rc;

  stmt = rp_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *type = rp_database_column_text (stmt, 2);
      RpBackupColumnType column_type = g_ascii_strcasecmp (type, "INTEGER") == 0
                               ? RP_BACKUP_COLUMN_INTEGER : RP_BACKUP_COLUMN_TEXT;
      gboolean is_required = sqlite3_column_int (stmt, 3) != 0 || sqlite3_column_int (stmt, 5) > 0;

      g_ptr_array_add (names, g_strdup (rp_database_column_text (stmt, 1)));
      g_array_append_val (types, column_type);
      g_array_append_val (required, is_required);
    }
  if (rc != SQLITE_DONE)
    {
      g_ptr_array_set_free_func (names, g_free);
      return rp_database_set_error_from_sqlite (database, rc, error);
    }
  g_ptr_array_add (names, NULL);

  info->n_columns = types->len;
  info->names = (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
  info->types = (RpBackupColumnType *) (void *) g_array_free (g_steal_pointer (&types), FALSE);
  info->required = (gboolean *) (void *) g_array_free (g_steal_pointer (&required), FALSE);

  found = g_strjoinv (" ", info->names);
  if (g_strcmp0 (found, table->columns) != 0)
    {
      rp_backup_json_table_info_clear (info);
      /* A programming error (a migration without a format update), but
       * one that must not write a file missing data. */
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                   _("The table “%s” does not have the columns this version of the backup "
                     "format expects; nothing was exported or imported."),
                   table->name);
      return FALSE;
    }

  return TRUE;
}

gboolean
rp_backup_json_check_schema (RpDatabase  *database,
                             GError     **error)
{
  if (rp_database_get_schema_version (database) != RP_BACKUP_JSON_SCHEMA_VERSION)
    {
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                   _("This database has schema version %d; backups hold version %d."),
                   rp_database_get_schema_version (database), RP_BACKUP_JSON_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* --- export ------------------------------------------------------------ */

static JsonArray *
export_table (RpDatabase          *database,
              const RpBackupTable *table,
              guint               *n_records,
              GError             **error)
{
  RpBackupTableInfo info = { 0 };
  g_autofree char *columns = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(JsonArray) rows = json_array_new ();
  int rc;

  if (!rp_backup_json_read_table_info (database, table, &info, error))
    return NULL;

  columns = g_strjoinv (", ", info.names);
  sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY %s", columns, table->name, table->order_by);
  stmt = rp_database_prepare (database, sql, error);
  if (stmt == NULL)
    {
      rp_backup_json_table_info_clear (&info);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JsonObject *row = json_object_new ();

      for (guint c = 0; c < info.n_columns; c++)
        {
          switch (sqlite3_column_type (stmt, (int) c))
            {
            case SQLITE_INTEGER:
              json_object_set_int_member (row, info.names[c], sqlite3_column_int64 (stmt, (int) c));
              break;
            case SQLITE_TEXT:
              json_object_set_string_member (row, info.names[c],
                                             rp_database_column_text (stmt, (int) c));
              break;
            case SQLITE_NULL:
              json_object_set_null_member (row, info.names[c]);
              break;
            default:
              /* STRICT tables hold no REAL or BLOB in INTEGER and TEXT
               * columns; should one appear, refuse rather than drop it. */
              json_object_unref (row);
              rp_backup_json_table_info_clear (&info);
              g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED,
                           _("The table “%s” holds a value the backup format cannot "
                             "represent; nothing was exported."),
                           table->name);
              return NULL;
            }
        }
      json_array_add_object_element (rows, row);
      (*n_records)++;
    }
  rp_backup_json_table_info_clear (&info);
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/**
 * rp_backup_json_export:
 * @database: the database
 * @now: the export's time, written into the document
 * @out_n_records: (out) (optional): how many records it holds
 * @error: return location for a #RpDatabaseError
 *
 * Reads every table of the format, in one read transaction so that the
 * document is a consistent snapshot.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
GBytes *
rp_backup_json_export (RpDatabase  *database,
                       GDateTime   *now,
                       guint       *out_n_records,
                       GError     **error)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) tables_object = json_object_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *exported = NULL;
  char *text = NULL;
  gsize length = 0;
  guint n_records = 0;

  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!rp_backup_json_check_schema (database, error) ||
      !rp_database_exec (database, "BEGIN", error))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      JsonArray *rows = export_table (database, &tables[i], &n_records, error);

      if (rows == NULL)
        {
          rp_database_rollback (database);
          return NULL;
        }
      json_object_set_array_member (tables_object, tables[i].name, rows);
    }
  rp_database_rollback (database);

  utc = g_date_time_to_utc (now);
  exported = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  json_object_set_string_member (root, "format", RP_BACKUP_JSON_FORMAT_NAME);
  json_object_set_int_member (root, "version", RP_BACKUP_JSON_FORMAT_VERSION);
  json_object_set_string_member (root, "exported", exported);
  json_object_set_object_member (root, "tables", g_steal_pointer (&tables_object));

  node = json_node_init_object (json_node_alloc (), root);
  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);

  if (out_n_records != NULL)
    *out_n_records = n_records;

  /* A trailing newline, as text files have. */
  text = g_realloc (text, length + 2);
  text[length] = '\n';
  text[length + 1] = '\0';

  return g_bytes_new_take (text, length + 1);
}

static gboolean
set_errno_error (int      saved_errno,
                 GError **error)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("The backup could not be written: %s"), g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const char   *data,
           gsize         length,
           GError      **error)
{
  while (length > 0)
    {
      ssize_t written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_errno_error (errno, error);
      data += written;
      length -= (gsize) written;
    }

  return TRUE;
}

/**
 * rp_backup_json_export_to_file:
 * @database: the database
 * @path: the file to write
 * @now: the export's time
 * @out_n_records: (out) (optional): how many records it holds
 * @error: return location for an error
 *
 * rp_backup_json_export() into @path: written to a temporary file beside
 * it (mode 0600: only its owner may read it, like the database), flushed
 * to the disk, then renamed over @path. On any failure @path is left as it
 * was and the temporary file is removed.
 *
 * Returns: %TRUE when @path holds the whole backup
 */
gboolean
rp_backup_json_export_to_file (RpDatabase  *database,
                               const char  *path,
                               GDateTime   *now,
                               guint       *out_n_records,
                               GError     **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autofree char *temp_path = NULL;
  gsize length = 0;
  const char *text;
  gboolean written;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  data = rp_backup_json_export (database, now, out_n_records, error);
  if (data == NULL)
    return FALSE;
  text = g_bytes_get_data (data, &length);

  temp_path = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (errno, error);

  written = write_all (fd, text, length, error);
  if (written && g_fsync (fd) != 0)
    written = set_errno_error (errno, error);
  /* g_close() closes even when it reports an error. */
  if (!g_close (fd, written ? error : NULL))
    written = FALSE;
  if (written && g_rename (temp_path, path) != 0)
    written = set_errno_error (errno, error);

  if (!written)
    g_unlink (temp_path);

  return written;
}
