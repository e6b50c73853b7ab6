/* test-backups-restore-into.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Restoring a backup into the database the app has open (Preferences →
 * Your Data → Restore): the connection stays open and reads the backup's
 * data after; an older backup is upgraded on its way in; the reminders
 * already shown stay shown; and a refused backup changes nothing. */

#define G_LOG_DOMAIN "test-backups-restore-into"

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-database-private.h"
#include "rp-test-database.h"
#include "rp-test-util.h"

typedef struct
{
  char *dir;
  char *data;
  char *path;
  char *backups;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-restore-into-XXXXXX", &error);
  g_assert_no_error (error);
  f->data = g_build_filename (f->dir, "data", NULL);
  f->path = g_build_filename (f->data, "reprieve.db", NULL);
  f->backups = g_build_filename (f->data, "backups", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->data, g_free);
  g_clear_pointer (&f->path, g_free);
  g_clear_pointer (&f->backups, g_free);
}

static GDateTime *
utc_time (int day,
          int hour)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, 2026, 11, day, hour, 0, 0);
}

static void
add_fired (RpDatabase *db,
           int         source_id,
           const char *occurrence)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (db,
                              "INSERT INTO fired_reminder (kind, source_id, occurrence, event_start, "
                              "  fired_at, late, state) "
                              "VALUES ('meeting', ?1, ?2, '2026-11-20T19:30:00Z', "
                              "  '2026-11-20T19:15:00Z', 0, 1)",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, source_id);
  sqlite3_bind_text (stmt, 2, occurrence, -1, SQLITE_TRANSIENT);
  rp_database_step_done (db, stmt, &error);
  g_assert_no_error (error);
}

/* The live file passes its check and is still in WAL mode (the backup
 * API keeps the destination's journal mode). */
static void
assert_intact_wal (RpDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean intact = FALSE;

  g_assert_cmpint (rp_database_sqlite_quick_check (rp_database_get_handle (db), &intact),
                   ==, SQLITE_OK);
  g_assert_true (intact);

  stmt = rp_database_prepare (db, "PRAGMA journal_mode", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
}

static guint
count_kind (Fixture      *f,
            RpBackupKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = rp_backups_list_in (f->backups, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    n += ((RpBackupInfo *) g_ptr_array_index (list, i))->kind == kind;

  return n;
}

/* Nothing but the database, its WAL files and the backups folder: no
 * temporary copy is left beside the data. */
static void
assert_no_leftovers (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->data, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_equal (name, "backups") || g_str_equal (name, "reprieve.db") ||
          g_str_equal (name, "reprieve.db-wal") || g_str_equal (name, "reprieve.db-shm"))
        continue;
      g_test_message ("left over: %s", name);
      g_test_fail ();
    }
}

static void
test_restore_into_open (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) taken = utc_time (20, 9);
  g_autoptr(GDateTime) restored = utc_time (21, 9);
  g_autoptr(RpDatabase) db = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *value = NULL;
  g_autofree char *stale = NULL;
  g_autofree char *stale_wal = NULL;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "in the backup");
  add_fired (db, 1, "2026-11-19T19:30");
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, taken, &backup, &error));
  g_assert_no_error (error);

  /* After the backup: a change to lose, and a reminder shown. */
  rp_test_database_set_meta (db, "test", "written later");
  add_fired (db, 2, "2026-11-20T19:30");

  /* What a restore stopped half-way (killed) left: removed by the next. */
  stale = g_build_filename (f->data, "reprieve.db.restoring-AbC123", NULL);
  stale_wal = g_strconcat (stale, "-wal", NULL);
  g_file_set_contents (stale, "x", 1, &error);
  g_assert_no_error (error);
  g_file_set_contents (stale_wal, "x", 1, &error);
  g_assert_no_error (error);

  g_assert_true (rp_backups_restore_into (db, backup, restored, &error));
  g_assert_no_error (error);

  /* The same, still open connection reads the backup's data… */
  value = rp_test_database_query_meta (db, "test");
  g_assert_cmpstr (value, ==, "in the backup");
  /* …and both reminders count as shown: neither is shown again. */
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM fired_reminder"), ==, 2);
  assert_intact_wal (db);
  assert_no_leftovers (f);

  /* What the restore replaced is kept, and the next write works. */
  g_assert_cmpuint (count_kind (f, RP_BACKUP_KIND_PRE_RESTORE), ==, 1);
  list = rp_backups_list_in (f->backups, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      RpBackupInfo *info = g_ptr_array_index (list, i);

      if (info->kind != RP_BACKUP_KIND_PRE_RESTORE)
        continue;
      kept = rp_test_database_file_meta (info->path, "test");
    }
  g_assert_cmpstr (kept, ==, "written later");

  rp_test_database_set_meta (db, "test", "after the restore");
  g_clear_pointer (&value, g_free);
  value = rp_test_database_query_meta (db, "test");
  g_assert_cmpstr (value, ==, "after the restore");
}

/* A pre-migration backup (schema 6) goes back into a database of the
 * latest schema: it is upgraded on its way in, without another
 * pre-migration backup, and the backup file itself is left as it was. */
static void
test_restore_into_older_schema (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (21, 9);
  g_autoptr(RpDatabase) db = NULL;
  g_autofree char *old_backup = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *value = NULL;
  gsize before_len, after_len;
  const RpMigration *builtin;
  guint n_builtin;
  guint n_pre_migration;

  builtin = rp_database_get_builtin_migrations (&n_builtin);
  db = rp_database_open_with_migrations (f->path, builtin, 6, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "schema six");
  g_clear_object (&db);

  /* The upgrade to the latest schema takes the pre-migration backup. */
  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "upgraded, then changed");
  n_pre_migration = count_kind (f, RP_BACKUP_KIND_PRE_MIGRATION);
  g_assert_cmpuint (n_pre_migration, ==, 1);
  {
    g_autoptr(GPtrArray) list = rp_backups_list_in (f->backups, &error);

    g_assert_no_error (error);
    old_backup = g_strdup (((RpBackupInfo *) g_ptr_array_index (list, 0))->path);
  }
  g_file_get_contents (old_backup, &before, &before_len, &error);
  g_assert_no_error (error);

  g_assert_true (rp_backups_restore_into (db, old_backup, now, &error));
  g_assert_no_error (error);

  value = rp_test_database_query_meta (db, "test");
  g_assert_cmpstr (value, ==, "schema six");
  g_assert_cmpint (rp_test_database_query_int (db, "PRAGMA user_version"), ==, rp_database_get_latest_version ());
  /* A table of schema 7 is there, empty. */
  g_assert_cmpint (rp_test_database_query_int (db, "SELECT count(*) FROM goal"), ==, 0);
  assert_intact_wal (db);
  assert_no_leftovers (f);

  g_assert_cmpuint (count_kind (f, RP_BACKUP_KIND_PRE_MIGRATION), ==, n_pre_migration);
  g_assert_cmpuint (count_kind (f, RP_BACKUP_KIND_PRE_RESTORE), ==, 1);
  g_file_get_contents (old_backup, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_len, after, after_len);
}

/* A damaged file and one from a newer Reprieve are refused before
 * anything is written: the data, the backups folder and the data folder
 * are as they were. */
static void
test_restore_into_refuses (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (21, 9);
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(RpDatabase) newer = NULL;
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *newer_path = g_build_filename (f->dir, "newer", "reprieve.db", NULL);
  g_autofree char *sql = NULL;
  g_autofree char *value = NULL;
  char garbage[8192];

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  rp_test_database_set_meta (db, "test", "kept");

  memset (garbage, 'x', sizeof garbage);
  g_file_set_contents (damaged, garbage, sizeof garbage, &error);
  g_assert_no_error (error);
  g_assert_false (rp_backups_restore_into (db, damaged, now, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT);
  g_clear_error (&error);

  newer = rp_database_open (newer_path, &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("PRAGMA user_version = %d", rp_database_get_latest_version () + 1);
  rp_database_exec (newer, sql, &error);
  g_assert_no_error (error);
  g_clear_object (&newer);
  g_assert_false (rp_backups_restore_into (db, newer_path, now, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_NEWER_VERSION);

  value = rp_test_database_query_meta (db, "test");
  g_assert_cmpstr (value, ==, "kept");
  g_assert_cmpuint (count_kind (f, RP_BACKUP_KIND_PRE_RESTORE), ==, 0);
  assert_no_leftovers (f);
}

static guint
count_of (GArray     *counts,
          const char *table)
{
  for (guint i = 0; i < rp_backup_json_get_n_tables (); i++)
    {
      if (g_str_equal (rp_backup_json_get_table_name (i), table))
        return g_array_index (counts, guint, i);
    }
  g_assert_not_reached ();
}

/* What the question before a restore shows: the records per kind of the
 * backup format, 0 for the tables an older schema did not have, and a
 * damaged backup refused before anything is asked. */
static void
test_count_records (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = utc_time (20, 9);
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *old_backup = NULL;
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.db", NULL);
  const RpMigration *builtin;
  guint n_builtin;

  db = rp_database_open (f->path, &error);
  g_assert_no_error (error);
  rp_database_exec (db,
                    "INSERT INTO meeting (name, first_date, start_time, duration_minutes, time_zone,"
                    "  created, updated) VALUES"
                    "  ('One', '2026-01-05', '12:00', 60, 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),"
                    "  ('Two', '2026-01-06', '12:00', 60, 'UTC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
                    &error);
  g_assert_no_error (error);
  g_assert_true (rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &backup, &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  counts = rp_backups_count_records (backup, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, rp_backup_json_get_n_tables ());
  g_assert_cmpuint (count_of (counts, "meeting"), ==, 2);
  g_assert_cmpuint (count_of (counts, "contact"), ==, 0);
  g_clear_pointer (&counts, g_array_unref);

  /* Schema 6 had no goals yet. */
  builtin = rp_database_get_builtin_migrations (&n_builtin);
  old_backup = g_build_filename (f->dir, "six", "reprieve.db", NULL);
  db = rp_database_open_with_migrations (old_backup, builtin, 6, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  counts = rp_backups_count_records (old_backup, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts->len, ==, rp_backup_json_get_n_tables ());
  g_assert_cmpuint (count_of (counts, "goal"), ==, 0);
  g_clear_pointer (&counts, g_array_unref);

  g_file_set_contents (damaged, "not a database at all, not even close", -1, &error);
  g_assert_no_error (error);
  g_assert_null (rp_backups_count_records (damaged, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == RP_DATABASE_ERROR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/backups/restore-into/open", test_restore_into_open);
  ADD_TEST ("/backups/restore-into/older-schema", test_restore_into_older_schema);
  ADD_TEST ("/backups/restore-into/refuses", test_restore_into_refuses);
  ADD_TEST ("/backups/count-records", test_count_records);

  return g_test_run ();
}
