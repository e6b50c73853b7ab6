/* test-backups-restore.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The automatic backups: restoring one into a closed database file (its
 * data back, the replaced data kept, refusals, an older schema upgraded)
 * and the backup before a schema upgrade. Apart from test-backups.c
 * (writing, retention, the list) to keep each file short; both use
 * rp-test-backups. */

#define G_LOG_DOMAIN "test-backups"

#include "config.h"

#include <glib/gstdio.h>

#include <unistd.h>

#include "rp-backups.h"
#include "rp-backups-private.h"
#include "rp-database-private.h"
#include "rp-test-backups.h"
#include "rp-test-database.h"
#include "rp-test-util.h"

static void
test_restore_round_trip (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) taken = utc_time (2026, 11, 20, 9, 30);
  g_autoptr(GDateTime) restored = utc_time (2026, 11, 21, 9, 30);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *value = NULL;
  RpBackupInfo *info;
  RpDatabase *db;

  db = open_with_meta (f, "in the backup");
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, taken, &backup, &error));
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "written later");
  g_assert_finalize_object (db);

  g_assert_true (rp_backups_restore (backup, f->path, restored, &error));
  g_assert_no_error (error);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  value = rp_test_database_file_meta (f->path, "test");
  g_assert_cmpstr (value, ==, "in the backup");
  g_assert_cmpuint (file_mode (f->path), ==, 0600);

  /* The data that the restore replaced is kept. */
  list = rp_backups_list_in (f->backups, &error);
  g_assert_cmpuint (list->len, ==, 2);
  info = g_ptr_array_index (list, 0);
  g_assert_cmpint (info->kind, ==, RP_BACKUP_KIND_PRE_RESTORE);
  g_clear_pointer (&value, g_free);
  value = rp_test_database_file_meta (info->path, "test");
  g_assert_cmpstr (value, ==, "written later");
}

/* A copy of a database still in WAL mode (one put in the folder by hand,
 * with no -wal beside it) restores whole, and reading it creates nothing
 * beside it. It once came out empty. */
static void
test_restore_wal_copy (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *copy_shm = g_strconcat (copy, "-shm", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *value = NULL;
  gsize length;
  RpDatabase *db;

  db = open_with_meta (f, "in the copy");
  rp_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  /* Byte 18 of the header: 2, write-ahead logging. */
  g_assert_cmpint (contents[18], ==, 2);
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, &error));
  g_assert_no_error (error);

  g_assert_true (rp_backups_verify (copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_true (rp_backups_restore (copy, f->path, now, &error));
  g_assert_no_error (error);

  value = rp_test_database_file_meta (f->path, "test");
  g_assert_cmpstr (value, ==, "in the copy");
  g_assert_false (g_file_test (copy_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (copy_shm, G_FILE_TEST_EXISTS));
}

static void
test_restore_into_missing (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autofree char *backup = NULL;
  g_autofree char *value = NULL;
  g_autofree char *moved = g_build_filename (f->dir, "backup.db", NULL);
  g_autoptr(GPtrArray) list = NULL;
  RpDatabase *db;

  db = open_with_meta (f, "saved");
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &backup, &error));
  g_assert_finalize_object (db);
  g_assert_cmpint (g_rename (backup, moved), ==, 0);

  /* The damaged file was moved aside: nothing to keep. */
  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_true (rp_backups_restore (moved, f->path, now, &error));
  g_assert_no_error (error);
  value = rp_test_database_file_meta (f->path, "test");
  g_assert_cmpstr (value, ==, "saved");
  g_assert_cmpuint (file_mode (f->path), ==, 0600);
  list = rp_backups_list_in (f->backups, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_restore_refuses (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autofree char *foreign = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.db", NULL);
  g_autofree char *value = NULL;
  g_autofree char *listing = NULL;
  sqlite3 *raw = NULL;
  RpDatabase *db;

  db = open_with_meta (f, "current");
  g_assert_finalize_object (db);

  g_assert_cmpint (sqlite3_open (foreign, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE t (x); PRAGMA user_version = 3;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_set_contents (garbage, "not a database at all, not at all, no", -1, NULL));

  g_assert_false (rp_backups_verify (foreign, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NOT_REPRIEVE);
  g_clear_error (&error);
  g_assert_false (rp_backups_restore (foreign, f->path, now, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NOT_REPRIEVE);
  g_clear_error (&error);
  g_assert_false (rp_backups_restore (garbage, f->path, now, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Refused before anything was touched. */
  value = rp_test_database_file_meta (f->path, "test");
  g_assert_cmpstr (value, ==, "current");
  listing = list_folder (f->backups);
  g_assert_cmpstr (listing, ==, "");
}

/* An older Reprieve's database (schema 6) is backed up, as it was, before
 * being upgraded. */
static void
test_pre_migration (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *value = NULL;
  const RpMigration *builtin;
  guint n_builtin;
  RpBackupInfo *info;
  RpDatabase *db;

  builtin = rp_database_get_builtin_migrations (&n_builtin);
  g_assert_cmpuint (n_builtin, >=, 7);
  g_assert_cmpint (builtin[5].version, ==, 6);

  db = rp_database_open_with_migrations (f->path, builtin, 6, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "schema six");
  g_assert_finalize_object (db);

  /* A fresh database is not backed up: there is nothing to lose. */
  g_assert_false (g_file_test (f->backups, G_FILE_TEST_EXISTS));

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);

  list = rp_backups_list_in (f->backups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  info = g_ptr_array_index (list, 0);
  g_assert_cmpint (info->kind, ==, RP_BACKUP_KIND_PRE_MIGRATION);
  g_assert_cmpint (info->from_version, ==, 6);
  g_assert_cmpint (info->to_version, ==, rp_database_get_latest_version ());
  g_assert_cmpuint (file_mode (info->path), ==, 0600);
  g_assert_cmpint (file_user_version (info->path), ==, 6);
  value = rp_test_database_file_meta (info->path, "test");
  g_assert_cmpstr (value, ==, "schema six");
  g_assert_true (rp_backups_verify (info->path, &error));
  g_assert_no_error (error);

  /* Opening again migrates nothing, so takes no other backup. */
  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = rp_backups_list_in (f->backups, &error);
  g_assert_cmpuint (list->len, ==, 1);
}

/* Restoring an older schema's backup: the next open upgrades it, keeping
 * its data, after its own pre-migration backup. */
static void
test_restore_older_schema (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (2026, 11, 21, 9, 30);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *old_backup = g_build_filename (f->dir, "schema-six.db", NULL);
  g_autofree char *value = NULL;
  const RpMigration *builtin;
  guint n_builtin;
  guint n_pre_migration = 0;
  guint n_pre_restore = 0;
  RpDatabase *db;

  builtin = rp_database_get_builtin_migrations (&n_builtin);
  db = rp_database_open_with_migrations (f->path, builtin, 6, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "schema six");
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &value, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  g_assert_cmpint (g_rename (value, old_backup), ==, 0);
  g_clear_pointer (&value, g_free);

  db = open_with_meta (f, "upgraded, then changed");
  g_assert_finalize_object (db);

  g_assert_true (rp_backups_restore (old_backup, f->path, now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_user_version (f->path), ==, 6);

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_finalize_object (db);
  value = rp_test_database_file_meta (f->path, "test");
  g_assert_cmpstr (value, ==, "schema six");

  list = rp_backups_list_in (f->backups, &error);
  for (guint i = 0; i < list->len; i++)
    {
      RpBackupInfo *info = g_ptr_array_index (list, i);

      n_pre_migration += info->kind == RP_BACKUP_KIND_PRE_MIGRATION;
      n_pre_restore += info->kind == RP_BACKUP_KIND_PRE_RESTORE;
    }
  /* The first upgrade's, then the restored copy's. */
  g_assert_cmpuint (n_pre_migration, ==, 2);
  g_assert_cmpuint (n_pre_restore, ==, 1);
}

static void
test_pre_migration_failure (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  const RpMigration *builtin;
  guint n_builtin;
  RpDatabase *db;

  builtin = rp_database_get_builtin_migrations (&n_builtin);
  db = rp_database_open_with_migrations (f->path, builtin, 6, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "schema six");
  g_assert_finalize_object (db);

  /* No backup can be written: the upgrade is refused, the file unchanged. */
  g_assert_true (g_file_set_contents (f->backups, "", 0, NULL));
  db = rp_database_open (f->path, &error);
  g_assert_null (db);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS);
  g_assert_nonnull (strstr (error->message, "nothing was changed"));
  g_test_message ("Refused: %s", error->message);
  g_assert_cmpint (file_user_version (f->path), ==, 6);
  value = rp_test_database_file_meta (f->path, "test");
  g_assert_cmpstr (value, ==, "schema six");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/backups/restore/round-trip", test_restore_round_trip);
  ADD_TEST ("/backups/restore/into-missing", test_restore_into_missing);
  ADD_TEST ("/backups/restore/wal-copy", test_restore_wal_copy);
  ADD_TEST ("/backups/restore/refuses", test_restore_refuses);
  ADD_TEST ("/backups/pre-migration", test_pre_migration);
  ADD_TEST ("/backups/pre-migration/failure", test_pre_migration_failure);
  ADD_TEST ("/backups/restore/older-schema", test_restore_older_schema);

  return g_test_run ();
}
