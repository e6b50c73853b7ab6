/* test-backup-json.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

#include "rp-backup-json.h"
#include "rp-import.h"
#include "rp-test-util.h"

/* The JSON backup of all data: every table of the schema is in the format
 * (or deliberately left out), export → import into an empty profile →
 * export gives the same bytes, every refusal changes nothing, and the file
 * is written privately and atomically. */

typedef struct
{
  char *dir;
  RpDatabase *full;    /* one row or more in every table */
  RpDatabase *other;   /* another profile, with data of its own */
  GDateTime *now;
} Fixture;

static void
exec (RpDatabase *database,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  rp_database_exec (database, sql, &error);
  g_assert_no_error (error);
}

/* Every table, with text that needs escaping (quotes, backslashes, new
 * lines, non-ASCII) and nulls. */
static const char seed_sql[] =
  "INSERT INTO directory_feed VALUES (1, 'site:example.org', 'Intergroup \"North\"', 'feed.json',"
  "  NULL, 'https://example.org', '2026-01-02T03:04:05Z');"
  "INSERT INTO directory_meeting (id, feed_id, slug, name, weekdays, start_minute, end_minute,"
  "  time_zone, types, custom_tags, fingerprint)"
  "  VALUES (1, 1, 'monday-noon', 'Noon', 4, 720, 780, 'America/Chicago', 'O,D', 'tag\nother',"
  "  '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');"
  "INSERT INTO meeting (id, name, rrule, first_date, start_time, duration_minutes, time_zone,"
  "  notes, types, created, updated, import_uid)"
  "  VALUES (3, 'Café \\ \"Serenity\"', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '19:00', 60,"
  "  'Europe/Berlin', 'line one\nline two\ttab — ünïcode', 'O', '2026-01-01T10:00:00Z',"
  "  '2026-01-02T10:00:00Z', 'uid-3@reprieve');"
  "INSERT INTO attendance VALUES (3, '2026-03-02', 1, 'good one', '2026-03-02T20:00:00Z');"
  "INSERT INTO fired_reminder VALUES ('meeting', 3, '2026-03-02T19:00', '2026-03-02T18:00:00Z',"
  "  '2026-03-02T17:45:00Z', 0, 2, '2026-03-02T17:50:00Z');"
  "INSERT INTO contact VALUES (7, 'Sam O''Neil', 0, 1, 'sam@example.org', 'evenings', NULL, 0,"
  "  NULL, '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z');"
  "INSERT INTO contact_phone VALUES (7, 0, 'mobile', '+1 555 0100');"
  "INSERT INTO call_log VALUES (1, 7, 0, '2026-03-04T12:00:00Z');"
  "INSERT INTO reading (id, collection_id, kind, origin, title, position, created, updated, body)"
  "  VALUES (10, 2, 0, 1, 'Just for today', 0, '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z',"
  "  '# Heading\n\nSerenity prayer text');"
  "INSERT INTO reading_log VALUES (1, 10, '2026-03-05T07:00:00Z');"
  "INSERT INTO recovery VALUES (1, 'alcohol', '2020-01-01', 480, 100000000, 0,"
  "  '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z');"
  "INSERT INTO recovery_period VALUES (1, 1, '2019-01-01', NULL, '2020-01-01', 'a slip',"
  "  '2026-01-01T10:00:00Z');"
  "INSERT INTO goal VALUES (1, 'Call my sponsor', 1, 3, 3, '2026-01-01', NULL, NULL, 0, 0,"
  "  '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z');"
  "INSERT INTO goal_check_in VALUES (1, '2026-03-02', 2);"
  "INSERT INTO inventory VALUES (1, '2026-03-02', 4, 2, 'sun\nfriends', NULL,"
  "  '2026-03-02T21:00:00Z', '2026-03-02T21:00:00Z');"
  "INSERT INTO inventory_trigger VALUES (1, 'work');"
  "INSERT INTO step_work VALUES (1, 2, '2026-01-01', '2026-02-01', 'notes',"
  "  '2026-02-01T00:00:00Z');";

static RpDatabase *
open_database (Fixture    *f,
               const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  RpDatabase *database = rp_database_open (path, &error);

  g_assert_no_error (error);

  return database;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("rp-backup-json-XXXXXX", &error);
  g_assert_no_error (error);
  f->full = open_database (f, "full.db");
  exec (f->full, seed_sql);
  f->other = open_database (f, "other.db");
  exec (f->other,
        "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone,"
        "  created, updated) VALUES ('Other', '2025-05-05', '08:00', 30, 'UTC',"
        "  '2025-05-05T00:00:00Z', '2025-05-05T00:00:00Z');"
        "INSERT INTO app_meta VALUES ('mine', 'kept');");
  f->now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->full);
  g_clear_object (&f->other);
  g_clear_pointer (&f->now, g_date_time_unref);
  rp_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GBytes *
export (Fixture    *f,
        RpDatabase *database)
{
  g_autoptr(GError) error = NULL;
  GBytes *data = rp_backup_json_export (database, f->now, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

/* All rows of all tables (app_meta too), in storage order: a refused
 * import must leave every byte of them as it was. */
static char *
checksum_all (RpDatabase *database)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) tables = NULL;

  tables = rp_database_prepare (database,
                                "SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name", &error);
  g_assert_no_error (error);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = rp_database_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autoptr(sqlite3_stmt) rows = rp_database_prepare (database, sql, &error);

      g_assert_no_error (error);
      g_checksum_update (sum, (const guchar *) name, -1);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            {
              const void *blob = sqlite3_column_blob (rows, c);

              g_checksum_update (sum, (const guchar *) "|", 1);
              if (blob != NULL)
                g_checksum_update (sum, blob, sqlite3_column_bytes (rows, c));
            }
        }
    }

  return g_strdup (g_checksum_get_string (sum));
}

static int
query_int (RpDatabase *database,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rp_database_prepare (database, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* The schema's tables the format neither holds nor leaves out on
 * purpose, joined by spaces; checks too that every table of the format
 * exists. */
static char *
uncovered_tables (RpDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) in_format = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) uncovered = g_string_new (NULL);
  guint n_schema_tables = 0;

  for (guint i = 0; i < rp_backup_json_get_n_tables (); i++)
    g_hash_table_add (in_format, (gpointer) rp_backup_json_get_table_name (i));
  g_assert_cmpuint (g_hash_table_size (in_format), ==, rp_backup_json_get_n_tables ());

  stmt = rp_database_prepare (database,
                              "SELECT name FROM sqlite_master WHERE type = 'table'"
                              " AND name NOT LIKE 'sqlite_%' ORDER BY name", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = rp_database_column_text (stmt, 0);

      if (rp_backup_json_is_excluded_table (name))
        continue;
      if (g_hash_table_contains (in_format, name))
        n_schema_tables++;
      else
        g_string_append_printf (uncovered, uncovered->len > 0 ? " %s" : "%s", name);
    }
  g_assert_cmpuint (n_schema_tables, ==, rp_backup_json_get_n_tables ());

  return g_string_free (g_steal_pointer (&uncovered), FALSE);
}

/* Fails as soon as a migration adds a table the format does not cover. */
static void
test_covers_every_table (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *uncovered = uncovered_tables (f->full);
  g_autofree char *after_new_table = NULL;

  g_assert_cmpstr (uncovered, ==, "");
  g_assert_true (rp_backup_json_is_excluded_table ("app_meta"));
  g_assert_true (rp_backup_json_is_excluded_table ("reading_fts_data"));
  g_assert_false (rp_backup_json_is_excluded_table ("reading"));

  /* What a forgetful migration would do. */
  exec (f->other, "CREATE TABLE sponsor_note (id INTEGER PRIMARY KEY, text TEXT) STRICT");
  after_new_table = uncovered_tables (f->other);
  g_assert_cmpstr (after_new_table, ==, "sponsor_note");

  /* The seed has a row in every table, so the round trip covers them. */
  for (guint i = 0; i < rp_backup_json_get_n_tables (); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s",
                                              rp_backup_json_get_table_name (i));

      g_assert_cmpint (query_int (f->full, sql), >=, 1);
    }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) first = export (f, f->full);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(RpDatabase) empty = open_database (f, "empty.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  guint n_records = 0;

  g_bytes_unref (rp_backup_json_export (f->full, f->now, &n_records, &error));
  g_assert_no_error (error);
  /* 17 seeded rows, one per table but reading_collection: the two
   * built-in collections. */
  g_assert_cmpuint (n_records, ==, 19);

  g_assert_true (g_str_has_prefix (text, "{\n  \"format\" : \"reprieve-backup\",\n"));
  g_assert_nonnull (strstr (text, "\"exported\" : \"2026-11-21T09:30:00Z\""));
  g_assert_true (rp_backup_json_sniff (first));
  g_assert_cmpint (rp_import_detect_format (first), ==, RP_IMPORT_FORMAT_BACKUP_JSON);
  g_assert_cmpint (rp_import_detect_format_for_file (first, "backup.txt"), ==,
                   RP_IMPORT_FORMAT_BACKUP_JSON);

  backup = rp_backup_json_load (empty, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_backup_json_get_exported (backup), ==, "2026-11-21T09:30:00Z");
  g_assert_cmpuint (rp_backup_json_get_total (backup), ==, 19);
  for (guint i = 0; i < rp_backup_json_get_n_tables (); i++)
    {
      if (g_str_equal (rp_backup_json_get_table_name (i), "reading_collection"))
        g_assert_cmpuint (rp_backup_json_get_count (backup, i), ==, 2);
      else
        g_assert_cmpuint (rp_backup_json_get_count (backup, i), ==, 1);
    }

  g_assert_true (rp_backup_json_replace (empty, backup, NULL, NULL, &error));
  g_assert_no_error (error);

  second = export (f, empty);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                   g_bytes_get_data (second, NULL), g_bytes_get_size (second));

  /* The search index follows the imported readings. */
  g_assert_cmpint (query_int (empty, "SELECT count(*) FROM reading_fts"
                                     " WHERE reading_fts MATCH 'serenity'"), ==, 1);
  g_assert_cmpint (query_int (empty, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* Importing replaces: what the other profile held is gone, app_meta
 * (the database's own bookkeeping) stays, and so do the reminders this
 * profile has already shown, so that none is shown twice. */
static void
test_replaces (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) first = export (f, f->full);
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GError) error = NULL;

  exec (f->other,
        "INSERT INTO fired_reminder VALUES ('meeting', 5, '2026-11-20T19:30',"
        "  '2026-11-20T19:30:00Z', '2026-11-20T19:15:00Z', 0, 1, NULL);");
  backup = rp_backup_json_load (f->other, first, &error);
  g_assert_no_error (error);
  g_assert_true (rp_backup_json_replace (f->other, backup, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (query_int (f->other, "SELECT count(*) FROM fired_reminder"), ==, 2);
  g_assert_cmpint (query_int (f->other, "SELECT count(*) FROM fired_reminder WHERE source_id = 5"),
                   ==, 1);
  g_assert_cmpint (query_int (f->other, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (query_int (f->other, "SELECT id FROM meeting"), ==, 3);
  g_assert_cmpint (query_int (f->other, "SELECT count(*) FROM app_meta WHERE key = 'mine'"), ==, 1);
}

static GBytes *
edit (GBytes     *data,
      const char *table,
      const char *column,
      JsonNode   *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  gsize length = 0;
  char *text;

  json_parser_load_from_data (parser, g_bytes_get_data (data, NULL),
                              (gssize) g_bytes_get_size (data), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  if (table == NULL)
    json_object_set_member (root, column, value);
  else if (column == NULL)
    json_object_set_member (json_object_get_object_member (root, "tables"), table, value);
  else
    {
      JsonArray *rows = json_object_get_array_member (json_object_get_object_member (root, "tables"),
                                                      table);

      json_object_set_member (json_array_get_object_element (rows, 0), column, value);
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);

  return g_bytes_new_take (text, length);
}

static JsonNode *
int_node (gint64 value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_int (node, value);

  return node;
}

static JsonNode *
string_node (const char *value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, value);

  return node;
}

static gboolean
refuse_before_replace (RpDatabase  *database,
                       gpointer     user_data,
                       GError     **error)
{
  (*(guint *) user_data)++;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "no room for the safety copy");

  return FALSE;
}

static gboolean
count_before_replace (RpDatabase  *database,
                      gpointer     user_data,
                      GError     **error)
{
  /* Outside any transaction, so that it can copy the database: it can
   * start one of its own. */
  g_assert_true (rp_database_begin_write (database, NULL));
  rp_database_rollback (database);
  (*(guint *) user_data)++;

  return TRUE;
}

/* Loads DATA into the other profile; either the load or the replace is
 * refused with CODE, and nothing in the database changed. */
static void
assert_refused (Fixture  *f,
                GBytes   *data,
                int       code,
                gboolean  at_load)
{
  g_autofree char *before = checksum_all (f->other);
  g_autofree char *after = NULL;
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GError) error = NULL;

  backup = rp_backup_json_load (f->other, data, &error);
  if (at_load)
    {
      g_assert_null (backup);
      g_assert_error (error, RP_IMPORT_ERROR, code);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_false (rp_backup_json_replace (f->other, backup, NULL, NULL, &error));
      g_assert_error (error, RP_IMPORT_ERROR, code);
    }
  g_assert_nonnull (strstr (error->message, "Nothing was changed"));

  after = checksum_all (f->other);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) good = export (f, f->full);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (good, 0, g_bytes_get_size (good) / 2);
  g_autoptr(GBytes) not_json = g_bytes_new_static ("{ \"format\" : \"reprieve-backup\", oops", 35);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("{ oops", 6);
  g_autoptr(GBytes) feed = g_bytes_new_static ("[{\"name\": \"Noon\", \"day\": 1}]", 28);
  g_autoptr(GBytes) other_format = g_bytes_new_static ("{\"format\": \"something-else\"}", 28);
  g_autoptr(GBytes) newer = edit (good, NULL, "version", int_node (2));
  g_autoptr(GBytes) no_version = edit (good, NULL, "version", string_node ("1"));
  g_autoptr(GBytes) bad_date = edit (good, "meeting", "first_date", string_node ("2026-13-01"));
  g_autoptr(GBytes) bad_time = edit (good, "meeting", "created", string_node ("2026-01-01 10:00"));
  g_autoptr(GBytes) bad_type = edit (good, "meeting", "duration_minutes", string_node ("60"));
  g_autoptr(GBytes) missing_required = edit (good, "meeting", "name", json_node_new (JSON_NODE_NULL));
  g_autoptr(GBytes) extra_column = edit (good, "meeting", "colour", string_node ("red"));
  g_autoptr(GBytes) unknown_table = edit (good, "photos", NULL, json_node_new (JSON_NODE_NULL));
  g_autoptr(GBytes) dangling = edit (good, "attendance", "meeting_id", int_node (9999));
  g_autoptr(GBytes) out_of_range = edit (good, "step_work", "step", int_node (13));
  g_autoptr(GBytes) bad_exported = edit (good, NULL, "exported", string_node ("yesterday"));
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_calls = 0;

  assert_refused (f, newer, RP_IMPORT_ERROR_UNSUPPORTED, TRUE);
  assert_refused (f, truncated, RP_IMPORT_ERROR_INVALID_JSON, TRUE);
  assert_refused (f, not_json, RP_IMPORT_ERROR_INVALID_JSON, TRUE);
  assert_refused (f, garbage, RP_IMPORT_ERROR_INVALID_JSON, TRUE);
  assert_refused (f, feed, RP_IMPORT_ERROR_UNRECOGNISED, TRUE);
  assert_refused (f, other_format, RP_IMPORT_ERROR_UNRECOGNISED, TRUE);
  assert_refused (f, no_version, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, bad_date, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, bad_time, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, bad_type, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, missing_required, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, extra_column, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, unknown_table, RP_IMPORT_ERROR_FAILED, TRUE);
  assert_refused (f, bad_exported, RP_IMPORT_ERROR_FAILED, TRUE);
  /* These pass the file's own checks; the database's refuse them, in the
   * transaction that is then rolled back. */
  assert_refused (f, dangling, RP_IMPORT_ERROR_FAILED, FALSE);
  assert_refused (f, out_of_range, RP_IMPORT_ERROR_FAILED, FALSE);

  /* The messages name where, never a value. */
  {
    g_autoptr(RpBackupJson) refused = rp_backup_json_load (f->other, bad_date, &error);

    g_assert_null (refused);
    g_assert_nonnull (strstr (error->message, "record 1 of “meeting”"));
    g_assert_nonnull (strstr (error->message, "first_date"));
    g_assert_null (strstr (error->message, "2026-13-01"));
    g_clear_error (&error);
  }

  /* The truncated file is still recognised as a backup, so its message
   * says it is damaged rather than "not a Reprieve backup". */
  g_assert_cmpint (rp_import_detect_format (truncated), ==, RP_IMPORT_FORMAT_BACKUP_JSON);
  g_assert_cmpint (rp_import_detect_format (feed), ==, RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);

  /* Over the size limit: refused before parsing. */
  huge = g_bytes_new_take (g_malloc0 (RP_BACKUP_JSON_MAX_BYTES + 1), RP_BACKUP_JSON_MAX_BYTES + 1);
  assert_refused (f, huge, RP_IMPORT_ERROR_TOO_LARGE, TRUE);

  /* The backup seam runs before anything is written; its failure refuses
   * the import. */
  before = checksum_all (f->other);
  backup = rp_backup_json_load (f->other, good, &error);
  g_assert_no_error (error);
  g_assert_false (rp_backup_json_replace (f->other, backup, refuse_before_replace, &n_calls, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpuint (n_calls, ==, 1);
  after = checksum_all (f->other);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (rp_backup_json_replace (f->other, backup, count_before_replace, &n_calls, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls, ==, 2);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out_dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "backup.json", NULL);
  g_autoptr(GBytes) expected = export (f, f->full);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  struct stat info;
  guint n_records = 0;

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  g_assert_true (rp_backup_json_export_to_file (f->full, path, f->now, &n_records, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_records, ==, 19);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_assert_cmpuint (count_files (out_dir), ==, 1);
  g_clear_pointer (&contents, g_free);

  /* An export that fails (here: a column the format does not know) leaves
   * the earlier backup whole and no temporary file behind. */
  g_assert_true (g_file_set_contents (path, "earlier backup", -1, NULL));
  exec (f->full, "ALTER TABLE step_work ADD COLUMN mood INTEGER");
  g_assert_false (rp_backup_json_export_to_file (f->full, path, f->now, NULL, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "step_work"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "earlier backup");
  g_assert_cmpuint (count_files (out_dir), ==, 1);

  /* Nor is a database with an unexpected column imported into. */
  g_assert_null (rp_backup_json_load (f->full, expected, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
}

/* Writing fails after the data is ready (the destination's folder is
 * gone): nothing is left half-written. */
static void
test_file_unwritable (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing", "backup.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (rp_backup_json_export_to_file (f->full, path, f->now, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup-json/covers-every-table", test_covers_every_table);
  ADD ("/backup-json/round-trip", test_round_trip);
  ADD ("/backup-json/replaces", test_replaces);
  ADD ("/backup-json/refusals", test_refusals);
  ADD ("/backup-json/file", test_file);
  ADD ("/backup-json/file-unwritable", test_file_unwritable);

  return g_test_run ();
}
