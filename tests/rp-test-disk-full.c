/* rp-test-disk-full.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-disk-full"

#include "config.h"

#include <string.h>

#include "rp-database-private.h"
#include "rp-test-disk-full.h"
#include "rp-test-full-vfs.h"
#include "rp-test-util.h"

/* What test-disk-full.c and test-disk-full-backups.c share, in one place
 * rather than copied into each. */

/* A disk that fills up during a write: every write of SQLite goes through
 * rp-test-full-vfs, which fails with SQLITE_FULL once an armed budget of
 * bytes is spent, partway through a page or a WAL frame. Each case runs
 * under budgets from none at all to one byte short of what the write
 * needs (measured on a twin store with the same history), so the disk
 * fills up at many points: the first page, cache spills in the middle of
 * a statement, the last frame of the COMMIT. Every time the user must get
 * RP_DATABASE_ERROR_FULL with a message saying what to do, and the data
 * must be exactly as before, intact, and writable once there is space. */

void
rp_test_disk_full_init (int    *argc,
                        char ***argv)
{
  /* Before the first database is opened, so that every file is ours. */
  rp_test_full_vfs_install ();

  g_test_init (argc, argv, NULL);
}

/* What the user has before each case. */
void
rp_test_disk_full_seed (RpTestStore *f)
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
char *
rp_test_disk_full_snapshot (RpTestStore *f)
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

void
rp_test_disk_full_assert_intact (RpDatabase *database)
{
  g_autofree char *result = rp_test_query_text (database, "PRAGMA integrity_check");

  g_assert_cmpstr (result, ==, "ok\n");
}

/* The user is told that the disk is full and what to do about it. */
void
rp_test_disk_full_assert_full_error (const GError *error)
{
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, "Free some space and try again"));
}

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

/* Runs @write on a twin store to measure it, then under every budget of
 * make_budgets() on @f: each run must fail with FULL and change nothing.
 * Then, with room again, the write itself succeeds, and so does an
 * ordinary one after it. Returns the bytes the write needed, in the WAL
 * and in all files, through @out_n_wal and @out_n_total. */
void
rp_test_disk_full_run_budgets (RpTestStore     *f,
                               RpTestWriteFunc  write,
                               gconstpointer    data,
                               guint64         *out_n_wal,
                               guint64         *out_n_total)
{
  g_autoptr(GArray) budgets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RpTestStore twin = { NULL, };
  guint64 n_wal;
  guint64 n_total;

  rp_test_store_set_up (&twin, NULL);
  rp_test_disk_full_seed (&twin);
  rp_test_full_vfs_reset_counts ();
  g_assert_true (write (&twin, data, &error));
  g_assert_no_error (error);
  n_wal = rp_test_full_vfs_get_n_wal_written ();
  n_total = rp_test_full_vfs_get_n_written ();
  rp_test_store_tear_down (&twin, NULL);
  g_assert_cmpuint (n_wal, >, 0);
  g_test_message ("the write needs %" G_GUINT64_FORMAT " bytes in the WAL, %"
                  G_GUINT64_FORMAT " in all", n_wal, n_total);

  rp_test_disk_full_seed (f);
  budgets = make_budgets (n_wal);
  for (guint i = 0; i < budgets->len; i++)
    {
      guint64 budget = g_array_index (budgets, guint64, i);
      g_autofree char *now = NULL;
      gboolean ok;

      g_clear_pointer (&before, g_free);
      before = rp_test_disk_full_snapshot (f);
      g_test_message ("budget %" G_GUINT64_FORMAT " bytes", budget);
      rp_test_full_vfs_arm (budget);
      ok = write (f, data, &error);
      rp_test_full_vfs_disarm ();

      g_assert_true (rp_test_full_vfs_get_tripped ());
      g_assert_false (ok);
      rp_test_disk_full_assert_full_error (error);
      g_clear_error (&error);

      /* Rolled back, not left open for the next write to commit. */
      g_assert_true (sqlite3_get_autocommit (rp_database_get_handle (f->database)));
      rp_test_disk_full_assert_intact (f->database);
      now = rp_test_disk_full_snapshot (f);
      g_assert_cmpstr (now, ==, before);
    }

  /* With room again, the same write goes through. When there are writes
   * after the WAL's (SQLite copying the WAL back into the database after
   * the COMMIT), the disk fills up one byte before their end: the write
   * is saved all the same, and the file stays sound. */
  g_clear_pointer (&before, g_free);
  before = rp_test_disk_full_snapshot (f);
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
  rp_test_disk_full_assert_intact (f->database);
  after = rp_test_disk_full_snapshot (f);
  g_assert_cmpstr (after, !=, before);

  /* And the next ordinary write. */
  g_assert_true (rp_test_disk_full_add_meeting (f, NULL, &error));
  g_assert_no_error (error);
  rp_test_disk_full_assert_intact (f->database);

  if (out_n_wal != NULL)
    *out_n_wal = n_wal;
  if (out_n_total != NULL)
    *out_n_total = n_total;
}

gboolean
rp_test_disk_full_add_meeting (RpTestStore   *f,
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
