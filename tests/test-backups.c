/* test-backups.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The automatic backups: writing and checking a copy, retention, the list
 * of backups, their names, and when a daily backup is due. Restores and
 * the backup before a schema upgrade are in test-backups-restore.c, to
 * keep each file short; both use rp-test-backups. */

#define G_LOG_DOMAIN "test-backups"

#include "config.h"

#include <glib/gstdio.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "rp-backups.h"
#include "rp-backups-private.h"
#include "rp-database-private.h"
#include "rp-test-backups.h"
#include "rp-test-database.h"
#include "rp-test-util.h"

static GDateTime *
zone_time (const char *zone,
           int         year,
           int         month,
           int         day,
           int         hour,
           int         minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);

  g_assert_nonnull (tz);

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
touch (const char *dir,
       const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "x", 1, &error);
  g_assert_no_error (error);
}

static void
test_write_verify (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *value = NULL;
  g_autofree char *listing = NULL;
  RpBackupInfo *info;
  RpDatabase *db;

  db = open_with_meta (f, "kept");
  /* An existing, too open folder is tightened. */
  g_assert_cmpint (g_mkdir (f->backups, 0755), ==, 0);
  g_assert_cmpint (chmod (f->backups, 0755), ==, 0);

  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &out_path, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  expected = g_build_filename (f->backups, "reprieve-daily-2026-11-21T093000Z.db", NULL);
  g_assert_cmpstr (out_path, ==, expected);
  g_assert_cmpuint (file_mode (out_path), ==, 0600);
  g_assert_cmpuint (file_mode (f->backups), ==, 0700);

  /* One self-contained file: no temporary or side file beside it. */
  listing = list_folder (f->backups);
  g_assert_cmpstr (listing, ==, "reprieve-daily-2026-11-21T093000Z.db\n");

  g_assert_true (rp_backups_verify (out_path, &error));
  g_assert_no_error (error);
  value = rp_test_database_file_meta (out_path, "test");
  g_assert_cmpstr (value, ==, "kept");
  g_assert_cmpint (file_user_version (out_path), ==, rp_database_get_latest_version ());

  list = rp_backups_list_in (f->backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  info = g_ptr_array_index (list, 0);
  g_assert_cmpstr (info->path, ==, expected);
  g_assert_cmpint (info->kind, ==, RP_BACKUP_KIND_DAILY);
  g_assert_true (g_date_time_equal (info->taken, now));
  g_assert_cmpint (info->size, >, 0);
}

static void
test_write_same_second (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) list = NULL;
  RpDatabase *db = open_with_meta (f, "one");

  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_PRE_RESTORE, now, &first, &error));
  rp_test_database_set_meta (db, "test", "two");
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_PRE_RESTORE, now, &second, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);

  /* The second copy never replaces the first. */
  g_assert_cmpstr (first, !=, second);
  g_assert_true (g_str_has_suffix (second, "reprieve-pre-restore-2026-11-21T093000Z-2.db"));
  list = rp_backups_list_in (f->backups, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((RpBackupInfo *) g_ptr_array_index (list, 0))->path, ==, second);
  g_free (first);
  first = rp_test_database_file_meta (((RpBackupInfo *) g_ptr_array_index (list, 1))->path,
                                      "test");
  g_assert_cmpstr (first, ==, "one");
}

static void
damage_copy (const char *tmp_path)
{
  guint8 garbage[4096];
  int fd;

  g_assert_true (g_str_has_suffix (tmp_path, ".tmp"));
  g_assert_true (g_file_test (tmp_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (tmp_path), ==, 0600);

  /* Page 2 onwards becomes noise: the schema's b-trees are broken. */
  memset (garbage, 0xa5, sizeof garbage);
  fd = open (tmp_path, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  for (int page = 1; page < 4; page++)
    g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, page * 4096), ==, sizeof garbage);
  close (fd);
}

static void
test_damaged_copy (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autofree char *out_path = NULL;
  g_autofree char *listing = NULL;
  RpDatabase *db = open_with_meta (f, "kept");

  rp_backups_set_copy_hook (damage_copy);
  g_assert_false (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &out_path, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT);
  g_test_message ("Damaged copy: %s", error->message);
  g_assert_null (out_path);
  g_clear_error (&error);

  /* Nothing renamed, nothing left behind. */
  listing = list_folder (f->backups);
  g_assert_cmpstr (listing, ==, "");

  /* The database itself is fine, and the next backup works. */
  rp_backups_set_copy_hook (NULL);
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &out_path, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);
}

static void
test_unwritable_folder (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  RpDatabase *db = open_with_meta (f, "kept");

  /* A file where the folder should be: no permission trick, so this also
   * holds when the tests run as root. */
  g_assert_true (g_file_set_contents (f->backups, "", 0, NULL));
  g_assert_false (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, NULL, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS);
  g_assert_finalize_object (db);
}

static void
test_retention (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *listing = NULL;
  RpDatabase *db = open_with_meta (f, "kept");
  guint n_daily = 0;
  guint n_pre_restore = 0;
  guint n_pre_migration = 0;

  g_assert_cmpint (g_mkdir_with_parents (f->backups, 0700), ==, 0);
  touch (f->backups, "reprieve-pre-migration-v3-to-v5-2025-01-01T000000Z.db");
  touch (f->backups, "reprieve-pre-migration-v5-to-v7-2020-06-01T000000Z.db");
  touch (f->backups, "notes.txt");
  touch (f->backups, "reprieve-daily-2000-01-01T000000Z.db.tmp");
  touch (f->backups, "reprieve-daily-2000-01-02T000000Z.db.tmp");
  touch (f->backups, "other-2000-01-02T000000Z.db.tmp");
  {
    /* Left by a backup interrupted two days ago; the other was just
     * started. */
    g_autofree char *stale = g_build_filename (f->backups, "reprieve-daily-2000-01-02T000000Z.db.tmp", NULL);
    g_autofree char *foreign_stale = g_build_filename (f->backups, "other-2000-01-02T000000Z.db.tmp", NULL);
    struct utimbuf old = { .actime = time (NULL) - 2 * 24 * 60 * 60, .modtime = time (NULL) - 2 * 24 * 60 * 60 };

    g_assert_cmpint (utime (stale, &old), ==, 0);
    g_assert_cmpint (utime (foreign_stale, &old), ==, 0);
  }
  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("reprieve-pre-restore-2026-10-0%dT120000Z.db", i);

      touch (f->backups, name);
    }

  /* Ten days of daily backups, by injected times. */
  for (int day = 1; day <= 10; day++)
    {
      g_autoptr(GDateTime) now = utc_time (2026, 11, day, 9, 30);

      g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_finalize_object (db);

  list = rp_backups_list_in (f->backups, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      RpBackupInfo *info = g_ptr_array_index (list, i);

      if (info->kind == RP_BACKUP_KIND_DAILY)
        {
          /* The newest seven: the 10th back to the 4th. */
          g_assert_cmpint (g_date_time_get_day_of_month (info->taken), ==, 10 - n_daily);
          n_daily++;
        }
      else if (info->kind == RP_BACKUP_KIND_PRE_RESTORE)
        {
          g_assert_cmpint (g_date_time_get_day_of_month (info->taken), ==, 5 - n_pre_restore);
          n_pre_restore++;
        }
      else
        n_pre_migration++;
    }
  g_assert_cmpuint (n_daily, ==, RP_BACKUPS_KEEP_DAILY);
  g_assert_cmpuint (n_pre_restore, ==, RP_BACKUPS_KEEP_PRE_RESTORE);
  g_assert_cmpuint (n_pre_migration, ==, 2);

  /* Foreign files are never removed. */
  listing = list_folder (f->backups);
  g_assert_nonnull (strstr (listing, "notes.txt\n"));
  g_assert_nonnull (strstr (listing, "reprieve-daily-2000-01-01T000000Z.db.tmp\n"));
  g_assert_nonnull (strstr (listing, "other-2000-01-02T000000Z.db.tmp\n"));
  g_assert_null (strstr (listing, "reprieve-daily-2000-01-02T000000Z.db.tmp"));
}

static void
test_list_parsing (Fixture       *f,
                   gconstpointer  user_data)
{
  static const char * const foreign[] = {
    "notes.txt",
    "reprieve.db",
    "reprieve-daily-2026-11-21T093000Z.db.tmp",
    "reprieve-daily-2026-11-21T093000Z.db-journal",
    "reprieve-daily-2026-02-31T093000Z.db",
    "reprieve-daily-2026-11-21T093000.db",
    "reprieve-weekly-2026-11-21T093000Z.db",
    "reprieve-pre-migration-v6-2026-11-21T093000Z.db",
    "xreprieve-daily-2026-11-21T093000Z.db",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing", NULL);
  g_autofree char *subfolder = g_build_filename (f->backups, "reprieve-daily-2026-01-01T000000Z.db", NULL);
  RpBackupInfo *info;

  g_assert_cmpint (g_mkdir_with_parents (f->backups, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    touch (f->backups, foreign[i]);
  g_assert_cmpint (g_mkdir (subfolder, 0700), ==, 0);

  touch (f->backups, "reprieve-daily-2026-11-20T093000Z.db");
  touch (f->backups, "reprieve-pre-migration-v6-to-v7-2026-11-21T101500Z.db");
  touch (f->backups, "reprieve-pre-restore-2026-11-21T101500Z-2.db");
  touch (f->backups, "reprieve-pre-restore-2026-11-21T101500Z.db");

  list = rp_backups_list_in (f->backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);

  info = g_ptr_array_index (list, 0);
  g_assert_true (g_str_has_suffix (info->path, "/reprieve-pre-restore-2026-11-21T101500Z-2.db"));
  g_assert_cmpint (info->kind, ==, RP_BACKUP_KIND_PRE_RESTORE);
  g_assert_cmpint (info->size, ==, 1);

  /* Same second, no counter: by name. */
  info = g_ptr_array_index (list, 2);
  g_assert_true (g_str_has_suffix (info->path, "/reprieve-pre-restore-2026-11-21T101500Z.db"));

  info = g_ptr_array_index (list, 1);
  g_assert_cmpint (info->kind, ==, RP_BACKUP_KIND_PRE_MIGRATION);
  g_assert_cmpint (info->from_version, ==, 6);
  g_assert_cmpint (info->to_version, ==, 7);
  g_assert_cmpint (g_date_time_get_hour (info->taken), ==, 10);
  g_assert_cmpint (g_date_time_get_minute (info->taken), ==, 15);
  g_assert_cmpint (g_date_time_get_utc_offset (info->taken), ==, 0);

  info = g_ptr_array_index (list, 3);
  g_assert_cmpint (info->kind, ==, RP_BACKUP_KIND_DAILY);
  g_assert_cmpint (g_date_time_get_day_of_month (info->taken), ==, 20);

  /* A folder that does not exist yet holds no backups. */
  none = rp_backups_list_in (missing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_names (void)
{
  g_autoptr(GDateTime) local = zone_time ("America/New_York", 2026, 11, 21, 4, 30);
  g_autofree char *daily = rp_backups_make_name (RP_BACKUP_KIND_DAILY, 0, 0, local);
  g_autofree char *migration = rp_backups_make_name (RP_BACKUP_KIND_PRE_MIGRATION, 6, 7, local);
  g_autofree char *restore = rp_backups_make_name (RP_BACKUP_KIND_PRE_RESTORE, 0, 0, local);
  g_autoptr(RpBackupInfo) info = NULL;

  /* Always UTC: names sort by time whatever the zone. */
  g_assert_cmpstr (daily, ==, "reprieve-daily-2026-11-21T093000Z.db");
  g_assert_cmpstr (migration, ==, "reprieve-pre-migration-v6-to-v7-2026-11-21T093000Z.db");
  g_assert_cmpstr (restore, ==, "reprieve-pre-restore-2026-11-21T093000Z.db");

  info = rp_backups_parse_name (migration);
  g_assert_nonnull (info);
  g_assert_true (g_date_time_equal (info->taken, local));
}

static void
test_daily_due (void)
{
  g_autoptr(GDateTime) before_spring = zone_time ("America/New_York", 2026, 3, 7, 23, 30);
  g_autoptr(GDateTime) spring_day = zone_time ("America/New_York", 2026, 3, 8, 0, 10);
  g_autoptr(GDateTime) spring_late = zone_time ("America/New_York", 2026, 3, 8, 23, 50);
  g_autoptr(GDateTime) fall_early = zone_time ("America/New_York", 2026, 11, 1, 0, 30);
  g_autoptr(GDateTime) fall_late = zone_time ("America/New_York", 2026, 11, 1, 23, 59);
  g_autoptr(GDateTime) fall_next = zone_time ("America/New_York", 2026, 11, 2, 0, 1);
  g_autoptr(GDateTime) last_utc = utc_time (2026, 11, 20, 23, 0);
  g_autoptr(GDateTime) tokyo_now = zone_time ("Asia/Tokyo", 2026, 11, 21, 10, 0);
  g_autoptr(GDateTime) tokyo_later = zone_time ("Asia/Tokyo", 2026, 11, 22, 0, 5);
  g_autoptr(GDateTime) york_evening = zone_time ("America/New_York", 2026, 11, 20, 20, 0);
  g_autoptr(GDateTime) york_night = zone_time ("America/New_York", 2026, 11, 21, 1, 0);

  g_assert_true (rp_backups_daily_due (spring_day, NULL));

  /* A new local day, however long the night was. */
  g_assert_true (rp_backups_daily_due (spring_day, before_spring));
  /* The 23-hour day: taken just after midnight, not again that day. */
  g_assert_false (rp_backups_daily_due (spring_late, spring_day));
  /* The 25-hour day: 23 hours and more later, still the same day. */
  g_assert_false (rp_backups_daily_due (fall_late, fall_early));
  g_assert_true (rp_backups_daily_due (fall_next, fall_late));

  /* The day is where the user is now: 23:00 UTC on the 20th is the 21st in
   * Tokyo and still the 20th in New York. */
  g_assert_false (rp_backups_daily_due (tokyo_now, last_utc));
  g_assert_true (rp_backups_daily_due (tokyo_later, last_utc));
  g_assert_false (rp_backups_daily_due (york_evening, last_utc));
  g_assert_true (rp_backups_daily_due (york_night, last_utc));
}

static void
test_next_daily_check (void)
{
  struct {
    int day_in, hour_in;
    int month_out, day_out;
  } cases[] = {
    { 7, 23, 3, 8 },    /* into the 23-hour day */
    { 8, 12, 3, 9 },
    { 31, 1, 4, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = zone_time ("America/New_York", 2026, 3, cases[i].day_in,
                                            cases[i].hour_in, 0);
      g_autoptr(GDateTime) next = rp_backups_next_daily_check (now);

      g_assert_cmpint (g_date_time_get_month (next), ==, cases[i].month_out);
      g_assert_cmpint (g_date_time_get_day_of_month (next), ==, cases[i].day_out);
      g_assert_cmpint (g_date_time_get_hour (next), ==, 0);
      g_assert_cmpint (g_date_time_get_minute (next), ==, 5);
      g_assert_true (rp_backups_daily_due (next, now));
    }

  {
    /* The fall-back day is 25 hours long. */
    g_autoptr(GDateTime) now = zone_time ("America/New_York", 2026, 11, 1, 0, 30);
    g_autoptr(GDateTime) next = rp_backups_next_daily_check (now);

    g_assert_cmpint (g_date_time_difference (next, now), ==, 24 * G_TIME_SPAN_HOUR + 35 * G_TIME_SPAN_MINUTE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backups/names", test_names);
  g_test_add_func ("/backups/daily-due", test_daily_due);
  g_test_add_func ("/backups/next-daily-check", test_next_daily_check);
  ADD_TEST ("/backups/write/verify", test_write_verify);
  ADD_TEST ("/backups/write/same-second", test_write_same_second);
  ADD_TEST ("/backups/write/damaged-copy", test_damaged_copy);
  ADD_TEST ("/backups/write/unwritable-folder", test_unwritable_folder);
  ADD_TEST ("/backups/retention", test_retention);
  ADD_TEST ("/backups/list", test_list_parsing);

  return g_test_run ();
}
