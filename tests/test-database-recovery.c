/* test-database-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A damaged database is moved aside whole (with its -wal), under a name
 * that never replaces another file, and stays byte for byte what it was; a
 * busy one is never touched; the newest backup that passes its check is the
 * one offered. */

#define G_LOG_DOMAIN "test-database-recovery"

#include "config.h"

#include <glib/gstdio.h>

#include <sys/stat.h>
#include <unistd.h>

#include "rp-database-private.h"
#include "rp-database-recovery.h"
#include "rp-test-util.h"

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

  f->dir = g_dir_make_tmp ("reprieve-test-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "reprieve.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

static GDateTime *
utc_time (int hour,
          int minute,
          int second)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, 2026, 11, 21, hour, minute, second);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

static guint
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);

  return st.st_mode & 07777;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (folder);
  while (g_dir_read_name (folder) != NULL)
    n++;

  return n;
}

/* A database with data, and a copy of its -wal taken while a write was
 * still in it: what a crash leaves. */
static GBytes *
make_database_with_wal (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = rp_database_open (path, &error);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  GBytes *wal;

  g_assert_no_error (error);
  /* Only the write below in the -wal: page 1 stays in the main file. */
  rp_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error);
  g_assert_no_error (error);
  rp_database_exec (db, "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('test', 'kept')",
                    &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal_path, G_FILE_TEST_EXISTS));
  wal = read_bytes (wal_path);
  g_clear_object (&db);

  write_bytes (wal_path, wal);
  return wal;
}

static void
test_make_name (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *first = NULL;
  g_autofree char *third = NULL;

  g_assert_nonnull (zone);
  /* 19:05:09 in New York is 00:05:09 the next day in UTC. */
  local = g_date_time_new (zone, 2026, 11, 20, 19, 5, 9);
  first = rp_database_recovery_make_name ("/data/reprieve.db", local, 1);
  third = rp_database_recovery_make_name ("/data/reprieve.db", local, 3);
  g_assert_cmpstr (first, ==, "/data/reprieve.db.corrupt-20261121T000509Z");
  g_assert_cmpstr (third, ==, "/data/reprieve.db.corrupt-20261121T000509Z-3");
}

static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

static void
assert_moved_aside (Fixture *f,
                    GBytes  *main_before,
                    GBytes  *wal_before)
{
  g_autoptr(GDateTime) now = utc_time (20, 30, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_wal = NULL;
  g_autofree char *expected = g_build_filename (f->dir, "reprieve.db.corrupt-20261121T203005Z",
                                                NULL);
  g_autofree char *wal_path = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(GBytes) main_after = NULL;
  g_autoptr(GBytes) wal_after = NULL;

  db = rp_database_recovery_open (f->path, now, &kept, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT);
  g_assert_null (db);
  g_assert_cmpstr (kept, ==, expected);

  /* Nothing left at the old names, everything at the new ones. */
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal_path, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *old_name = g_strconcat (f->path, suffixes[i], NULL);
      g_autofree char *new_name = g_strconcat (kept, suffixes[i], NULL);

      g_assert_false (g_file_test (old_name, G_FILE_TEST_EXISTS));
      /* Whatever SQLite left beside the file went with it, private. */
      if (g_file_test (new_name, G_FILE_TEST_EXISTS))
        g_assert_cmphex (file_mode (new_name), ==, 0600);
    }
  kept_wal = g_strconcat (kept, "-wal", NULL);
  main_after = read_bytes (kept);
  wal_after = read_bytes (kept_wal);
  g_assert_true (g_bytes_equal (main_before, main_after));
  g_assert_true (g_bytes_equal (wal_before, wal_after));
  g_assert_cmphex (file_mode (kept), ==, 0600);
  g_assert_cmphex (file_mode (kept_wal), ==, 0600);
}

static void
test_garbage_header (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GBytes) wal = make_database_with_wal (f->path);
  g_autoptr(GString) garbage = g_string_new (NULL);
  g_autoptr(GBytes) main_before = NULL;

  while (garbage->len < 8192)
    g_string_append (garbage, "this is not a database\n");
  main_before = g_bytes_new (garbage->str, garbage->len);
  write_bytes (f->path, main_before);

  assert_moved_aside (f, main_before, wal);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GBytes) wal = make_database_with_wal (f->path);
  g_autoptr(GBytes) whole = read_bytes (f->path);
  g_autoptr(GBytes) main_before = NULL;

  /* Half the pages gone: the header promises more pages than the file holds. */
  g_assert_cmpuint (g_bytes_get_size (whole), >=, 4 * 4096);
  main_before = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
  write_bytes (f->path, main_before);

  assert_moved_aside (f, main_before, wal);
}

/* The same second twice: the second set gets "-2" and the first is left
 * as it was. */
static void
test_second_corruption (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = utc_time (20, 30, 5);
  g_autoptr(GBytes) first = g_bytes_new_static ("first damaged file", 18);
  g_autoptr(GBytes) second = g_bytes_new_static ("second damaged file", 19);
  g_autoptr(GBytes) first_after = NULL;
  g_autoptr(GBytes) second_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_first = NULL;
  g_autofree char *kept_second = NULL;

  write_bytes (f->path, first);
  kept_first = rp_database_recovery_move_aside (f->path, now, &error);
  g_assert_no_error (error);

  write_bytes (f->path, second);
  kept_second = rp_database_recovery_move_aside (f->path, now, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (kept_second, !=, kept_first);
  g_assert_true (g_str_has_suffix (kept_second, ".corrupt-20261121T203005Z-2"));
  first_after = read_bytes (kept_first);
  second_after = read_bytes (kept_second);
  g_assert_true (g_bytes_equal (first, first_after));
  g_assert_true (g_bytes_equal (second, second_after));
  g_assert_cmpuint (count_files (f->dir), ==, 2);
}

/* Quitting on the recovery page decides nothing: while the damaged file
 * waits (and no database was made in its place), every start finds it
 * again, creates nothing, and offers the same choice; its companions are
 * never taken for it. Once a database exists again (a backup restored, or
 * an empty start), it opens as usual. */
static void
test_pending_until_chosen (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GDateTime) first = utc_time (20, 30, 5);
  g_autoptr(GDateTime) later = utc_time (21, 0, 0);
  g_autoptr(GBytes) wal = make_database_with_wal (f->path);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("this is not a database", 22);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *again = NULL;
  g_autoptr(RpDatabase) database = NULL;
  guint n_files;

  g_assert_null (rp_database_recovery_find_pending (f->path));

  write_bytes (f->path, garbage);
  database = rp_database_recovery_open (f->path, first, &kept, &error);
  g_assert_null (database);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_nonnull (kept);
  n_files = count_files (f->dir);  /* the kept file and its companions */

  again = rp_database_recovery_find_pending (f->path);
  g_assert_cmpstr (again, ==, kept);
  g_clear_pointer (&again, g_free);

  database = rp_database_recovery_open (f->path, later, &again, &error);
  g_assert_null (database);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_cmpstr (again, ==, kept);
  g_clear_pointer (&again, g_free);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f->dir), ==, n_files);

  /* Start empty: the database exists again, and nothing is pending. */
  database = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  g_assert_null (rp_database_recovery_find_pending (f->path));
  database = rp_database_recovery_open (f->path, later, &again, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_assert_null (again);
}

/* A name taken by a stray -wal alone counts as taken. */
static void
test_companion_name_taken (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = utc_time (20, 30, 5);
  g_autoptr(GBytes) data = g_bytes_new_static ("damaged", 7);
  g_autoptr(GBytes) stray = g_bytes_new_static ("stray", 5);
  g_autoptr(GBytes) stray_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *taken = rp_database_recovery_make_name (f->path, now, 1);
  g_autofree char *taken_wal = g_strconcat (taken, "-wal", NULL);
  g_autofree char *kept = NULL;

  write_bytes (f->path, data);
  write_bytes (taken_wal, stray);
  kept = rp_database_recovery_move_aside (f->path, now, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (kept, "-2"));
  stray_after = read_bytes (taken_wal);
  g_assert_true (g_bytes_equal (stray, stray_after));
}

/* Another program holding the file is never damage: nothing moves. */
static void
test_busy_never_moved (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = utc_time (20, 30, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *kept = NULL;
  guint n_files;
  sqlite3 *other = NULL;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  before = read_bytes (f->path);
  n_files = count_files (f->dir);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &other, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  db = rp_database_recovery_open (f->path, now, &kept, &error);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_assert_null (db);
  g_assert_null (kept);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_files (f->dir), ==, n_files);
}

/* An intact database opens and nothing is moved. */
static void
test_intact_opens (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = utc_time (20, 30, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autofree char *kept = NULL;

  db = rp_database_recovery_open (f->path, now, &kept, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_null (kept);
}

static void
test_find_backup (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GDateTime) older_time = utc_time (8, 0, 0);
  g_autoptr(GDateTime) newer_time = utc_time (9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(RpBackupInfo) none = NULL;
  g_autoptr(RpBackupInfo) found = NULL;
  g_autoptr(RpBackupInfo) after_damage = NULL;
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  g_autoptr(GBytes) garbage = g_bytes_new_static ("not a database at all", 21);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);

  /* No backups yet: nothing to offer, and that is no error. */
  none = rp_database_recovery_find_backup (f->path, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  rp_backups_write (db, RP_BACKUP_KIND_DAILY, older_time, &older, &error);
  g_assert_no_error (error);
  rp_backups_write (db, RP_BACKUP_KIND_DAILY, newer_time, &newer, &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  found = rp_database_recovery_find_backup (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->path, ==, newer);
  g_assert_true (g_date_time_equal (found->taken, newer_time));

  /* The newest one damaged: the older one is offered. */
  write_bytes (newer, garbage);
  after_damage = rp_database_recovery_find_backup (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (after_damage);
  g_assert_cmpstr (after_damage->path, ==, older);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/database-recovery/make-name", test_make_name);
  ADD_TEST ("/database-recovery/garbage-header", test_garbage_header);
  ADD_TEST ("/database-recovery/truncated", test_truncated);
  ADD_TEST ("/database-recovery/second-corruption", test_second_corruption);
  ADD_TEST ("/database-recovery/companion-name-taken", test_companion_name_taken);
  ADD_TEST ("/database-recovery/busy-never-moved", test_busy_never_moved);
  ADD_TEST ("/database-recovery/intact-opens", test_intact_opens);
  ADD_TEST ("/database-recovery/pending-until-chosen", test_pending_until_chosen);
  ADD_TEST ("/database-recovery/find-backup", test_find_backup);

  return g_test_run ();
}
