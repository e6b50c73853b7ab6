/* test-store-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-import"

#include "config.h"

#include <string.h>

#include "rp-export-ics.h"
#include "rp-import-ics.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* My meetings from a calendar file (upsert by UID, all or nothing), and
 * rp_store_reload() after another process wrote: the models' signals must
 * say exactly what changed. */

static RpMeeting *
make_meeting (const char *name,
              const char *uid,
              guint       start_minute)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  RpMeeting *meeting = rp_meeting_new ();
  GDate first = rp_test_make_date (2026, 1, 5);

  schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY, start_minute, 60,
                                     "Europe/London", &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_import_uid (meeting, uid);

  return meeting;
}

static void
count_cb (RpStore    *store,
          const char *kind,
          guint      *count)
{
  (*count)++;
}

static void
test_meeting_import_uid (void)
{
  g_autoptr(RpMeeting) meeting = make_meeting ("A", "uid-1@example.org", 600);
  g_autoptr(RpMeeting) copy = rp_meeting_copy (meeting);
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *long_uid = g_strnfill (RP_MEETING_MAX_IMPORT_UID_LENGTH + 1, 'u');

  g_object_get (meeting, "import-uid", &uid, NULL);
  g_assert_cmpstr (uid, ==, "uid-1@example.org");
  g_assert_cmpstr (rp_meeting_get_import_uid (copy), ==, "uid-1@example.org");
  g_assert_true (rp_meeting_equal (meeting, copy));
  rp_meeting_set_import_uid (copy, "other");
  g_assert_false (rp_meeting_equal (meeting, copy));
  rp_meeting_set_import_uid (copy, "uid-1@example.org");
  rp_meeting_set_home_group (copy, TRUE);
  g_assert_false (rp_meeting_equal (meeting, copy));

  rp_meeting_set_import_uid (meeting, long_uid);
  g_assert_false (rp_meeting_validate (meeting, &error));
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
}

static void
test_import_meetings (RpTestStore   *f,
                      gconstpointer  user_data)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = rp_store_get_meetings (f->store);
  g_autoptr(RpMeeting) listed = NULL;
  guint imported = 99;
  guint updated = 99;
  guint n_changed = 0;

  shadow = rp_test_shadow_new (model);
  g_signal_connect (f->store, "changed::meeting", G_CALLBACK (count_cb), &n_changed);

  g_ptr_array_add (meetings, make_meeting ("Alpha", "uid-a", 600));
  g_ptr_array_add (meetings, make_meeting ("Beta", "uid-b", 700));
  rp_store_import_meetings (f->store, meetings, &imported, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 2);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (n_changed, ==, 1);
  rp_test_shadow_check (shadow);
  /* The caller's objects were not saved themselves. */
  g_assert_cmpint (rp_meeting_get_id (g_ptr_array_index (meetings, 0)), ==, 0);

  /* The user marks one as the home group; the file says the same again. */
  listed = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rp_meeting_get_import_uid (listed), ==, "uid-a");
  rp_meeting_set_home_group (listed, TRUE);
  rp_store_update_meeting (f->store, listed, &error);
  g_assert_no_error (error);
  n_changed = 0;
  rp_store_import_meetings (f->store, meetings, &imported, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);

  /* Then changes a time and adds one: updated by UID, the user's flag kept. */
  g_ptr_array_add (again, make_meeting ("Alpha", "uid-a", 630));
  g_ptr_array_add (again, make_meeting ("Beta", "uid-b", 700));
  g_ptr_array_add (again, make_meeting ("Gamma", "uid-c", 800));
  rp_store_import_meetings (f->store, again, &imported, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 1);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 3);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT home_group FROM meeting"
                                                   " WHERE import_uid = 'uid-a'"), ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"
                                                   " WHERE import_uid = 'uid-a'"
                                                   " AND start_time = '10:30'"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  rp_test_shadow_check (shadow);
}

/* A meeting the user made gets a UID when first saved, and its export
 * imported again finds it by that UID instead of adding a copy. */
static void
test_own_export_round_trip (RpTestStore   *f,
                            gconstpointer  user_data)
{
  g_autoptr(RpMeeting) meeting = make_meeting ("Home Group", NULL, 1140);
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 12, 0, 0);
  g_autoptr(RpIcsReport) report = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GError) error = NULL;
  guint imported = 99;
  guint updated = 99;

  rp_store_add_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (rp_meeting_get_import_uid (meeting), "@reprieve"));
  g_assert_cmpuint (strlen (rp_meeting_get_import_uid (meeting)), ==, 36 + strlen ("@reprieve"));

  g_ptr_array_add (saved, g_object_ref (meeting));
  exported = rp_export_ics (saved, now, 30, &error);
  g_assert_no_error (error);
  report = rp_import_ics_parse_with_limit (exported, "Europe/London", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->uids, 0), ==, rp_meeting_get_import_uid (meeting));
  rp_meeting_set_import_uid (g_ptr_array_index (report->meetings, 0),
                             g_ptr_array_index (report->uids, 0));

  rp_store_import_meetings (f->store, report->meetings, &imported, &updated, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 1);
}

static void
test_import_meetings_all_or_nothing (RpTestStore   *f,
                                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  RpMeeting *bad;

  g_ptr_array_add (meetings, make_meeting ("Alpha", "uid-a", 600));
  g_ptr_array_add (meetings, make_meeting ("Beta", "uid-b", 700));
  bad = make_meeting ("", "uid-c", 800);
  g_ptr_array_add (meetings, bad);

  g_assert_false (rp_store_import_meetings (f->store, meetings, NULL, NULL, &error));
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Meeting 3: "));
  g_clear_error (&error);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 0);

  rp_meeting_set_name (bad, "Gamma");
  rp_meeting_set_import_uid (bad, NULL);
  g_assert_false (rp_store_import_meetings (f->store, meetings, NULL, NULL, &error));
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID);
  g_clear_error (&error);

  /* A failure in the database halfway: the first two are not kept. */
  rp_meeting_set_import_uid (bad, "uid-c");
  rp_test_exec (f->database,
                "CREATE TEMP TRIGGER fail_third BEFORE INSERT ON meeting"
                " WHEN NEW.import_uid = 'uid-c' BEGIN SELECT RAISE (ABORT, 'injected'); END");
  g_assert_false (rp_store_import_meetings (f->store, meetings, NULL, NULL, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM meeting"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 0);
}

/* Another connection, as the command line in another process. */
static RpDatabase *
open_other (RpTestStore *f)
{
  g_autoptr(GError) error = NULL;
  RpDatabase *other = rp_database_open (rp_database_get_path (f->database), &error);

  g_assert_no_error (error);

  return other;
}

static void
test_reload (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(RpTestShadow) directory_shadow = NULL;
  g_autoptr(GBytes) feed = rp_test_generated_feed (30, "example.org");
  g_autoptr(GError) error = NULL;
  GListModel *model = rp_store_get_meetings (f->store);
  g_autoptr(RpMeeting) kept = NULL;
  RpDatabase *other;
  RpStore *other_store;
  guint n_meeting = 0;
  guint n_directory = 0;
  guint n_attendance = 0;
  guint n_signals;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Meeting %u", i);
      g_autofree char *uid = g_strdup_printf ("uid-%u", i);

      g_ptr_array_add (meetings, make_meeting (name, uid, 600 + i));
    }
  rp_store_import_meetings (f->store, meetings, NULL, NULL, &error);
  g_assert_no_error (error);
  kept = g_list_model_get_item (model, 0);
  shadow = rp_test_shadow_new (model);
  directory_shadow = rp_test_shadow_new (rp_store_get_directory (f->store));
  g_signal_connect (f->store, "changed::meeting", G_CALLBACK (count_cb), &n_meeting);
  g_signal_connect (f->store, "changed::directory", G_CALLBACK (count_cb), &n_directory);
  g_signal_connect (f->store, "changed::attendance", G_CALLBACK (count_cb), &n_attendance);

  /* Nothing changed: no items-changed, no changed::meeting. */
  rp_store_reload (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, 0);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (directory_shadow), ==, 0);
  g_assert_cmpuint (n_meeting, ==, 0);
  g_assert_cmpuint (n_directory, ==, 0);
  g_assert_cmpuint (n_attendance, ==, 1);

  /* The other process renames one (its place in the list changes),
   * deletes one, adds one, and imports a feed. */
  other = open_other (f);
  rp_test_exec (other,
                "UPDATE meeting SET name = 'Z last', updated = 'later' WHERE import_uid = 'uid-2';"
                "DELETE FROM meeting WHERE import_uid = 'uid-3';"
                "INSERT INTO meeting (name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES ('Meeting 1b', 'FREQ=WEEKLY;BYDAY=TU', '2026-01-06', '18:00', 60,"
                " 'UTC', 'c', 'u');");
  other_store = rp_store_new (other);
  g_clear_pointer (&feed, g_bytes_unref);
  feed = rp_test_generated_feed (30, "example.org");
  {
    g_autoptr(RpDirectoryImport) result = rp_store_import_directory (other_store, feed, "m.json", &error);

    g_assert_no_error (error);
  }
  g_assert_finalize_object (other_store);
  g_assert_finalize_object (other);

  n_signals = rp_test_shadow_get_n_signals (shadow);
  rp_store_reload (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, n_signals + 1);
  rp_test_shadow_check (shadow);
  rp_test_shadow_check (directory_shadow);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 30);
  g_assert_cmpuint (n_meeting, ==, 1);
  g_assert_cmpuint (n_directory, ==, 1);

  /* The untouched first meeting kept its object. */
  {
    g_autoptr(RpMeeting) first = g_list_model_get_item (model, 0);
    g_autoptr(RpMeeting) last = g_list_model_get_item (model, 4);

    g_assert_true (first == kept);
    g_assert_cmpstr (rp_meeting_get_name (last), ==, "Z last");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(name, func) \
  g_test_add (name, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  g_test_add_func ("/store-import/meeting-import-uid", test_meeting_import_uid);
  ADD_TEST ("/store-import/own-export-round-trip", test_own_export_round_trip);
  ADD_TEST ("/store-import/meetings", test_import_meetings);
  ADD_TEST ("/store-import/meetings-all-or-nothing", test_import_meetings_all_or_nothing);
  ADD_TEST ("/store-import/reload", test_reload);

#undef ADD_TEST

  return g_test_run ();
}
