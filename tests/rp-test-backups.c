/* rp-test-backups.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The automatic backups' tests' shared pieces (see rp-test-backups.h),
 * one copy for both test programs. */

#define G_LOG_DOMAIN "test-backups"

#include "config.h"

#include <sys/stat.h>

#include <sqlite3.h>

#include "rp-backups.h"
#include "rp-backups-private.h"
#include "rp-test-backups.h"
#include "rp-test-database.h"
#include "rp-test-util.h"

void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-backups-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  f->backups = g_build_filename (f->dir, "data", "backups", NULL);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_backups_set_copy_hook (NULL);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->backups, g_free);
}

GDateTime *
utc_time (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, year, month, day, hour, minute, 0);
}

guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);

  return st.st_mode & 07777;
}

/* Sorted names in @dir, one per line. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

char *
list_folder (const char *dir)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  if (folder == NULL)
    return g_strdup ("");

  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strconcat (name, "\n", NULL));
  /* g_ptr_array_sort() hands the comparison pointers to the elements. */
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  /* One name per line, each ending in a newline (the last one too). */
  return g_strjoinv ("", (char **) names->pdata);
}

int
file_user_version (const char *path)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close (db);

  return version;
}

RpDatabase *
open_with_meta (Fixture    *f,
                const char *value)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *db = rp_database_open (f->path, &error);

  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", value);

  return db;
}
