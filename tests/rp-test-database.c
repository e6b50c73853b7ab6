/* rp-test-database.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <glib/gstdio.h>

#include "rp-database.h"
#include "rp-test-database.h"
#include "rp-test-util.h"

/* What test-database.c and test-database-migrations.c share, in one place
 * rather than copied into each: a fresh folder per test, and raw SQLite
 * and RpDatabase queries to set files up and look into them. */

void
rp_test_database_init (int    *argc,
                       char ***argv)
{
  g_setenv ("XDG_DATA_HOME", TEST_DATA_HOME, TRUE);

  g_test_init (argc, argv, NULL);
}

void
rp_test_database_set_up (RpTestDatabase *f,
                         gconstpointer   user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-database-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
}

void
rp_test_database_tear_down (RpTestDatabase *f,
                            gconstpointer   user_data)
{
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

char *
rp_test_database_sidecar_path (const char *path,
                               const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

char *
rp_test_database_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, length);
}

/* Sorted names in @dir, one per line: shows any file that appeared. */
char *
rp_test_database_list_folder (const char *dir_path)
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

guint
rp_test_database_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);

  return st.st_mode & 07777;
}

gboolean
rp_test_database_file_exists (const char *path)
{
  GStatBuf st;

  return g_lstat (path, &st) == 0;
}

/* Raw SQLite, to set up and inspect files behind RpDatabase's back. */
sqlite3 *
rp_test_database_raw_open (const char *path,
                           int         flags)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  g_assert_cmpstr (sqlite3_errstr (rc), ==, sqlite3_errstr (SQLITE_OK));

  return db;
}

void
rp_test_database_raw_exec (sqlite3    *db,
                           const char *sql)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
}

char *
rp_test_database_raw_schema_dump (const char *path)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3 *db = rp_test_database_raw_open (path, SQLITE_OPEN_READONLY);

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
int
rp_test_database_query_int (RpDatabase *db,
                            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

char *
rp_test_database_query_meta (RpDatabase *db,
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

void
rp_test_database_create (const char *path)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db;

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
}

void
rp_test_database_set_meta (RpDatabase *db,
                           const char *key,
                           const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db, "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?1, ?2)",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  rp_database_step_done (db, stmt, &error);
  g_assert_no_error (error);
}

char *
rp_test_database_file_meta (const char *path,
                            const char *key)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT value FROM app_meta WHERE key = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);

  return value;
}
