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
#include "rp-test-disk-full.h"
#include "rp-test-full-vfs.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* The disk fills up during the store's ordinary writes and a large
 * Meeting Guide import; test-disk-full-backups.c does backups and
 * restores. How the disk fills up is told in rp-test-disk-full.c. */

#define N_IMPORT_MEETINGS 20000

/* --- 1. ordinary writes ----------------------------------------------- */

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
  rp_test_disk_full_run_budgets (f, rp_test_disk_full_add_meeting, NULL, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 5);
}

static void
test_store_write_contact (RpTestStore   *f,
                          gconstpointer  user_data)
{
  g_autoptr(RpContact) retried = rp_contact_new ();
  g_autoptr(GError) error = NULL;

  rp_test_disk_full_run_budgets (f, add_contact, NULL, NULL, NULL);
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
  rp_test_disk_full_assert_full_error (error);
  g_clear_error (&error);
  g_assert_cmpint (rp_contact_get_id (retried), ==, 0);
  g_assert_cmpint (rp_contact_get_position (retried), ==, -1);
  g_assert_null (rp_contact_get_created (retried));
  g_assert_true (rp_store_add_contact (f->store, retried, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_contact_get_id (retried), >, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM contact"), ==, 4);
  rp_test_disk_full_assert_intact (f->database);
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
  rp_test_disk_full_run_budgets (f, add_goal, NULL, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM goal"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_goals (f->store)), ==, 1);
}

static void
test_store_write_recovery (RpTestStore   *f,
                           gconstpointer  user_data)
{
  rp_test_disk_full_run_budgets (f, add_recovery, NULL, NULL, NULL);
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

  rp_test_disk_full_run_budgets (f, import_feed, feed, &n_wal, &n_total);
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

  rp_test_disk_full_run_budgets (f, import_feed_in_worker, feed, NULL, NULL);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"),
                   ==, 20 + N_IMPORT_MEETINGS);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)),
                    ==, 20 + N_IMPORT_MEETINGS);
}

int
main (int   argc,
      char *argv[])
{
  rp_test_disk_full_init (&argc, &argv);

  RP_TEST_DISK_FULL_ADD ("/disk-full/store-write/meeting", test_store_write_meeting);
  RP_TEST_DISK_FULL_ADD ("/disk-full/store-write/contact", test_store_write_contact);
  RP_TEST_DISK_FULL_ADD ("/disk-full/store-write/goal", test_store_write_goal);
  RP_TEST_DISK_FULL_ADD ("/disk-full/store-write/recovery", test_store_write_recovery);
  RP_TEST_DISK_FULL_ADD ("/disk-full/import", test_import);
  RP_TEST_DISK_FULL_ADD ("/disk-full/import-in-worker", test_import_in_worker);

  return g_test_run ();
}
