/* test-clock.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-clock"

#include "config.h"

#include "rp-clock.h"
#include "rp-day-watch.h"
#include "rp-week.h"

/* RpClock: the fixed clock the planner's tests use, the offset clock the
 * integration test sets through the environment, and the system clock. */

static void
count_cb (RpClock *clock,
          guint   *count)
{
  (*count)++;
}

static void
test_fixed (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, 1, 5, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 11, 2, 8, 0, 0);
  g_autoptr(RpClock) clock = rp_clock_new_fixed (start);
  g_autoptr(GDateTime) now = NULL;
  guint n_jumped = 0;

  g_assert_true (rp_clock_is_fixed (clock));
  g_signal_connect (clock, "jumped", G_CALLBACK (count_cb), &n_jumped);

  now = rp_clock_now (clock);
  g_assert_true (g_date_time_equal (now, start));
  g_clear_pointer (&now, g_date_time_unref);

  rp_clock_advance (clock, 90 * G_TIME_SPAN_SECOND);
  g_assert_cmpuint (n_jumped, ==, 1);
  now = rp_clock_now (clock);
  g_assert_cmpint (g_date_time_difference (now, start), ==, 90 * G_TIME_SPAN_SECOND);
  g_clear_pointer (&now, g_date_time_unref);

  rp_clock_set_now (clock, later);
  g_assert_cmpuint (n_jumped, ==, 2);
  now = rp_clock_now (clock);
  g_assert_true (g_date_time_equal (now, later));

  /* A fixed clock has no offset: its moments map to themselves. */
  g_assert_cmpint (rp_clock_to_system_time (clock, later), ==,
                   g_date_time_to_unix (later) * G_USEC_PER_SEC);
}

static void
test_offset (void)
{
  g_autoptr(RpClock) clock = rp_clock_new_with_offset (-30 * G_TIME_SPAN_SECOND);
  g_autoptr(GDateTime) moment = g_date_time_new_utc (2026, 6, 15, 18, 30, 0);
  g_autoptr(GDateTime) now = NULL;
  gint64 before;
  gint64 after;

  g_assert_false (rp_clock_is_fixed (clock));
  g_assert_cmpint (rp_clock_get_offset (clock), ==, -30 * G_TIME_SPAN_SECOND);

  /* 18:30 on a clock 30 s behind is 18:30:30 on the system's. */
  g_assert_cmpint (rp_clock_to_system_time (clock, moment), ==,
                   (g_date_time_to_unix (moment) + 30) * G_USEC_PER_SEC);

  before = g_get_real_time ();
  now = rp_clock_now (clock);
  after = g_get_real_time ();
  g_assert_cmpint (rp_clock_to_system_time (clock, now), >=, before - G_USEC_PER_SEC);
  g_assert_cmpint (rp_clock_to_system_time (clock, now), <=, after + G_USEC_PER_SEC);
  g_assert_cmpint (g_date_time_to_unix (now), <=, after / G_USEC_PER_SEC - 29);
}

static void
test_environment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpClock) clock = NULL;

  g_unsetenv ("REPRIEVE_TEST_CLOCK_OFFSET");
  clock = rp_clock_new_from_environment (&error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_clock_get_offset (clock), ==, 0);
  g_assert_false (rp_clock_is_fixed (clock));
  g_clear_object (&clock);

  g_setenv ("REPRIEVE_TEST_CLOCK_OFFSET", "-30", TRUE);
  clock = rp_clock_new_from_environment (&error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_clock_get_offset (clock), ==, -30 * G_TIME_SPAN_SECOND);
  g_clear_object (&clock);

  g_setenv ("REPRIEVE_TEST_CLOCK_OFFSET", "120", TRUE);
  clock = rp_clock_new_from_environment (&error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_clock_get_offset (clock), ==, 120 * G_TIME_SPAN_SECOND);
  g_clear_object (&clock);

  g_setenv ("REPRIEVE_TEST_CLOCK_OFFSET", "abc", TRUE);
  clock = rp_clock_new_from_environment (&error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_null (clock);
  g_clear_error (&error);

  /* More than a year either way is a typo, not a test. */
  g_setenv ("REPRIEVE_TEST_CLOCK_OFFSET", "40000000", TRUE);
  clock = rp_clock_new_from_environment (&error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_null (clock);

  g_unsetenv ("REPRIEVE_TEST_CLOCK_OFFSET");
}

/* RpDayWatch: ::day-changed once per change of the local date, however it
 * was noticed, and not for a move within the day. */
static void
test_day_watch (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(RpClock) clock = NULL;
  g_autoptr(RpDayWatch) watch = NULL;
  GDate today;
  guint n_changed = 0;

  g_setenv ("TZ", "America/New_York", TRUE);
  g_assert_nonnull (zone);
  /* 23:30 local on 7 March 2026; the DST night follows. */
  start = g_date_time_new (zone, 2026, 3, 7, 23, 30, 0);
  clock = rp_clock_new_fixed (start);
  watch = rp_day_watch_new (clock);
  g_signal_connect (watch, "day-changed", G_CALLBACK (count_cb), &n_changed);

  rp_day_watch_get_today (watch, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 7);

  rp_clock_advance (clock, 20 * G_TIME_SPAN_MINUTE);
  g_assert_cmpuint (n_changed, ==, 0);
  rp_day_watch_check (watch);
  g_assert_cmpuint (n_changed, ==, 0);

  rp_clock_advance (clock, 20 * G_TIME_SPAN_MINUTE);
  g_assert_cmpuint (n_changed, ==, 1);
  rp_day_watch_get_today (watch, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 8);
  rp_day_watch_check (watch);
  g_assert_cmpuint (n_changed, ==, 1);

  /* 23 hours later, across the spring-forward hour: the 9th. */
  rp_clock_advance (clock, 23 * G_TIME_SPAN_HOUR);
  g_assert_cmpuint (n_changed, ==, 2);
  rp_day_watch_get_today (watch, &today);
  g_assert_cmpint (g_date_get_day (&today), ==, 9);

  /* Back a day (the clock set back) is a change too. */
  rp_clock_advance (clock, -24 * G_TIME_SPAN_HOUR);
  g_assert_cmpuint (n_changed, ==, 3);
  g_unsetenv ("TZ");
}

static void
test_week_start (void)
{
  GDate day;
  GDate start;

  /* Saturday 2 January 2027: its Monday week began 28 December 2026, its
   * Sunday week 27 December, its Saturday week that very day. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 2, G_DATE_JANUARY, 2027);
  rp_week_start (&day, G_DATE_MONDAY, &start);
  g_assert_cmpint (g_date_get_julian (&start), ==, g_date_get_julian (&day) - 5);
  rp_week_start (&day, G_DATE_SUNDAY, &start);
  g_assert_cmpint (g_date_get_julian (&start), ==, g_date_get_julian (&day) - 6);
  rp_week_start (&day, G_DATE_SATURDAY, &start);
  g_assert_cmpint (g_date_get_julian (&start), ==, g_date_get_julian (&day));
  g_assert_true (g_date_valid_weekday (rp_week_locale_first_day ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/fixed", test_fixed);
  g_test_add_func ("/clock/offset", test_offset);
  g_test_add_func ("/clock/environment", test_environment);
  g_test_add_func ("/clock/day-watch", test_day_watch);
  g_test_add_func ("/clock/week-start", test_week_start);

  return g_test_run ();
}
