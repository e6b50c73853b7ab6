/* test-database.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <glib/gstdio.h>

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "rp-database.h"
#include "rp-database-private.h"
#include "rp-test-util.h"

/* Set before g_test_init(): g_get_user_data_dir() caches its answer. The
 * folder is never created; only the default path test looks at it. */
#define TEST_DATA_HOME "/nonexistent/reprieve-test-data-home"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-database-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

static char *
sidecar_path (const char *path,
              const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static char *
file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

/* Sorted names in @dir, one per line: shows any file that appeared. */
static char *
list_folder (const char *dir_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("\n", (char **)names->pdata);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);

  return st.st_mode & 07777;
}

static gboolean
file_exists (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Raw SQLite, to set up and inspect files behind RpDatabase's back. */

static sqlite3 *
raw_open (const char *path,
          int         flags)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  g_assert_cmpstr (sqlite3_errstr (rc), ==, sqlite3_errstr (SQLITE_OK));

  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
}

static int
raw_query_int (sqlite3    *db,
               const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

static int
raw_file_query_int (const char *path,
                    const char *sql)
{
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READONLY);
  int value = raw_query_int (db, sql);

  sqlite3_close (db);

  return value;
}

static char *
raw_schema_dump (const char *path)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3 *db = raw_open (path, SQLITE_OPEN_READONLY);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT type, name, tbl_name, sql FROM sqlite_master"
                                       " ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (dump, "%s|%s|%s|%s\n",
                            sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2),
                            sqlite3_column_text (stmt, 3));
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* Queries through RpDatabase: connection settings live on its connection. */

static int
query_int (RpDatabase *db,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

static char *
query_text (RpDatabase *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *)sqlite3_column_text (stmt, 0));
}

static char *
query_meta (RpDatabase *db,
            const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, "SELECT value FROM app_meta WHERE key = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *)sqlite3_column_text (stmt, 0));
}

static gboolean
insert_meta (RpDatabase  *db,
             const char  *key,
             const char  *value,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, "INSERT INTO app_meta (key, value) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  return rp_database_step_done (db, stmt, error);
}

static void
create_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
}

static void
test_default_path (void)
{
  g_autofree char *path = rp_database_get_default_path ();

  g_assert_cmpstr (path, ==, TEST_DATA_HOME "/" APPLICATION_ID "/reprieve.db");
  g_assert_false (file_exists (TEST_DATA_HOME));
}

static void
test_open_creates_private_files (Fixture       *f,
                                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *level1 = g_build_filename (f->dir, "a", NULL);
  g_autofree char *level2 = g_build_filename (level1, "b", NULL);
  g_autofree char *level3 = g_build_filename (level2, "c", NULL);
  g_autofree char *path = g_build_filename (level3, "reprieve.db", NULL);
  g_autofree char *wal = sidecar_path (path, "-wal");
  g_autofree char *shm = sidecar_path (path, "-shm");
  RpDatabase *db;

  g_assert_false (file_exists (level1));

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_cmpuint (file_mode (level1), ==, 0700);
  g_assert_cmpuint (file_mode (level2), ==, 0700);
  g_assert_cmpuint (file_mode (level3), ==, 0700);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  insert_meta (db, "test", "value", &error);
  g_assert_no_error (error);
  rp_database_commit (db, &error);
  g_assert_no_error (error);

  g_assert_true (file_exists (wal));
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_true (file_exists (shm));
  g_assert_cmpuint (file_mode (shm), ==, 0600);
  g_assert_cmpuint (file_mode (path), ==, 0600);

  g_assert_finalize_object (db);
}

static void
test_open_tightens_permissions (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  RpDatabase *db;

  /* An empty file left by someone else, in a folder anyone may read. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  write_file (f->path, "", 0);
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);

  /* An existing database whose permissions were loosened since. */
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file_mode (folder), ==, 0700);
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
  g_assert_finalize_object (db);
}

static void
test_open_sets_pragmas (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *journal_mode = NULL;
  g_autofree char *created_text = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  journal_mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA trusted_schema"), ==, 0);
  g_assert_cmpint (query_int (db, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, RP_DATABASE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_cmpstr (rp_database_get_path (db), ==, f->path);

  /* Migration 1 records when the file was made, in UTC. */
  created_text = query_meta (db, "created");
  g_assert_nonnull (created_text);
  g_assert_true (g_str_has_suffix (created_text, "Z"));
  created = g_date_time_new_from_iso8601 (created_text, NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (ABS (g_date_time_difference (now, created)), <, 60 * G_TIME_SPAN_SECOND);

  g_assert_finalize_object (db);
}

static void
test_reopen_is_idempotent (Fixture       *f,
                           gconstpointer  user_data)
{
  static const char sentinel[] = "2000-01-01T00:00:00Z";
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  g_autofree char *created = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  /* Had the migration run again, it would fail or rewrite this value. */
  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  stmt = rp_database_prepare (db, "UPDATE app_meta SET value = ?1 WHERE key = 'created'", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, sentinel, -1, SQLITE_STATIC);
  rp_database_step_done (db, stmt, &error);
  g_assert_no_error (error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  rp_database_commit (db, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  schema_before = raw_schema_dump (f->path);

  for (guint i = 0; i < 2; i++)
    {
      db = rp_database_open (f->path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
      g_clear_pointer (&created, g_free);
      created = query_meta (db, "created");
      g_assert_cmpstr (created, ==, sentinel);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM app_meta"), ==, 1);
      g_assert_finalize_object (db);
    }

  schema_after = raw_schema_dump (f->path);
  g_assert_cmpstr (schema_after, ==, schema_before);
}

/* A step of some later Reprieve, on top of this build's: versions need not
 * be consecutive, so it stays after every real step this build adds. */
#define FUTURE_VERSION 1000

static const RpMigration upgraded_migrations[] = {
  {
    1,
    "CREATE TABLE app_meta ("
    "  key   TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT NOT NULL"
    ") STRICT;"
    "INSERT INTO app_meta (key, value)"
    "  VALUES ('created', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
  },
  {
    FUTURE_VERSION,
    "CREATE TABLE upgraded_step_table (id INTEGER PRIMARY KEY) STRICT;"
  },
};

static const RpMigration broken_migrations[] = {
  {
    1,
    "CREATE TABLE app_meta ("
    "  key   TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT NOT NULL"
    ") STRICT;"
    "INSERT INTO app_meta (key, value)"
    "  VALUES ('created', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));"
  },
  {
    FUTURE_VERSION,
    "CREATE TABLE broken_step_table (id INTEGER PRIMARY KEY) STRICT;"
    "INSERT INTO no_such_table VALUES (1);"
  },
};

static void
test_migration_upgrades (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *created_before = NULL;
  g_autofree char *created_after = NULL;
  RpDatabase *db;

  g_assert_cmpint (rp_database_get_latest_version (), <, FUTURE_VERSION);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  created_before = query_meta (db, "created");
  g_assert_finalize_object (db);

  db = rp_database_open_with_migrations (f->path, upgraded_migrations,
                                         G_N_ELEMENTS (upgraded_migrations), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, FUTURE_VERSION);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, FUTURE_VERSION);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, RP_DATABASE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM upgraded_step_table"), ==, 0);
  created_after = query_meta (db, "created");
  g_assert_cmpstr (created_after, ==, created_before);
  g_assert_finalize_object (db);

  /* This build does not know the future step: the file is now too new. */
  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);
}

static void
test_migration_rolls_back (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  RpDatabase *db;

  create_database (f->path);
  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  schema_before = raw_schema_dump (f->path);

  db = rp_database_open_with_migrations (f->path, broken_migrations,
                                         G_N_ELEMENTS (broken_migrations), &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_MIGRATION);
  g_assert_null (db);
  g_test_message ("Migration error: %s", error->message);
  g_clear_error (&error);

  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  g_assert_cmpint (raw_file_query_int (f->path,
                                       "SELECT count(*) FROM sqlite_master"
                                       " WHERE name = 'broken_step_table'"), ==, 0);
  schema_after = raw_schema_dump (f->path);
  g_assert_cmpstr (schema_after, ==, schema_before);

  /* Still a good database for this version. */
  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);
}

static void
test_migration_rolls_back_fresh (Fixture       *f,
                                 gconstpointer  user_data)
{
  static const RpMigration broken_first[] = {
    {
      1,
      "CREATE TABLE first_table (id INTEGER PRIMARY KEY) STRICT;"
      "INSERT INTO no_such_table VALUES (1);"
    },
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open_with_migrations (f->path, broken_first,
                                         G_N_ELEMENTS (broken_first), &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_MIGRATION);
  g_assert_null (db);
  g_clear_error (&error);

  /* The application id is set inside the failed step, so it went too. */
  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA application_id"), ==, 0);
  g_assert_cmpint (raw_file_query_int (f->path, "SELECT count(*) FROM sqlite_master"), ==, 0);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);
}

/* A database written by the first release, before meetings existed. */
static void
test_migration_adds_meetings (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *created_before = NULL;
  g_autofree char *created_after = NULL;
  RpDatabase *db;

  db = rp_database_open_with_migrations (f->path, upgraded_migrations, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 1);
  created_before = query_meta (db, "created");
  g_assert_finalize_object (db);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_master"
                                  " WHERE name IN ('meeting', 'attendance',"
                                  " 'attendance_by_date', 'meeting_directory',"
                                  " 'directory_feed', 'directory_meeting',"
                                  " 'meeting_import_uid')"), ==, 7);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting"), ==, 0);
  created_after = query_meta (db, "created");
  g_assert_cmpstr (created_after, ==, created_before);
  g_assert_finalize_object (db);
}

/* A database of schema 2 with a meeting and its attendance: schema 3 adds
 * the Directory and two columns to meeting, and keeps what was there. */
static void
test_migration_adds_directory (Fixture       *f,
                               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  const RpMigration *builtin;
  guint n_builtin = 0;
  RpDatabase *db;

  builtin = rp_database_get_builtin_migrations (&n_builtin);
  g_assert_cmpuint (n_builtin, >=, 3);
  g_assert_cmpint (builtin[1].version, ==, 2);
  g_assert_cmpint (builtin[2].version, ==, 3);

  db = rp_database_open_with_migrations (f->path, builtin, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 2);
  rp_database_exec (db,
                    "INSERT INTO meeting (name, rrule, first_date, start_time, duration_minutes,"
                    " time_zone, directory_feed, directory_slug, created, updated)"
                    " VALUES ('Kept', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '19:00', 60, 'UTC',"
                    " 'site:example.org', '12', 'c', 'u');"
                    "INSERT INTO attendance (meeting_id, date, status, recorded)"
                    " VALUES (1, '2026-01-05', 1, 'r');",
                    &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  db = rp_database_open_with_migrations (f->path, builtin, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting WHERE name = 'Kept'"
                                  " AND directory_slug = '12'"
                                  " AND import_uid GLOB '*@reprieve'"
                                  " AND length (import_uid) = 41"
                                  " AND directory_fingerprint IS NULL"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM directory_feed"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM directory_meeting"), ==, 0);
  g_assert_finalize_object (db);
}

/* The Directory's tables refuse what the importer never writes. */
static void
test_directory_schema_checks (Fixture       *f,
                              gconstpointer  user_data)
{
#define FEED "INSERT INTO directory_feed (feed_key, name, file_name, entity, entity_url, imported) VALUES "
#define ROW "INSERT INTO directory_meeting (feed_id, slug, name, weekdays, start_minute," \
            " end_minute, time_zone, approximate, types, custom_tags, fingerprint) VALUES "
#define PRINT "printf ('%.64c', 'a')"
  static const char * const bad_rows[] = {
    FEED "('x', 'Feed', NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('site:example.org', 'Other', NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', '  ', NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', printf ('%.256c', 'x'), NULL, NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', 'B', '', NULL, NULL, '2026-01-05T10:00:00Z')",
    FEED "('file:b.json', 'B', NULL, NULL, NULL, '5 Jan 2026')",
    ROW "(1, '', 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, printf ('%.201c', 's'), 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 3, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 256, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, NULL, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 0, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 0, NULL, 660, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 1440, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, -1, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', '', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, NULL, printf ('%.65c', 'z'), 0, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, NULL, NULL, 2, '', '', " PRINT ")",
    ROW "(1, 'b', 'N', 2, 600, NULL, NULL, 0, '', '', 'abc')",
    ROW "(1, 'b', 'N', 2, 600, NULL, NULL, 0, '', '', printf ('%.64c', 'G'))",
    ROW "(1, 'a', 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    ROW "(2, 'b', 'N', 2, 600, NULL, NULL, 0, '', '', " PRINT ")",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, import_uid)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', printf ('%.501c', 'u'))",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, directory_fingerprint)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', 'abc')",
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  rp_database_exec (db,
                    FEED "('site:example.org', 'Feed', 'a.json', 'E', 'https://example.org',"
                    " '2026-01-05T10:00:00Z');"
                    ROW "(1, 'a', 'N', 2, 600, 660, 'UTC', 0, 'O,D', 'x\ny', " PRINT ");"
                    ROW "(1, 'by-appointment', NULL, 0, NULL, NULL, NULL, 1, '', '', " PRINT ");",
                    &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("bad row %u", i);
      g_assert_false (rp_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM directory_feed"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM directory_meeting"), ==, 2);

  /* Removing a feed takes its meetings along. */
  rp_database_exec (db, "DELETE FROM directory_feed", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM directory_meeting"), ==, 0);

  g_assert_finalize_object (db);
#undef FEED
#undef ROW
#undef PRINT
}

#define GOOD_MEETING_COLUMNS \
  "name, rrule, first_date, last_date, start_time, duration_minutes, time_zone," \
  " excluded_dates, home_group, reminder, archived, created, updated"
#define GOOD_MEETING_VALUES \
  "'Name', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', NULL, '19:00', 60, 'UTC'," \
  " NULL, 0, -1, 0, 'c', 'u'"

/* Even if a bug skipped rp_meeting_validate(), SQLite refuses rows the
 * rest of Reprieve could not handle. */
static void
test_schema_checks (Fixture       *f,
                    gconstpointer  user_data)
{
  static const char * const bad_rows[] = {
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('', 'FREQ=WEEKLY', '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('   ', 'FREQ=WEEKLY', '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES (printf ('%.201c', 'x'), NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-02-30', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '5 Jan 2026', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', '2026-01-04', '19:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '24:00', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '7pm', 60, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 0, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 1441, 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', '60 min', 'UTC', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, '', NULL, 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', '2026-01-12;x', 0, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 2, -1, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -3, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, 10081, 0, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 5, 'c', 'u')",
    "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES ('N', NULL, '2026-01-05', NULL, '19:00', 60, 'UTC', NULL, 0, -1, 0, NULL, 'u')",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, online_url)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', printf ('https://%.2041c', 'x'))",
    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone, created, updated, conference_phone)"
    " VALUES ('N', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u', printf ('%.41c', '1'))",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (1, '2026-01-05', 2, 'r')",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (1, '2026-13-01', 1, 'r')",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (99, '2026-01-05', 1, 'r')",
    "INSERT INTO attendance (meeting_id, date, status, note, recorded) VALUES (1, '2026-01-05', 1, printf ('%.2001c', 'x'), 'r')",
    "INSERT INTO attendance (meeting_id, date, status, recorded) VALUES (1, '2026-01-05', 1, 'r'),"
    " (1, '2026-01-05', 0, 'r')",
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  /* The good row goes in, so each bad one differs from it in one way. */
  rp_database_exec (db, "INSERT INTO meeting (" GOOD_MEETING_COLUMNS ") VALUES (" GOOD_MEETING_VALUES ")", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("bad row %u", i);
      g_assert_false (rp_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance"), ==, 0);

  /* Deleting a meeting takes its attendance along. */
  rp_database_exec (db, "INSERT INTO attendance (meeting_id, date, status, recorded)"
                        " VALUES (1, '2026-01-05', 1, 'r')", &error);
  g_assert_no_error (error);
  rp_database_exec (db, "DELETE FROM meeting", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM attendance"), ==, 0);

  g_assert_finalize_object (db);
}

/* Schema 7 (progress): each bad row differs from a good one in one way and
 * is refused; deleting a recovery date or a goal or an inventory entry
 * takes its dependent rows along. */
static void
test_progress_schema_checks (Fixture       *f,
                             gconstpointer  user_data)
{
  static const char * const good_rows[] = {
    "INSERT INTO recovery (id, label, start_date, start_minute, cost_cents, position, created, updated)"
    " VALUES (1, 'alcohol', '2024-02-29', 1439, 1250, 0, 'c', 'u')",
    "INSERT INTO recovery_period (recovery_id, start_date, end_date, note, created)"
    " VALUES (1, '2020-01-01', '2024-02-29', 'n', 'c')",
    "INSERT INTO goal (id, title, kind, weekly_target, source, start_date, position, created, updated)"
    " VALUES (1, 'Meetings', 1, 3, 1, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal (id, title, kind, start_date, due_date, completed_date, position, created, updated)"
    " VALUES (2, 'Call', 2, '2026-01-05', '2026-02-01', '2026-01-20', 1, 'c', 'u')",
    "INSERT INTO goal_check_in (goal_id, day, count) VALUES (1, '2026-01-06', 2)",
    "INSERT INTO inventory (id, day, mood, craving, gratitude, notes, created, updated)"
    " VALUES (1, '2026-01-06', 5, 0, 'sun', 'n', 'c', 'u')",
    "INSERT INTO inventory_trigger (inventory_id, tag) VALUES (1, 'work')",
    "INSERT INTO step_work (step, status, started, finished, notes, updated)"
    " VALUES (12, 2, '2026-01-01', '2026-01-02', 'n', 'u')",
  };
  static const char * const bad_rows[] = {
    "INSERT INTO recovery (label, start_date, position, created, updated) VALUES (' ', '2024-01-01', 0, 'c', 'u')",
    "INSERT INTO recovery (label, start_date, position, created, updated) VALUES ('x', '2023-02-29', 0, 'c', 'u')",
    "INSERT INTO recovery (label, start_date, start_minute, position, created, updated) VALUES ('x', '2024-01-01', 1440, 0, 'c', 'u')",
    "INSERT INTO recovery (label, start_date, cost_cents, position, created, updated) VALUES ('x', '2024-01-01', 0, 0, 'c', 'u')",
    "INSERT INTO recovery_period (recovery_id, start_date, end_date, created) VALUES (1, '2024-01-02', '2024-01-01', 'c')",
    "INSERT INTO recovery_period (recovery_id, start_date, end_date, created) VALUES (99, '2024-01-01', '2024-01-02', 'c')",
    "INSERT INTO goal (title, kind, start_date, position, created, updated) VALUES ('W', 1, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal (title, kind, weekly_target, start_date, position, created, updated) VALUES ('D', 0, 3, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal (title, kind, start_date, due_date, position, created, updated) VALUES ('D', 0, '2026-01-05', '2026-02-01', 0, 'c', 'u')",
    "INSERT INTO goal (title, kind, source, start_date, position, created, updated) VALUES ('D', 0, 6, '2026-01-05', 0, 'c', 'u')",
    "INSERT INTO goal_check_in (goal_id, day, count) VALUES (1, '2026-01-07', 0)",
    "INSERT INTO goal_check_in (goal_id, day) VALUES (1, '2026-01-06')",
    "INSERT INTO inventory (day, mood, created, updated) VALUES ('2026-01-07', 6, 'c', 'u')",
    "INSERT INTO inventory (day, craving, created, updated) VALUES ('2026-01-07', 11, 'c', 'u')",
    "INSERT INTO inventory (day, created, updated) VALUES ('2026-01-06', 'c', 'u')",
    "INSERT INTO inventory_trigger (inventory_id, tag) VALUES (1, '  ')",
    "INSERT INTO step_work (step, updated) VALUES (13, 'u')",
    "INSERT INTO step_work (step, status, started, updated) VALUES (1, 0, '2026-01-01', 'u')",
    "INSERT INTO step_work (step, status, finished, updated) VALUES (1, 1, '2026-01-01', 'u')",
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (good_rows); i++)
    {
      g_test_message ("good row %u", i);
      rp_database_exec (db, good_rows[i], &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_test_message ("bad row %u", i);
      g_assert_false (rp_database_exec (db, bad_rows[i], &error));
      g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
      g_clear_error (&error);
    }

  rp_database_exec (db, "DELETE FROM recovery; DELETE FROM goal; DELETE FROM inventory", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM recovery_period"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goal_check_in"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM inventory_trigger"), ==, 0);

  g_assert_finalize_object (db);
}

/* A worker's own connection: the same file and pragmas, no migration,
 * and refused once the file is not the one the main connection opened. */
static void
test_open_for_thread (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db;
  RpDatabase *worker;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  worker = rp_database_open_for_thread (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_database_get_path (worker), ==, f->path);
  g_assert_cmpint (rp_database_get_schema_version (worker), ==, rp_database_get_latest_version ());
  g_assert_cmpint (query_int (worker, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (worker, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (query_int (worker, "PRAGMA trusted_schema"), ==, 0);

  /* Each sees what the other committed; a transaction stays its own. */
  rp_database_begin_write (worker, &error);
  g_assert_no_error (error);
  rp_database_exec (worker, "INSERT INTO app_meta (key, value) VALUES ('worker', 'yes')", &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM app_meta WHERE key = 'worker'"), ==, 0);
  rp_database_commit (worker, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM app_meta WHERE key = 'worker'"), ==, 1);
  g_assert_finalize_object (worker);

  /* Upgraded behind our back. */
  rp_database_exec (db, "PRAGMA user_version = 999", &error);
  g_assert_no_error (error);
  worker = rp_database_open_for_thread (db, &error);
  g_assert_null (worker);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);

  g_assert_finalize_object (db);
}

static void
test_migration_busy (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db;
  sqlite3 *other;
  gint64 start;

  create_database (f->path);

  /* Another process holds the write lock past our busy timeout: a
   * transient error to retry, not a broken migration. */
  other = raw_open (f->path, SQLITE_OPEN_READWRITE);
  raw_exec (other, "BEGIN IMMEDIATE");

  start = g_get_monotonic_time ();
  db = rp_database_open_with_migrations (f->path, upgraded_migrations,
                                         G_N_ELEMENTS (upgraded_migrations), &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_assert_null (db);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_TIME_SPAN_SECOND);
  g_clear_error (&error);

  raw_exec (other, "ROLLBACK");
  sqlite3_close (other);

  g_assert_cmpint (raw_file_query_int (f->path, "PRAGMA user_version"), ==, rp_database_get_latest_version ());

  db = rp_database_open_with_migrations (f->path, upgraded_migrations,
                                         G_N_ELEMENTS (upgraded_migrations), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, FUTURE_VERSION);
  g_assert_finalize_object (db);
}

static void
test_refuse_newer_version (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *newer_sql = NULL;
  g_autofree char *expected_schema = NULL;
  g_autofree char *checksum_before = NULL;
  g_autofree char *checksum_after = NULL;
  g_autofree char *listing_before = NULL;
  g_autofree char *listing_after = NULL;
  int newer = rp_database_get_latest_version () + 5;
  RpDatabase *db;
  sqlite3 *raw;

  create_database (f->path);

  /* Rollback journal mode: reading it creates no side file at all. */
  raw = raw_open (f->path, SQLITE_OPEN_READWRITE);
  raw_exec (raw, "PRAGMA journal_mode = DELETE");
  newer_sql = g_strdup_printf ("PRAGMA user_version = %d", newer);
  raw_exec (raw, newer_sql);
  sqlite3_close (raw);

  checksum_before = file_checksum (f->path);
  listing_before = list_folder (folder);

  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);
  expected_schema = g_strdup_printf ("(schema %d)", newer);
  g_assert_nonnull (strstr (error->message, expected_schema));

  checksum_after = file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);
  listing_after = list_folder (folder);
  g_assert_cmpstr (listing_after, ==, listing_before);
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
}

static void
test_refuse_newer_version_wal (Fixture       *f,
                               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = sidecar_path (f->path, "-wal");
  g_autofree char *newer_sql = NULL;
  g_autofree char *checksum_before = NULL;
  g_autofree char *checksum_after = NULL;
  g_autofree char *wal_checksum_before = NULL;
  g_autofree char *wal_checksum_after = NULL;
  RpDatabase *db;
  sqlite3 *raw;

  create_database (f->path);
  g_assert_false (file_exists (wal));

  /* A newer Reprieve that stopped before checkpointing: its last
   * transactions, the version bump included, are only in the -wal. */
  raw = raw_open (f->path, SQLITE_OPEN_READWRITE);
  newer_sql = g_strdup_printf ("PRAGMA user_version = %d;"
                               "INSERT INTO app_meta VALUES ('newer', 'x');",
                               rp_database_get_latest_version () + 1);
  raw_exec (raw, newer_sql);
  sqlite3_db_config (raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_close (raw);
  g_assert_true (file_exists (wal));

  checksum_before = file_checksum (f->path);
  wal_checksum_before = file_checksum (wal);

  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);
  g_assert_null (db);

  /* A normal close would have checkpointed the log into the main file. */
  checksum_after = file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);
  g_assert_true (file_exists (wal));
  wal_checksum_after = file_checksum (wal);
  g_assert_cmpstr (wal_checksum_after, ==, wal_checksum_before);
}

static void
assert_refused_unchanged (const char *path,
                          int         expected_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *checksum_before = file_checksum (path);
  g_autofree char *listing_before = list_folder (folder);
  g_autofree char *checksum_after = NULL;
  g_autofree char *listing_after = NULL;
  RpDatabase *db;

  db = rp_database_open (path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, expected_code);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "has not been changed"));
  g_test_message ("Refused: %s", error->message);

  checksum_after = file_checksum (path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);
  listing_after = list_folder (folder);
  g_assert_cmpstr (listing_after, ==, listing_before);
}

static void
make_foreign_database (const char *path,
                       const char *sql)
{
  g_autofree char *folder = g_path_get_dirname (path);
  sqlite3 *raw;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  raw = raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  raw_exec (raw, sql);
  sqlite3_close (raw);
}

static void
test_refuse_other_application (Fixture       *f,
                               gconstpointer  user_data)
{
  make_foreign_database (f->path,
                         "PRAGMA application_id = 305419896;"
                         "CREATE TABLE notes (body TEXT);"
                         "INSERT INTO notes VALUES ('not ours');");
  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_NOT_REPRIEVE);
}

static void
test_refuse_unmarked_database (Fixture       *f,
                               gconstpointer  user_data)
{
  g_autofree char *other = g_build_filename (f->dir, "other", "other.db", NULL);

  /* No application id, but tables: some other program's file. */
  make_foreign_database (f->path, "CREATE TABLE notes (body TEXT);");
  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_NOT_REPRIEVE);

  /* No application id, no tables, but a schema version. */
  make_foreign_database (other, "PRAGMA user_version = 3;");
  assert_refused_unchanged (other, RP_DATABASE_ERROR_NOT_REPRIEVE);
}

static void
test_refuse_garbage (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autoptr(GString) garbage = g_string_new (NULL);

  while (garbage->len < 8192)
    g_string_append (garbage, "this is not a database\n");

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  write_file (f->path, garbage->str, garbage->len);

  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_CORRUPT);
}

/* A closed database of a few dozen pages, everything checkpointed into
 * the main file. */
static void
create_filled_database (const char *path,
                        int        *out_page_size,
                        int        *out_page_count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *wal = sidecar_path (path, "-wal");
  RpDatabase *db;

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  rp_database_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)", &error);
  g_assert_no_error (error);
  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  stmt = rp_database_prepare (db, "INSERT INTO notes (body) VALUES (?1)", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4000; i++)
    {
      g_autofree char *body = g_strdup_printf ("Note number %u, long enough to fill some pages", i);

      sqlite3_bind_text (stmt, 1, body, -1, SQLITE_TRANSIENT);
      rp_database_step_done (db, stmt, &error);
      g_assert_no_error (error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  rp_database_commit (db, &error);
  g_assert_no_error (error);
  *out_page_size = query_int (db, "PRAGMA page_size");
  *out_page_count = query_int (db, "PRAGMA page_count");
  g_assert_finalize_object (db);

  /* Closing checkpointed everything into the main file. */
  g_assert_false (file_exists (wal));
  g_assert_cmpint (*out_page_count, >, 20);
}

static void
overwrite_file (const char *path,
                long        offset,
                const char *bytes,
                gsize       length)
{
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (bytes, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
test_refuse_damaged_page (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autofree char *wal = sidecar_path (f->path, "-wal");
  g_autofree char *garbage = NULL;
  int page_size;
  int page_count;

  create_filled_database (f->path, &page_size, &page_count);

  /* Scribble over the middle of a table page, well away from page 1's
   * header, as a failing disk or a stray write would. */
  garbage = g_strnfill (page_size / 2, 'x');
  overwrite_file (f->path, (long)(page_count / 2) * page_size + page_size / 4,
                  garbage, page_size / 2);

  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_CORRUPT);
  g_assert_false (file_exists (wal));
}

/* A whole page in the middle replaced by noise (a misdirected write). */
static void
test_refuse_overwritten_page (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autofree char *noise = NULL;
  int page_size;
  int page_count;

  create_filled_database (f->path, &page_size, &page_count);

  noise = g_malloc (page_size);
  for (int i = 0; i < page_size; i++)
    noise[i] = (char)g_rand_int_range (rand, 0, 256);
  overwrite_file (f->path, (long)(page_count / 2) * page_size, noise, page_size);

  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_CORRUPT);
}

/* Page 1's header of a real database overwritten: not even SQLite's
 * magic string is left. */
static void
test_refuse_overwritten_header (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autofree char *garbage = g_strnfill (100, '#');
  int page_size;
  int page_count;

  create_filled_database (f->path, &page_size, &page_count);
  overwrite_file (f->path, 0, garbage, 100);

  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_CORRUPT);
}

/* A file cut short, as by a copy that ran out of space. */
static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  user_data)
{
  int page_size;
  int page_count;

  create_filled_database (f->path, &page_size, &page_count);
  g_assert_cmpint (truncate (f->path, (off_t)(page_count / 2) * page_size), ==, 0);

  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_CORRUPT);
}

/* Another program holding the file locked past the busy timeout is a
 * reason to retry, never a sign of damage. */
static void
test_open_busy_not_corrupt (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum_before = NULL;
  g_autofree char *checksum_after = NULL;
  RpDatabase *db;
  sqlite3 *other;

  create_database (f->path);
  checksum_before = file_checksum (f->path);

  /* In exclusive locking mode a WAL connection keeps the file locked
   * from its first read on, readers included. */
  other = raw_open (f->path, SQLITE_OPEN_READWRITE);
  raw_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;");

  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_assert_null (db);
  g_clear_error (&error);

  raw_exec (other, "ROLLBACK");
  sqlite3_close (other);

  checksum_after = file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
}

static void
test_error_mapping (Fixture       *f,
                    gconstpointer  user_data)
{
  static const struct {
    int rc;
    RpDatabaseError code;
  } cases[] = {
    { SQLITE_BUSY, RP_DATABASE_ERROR_BUSY },
    { SQLITE_BUSY_SNAPSHOT, RP_DATABASE_ERROR_BUSY },
    { SQLITE_LOCKED, RP_DATABASE_ERROR_BUSY },
    { SQLITE_FULL, RP_DATABASE_ERROR_FULL },
    { SQLITE_IOERR, RP_DATABASE_ERROR_IO },
    { SQLITE_IOERR_WRITE, RP_DATABASE_ERROR_IO },
    { SQLITE_IOERR_FSYNC, RP_DATABASE_ERROR_IO },
    { SQLITE_CORRUPT, RP_DATABASE_ERROR_CORRUPT },
    { SQLITE_CORRUPT_INDEX, RP_DATABASE_ERROR_CORRUPT },
    { SQLITE_NOTADB, RP_DATABASE_ERROR_CORRUPT },
    { SQLITE_READONLY, RP_DATABASE_ERROR_ACCESS },
    { SQLITE_PERM, RP_DATABASE_ERROR_ACCESS },
    { SQLITE_CANTOPEN, RP_DATABASE_ERROR_ACCESS },
    { SQLITE_AUTH, RP_DATABASE_ERROR_ACCESS },
    { SQLITE_CONSTRAINT_UNIQUE, RP_DATABASE_ERROR_FAILED },
    { SQLITE_ERROR, RP_DATABASE_ERROR_FAILED },
  };
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (rp_database_set_error_from_sqlite (db, cases[i].rc, &error));
      g_assert_error (error, RP_DATABASE_ERROR, (int)cases[i].code);
      g_assert_nonnull (strstr (error->message, sqlite3_errstr (cases[i].rc)));
      g_clear_error (&error);
    }

  /* Callers without an error location are fine too. */
  g_assert_false (rp_database_set_error_from_sqlite (db, SQLITE_FULL, NULL));

  g_assert_finalize_object (db);
}

static void
test_write_transactions (Fixture       *f,
                         gconstpointer  user_data)
{
  static const char secret[] = "private-value-4711";
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  RpDatabase *db;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  insert_meta (db, "rolled-back", secret, &error);
  g_assert_no_error (error);
  value = query_meta (db, "rolled-back");
  g_assert_cmpstr (value, ==, secret);
  g_clear_pointer (&value, g_free);
  rp_database_rollback (db);
  value = query_meta (db, "rolled-back");
  g_assert_null (value);

  /* Rolling back with no transaction open is harmless. */
  rp_database_rollback (db);

  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  insert_meta (db, "kept", secret, &error);
  g_assert_no_error (error);
  rp_database_commit (db, &error);
  g_assert_no_error (error);

  /* A failing statement reports the error without the bound values. */
  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  g_assert_false (insert_meta (db, "kept", secret, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
  g_assert_null (strstr (error->message, secret));
  g_clear_error (&error);
  rp_database_rollback (db);

  g_assert_finalize_object (db);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  value = query_meta (db, "kept");
  g_assert_cmpstr (value, ==, secret);
  g_clear_pointer (&value, g_free);
  value = query_meta (db, "rolled-back");
  g_assert_null (value);
  g_assert_finalize_object (db);
}

static void
assert_access_error (const char *path,
                     const char *named_in_message)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, named_in_message));
  g_test_message ("Access error: %s", error->message);
}

static void
test_open_access_errors (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autofree char *plain_file = g_build_filename (f->dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (plain_file, "sub", "reprieve.db", NULL);
  g_autofree char *under_file_folder = g_path_get_dirname (under_file);
  g_autofree char *folder = g_path_get_dirname (f->path);
  g_autofree char *target = g_build_filename (folder, "target.db", NULL);
  g_autofree char *target_checksum = NULL;
  g_autofree char *target_checksum_after = NULL;
  g_autofree char *fifo = g_build_filename (folder, "fifo.db", NULL);
  g_autofree char *directory = g_build_filename (folder, "directory.db", NULL);

  /* The folder cannot be created under a regular file. */
  write_file (plain_file, "plain", -1);
  assert_access_error (under_file, under_file_folder);

  /* A symbolic link could point SQLite's writes anywhere. */
  create_database (target);
  target_checksum = file_checksum (target);
  g_assert_cmpint (symlink (target, f->path), ==, 0);
  assert_access_error (f->path, f->path);
  target_checksum_after = file_checksum (target);
  g_assert_cmpstr (target_checksum_after, ==, target_checksum);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_access_error (fifo, fifo);

  g_assert_cmpint (g_mkdir (directory, 0700), ==, 0);
  assert_access_error (directory, directory);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("XDG_DATA_HOME", TEST_DATA_HOME, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/database/default-path", test_default_path);
  ADD_TEST ("/database/open/creates-private-files", test_open_creates_private_files);
  ADD_TEST ("/database/open/tightens-permissions", test_open_tightens_permissions);
  ADD_TEST ("/database/open/sets-pragmas", test_open_sets_pragmas);
  ADD_TEST ("/database/open/reopen-is-idempotent", test_reopen_is_idempotent);
  ADD_TEST ("/database/open/access-errors", test_open_access_errors);
  ADD_TEST ("/database/open/for-thread", test_open_for_thread);
  ADD_TEST ("/database/migration/upgrades", test_migration_upgrades);
  ADD_TEST ("/database/migration/rolls-back", test_migration_rolls_back);
  ADD_TEST ("/database/migration/rolls-back-fresh", test_migration_rolls_back_fresh);
  ADD_TEST ("/database/migration/busy", test_migration_busy);
  ADD_TEST ("/database/migration/adds-meetings", test_migration_adds_meetings);
  ADD_TEST ("/database/migration/adds-directory", test_migration_adds_directory);
  ADD_TEST ("/database/schema-checks", test_schema_checks);
  ADD_TEST ("/database/directory-schema-checks", test_directory_schema_checks);
  ADD_TEST ("/database/progress-schema-checks", test_progress_schema_checks);
  ADD_TEST ("/database/refuse/newer-version", test_refuse_newer_version);
  ADD_TEST ("/database/refuse/newer-version-wal", test_refuse_newer_version_wal);
  ADD_TEST ("/database/refuse/other-application", test_refuse_other_application);
  ADD_TEST ("/database/refuse/unmarked-database", test_refuse_unmarked_database);
  ADD_TEST ("/database/refuse/garbage", test_refuse_garbage);
  ADD_TEST ("/database/refuse/damaged-page", test_refuse_damaged_page);
  ADD_TEST ("/database/refuse/overwritten-page", test_refuse_overwritten_page);
  ADD_TEST ("/database/refuse/overwritten-header", test_refuse_overwritten_header);
  ADD_TEST ("/database/refuse/truncated", test_refuse_truncated);
  ADD_TEST ("/database/open/busy-not-corrupt", test_open_busy_not_corrupt);
  ADD_TEST ("/database/errors/mapping", test_error_mapping);
  ADD_TEST ("/database/write/transactions", test_write_transactions);

#undef ADD_TEST

  return g_test_run ();
}
