/* test-disk-full-backups.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-disk-full-backups"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-database-private.h"
#include "rp-test-disk-full.h"
#include "rp-test-full-vfs.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* The disk fills up during a JSON restore, an automatic backup and a
 * restore of one into the open database: apart from test-disk-full.c so
 * that each program stays short. How the disk fills up is told in
 * rp-test-disk-full.c. */

/* --- 1. a JSON restore ------------------------------------------------ */

static gboolean
restore_json (RpTestStore   *f,
              gconstpointer  data,
              GError       **error)
{
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GError) load_error = NULL;
  gboolean ok;

  backup = rp_backup_json_load (f->database, (GBytes *) data, &load_error);
  g_assert_no_error (load_error);

  ok = rp_backup_json_replace (f->database, backup, NULL, NULL, error);
  /* The store's lists follow the file, as after a restore in the app. */
  if (ok)
    g_assert_true (rp_store_reload (f->store, NULL));

  return ok;
}

static void
test_restore (RpTestStore   *f,
              gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (1500, "backup.example.org");
  g_autoptr(RpDirectoryImport) imported = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
  g_autoptr(GBytes) backup = NULL;
  g_autoptr(GError) error = NULL;
  RpTestStore source = { NULL, };

  /* A backup of another profile, with a large Directory. */
  rp_test_store_set_up (&source, NULL);
  imported = rp_store_import_directory (source.store, feed, "backup.json", &error);
  g_assert_no_error (error);
  rp_test_exec (source.database,
                "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone,"
                "  created, updated) VALUES ('From the backup', '2025-05-05', '08:00', 30, 'UTC',"
                "  '2025-05-05T00:00:00Z', '2025-05-05T00:00:00Z');");
  backup = rp_backup_json_export (source.database, now, NULL, &error);
  g_assert_no_error (error);
  rp_test_store_tear_down (&source, NULL);

  rp_test_disk_full_run_budgets (f, restore_json, backup, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 1500);
  /* The backup's meeting and the one written after the restore. */
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 2);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 0);
}

/* --- 2. an automatic backup ------------------------------------------- */

/* The names in the backups folder, sorted and joined by spaces. */
static char *
list_backups (RpTestStore *f)
{
  g_autofree char *dir = rp_backups_dir_for_database (rp_database_get_path (f->database));
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  if (listing == NULL)
    return g_strdup ("");
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_backup (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (1500, "example.org");
  g_autoptr(RpDirectoryImport) imported = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *expected = NULL;
  static const guint64 fractions[] = { 0, 1, 4, 8, 12, 15 };
  guint64 needed;

  rp_test_disk_full_seed (f);
  imported = rp_store_import_directory (f->store, feed, "meetings.json", &error);
  g_assert_no_error (error);

  /* What a backup writes: the copy (no WAL, no -journal kept). */
  rp_test_full_vfs_reset_counts ();
  g_assert_true (rp_backups_write (f->database, RP_BACKUP_KIND_DAILY, now, &written, &error));
  g_assert_no_error (error);
  needed = rp_test_full_vfs_get_n_written ();
  g_test_message ("a backup writes %" G_GUINT64_FORMAT " bytes", needed);
  g_assert_cmpuint (needed, >, 64 * 1024);
  g_assert_cmpint (g_remove (written), ==, 0);
  listed = list_backups (f);
  g_assert_cmpstr (listed, ==, "");

  for (guint i = 0; i <= G_N_ELEMENTS (fractions); i++)
    {
      guint64 budget = i < G_N_ELEMENTS (fractions) ? needed * fractions[i] / 16 : needed - 1;
      g_autofree char *before = rp_test_disk_full_snapshot (f);
      g_autofree char *now_snapshot = NULL;
      g_autofree char *out_path = NULL;

      g_test_message ("budget %" G_GUINT64_FORMAT " bytes", budget);
      rp_test_full_vfs_arm (budget);
      g_assert_false (rp_backups_write (f->database, RP_BACKUP_KIND_DAILY, now, &out_path, &error));
      rp_test_full_vfs_disarm ();
      g_assert_true (rp_test_full_vfs_get_tripped ());
      rp_test_disk_full_assert_full_error (error);
      g_assert_null (out_path);
      g_clear_error (&error);

      /* No partial copy, no temporary file, no sidecar left behind. */
      g_clear_pointer (&listed, g_free);
      listed = list_backups (f);
      g_assert_cmpstr (listed, ==, "");

      rp_test_disk_full_assert_intact (f->database);
      now_snapshot = rp_test_disk_full_snapshot (f);
      g_assert_cmpstr (now_snapshot, ==, before);
    }

  /* With space again: one backup, named as before, and the store writes. */
  g_clear_pointer (&written, g_free);
  g_assert_true (rp_backups_write (f->database, RP_BACKUP_KIND_DAILY, now, &written, &error));
  g_assert_no_error (error);
  g_assert_true (rp_backups_verify (written, &error));
  g_assert_no_error (error);
  g_clear_pointer (&listed, g_free);
  listed = list_backups (f);
  expected = g_path_get_basename (written);
  g_assert_cmpstr (listed, ==, expected);
  g_assert_true (rp_test_disk_full_add_meeting (f, NULL, &error));
  g_assert_no_error (error);
}

/* A restore that takes its pre-restore backup first refuses to start when
 * that backup does not fit, and says why. */
static void
test_restore_backup_first (RpTestStore   *f,
                           gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listed = NULL;

  rp_test_disk_full_seed (f);
  rp_test_exec (f->database, "DELETE FROM contact");
  data = rp_backup_json_export (f->database, now, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_store_reload (f->store, &error));
  rp_test_disk_full_seed (f);
  backup = rp_backup_json_load (f->database, data, &error);
  g_assert_no_error (error);

  before = rp_test_disk_full_snapshot (f);
  rp_test_full_vfs_arm (4096);
  g_assert_false (rp_backup_json_replace (f->database, backup, rp_backups_write_pre_restore_cb,
                                          now, &error));
  rp_test_full_vfs_disarm ();
  rp_test_disk_full_assert_full_error (error);
  rp_test_disk_full_assert_intact (f->database);
  after = rp_test_disk_full_snapshot (f);
  g_assert_cmpstr (after, ==, before);
  listed = list_backups (f);
  g_assert_cmpstr (listed, ==, "");
}

/* --- 3. an automatic backup restored into the open database ----------- */

/* The data folder holds nothing but the database, its WAL files and the
 * backups folder: no copy being restored is left behind. */
static void
assert_no_staged_copy (RpTestStore *f)
{
  g_autofree char *folder = g_path_get_dirname (rp_database_get_path (f->database));
  g_autofree char *basename = g_path_get_basename (rp_database_get_path (f->database));
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, basename) && strstr (name, ".restoring-") != NULL);
}

/* Preferences → Restore…: out of space while the backup is copied aside,
 * while the current data is backed up, or while the copy goes in: each
 * time refused as FULL, the data as it was, no copy left; with room, the
 * backup's data. */
static void
test_restore_into (RpTestStore   *f,
                   gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (1500, "backup.example.org");
  g_autoptr(RpDirectoryImport) imported = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;
  RpTestStore source = { NULL, };
  RpTestStore twin = { NULL, };
  guint64 needed;

  /* A backup of another profile, with a large Directory, kept aside. */
  rp_test_store_set_up (&source, NULL);
  imported = rp_store_import_directory (source.store, feed, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_true (rp_backups_write (source.database, RP_BACKUP_KIND_DAILY, now, &backup, &error));
  g_assert_no_error (error);
  kept = g_build_filename (g_get_tmp_dir (), "reprieve-disk-full-restore-XXXXXX.db", NULL);
  g_close (g_mkstemp (kept), NULL);
  g_assert_cmpint (g_rename (backup, kept), ==, 0);
  rp_test_store_tear_down (&source, NULL);

  /* What a restore writes, everything included. */
  rp_test_store_set_up (&twin, NULL);
  rp_test_disk_full_seed (&twin);
  rp_test_full_vfs_reset_counts ();
  g_assert_true (rp_backups_restore_into (twin.database, kept, now, &error));
  g_assert_no_error (error);
  needed = rp_test_full_vfs_get_n_written ();
  rp_test_store_tear_down (&twin, NULL);
  g_test_message ("a restore writes %" G_GUINT64_FORMAT " bytes", needed);

  rp_test_disk_full_seed (f);
  for (guint i = 0; i <= 16; i++)
    {
      guint64 budget = i < 16 ? needed * i / 16 : needed - 1;
      g_autofree char *before = rp_test_disk_full_snapshot (f);
      g_autofree char *after = NULL;

      g_test_message ("budget %" G_GUINT64_FORMAT " bytes", budget);
      rp_test_full_vfs_arm (budget);
      g_assert_false (rp_backups_restore_into (f->database, kept, now, &error));
      rp_test_full_vfs_disarm ();
      g_assert_true (rp_test_full_vfs_get_tripped ());
      rp_test_disk_full_assert_full_error (error);
      g_assert_nonnull (strstr (error->message, "could not be restored"));
      g_clear_error (&error);

      rp_test_disk_full_assert_intact (f->database);
      after = rp_test_disk_full_snapshot (f);
      g_assert_cmpstr (after, ==, before);
      assert_no_staged_copy (f);
    }

  g_assert_true (rp_backups_restore_into (f->database, kept, now, &error));
  g_assert_no_error (error);
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  rp_test_disk_full_assert_intact (f->database);
  assert_no_staged_copy (f);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 1500);
  g_assert_true (rp_test_disk_full_add_meeting (f, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_remove (kept), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  rp_test_disk_full_init (&argc, &argv);

  RP_TEST_DISK_FULL_ADD ("/disk-full/restore", test_restore);
  RP_TEST_DISK_FULL_ADD ("/disk-full/restore-backup-first", test_restore_backup_first);
  RP_TEST_DISK_FULL_ADD ("/disk-full/restore-into", test_restore_into);
  RP_TEST_DISK_FULL_ADD ("/disk-full/backup", test_backup);

  return g_test_run ();
}
