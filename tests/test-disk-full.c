/* test-disk-full.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-disk-full"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-database-private.h"
#include "rp-test-full-vfs.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* A disk that fills up during a write: every write of SQLite goes through
 * rp-test-full-vfs, which fails with SQLITE_FULL once an armed budget of
 * bytes is spent, partway through a page or a WAL frame. Each case runs
 * under budgets from none at all to one byte short of what the write
 * needs (measured on a twin store with the same history), so the disk
 * fills up at many points: the first page, cache spills in the middle of
 * a statement, the last frame of the COMMIT. Every time the user must get
 * RP_DATABASE_ERROR_FULL with a message saying what to do, and the data
 * must be exactly as before, intact, and writable once there is space. */

#define N_IMPORT_MEETINGS 20000

/* What the user has before each case. */
static void
seed (RpTestStore *f)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (20, "seed.example.org");
  g_autoptr(RpDirectoryImport) imported = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RpMeeting) meeting = rp_meeting_new ();
      g_autoptr(RpSchedule) schedule = NULL;
      g_autofree char *name = g_strdup_printf ("Seed meeting %u", i);
      GDate first = rp_test_make_date (2026, 1, 5);

      schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY, 600 + 60 * i, 60,
                                         "Europe/London", &error);
      g_assert_no_error (error);
      rp_meeting_set_name (meeting, name);
      rp_meeting_set_schedule (meeting, schedule);
      g_assert_true (rp_store_add_meeting (f->store, meeting, &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RpContact) contact = rp_contact_new ();
      g_autofree char *name = g_strdup_printf ("Seed contact %u", i);

      rp_contact_set_display_name (contact, name);
      rp_contact_add_phone (contact, "mobile", "+1 555 0100");
      g_assert_true (rp_store_add_contact (f->store, contact, FALSE, &error));
      g_assert_no_error (error);
    }

  imported = rp_store_import_directory (f->store, feed, "seed.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);
}

/* Every row of every table, in storage order, and what the store's lists
 * show: a failed write must leave all of it as it was. Only a digest, so
 * that nothing of the data reaches the test's output. */
static char *
snapshot (RpTestStore *f)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) tables = NULL;

  tables = rp_database_prepare (f->database,
                                "SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name NOT LIKE 'sqlite_%' ORDER BY name", &error);
  g_assert_no_error (error);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *name = rp_database_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      g_autoptr(sqlite3_stmt) rows = rp_database_prepare (f->database, sql, &error);
      guint n_rows = 0;

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
          n_rows++;
        }
      g_checksum_update (sum, (const guchar *) &n_rows, sizeof n_rows);
    }

  return g_strdup_printf ("%s meetings=%u contacts=%u directory=%u",
                          g_checksum_get_string (sum),
                          g_list_model_get_n_items (rp_store_get_meetings (f->store)),
                          g_list_model_get_n_items (rp_store_get_contacts (f->store)),
                          g_list_model_get_n_items (rp_store_get_directory (f->store)));
}

static void
assert_intact (RpDatabase *database)
{
  g_autofree char *result = rp_test_query_text (database, "PRAGMA integrity_check");

  g_assert_cmpstr (result, ==, "ok\n");
}

/* The user is told that the disk is full and what to do about it. */
static void
assert_full_error (const GError *error)
{
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, "Free some space and try again"));
}

typedef gboolean (*WriteFunc) (RpTestStore  *f,
                               gconstpointer data,
                               GError      **error);

/* Budgets from none to one byte short of @n_wal, the bytes the write put
 * into the WAL on the twin store: all of them are needed before COMMIT
 * returns, so each budget makes the write fail somewhere else. */
static GArray *
make_budgets (guint64 n_wal)
{
  static const guint64 fixed[] = { 0, 1, 31, 32, 100, 4096, 4096 + 24 + 1000 };
  GArray *budgets = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint64 last = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    if (fixed[i] < n_wal)
      g_array_append_val (budgets, fixed[i]);
  for (guint eighth = 1; eighth < 8; eighth++)
    {
      guint64 budget = n_wal * eighth / 8;

      g_array_append_val (budgets, budget);
    }
  if (n_wal > 4096)
    {
      guint64 budget = n_wal - 4096;

      g_array_append_val (budgets, budget);
    }
  last = n_wal - 1;
  g_array_append_val (budgets, last);

  /* Ascending and without repeats, for readable messages. */
  last = 0;
  for (guint i = 0; i < budgets->len;)
    {
      guint64 budget = g_array_index (budgets, guint64, i);

      if (i > 0 && budget <= last)
        {
          g_array_remove_index (budgets, i);
          continue;
        }
      last = budget;
      i++;
    }

  return budgets;
}

static gboolean add_meeting (RpTestStore   *f,
                             gconstpointer  data,
                             GError       **error);

/* Runs @write on a twin store to measure it, then under every budget of
 * make_budgets() on @f: each run must fail with FULL and change nothing.
 * Then, with room again, the write itself succeeds, and so does an
 * ordinary one after it. Returns the bytes the write needed, in the WAL
 * and in all files, through @out_n_wal and @out_n_total. */
static void
run_budgets (RpTestStore   *f,
             WriteFunc      write,
             gconstpointer  data,
             guint64       *out_n_wal,
             guint64       *out_n_total)
{
  g_autoptr(GArray) budgets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RpTestStore twin = { NULL, };
  guint64 n_wal;
  guint64 n_total;

  rp_test_store_set_up (&twin, NULL);
  seed (&twin);
  rp_test_full_vfs_reset_counts ();
  g_assert_true (write (&twin, data, &error));
  g_assert_no_error (error);
  n_wal = rp_test_full_vfs_get_n_wal_written ();
  n_total = rp_test_full_vfs_get_n_written ();
  rp_test_store_tear_down (&twin, NULL);
  g_assert_cmpuint (n_wal, >, 0);
  g_test_message ("the write needs %" G_GUINT64_FORMAT " bytes in the WAL, %"
                  G_GUINT64_FORMAT " in all", n_wal, n_total);

  seed (f);
  budgets = make_budgets (n_wal);
  for (guint i = 0; i < budgets->len; i++)
    {
      guint64 budget = g_array_index (budgets, guint64, i);
      g_autofree char *now = NULL;
      gboolean ok;

      g_clear_pointer (&before, g_free);
      before = snapshot (f);
      g_test_message ("budget %" G_GUINT64_FORMAT " bytes", budget);
      rp_test_full_vfs_arm (budget);
      ok = write (f, data, &error);
      rp_test_full_vfs_disarm ();

      g_assert_true (rp_test_full_vfs_get_tripped ());
      g_assert_false (ok);
      assert_full_error (error);
      g_clear_error (&error);

      /* Rolled back, not left open for the next write to commit. */
      g_assert_true (sqlite3_get_autocommit (rp_database_get_handle (f->database)));
      assert_intact (f->database);
      now = snapshot (f);
      g_assert_cmpstr (now, ==, before);
    }

  /* With room again, the same write goes through. When there are writes
   * after the WAL's (SQLite copying the WAL back into the database after
   * the COMMIT), the disk fills up one byte before their end: the write
   * is saved all the same, and the file stays sound. */
  g_clear_pointer (&before, g_free);
  before = snapshot (f);
  rp_test_full_vfs_reset_counts ();
  if (n_total > n_wal)
    {
      g_test_message ("budget %" G_GUINT64_FORMAT " bytes, after the COMMIT", n_total - 1);
      rp_test_full_vfs_arm (n_total - 1);
    }
  g_assert_true (write (f, data, &error));
  rp_test_full_vfs_disarm ();
  g_assert_no_error (error);
  g_assert_true (rp_test_full_vfs_get_tripped () == (n_total > n_wal));
  assert_intact (f->database);
  after = snapshot (f);
  g_assert_cmpstr (after, !=, before);

  /* And the next ordinary write. */
  g_assert_true (add_meeting (f, NULL, &error));
  g_assert_no_error (error);
  assert_intact (f->database);

  if (out_n_wal != NULL)
    *out_n_wal = n_wal;
  if (out_n_total != NULL)
    *out_n_total = n_total;
}

/* --- 1. ordinary writes ----------------------------------------------- */

static gboolean
add_meeting (RpTestStore   *f,
             gconstpointer  data,
             GError       **error)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  GDate first = rp_test_make_date (2026, 2, 3);
  gboolean ok;

  schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_TUESDAY, 1140, 90,
                                     "America/Chicago", NULL);
  g_assert_nonnull (schedule);
  rp_meeting_set_name (meeting, "Tuesday night");
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_notes (meeting, "Back room, second floor");

  ok = rp_store_add_meeting (f->store, meeting, error);
  /* A failed add leaves the caller's object unsaved. */
  if (!ok)
    g_assert_cmpint (rp_meeting_get_id (meeting), ==, 0);

  return ok;
}

static gboolean
add_contact (RpTestStore   *f,
             gconstpointer  data,
             GError       **error)
{
  g_autoptr(RpContact) contact = rp_contact_new ();
  gboolean ok;

  rp_contact_set_display_name (contact, "New friend");
  rp_contact_set_role (contact, RP_CONTACT_ROLE_SPONSOR);
  rp_contact_set_primary_sponsor (contact, TRUE);
  rp_contact_add_phone (contact, "mobile", "+1 555 0199");
  rp_contact_add_phone (contact, "home", "+1 555 0198");
  rp_contact_set_notes (contact, "Calls after six");

  ok = rp_store_add_contact (f->store, contact, FALSE, error);
  if (!ok)
    {
      g_assert_cmpint (rp_contact_get_id (contact), ==, 0);
      g_assert_cmpint (rp_contact_get_position (contact), ==, -1);
      /* The sponsor shown everywhere did not change either. */
      g_assert_false (rp_store_get_has_sponsor (f->store));
    }

  return ok;
}

static void
test_store_write_meeting (RpTestStore   *f,
                          gconstpointer  user_data)
{
  run_budgets (f, add_meeting, NULL, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 5);
}

static void
test_store_write_contact (RpTestStore   *f,
                          gconstpointer  user_data)
{
  g_autoptr(RpContact) retried = rp_contact_new ();
  g_autoptr(GError) error = NULL;

  run_budgets (f, add_contact, NULL, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 3);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact_phone"), ==, 4);
  g_assert_true (rp_store_get_has_sponsor (f->store));

  /* The same object saved again once there is room: it is new again,
   * not the row that was rolled back. */
  rp_contact_set_display_name (retried, "Retried");
  rp_contact_add_phone (retried, "mobile", "+1 555 0197");
  rp_test_full_vfs_arm (100);
  g_assert_false (rp_store_add_contact (f->store, retried, FALSE, &error));
  rp_test_full_vfs_disarm ();
  assert_full_error (error);
  g_clear_error (&error);
  g_assert_cmpint (rp_contact_get_id (retried), ==, 0);
  g_assert_cmpint (rp_contact_get_position (retried), ==, -1);
  g_assert_null (rp_contact_get_created (retried));
  g_assert_true (rp_store_add_contact (f->store, retried, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_contact_get_id (retried), >, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 4);
  assert_intact (f->database);
}

static gboolean
add_goal (RpTestStore   *f,
          gconstpointer  data,
          GError       **error)
{
  GDate start = rp_test_make_date (2026, 3, 1);
  g_autoptr(RpGoal) goal = rp_goal_new ("Read every morning", RP_GOAL_DAILY, &start);
  gboolean ok = rp_store_add_goal (f->store, goal, error);

  if (!ok)
    {
      g_assert_cmpint (rp_goal_get_id (goal), ==, 0);
      g_assert_cmpint (rp_goal_get_position (goal), ==, -1);
    }

  return ok;
}

static gboolean
add_recovery (RpTestStore   *f,
              gconstpointer  data,
              GError       **error)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) now = g_date_time_new (zone, 2026, 3, 10, 12, 0, 0);
  GDate start = rp_test_make_date (2025, 6, 1);
  g_autoptr(RpRecovery) recovery = rp_recovery_new ("Smoking", &start, 0);
  gboolean ok = rp_store_add_recovery (f->store, recovery, now, error);

  if (!ok)
    {
      g_assert_cmpint (rp_recovery_get_id (recovery), ==, 0);
      g_assert_cmpint (rp_recovery_get_position (recovery), ==, -1);
    }

  return ok;
}

static void
test_store_write_goal (RpTestStore   *f,
                       gconstpointer  user_data)
{
  run_budgets (f, add_goal, NULL, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM goal"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_goals (f->store)), ==, 1);
}

static void
test_store_write_recovery (RpTestStore   *f,
                           gconstpointer  user_data)
{
  run_budgets (f, add_recovery, NULL, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM recovery"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_recoveries (f->store)), ==, 1);
}

/* --- 2. a large Meeting Guide import ---------------------------------- */

static gboolean
import_feed (RpTestStore   *f,
             gconstpointer  data,
             GError       **error)
{
  g_autoptr(RpDirectoryImport) result = NULL;

  result = rp_store_import_directory (f->store, (GBytes *) data, "meetings.json", error);
  if (result == NULL)
    return FALSE;
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, N_IMPORT_MEETINGS);

  return TRUE;
}

static void
test_import (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (N_IMPORT_MEETINGS, "example.org");
  guint64 n_wal = 0;
  guint64 n_total = 0;

  run_budgets (f, import_feed, feed, &n_wal, &n_total);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"),
                   ==, 20 + N_IMPORT_MEETINGS);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_feed"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)),
                    ==, 20 + N_IMPORT_MEETINGS);

  /* Large enough that SQLite spills pages into the WAL before the COMMIT
   * (the budgets above fail in either) and copies them into the database
   * after it. */
  g_assert_cmpuint (n_wal, >, 2 * 1024 * 1024);
  g_assert_cmpuint (n_total, >, n_wal);
}

typedef struct
{
  gboolean           done;
  RpDirectoryImport *result;
  GError            *error;
} ImportWait;

static void
import_file_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ImportWait *wait = user_data;

  wait->result = rp_store_import_directory_file_finish (RP_STORE (source), result, &wait->error);
  wait->done = TRUE;
}

/* As the window imports: parsed and written in a worker, on a connection
 * of its own. */
static gboolean
import_feed_in_worker (RpTestStore   *f,
                       gconstpointer  data,
                       GError       **error)
{
  g_autofree char *path = g_build_filename (f->dir, "meetings.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) write_error = NULL;
  ImportWait wait = { FALSE, NULL, NULL };
  gsize size = 0;
  const char *contents = g_bytes_get_data ((GBytes *) data, &size);

  g_file_set_contents (path, contents, (gssize) size, &write_error);
  g_assert_no_error (write_error);

  rp_store_import_directory_file_async (f->store, file, NULL, NULL, NULL, NULL,
                                        import_file_done_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);

  if (wait.result == NULL)
    {
      g_propagate_error (error, wait.error);
      return FALSE;
    }
  g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==, N_IMPORT_MEETINGS);
  rp_directory_import_unref (wait.result);

  return TRUE;
}

static void
test_import_in_worker (RpTestStore   *f,
                       gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (N_IMPORT_MEETINGS, "example.org");

  run_budgets (f, import_feed_in_worker, feed, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"),
                   ==, 20 + N_IMPORT_MEETINGS);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)),
                    ==, 20 + N_IMPORT_MEETINGS);
}

/* --- 3. a JSON restore ------------------------------------------------ */

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

  run_budgets (f, restore_json, backup, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 1500);
  /* The backup's meeting and the one written after the restore. */
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 2);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 0);
}

/* --- 4. an automatic backup ------------------------------------------- */

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

  seed (f);
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
      g_autofree char *before = snapshot (f);
      g_autofree char *now_snapshot = NULL;
      g_autofree char *out_path = NULL;

      g_test_message ("budget %" G_GUINT64_FORMAT " bytes", budget);
      rp_test_full_vfs_arm (budget);
      g_assert_false (rp_backups_write (f->database, RP_BACKUP_KIND_DAILY, now, &out_path, &error));
      rp_test_full_vfs_disarm ();
      g_assert_true (rp_test_full_vfs_get_tripped ());
      assert_full_error (error);
      g_assert_null (out_path);
      g_clear_error (&error);

      /* No partial copy, no temporary file, no sidecar left behind. */
      g_clear_pointer (&listed, g_free);
      listed = list_backups (f);
      g_assert_cmpstr (listed, ==, "");

      assert_intact (f->database);
      now_snapshot = snapshot (f);
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
  g_assert_true (add_meeting (f, NULL, &error));
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

  seed (f);
  rp_test_exec (f->database, "DELETE FROM contact");
  data = rp_backup_json_export (f->database, now, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_store_reload (f->store, &error));
  seed (f);
  backup = rp_backup_json_load (f->database, data, &error);
  g_assert_no_error (error);

  before = snapshot (f);
  rp_test_full_vfs_arm (4096);
  g_assert_false (rp_backup_json_replace (f->database, backup, rp_backups_write_pre_restore_cb,
                                          now, &error));
  rp_test_full_vfs_disarm ();
  assert_full_error (error);
  assert_intact (f->database);
  after = snapshot (f);
  g_assert_cmpstr (after, ==, before);
  listed = list_backups (f);
  g_assert_cmpstr (listed, ==, "");
}

/* --- 5. an automatic backup restored into the open database ----------- */

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
  seed (&twin);
  rp_test_full_vfs_reset_counts ();
  g_assert_true (rp_backups_restore_into (twin.database, kept, now, &error));
  g_assert_no_error (error);
  needed = rp_test_full_vfs_get_n_written ();
  rp_test_store_tear_down (&twin, NULL);
  g_test_message ("a restore writes %" G_GUINT64_FORMAT " bytes", needed);

  seed (f);
  for (guint i = 0; i <= 16; i++)
    {
      guint64 budget = i < 16 ? needed * i / 16 : needed - 1;
      g_autofree char *before = snapshot (f);
      g_autofree char *after = NULL;

      g_test_message ("budget %" G_GUINT64_FORMAT " bytes", budget);
      rp_test_full_vfs_arm (budget);
      g_assert_false (rp_backups_restore_into (f->database, kept, now, &error));
      rp_test_full_vfs_disarm ();
      g_assert_true (rp_test_full_vfs_get_tripped ());
      assert_full_error (error);
      g_assert_nonnull (strstr (error->message, "could not be restored"));
      g_clear_error (&error);

      assert_intact (f->database);
      after = snapshot (f);
      g_assert_cmpstr (after, ==, before);
      assert_no_staged_copy (f);
    }

  g_assert_true (rp_backups_restore_into (f->database, kept, now, &error));
  g_assert_no_error (error);
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  assert_intact (f->database);
  assert_no_staged_copy (f);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 1500);
  g_assert_true (add_meeting (f, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_remove (kept), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Before the first database is opened, so that every file is ours. */
  rp_test_full_vfs_install ();

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/disk-full/store-write/meeting", RpTestStore, NULL,
              rp_test_store_set_up, test_store_write_meeting, rp_test_store_tear_down);
  g_test_add ("/disk-full/store-write/contact", RpTestStore, NULL,
              rp_test_store_set_up, test_store_write_contact, rp_test_store_tear_down);
  g_test_add ("/disk-full/store-write/goal", RpTestStore, NULL,
              rp_test_store_set_up, test_store_write_goal, rp_test_store_tear_down);
  g_test_add ("/disk-full/store-write/recovery", RpTestStore, NULL,
              rp_test_store_set_up, test_store_write_recovery, rp_test_store_tear_down);
  g_test_add ("/disk-full/import", RpTestStore, NULL,
              rp_test_store_set_up, test_import, rp_test_store_tear_down);
  g_test_add ("/disk-full/import-in-worker", RpTestStore, NULL,
              rp_test_store_set_up, test_import_in_worker, rp_test_store_tear_down);
  g_test_add ("/disk-full/restore", RpTestStore, NULL,
              rp_test_store_set_up, test_restore, rp_test_store_tear_down);
  g_test_add ("/disk-full/restore-backup-first", RpTestStore, NULL,
              rp_test_store_set_up, test_restore_backup_first, rp_test_store_tear_down);
  g_test_add ("/disk-full/restore-into", RpTestStore, NULL,
              rp_test_store_set_up, test_restore_into, rp_test_store_tear_down);
  g_test_add ("/disk-full/backup", RpTestStore, NULL,
              rp_test_store_set_up, test_backup, rp_test_store_tear_down);

  return g_test_run ();
}
