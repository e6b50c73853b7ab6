/* rp-backup-json-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-backup-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rp-backup-json-private.h"
#include "rp-import.h"

/* Importing a backup: the whole file is parsed and every row checked
 * (known tables, exactly the expected columns, types, required values,
 * dates) before anything is written; then, in one BEGIN IMMEDIATE
 * transaction with foreign keys on, every table is emptied and filled in
 * the format's order, parents first. The schema's CHECK constraints and
 * foreign keys check the rest; any failure rolls everything back. Error
 * messages name the table, the record's number and the column, never a
 * value: the file holds the user's private data. */

#define N_TABLES 18

struct _RpBackupJson
{
  JsonParser *parser;
  char *exported;
  JsonArray *rows[N_TABLES];
  RpBackupTableInfo info[N_TABLES];
};

/* app_meta's key for the starter library synced last
 * (rp-store-reading-import.c): the import replaces the starter
 * collection with the file's, so the next start syncs it again. */
#define STARTER_VERSION_KEY "starter-library-version"

/**
 * rp_backup_json_sniff:
 * @data: (nullable): a file's contents
 *
 * Tells a backup from other JSON by its first member, which the export
 * always writes first: a damaged or truncated backup is still recognised,
 * so that the import can say what is wrong with it.
 *
 * Returns: %TRUE when @data starts as a Reprieve backup does
 */
gboolean
rp_backup_json_sniff (GBytes *data)
{
  g_autoptr(GRegex) regex = NULL;
  const char *text;
  gsize length = 0;

  if (data == NULL)
    return FALSE;
  text = g_bytes_get_data (data, &length);
  if (text == NULL)
    return FALSE;

  regex = g_regex_new ("^(\\xEF\\xBB\\xBF)?\\s*\\{\\s*\"format\"\\s*:\\s*\"" RP_BACKUP_JSON_FORMAT_NAME "\"",
                       G_REGEX_RAW, 0, NULL);

  return g_regex_match_full (regex, text, (gssize) MIN (length, 512), 0, 0, NULL, NULL);
}

/**
 * rp_backup_json_free:
 * @backup: (transfer full): a loaded backup
 */
void
rp_backup_json_free (RpBackupJson *backup)
{
  if (backup == NULL)
    return;

  for (guint i = 0; i < N_TABLES; i++)
    rp_backup_json_table_info_clear (&backup->info[i]);
  g_clear_object (&backup->parser);
  g_free (backup->exported);
  g_free (backup);
}

static gboolean
matches_template (const char *text,
                  const char *template)
{
  gsize i;

  for (i = 0; template[i] != '\0'; i++)
    {
      if (template[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != template[i])
        return FALSE;
    }

  return text[i] == '\0';
}

static int
digits (const char *text,
        guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (text[i] - '0');

  return value;
}

static gboolean
is_date (const char *text)
{
  return matches_template (text, "dddd-dd-dd") &&
         g_date_valid_dmy ((GDateDay) digits (text + 8, 2), (GDateMonth) digits (text + 5, 2),
                           (GDateYear) digits (text, 4));
}

static gboolean
is_time (const char *text)
{
  return matches_template (text, "dddd-dd-ddTdd:dd:ddZ") &&
         g_date_valid_dmy ((GDateDay) digits (text + 8, 2), (GDateMonth) digits (text + 5, 2),
                           (GDateYear) digits (text, 4)) &&
         digits (text + 11, 2) < 24 && digits (text + 14, 2) < 60 && digits (text + 17, 2) < 60;
}

static gboolean
listed (const char *list,
        const char *name)
{
  g_auto(GStrv) names = g_strsplit (list, " ", -1);

  return g_strv_contains ((const char * const *) names, name);
}

static gboolean
refuse_record (GError     **error,
               const char  *table,
               guint        index,
               const char  *column,
               const char  *reason)
{
  g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
               _("The backup cannot be imported: record %u of “%s” is not valid (%s: %s). "
                 "Nothing was changed."),
               index + 1, table, column, reason);
  return FALSE;
}

static gboolean
validate_row (const RpBackupTable     *table,
              const RpBackupTableInfo *info,
              JsonNode                *node,
              guint                    index,
              GError                 **error)
{
  JsonObject *row;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse_record (error, table->name, index, "-", _("not an object"));
  row = json_node_get_object (node);
  if (json_object_get_size (row) != info->n_columns)
    return refuse_record (error, table->name, index, "-",
                          _("it does not have exactly the columns of this format version"));

  for (guint c = 0; c < info->n_columns; c++)
    {
      const char *name = info->names[c];
      JsonNode *value = json_object_get_member (row, name);

      if (value == NULL)
        return refuse_record (error, table->name, index, name, _("missing"));
      if (JSON_NODE_HOLDS_NULL (value))
        {
          if (info->required[c])
            return refuse_record (error, table->name, index, name, _("required, but null"));
          continue;
        }
      if (!JSON_NODE_HOLDS_VALUE (value))
        return refuse_record (error, table->name, index, name, _("not a single value"));

      if (info->types[c] == RP_BACKUP_COLUMN_INTEGER)
        {
          if (json_node_get_value_type (value) != G_TYPE_INT64)
            return refuse_record (error, table->name, index, name, _("not a whole number"));
          continue;
        }

      if (json_node_get_value_type (value) != G_TYPE_STRING)
        return refuse_record (error, table->name, index, name, _("not a string"));
      if (listed (table->dates, name) && !is_date (json_node_get_string (value)))
        return refuse_record (error, table->name, index, name,
                              _("not a date in the form YYYY-MM-DD"));
      if (listed (table->times, name) && !is_time (json_node_get_string (value)))
        return refuse_record (error, table->name, index, name,
                              _("not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ"));
    }

  return TRUE;
}

static gboolean
load_tables (RpBackupJson  *backup,
             RpDatabase    *database,
             JsonObject    *tables_object,
             GError       **error)
{
  g_autoptr(GList) members = json_object_get_members (tables_object);

  /* A table this version does not know is data we would drop. */
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < N_TABLES && !known; i++)
        known = g_str_equal (l->data, rp_backup_json_get_table (i)->name);
      if (!known)
        {
          g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                       _("The backup cannot be imported: it holds a kind of record (“%s”) this "
                         "version of Reprieve does not know. Nothing was changed."),
                       (const char *) l->data);
          return FALSE;
        }
    }

  for (guint i = 0; i < N_TABLES; i++)
    {
      const RpBackupTable *table = rp_backup_json_get_table (i);
      JsonNode *node = json_object_get_member (tables_object, table->name);

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                       _("The backup cannot be imported: the records of “%s” are missing. "
                         "Nothing was changed."),
                       table->name);
          return FALSE;
        }
      backup->rows[i] = json_node_get_array (node);

      if (!rp_backup_json_read_table_info (database, table, &backup->info[i], error))
        return FALSE;
      for (guint r = 0; r < json_array_get_length (backup->rows[i]); r++)
        {
          if (!validate_row (table, &backup->info[i],
                             json_array_get_element (backup->rows[i], r), r, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * rp_backup_json_load:
 * @database: the database it is meant for (its columns are the reference)
 * @data: the file's contents
 * @error: return location for a #RpImportError
 *
 * Parses and validates a backup without changing anything.
 *
 * Returns: (transfer full): the backup, or %NULL with @error set:
 *   %RP_IMPORT_ERROR_TOO_LARGE, %RP_IMPORT_ERROR_INVALID_JSON (damaged or
 *   truncated), %RP_IMPORT_ERROR_UNRECOGNISED (not a Reprieve backup),
 *   %RP_IMPORT_ERROR_UNSUPPORTED (from a newer version of Reprieve) or
 *   %RP_IMPORT_ERROR_FAILED (a record fails validation)
 */
RpBackupJson *
rp_backup_json_load (RpDatabase  *database,
                     GBytes      *data,
                     GError     **error)
{
  g_autoptr(RpBackupJson) backup = g_new0 (RpBackupJson, 1);
  JsonNode *root_node;
  JsonObject *root;
  JsonNode *member;
  const char *text;
  gsize length = 0;
  gint64 version;

  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_assert (rp_backup_json_get_n_tables () == N_TABLES);

  text = g_bytes_get_data (data, &length);
  if (length > RP_BACKUP_JSON_MAX_BYTES)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                   _("The file is larger than %d MiB, more than any Reprieve backup. "
                     "Nothing was changed."),
                   RP_BACKUP_JSON_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!rp_backup_json_check_schema (database, error))
    return NULL;

  backup->parser = json_parser_new_immutable ();
  if (length == 0 || !json_parser_load_from_data (backup->parser, text, (gssize) length, NULL))
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON,
                           rp_backup_json_sniff (data)
                           ? _("The backup file is damaged or incomplete (it may have been cut "
                               "short while it was copied). Nothing was changed.")
                           : _("The file is not valid JSON. Nothing was changed."));
      return NULL;
    }

  root_node = json_parser_get_root (backup->parser);
  root = root_node != NULL && JSON_NODE_HOLDS_OBJECT (root_node)
         ? json_node_get_object (root_node) : NULL;
  if (root == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL),
                 RP_BACKUP_JSON_FORMAT_NAME) != 0)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED,
                           _("This file is not a Reprieve backup. Nothing was changed."));
      return NULL;
    }

  member = json_object_get_member (root, "version");
  version = member != NULL && JSON_NODE_HOLDS_VALUE (member) &&
            json_node_get_value_type (member) == G_TYPE_INT64
            ? json_node_get_int (member) : 0;
  if (version > RP_BACKUP_JSON_FORMAT_VERSION)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED,
                   _("This backup was made by a newer version of Reprieve (format version "
                     "%d); update Reprieve to import it. Nothing was changed."),
                   (int) MIN (version, G_MAXINT));
      return NULL;
    }
  if (version < 1)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                           _("The backup cannot be imported: it does not say which version of "
                             "the format it is. Nothing was changed."));
      return NULL;
    }

  backup->exported = g_strdup (json_object_get_string_member_with_default (root, "exported", ""));
  if (!is_time (backup->exported))
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                           _("The backup cannot be imported: its date is missing or not valid. "
                             "Nothing was changed."));
      return NULL;
    }

  member = json_object_get_member (root, "tables");
  if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                           _("The backup cannot be imported: it holds no records. "
                             "Nothing was changed."));
      return NULL;
    }

  if (!load_tables (backup, database, json_node_get_object (member), error))
    return NULL;

  return g_steal_pointer (&backup);
}

/**
 * rp_backup_json_get_exported:
 * @backup: a loaded backup
 *
 * Returns: when it was made, "YYYY-MM-DDTHH:MM:SSZ"
 */
const char *
rp_backup_json_get_exported (RpBackupJson *backup)
{
  g_return_val_if_fail (backup != NULL, NULL);

  return backup->exported;
}

/**
 * rp_backup_json_get_count:
 * @backup: a loaded backup
 * @table_index: below rp_backup_json_get_n_tables()
 *
 * Returns: how many records of that table (rp_backup_json_get_table_name())
 *   the backup holds
 */
guint
rp_backup_json_get_count (RpBackupJson *backup,
                          guint         table_index)
{
  g_return_val_if_fail (backup != NULL, 0);
  g_return_val_if_fail (table_index < N_TABLES, 0);

  return json_array_get_length (backup->rows[table_index]);
}

/**
 * rp_backup_json_get_total:
 * @backup: a loaded backup
 *
 * Returns: how many records the backup holds in all
 */
guint
rp_backup_json_get_total (RpBackupJson *backup)
{
  guint total = 0;

  for (guint i = 0; i < N_TABLES; i++)
    total += rp_backup_json_get_count (backup, i);

  return total;
}

static gboolean
set_insert_error (RpDatabase  *database,
                  sqlite3_stmt *stmt,
                  int           rc,
                  const char   *table,
                  guint         index,
                  GError      **error)
{
  int extended = sqlite3_extended_errcode (sqlite3_db_handle (stmt));

  if (extended == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                 _("The backup cannot be imported: record %u of “%s” refers to a record the "
                   "file does not hold. Nothing was changed."),
                 index + 1, table);
  else if ((rc & 0xff) == SQLITE_CONSTRAINT)
    g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED,
                 _("The backup cannot be imported: record %u of “%s” is not valid (a value out "
                   "of range, or a duplicate). Nothing was changed."),
                 index + 1, table);
  else
    return rp_database_set_error_from_sqlite (database, rc, error);

  return FALSE;
}

static gboolean
insert_table (RpDatabase              *database,
              const RpBackupTable     *table,
              const RpBackupTableInfo *info,
              JsonArray               *rows,
              GError                 **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
  g_autofree char *columns = g_strjoinv (", ", info->names);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_string_append_printf (sql, "%s (%s) VALUES (", table->name, columns);
  for (guint c = 0; c < info->n_columns; c++)
    g_string_append_printf (sql, c == 0 ? "?%u" : ", ?%u", c + 1);
  g_string_append_c (sql, ')');

  stmt = rp_database_prepare (database, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      JsonObject *row = json_array_get_object_element (rows, r);
      int rc;

      for (guint c = 0; c < info->n_columns; c++)
        {
          JsonNode *value = json_object_get_member (row, info->names[c]);
          int column = (int) c + 1;

          if (JSON_NODE_HOLDS_NULL (value))
            sqlite3_bind_null (stmt, column);
          else if (info->types[c] == RP_BACKUP_COLUMN_INTEGER)
            sqlite3_bind_int64 (stmt, column, json_node_get_int (value));
          else
            sqlite3_bind_text (stmt, column, json_node_get_string (value), -1, SQLITE_STATIC);
        }

      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        return set_insert_error (database, stmt, rc, table->name, r, error);
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }

  return TRUE;
}

static gboolean
replace_all (RpDatabase    *database,
             RpBackupJson  *backup,
             GError       **error)
{
  /* The reminders already shown stay shown (kept aside in this
   * transaction): a backup's older record would have them shown twice. */
  if (!rp_database_exec (database,
                         "CREATE TEMP TABLE shown_reminder AS SELECT * FROM main.fired_reminder",
                         error))
    return FALSE;

  for (guint i = N_TABLES; i-- > 0;)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s",
                                              rp_backup_json_get_table (i)->name);

      if (!rp_database_exec (database, sql, error))
        return FALSE;
    }

  if (!rp_database_exec (database,
                         "DELETE FROM app_meta WHERE key = '" STARTER_VERSION_KEY "'", error))
    return FALSE;

  for (guint i = 0; i < N_TABLES; i++)
    {
      if (!insert_table (database, rp_backup_json_get_table (i), &backup->info[i],
                         backup->rows[i], error))
        return FALSE;
    }

  if (!rp_database_exec (database,
                         "INSERT OR REPLACE INTO main.fired_reminder SELECT * FROM temp.shown_reminder;"
                         "DROP TABLE temp.shown_reminder;",
                         error))
    return FALSE;

  /* reading_fts is external-content: rebuilt from the new readings. */
  return rp_database_exec (database,
                           "INSERT INTO reading_fts (reading_fts) VALUES ('rebuild')", error);
}

/**
 * rp_backup_json_replace:
 * @database: the database whose data the backup replaces
 * @backup: a backup from rp_backup_json_load() for @database
 * @before_replace: (nullable) (scope call): called before anything is
 *   written, to back up the current data (see #RpBackupJsonBeforeReplace)
 * @user_data: for @before_replace
 * @error: return location for an error
 *
 * Replaces every record of every table of the format with the backup's,
 * in one transaction: on any failure nothing changes.
 *
 * Returns: %TRUE when the database holds the backup's data
 */
gboolean
rp_backup_json_replace (RpDatabase                *database,
                        RpBackupJson              *backup,
                        RpBackupJsonBeforeReplace  before_replace,
                        gpointer                   user_data,
                        GError                   **error)
{
  g_return_val_if_fail (RP_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (backup != NULL, FALSE);

  if (before_replace != NULL && !before_replace (database, user_data, error))
    return FALSE;

  if (!rp_database_begin_write (database, error))
    return FALSE;
  if (!replace_all (database, backup, error) || !rp_database_commit (database, error))
    {
      rp_database_rollback (database);
      return FALSE;
    }

  return TRUE;
}
