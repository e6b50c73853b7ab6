/* test-store-reading-log.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-reading-log"

#include "config.h"

#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's reading log: one mark per reading per local day (a 23-hour
 * day when the clocks go forward is still one day), unmarking, the days
 * listed, the model's last-read kept in step, and the counts per day and
 * week across the March change in New York, kept after the reading is
 * deleted. Local time is New York's (see main()). */

static GDateTime *
new_york (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");

  g_assert_nonnull (zone);
  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

static void
mark (RpStore   *store,
      gint64     reading_id,
      GDateTime *when)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_mark_reading_read (store, reading_id, when, &error));
  g_assert_no_error (error);
}

static char *
list_days (RpStore *store,
           gint64   reading_id)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = rp_store_list_reading_days (store, reading_id, zone, &error);

  g_assert_no_error (error);
  g_ptr_array_add (days, NULL);

  return g_strjoinv (",", (char **) days->pdata);
}

static void
assert_days (RpStore    *store,
             gint64      reading_id,
             const char *expected)
{
  g_autofree char *days = list_days (store, reading_id);

  g_assert_cmpstr (days, ==, expected);
}

static void
test_marks (RpTestStore   *f,
            gconstpointer  user_data)
{
  g_autoptr(GDateTime) sat_morning = new_york (2026, 3, 7, 10, 0);
  g_autoptr(GDateTime) sat_night = new_york (2026, 3, 7, 23, 30);
  g_autoptr(GDateTime) sun_early = new_york (2026, 3, 8, 0, 30);
  g_autoptr(GDateTime) sun_late = new_york (2026, 3, 8, 23, 30);
  g_autoptr(GDateTime) mon_early = new_york (2026, 3, 9, 0, 30);
  g_autoptr(GDateTime) mon_noon = new_york (2026, 3, 9, 12, 0);
  g_autoptr(RpReading) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = rp_test_add_reading (f->store, 0, "A", "alpha");
  guint n_log = 0;
  guint n_last_read = 0;

  item = rp_store_find_reading (f->store, id);
  g_assert_null (rp_reading_get_last_read (item));
  g_signal_connect_swapped (f->store, "changed::reading-log", G_CALLBACK (rp_test_count_signal), &n_log);
  g_signal_connect_swapped (item, "notify::last-read", G_CALLBACK (rp_test_count_signal), &n_last_read);

  mark (f->store, id, sat_morning);
  g_assert_cmpuint (n_log, ==, 1);
  g_assert_cmpstr (rp_reading_get_last_read (item), ==, "2026-03-07");
  g_assert_cmpuint (n_last_read, ==, 1);

  /* The same local day again, late: changes nothing. */
  mark (f->store, id, sat_night);
  g_assert_cmpuint (n_log, ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading_log"), ==, 1);

  /* Sunday the clocks go forward: its day has 23 hours. Monday 00:30 is
   * marked first, then Sunday 00:30, which is another day (a day of 24
   * hours from Sunday's midnight would hold Monday 00:30), then Sunday
   * 23:30, the same day. */
  mark (f->store, id, mon_early);
  g_assert_cmpuint (n_log, ==, 2);
  mark (f->store, id, sun_early);
  g_assert_cmpuint (n_log, ==, 3);
  mark (f->store, id, sun_late);
  g_assert_cmpuint (n_log, ==, 3);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading_log"), ==, 3);
  assert_days (f->store, id, "2026-03-09,2026-03-08,2026-03-07");
  g_assert_cmpstr (rp_reading_get_last_read (item), ==, "2026-03-09");

  /* Unmarking Sunday leaves Monday's mark. */
  g_assert_true (rp_store_unmark_reading_read (f->store, id, sun_late, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_log, ==, 4);
  assert_days (f->store, id, "2026-03-09,2026-03-07");
  g_assert_cmpstr (rp_reading_get_last_read (item), ==, "2026-03-09");

  /* Unmarking Monday: last-read goes back to Saturday. */
  g_assert_true (rp_store_unmark_reading_read (f->store, id, mon_noon, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_log, ==, 5);
  g_assert_cmpstr (rp_reading_get_last_read (item), ==, "2026-03-07");
  assert_days (f->store, id, "2026-03-07");

  /* Nothing to unmark: no signal. */
  g_assert_true (rp_store_unmark_reading_read (f->store, id, mon_noon, &error));
  g_assert_cmpuint (n_log, ==, 5);

  /* The day is the caller's zone's: 00:30 on Sunday in New York is still
   * Saturday in Los Angeles, which has its mark already. */
  {
    g_autoptr(GTimeZone) los_angeles = g_time_zone_new_identifier ("America/Los_Angeles");
    g_autoptr(GDateTime) there = g_date_time_to_timezone (sun_early, los_angeles);

    mark (f->store, id, there);
    g_assert_cmpuint (n_log, ==, 5);
    assert_days (f->store, id, "2026-03-07");
  }

  /* The model's last-read is the database's. */
  {
    g_autoptr(RpStore) other = rp_store_new (f->database);
    g_autoptr(RpReading) again = rp_store_find_reading (other, id);

    g_assert_cmpstr (rp_reading_get_last_read (again), ==, "2026-03-07");
  }

  g_assert_false (rp_store_mark_reading_read (f->store, 9999, sat_morning, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (n_log, ==, 5);

  /* The log refuses malformed rows whoever writes them. */
  g_assert_false (rp_database_exec (f->database,
                                    "INSERT INTO reading_log (reading_id, at) VALUES (1, 'today')",
                                    &error));
}

static void
assert_counts (GArray      *counts,
               const guint *expected,
               guint        n_expected)
{
  g_assert_nonnull (counts);
  g_assert_cmpuint (counts->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpuint (g_array_index (counts, guint, i), ==, expected[i]);
}

static void
test_counts (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  GDate first = rp_test_make_date (2026, 3, 7);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  /* Mar 7, then Mar 8 (the clocks go forward: 23 hours), … Mar 14. */
  const guint expected_days[] = { 1, 3, 1, 0, 0, 0, 0, 1 };
  const guint expected_weeks[] = { 5, 1 };
  gint64 ids[5];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("Reading %u", i);

      ids[i] = rp_test_add_reading (f->store, 0, title, "words");
    }

  {
    g_autoptr(GDateTime) a = new_york (2026, 3, 7, 23, 30);   /* EST */
    g_autoptr(GDateTime) b = new_york (2026, 3, 8, 0, 30);    /* EST */
    g_autoptr(GDateTime) c = new_york (2026, 3, 8, 3, 30);    /* EDT */
    g_autoptr(GDateTime) d = new_york (2026, 3, 8, 23, 30);   /* EDT, Mar 9 in UTC */
    g_autoptr(GDateTime) e = new_york (2026, 3, 9, 0, 30);
    g_autoptr(GDateTime) g = new_york (2026, 3, 14, 23, 59);
    g_autoptr(GDateTime) before = new_york (2026, 3, 6, 12, 0);

    mark (f->store, ids[0], a);
    mark (f->store, ids[0], b);
    mark (f->store, ids[1], c);
    mark (f->store, ids[2], d);
    mark (f->store, ids[3], e);
    mark (f->store, ids[4], g);
    mark (f->store, ids[4], before);
  }

  days = rp_store_count_readings_read_per_day (f->store, &first, 8, zone, &error);
  g_assert_no_error (error);
  assert_counts (days, expected_days, G_N_ELEMENTS (expected_days));

  weeks = rp_store_count_readings_read_per_week (f->store, &first, 2, zone, &error);
  g_assert_no_error (error);
  assert_counts (weeks, expected_weeks, G_N_ELEMENTS (expected_weeks));

  /* [from, until): the mark at exactly until is not counted. */
  {
    g_autoptr(GDateTime) from = new_york (2026, 3, 8, 0, 0);
    g_autoptr(GDateTime) until = new_york (2026, 3, 8, 3, 30);
    guint count = 0;

    g_assert_true (rp_store_count_readings_read (f->store, from, until, &count, &error));
    g_assert_cmpuint (count, ==, 1);
  }

  /* Deleting readings, or their collection, keeps last week's counts. */
  g_assert_true (rp_store_delete_reading (f->store, ids[2], &error));
  g_assert_true (rp_store_delete_reading (f->store, ids[0], &error));
  g_assert_no_error (error);
  g_clear_pointer (&days, g_array_unref);
  days = rp_store_count_readings_read_per_day (f->store, &first, 8, zone, &error);
  assert_counts (days, expected_days, G_N_ELEMENTS (expected_days));
  assert_days (f->store, ids[0], "2026-03-08,2026-03-07");

  /* Out of range: an error, not a crash. */
  {
    GDate far = rp_test_make_date (9999, 12, 30);

    g_assert_null (rp_store_count_readings_read_per_week (f->store, &far, 2, zone, &error));
    g_assert_nonnull (error);
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The model's last-read days are in local time. */
  g_setenv ("TZ", "America/New_York", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store/reading-log/marks", test_marks);
  ADD ("/store/reading-log/counts", test_counts);

  return g_test_run ();
}
