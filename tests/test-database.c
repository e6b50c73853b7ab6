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
#include "rp-test-database.h"
#include "rp-test-util.h"

/* Opening RpDatabase: private files, connection settings, refusing files
 * it must not touch, errors and transactions. The schema and its
 * migrations are tested in test-database-migrations.c. */

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
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
test_default_path (void)
{
  g_autofree char *path = rp_database_get_default_path ();

  g_assert_cmpstr (path, ==, TEST_DATA_HOME "/" APPLICATION_ID "/reprieve.db");
  g_assert_false (rp_test_database_file_exists (TEST_DATA_HOME));
}

static void
test_open_creates_private_files (RpTestDatabase *f,
                                 gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *level1 = g_build_filename (f->dir, "a", NULL);
  g_autofree char *level2 = g_build_filename (level1, "b", NULL);
  g_autofree char *level3 = g_build_filename (level2, "c", NULL);
  g_autofree char *path = g_build_filename (level3, "reprieve.db", NULL);
  g_autofree char *wal = rp_test_database_sidecar_path (path, "-wal");
  g_autofree char *shm = rp_test_database_sidecar_path (path, "-shm");
  RpDatabase *db;

  g_assert_false (rp_test_database_file_exists (level1));

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_cmpuint (rp_test_database_file_mode (level1), ==, 0700);
  g_assert_cmpuint (rp_test_database_file_mode (level2), ==, 0700);
  g_assert_cmpuint (rp_test_database_file_mode (level3), ==, 0700);
  g_assert_cmpuint (rp_test_database_file_mode (path), ==, 0600);

  rp_database_begin_write (db, &error);
  g_assert_no_error (error);
  insert_meta (db, "test", "value", &error);
  g_assert_no_error (error);
  rp_database_commit (db, &error);
  g_assert_no_error (error);

  g_assert_true (rp_test_database_file_exists (wal));
  g_assert_cmpuint (rp_test_database_file_mode (wal), ==, 0600);
  g_assert_true (rp_test_database_file_exists (shm));
  g_assert_cmpuint (rp_test_database_file_mode (shm), ==, 0600);
  g_assert_cmpuint (rp_test_database_file_mode (path), ==, 0600);

  g_assert_finalize_object (db);
}

static void
test_open_tightens_permissions (RpTestDatabase *f,
                                gconstpointer   user_data)
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
  g_assert_cmpuint (rp_test_database_file_mode (folder), ==, 0700);
  g_assert_cmpuint (rp_test_database_file_mode (f->path), ==, 0600);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);

  /* An existing database whose permissions were loosened since. */
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_test_database_file_mode (folder), ==, 0700);
  g_assert_cmpuint (rp_test_database_file_mode (f->path), ==, 0600);
  g_assert_finalize_object (db);
}

static void
test_open_sets_pragmas (RpTestDatabase *f,
                        gconstpointer   user_data)
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
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA trusted_schema"), ==, 0);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA application_id"), ==, RP_DATABASE_APPLICATION_ID);
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_cmpstr (rp_database_get_path (db), ==, f->path);

  /* Migration 1 records when the file was made, in UTC. */
  created_text = rp_test_database_query_meta (db, "created");
  g_assert_nonnull (created_text);
  g_assert_true (g_str_has_suffix (created_text, "Z"));
  created = g_date_time_new_from_iso8601 (created_text, NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (ABS (g_date_time_difference (now, created)), <, 60 * G_TIME_SPAN_SECOND);

  g_assert_finalize_object (db);
}

static void
test_reopen_is_idempotent (RpTestDatabase *f,
                           gconstpointer   user_data)
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

  schema_before = rp_test_database_raw_schema_dump (f->path);

  for (guint i = 0; i < 2; i++)
    {
      db = rp_database_open (f->path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
      g_clear_pointer (&created, g_free);
      created = rp_test_database_query_meta (db, "created");
      g_assert_cmpstr (created, ==, sentinel);
      g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM app_meta"), ==, 1);
      g_assert_finalize_object (db);
    }

  schema_after = rp_test_database_raw_schema_dump (f->path);
  g_assert_cmpstr (schema_after, ==, schema_before);
}

/* A worker's own connection: the same file and pragmas, no migration,
 * and refused once the file is not the one the main connection opened. */
static void
test_open_for_thread (RpTestDatabase *f,
                      gconstpointer   user_data)
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
  g_assert_cmpint (rp_test_database_query_int (worker, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (rp_test_database_query_int (worker, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (rp_test_database_query_int (worker, "PRAGMA trusted_schema"), ==, 0);

  /* Each sees what the other committed; a transaction stays its own. */
  rp_database_begin_write (worker, &error);
  g_assert_no_error (error);
  rp_database_exec (worker, "INSERT INTO app_meta (key, value) VALUES ('worker', 'yes')", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM app_meta WHERE key = 'worker'"), ==, 0);
  rp_database_commit (worker, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM app_meta WHERE key = 'worker'"), ==, 1);
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
assert_refused_unchanged (const char *path,
                          int         expected_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *checksum_before = rp_test_database_file_checksum (path);
  g_autofree char *listing_before = rp_test_database_list_folder (folder);
  g_autofree char *checksum_after = NULL;
  g_autofree char *listing_after = NULL;
  RpDatabase *db;

  db = rp_database_open (path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, expected_code);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "has not been changed"));
  g_test_message ("Refused: %s", error->message);

  checksum_after = rp_test_database_file_checksum (path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);
  listing_after = rp_test_database_list_folder (folder);
  g_assert_cmpstr (listing_after, ==, listing_before);
}

static void
make_foreign_database (const char *path,
                       const char *sql)
{
  g_autofree char *folder = g_path_get_dirname (path);
  sqlite3 *raw;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  raw = rp_test_database_raw_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  rp_test_database_raw_exec (raw, sql);
  sqlite3_close (raw);
}

static void
test_refuse_other_application (RpTestDatabase *f,
                               gconstpointer   user_data)
{
  make_foreign_database (f->path,
                         "PRAGMA application_id = 305419896;"
                         "CREATE TABLE notes (body TEXT);"
                         "INSERT INTO notes VALUES ('not ours');");
  assert_refused_unchanged (f->path, RP_DATABASE_ERROR_NOT_REPRIEVE);
}

static void
test_refuse_unmarked_database (RpTestDatabase *f,
                               gconstpointer   user_data)
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
test_refuse_garbage (RpTestDatabase *f,
                     gconstpointer   user_data)
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
  g_autofree char *wal = rp_test_database_sidecar_path (path, "-wal");
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
  *out_page_size = rp_test_database_query_int (db, "PRAGMA page_size");
  *out_page_count = rp_test_database_query_int (db, "PRAGMA page_count");
  g_assert_finalize_object (db);

  /* Closing checkpointed everything into the main file. */
  g_assert_false (rp_test_database_file_exists (wal));
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
test_refuse_damaged_page (RpTestDatabase *f,
                          gconstpointer   user_data)
{
  g_autofree char *wal = rp_test_database_sidecar_path (f->path, "-wal");
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
  g_assert_false (rp_test_database_file_exists (wal));
}

/* A whole page in the middle replaced by noise (a misdirected write). */
static void
test_refuse_overwritten_page (RpTestDatabase *f,
                              gconstpointer   user_data)
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
test_refuse_overwritten_header (RpTestDatabase *f,
                                gconstpointer   user_data)
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
test_refuse_truncated (RpTestDatabase *f,
                       gconstpointer   user_data)
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
test_open_busy_not_corrupt (RpTestDatabase *f,
                            gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *checksum_before = NULL;
  g_autofree char *checksum_after = NULL;
  RpDatabase *db;
  sqlite3 *other;

  rp_test_database_create (f->path);
  checksum_before = rp_test_database_file_checksum (f->path);

  /* In exclusive locking mode a WAL connection keeps the file locked
   * from its first read on, readers included. */
  other = rp_test_database_raw_open (f->path, SQLITE_OPEN_READWRITE);
  rp_test_database_raw_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;");

  db = rp_database_open (f->path, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_assert_null (db);
  g_clear_error (&error);

  rp_test_database_raw_exec (other, "ROLLBACK");
  sqlite3_close (other);

  checksum_after = rp_test_database_file_checksum (f->path);
  g_assert_cmpstr (checksum_after, ==, checksum_before);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
}

static void
test_error_mapping (RpTestDatabase *f,
                    gconstpointer   user_data)
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
test_write_transactions (RpTestDatabase *f,
                         gconstpointer   user_data)
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
  value = rp_test_database_query_meta (db, "rolled-back");
  g_assert_cmpstr (value, ==, secret);
  g_clear_pointer (&value, g_free);
  rp_database_rollback (db);
  value = rp_test_database_query_meta (db, "rolled-back");
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
  value = rp_test_database_query_meta (db, "kept");
  g_assert_cmpstr (value, ==, secret);
  g_clear_pointer (&value, g_free);
  value = rp_test_database_query_meta (db, "rolled-back");
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
test_open_access_errors (RpTestDatabase *f,
                         gconstpointer   user_data)
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
  rp_test_database_create (target);
  target_checksum = rp_test_database_file_checksum (target);
  g_assert_cmpint (symlink (target, f->path), ==, 0);
  assert_access_error (f->path, f->path);
  target_checksum_after = rp_test_database_file_checksum (target);
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
  rp_test_database_init (&argc, &argv);

  g_test_add_func ("/database/default-path", test_default_path);
  RP_TEST_DATABASE_ADD ("/database/open/creates-private-files", test_open_creates_private_files);
  RP_TEST_DATABASE_ADD ("/database/open/tightens-permissions", test_open_tightens_permissions);
  RP_TEST_DATABASE_ADD ("/database/open/sets-pragmas", test_open_sets_pragmas);
  RP_TEST_DATABASE_ADD ("/database/open/reopen-is-idempotent", test_reopen_is_idempotent);
  RP_TEST_DATABASE_ADD ("/database/open/access-errors", test_open_access_errors);
  RP_TEST_DATABASE_ADD ("/database/open/for-thread", test_open_for_thread);
  RP_TEST_DATABASE_ADD ("/database/refuse/other-application", test_refuse_other_application);
  RP_TEST_DATABASE_ADD ("/database/refuse/unmarked-database", test_refuse_unmarked_database);
  RP_TEST_DATABASE_ADD ("/database/refuse/garbage", test_refuse_garbage);
  RP_TEST_DATABASE_ADD ("/database/refuse/damaged-page", test_refuse_damaged_page);
  RP_TEST_DATABASE_ADD ("/database/refuse/overwritten-page", test_refuse_overwritten_page);
  RP_TEST_DATABASE_ADD ("/database/refuse/overwritten-header", test_refuse_overwritten_header);
  RP_TEST_DATABASE_ADD ("/database/refuse/truncated", test_refuse_truncated);
  RP_TEST_DATABASE_ADD ("/database/open/busy-not-corrupt", test_open_busy_not_corrupt);
  RP_TEST_DATABASE_ADD ("/database/errors/mapping", test_error_mapping);
  RP_TEST_DATABASE_ADD ("/database/write/transactions", test_write_transactions);

  return g_test_run ();
}
