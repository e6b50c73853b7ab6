/* test-schedule-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSchedule's occurrences in a window: excluded dates, single dates, the
 * first and last date, a meeting in progress, the most asked for, and
 * fast-forward to a window years after the first date (the same
 * occurrences as walking there day by day, and how long it takes). Every
 * expected value was worked out by hand, not by the code under test.
 * Apart from test-schedule.c (DST, zones, monthly rules) to keep each file
 * short; both use rp-test-schedule. */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include "rp-schedule.h"
#include "rp-test-schedule.h"
#include "rp-test-util.h"

static GDateTime *
zoned (const char *zone_id,
       int         year,
       int         month,
       int         day,
       int         hour,
       int         minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_id);

  g_assert_nonnull (zone);

  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

/* --- windows, exclusions, single dates ------------------------------------ */

static void
test_excluded_dates (void)
{
  g_autoptr(RpSchedule) plain = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY, 19 * 60,
                                        "America/New_York");
  const GDate skipped[] = { rp_test_make_date (2026, 3, 23), rp_test_make_date (2026, 3, 9),
                            rp_test_make_date (2026, 3, 9), rp_test_make_date (2026, 3, 10) };
  g_autoptr(RpSchedule) schedule = rp_schedule_copy_with_excluded_dates (plain, skipped,
                                                                         G_N_ELEMENTS (skipped));
  g_autoptr(GDateTime) from = utc (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 4, 1, 0, 0);
  g_autoptr(GPtrArray) occurrences = expand (schedule, from, to, 100);
  g_autoptr(GPtrArray) unchanged = expand (plain, from, to, 100);
  const char * const expected[] = {
    "2026-03-02T19:00:00-05:00",
    "2026-03-16T19:00:00-04:00",
    "2026-03-30T19:00:00-04:00",
    NULL
  };
  g_autofree char *stored = rp_schedule_dup_excluded_dates_string (schedule);
  GDate date;

  assert_starts (occurrences, NULL, expected);
  /* Immutable: the original still has every Monday. */
  g_assert_cmpuint (unchanged->len, ==, 5);

  /* Sorted and without the duplicate; a date that is not a Monday is kept. */
  g_assert_cmpstr (stored, ==, "2026-03-09,2026-03-10,2026-03-23");
  date = rp_test_make_date (2026, 3, 9);
  g_assert_true (rp_schedule_is_excluded (schedule, &date));
  date = rp_test_make_date (2026, 3, 16);
  g_assert_false (rp_schedule_is_excluded (schedule, &date));

  /* An excluded date does not make next_occurrence() stop early. */
  {
    g_autoptr(GDateTime) sunday = utc (2026, 3, 8, 12, 0);
    g_autoptr(RpOccurrence) next = rp_schedule_next_occurrence (schedule, sunday);

    g_assert_nonnull (next);
    assert_date (&next->date, 2026, 3, 16);
  }
}

static void
test_single_date (void)
{
  g_autoptr(GError) error = NULL;
  GDate date = rp_test_make_date (2026, 11, 21);
  g_autoptr(RpSchedule) schedule = rp_schedule_new_once (&date, 19 * 60, 90,
                                                         "America/New_York", &error);
  g_autoptr(GDateTime) year_from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) year_to = utc (2027, 1, 1, 0, 0);
  g_autoptr(GDateTime) before_from = utc (2026, 11, 1, 0, 0);
  g_autoptr(GDateTime) before_to = zoned ("America/New_York", 2026, 11, 21, 19, 0);
  g_autoptr(GDateTime) after = zoned ("America/New_York", 2026, 11, 21, 20, 30);
  g_autoptr(GPtrArray) in_year = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(RpOccurrence) next = NULL;
  g_autoptr(RpOccurrence) none = NULL;
  g_autofree char *end = NULL;
  const char * const expected[] = { "2026-11-21T19:00:00-05:00", NULL };

  g_assert_no_error (error);
  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_ONCE);
  g_assert_null (rp_schedule_to_rrule (schedule));

  in_year = expand (schedule, year_from, year_to, 100);
  assert_starts (in_year, NULL, expected);
  end = g_date_time_format (((RpOccurrence *) g_ptr_array_index (in_year, 0))->end, "%H:%M");
  g_assert_cmpstr (end, ==, "20:30");

  /* A window that ends when it starts, or starts when it ends, misses it. */
  before = expand (schedule, before_from, before_to, 100);
  g_assert_cmpuint (before->len, ==, 0);
  later = expand (schedule, after, year_to, 100);
  g_assert_cmpuint (later->len, ==, 0);

  next = rp_schedule_next_occurrence (schedule, year_from);
  g_assert_nonnull (next);
  assert_date (&next->date, 2026, 11, 21);
  none = rp_schedule_next_occurrence (schedule, after);
  g_assert_null (none);
}

static void
test_first_and_last_date (void)
{
  g_autoptr(GError) error = NULL;
  /* A Wednesday: the first Monday after it is the first meeting. */
  g_autoptr(RpSchedule) schedule = weekly (2026, 6, 10, RP_WEEKDAY_MONDAY, 19 * 60,
                                           "Europe/London");
  GDate last = rp_test_make_date (2026, 6, 29);
  GDate too_early = rp_test_make_date (2026, 6, 9);
  g_autoptr(RpSchedule) ending = rp_schedule_copy_with_last_date (schedule, &last, &error);
  g_autoptr(RpSchedule) refused = NULL;
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 7, 10, 0, 0);
  g_autoptr(GDateTime) after_last = utc (2026, 7, 1, 0, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GPtrArray) ended = NULL;
  g_autoptr(RpOccurrence) nothing = NULL;
  const char * const expected[] = {
    "2026-06-15T19:00:00+01:00",
    "2026-06-22T19:00:00+01:00",
    "2026-06-29T19:00:00+01:00",
    "2026-07-06T19:00:00+01:00",
    NULL
  };
  const char * const expected_ending[] = {
    "2026-06-15T19:00:00+01:00",
    "2026-06-22T19:00:00+01:00",
    "2026-06-29T19:00:00+01:00",
    NULL
  };

  g_assert_no_error (error);
  occurrences = expand (schedule, from, to, 100);
  assert_starts (occurrences, NULL, expected);
  ended = expand (ending, from, to, 100);
  assert_starts (ended, NULL, expected_ending);
  nothing = rp_schedule_next_occurrence (ending, after_last);
  g_assert_null (nothing);

  refused = rp_schedule_copy_with_last_date (schedule, &too_early, &error);
  g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE);
  g_assert_null (refused);
}

static void
test_in_progress (void)
{
  g_autoptr(GError) error = NULL;
  GDate first = rp_test_make_date (2026, 1, 1);
  g_autoptr(RpSchedule) schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY, 19 * 60,
                                                           90, "America/New_York", &error);
  /* 23:30 for two hours: still going at 00:30 the next day. */
  g_autoptr(RpSchedule) late = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY,
                                                       23 * 60 + 30, 120, "Europe/London",
                                                       &error);
  g_autoptr(GDateTime) during = zoned ("America/New_York", 2026, 3, 16, 19, 30);
  g_autoptr(GDateTime) at_end = zoned ("America/New_York", 2026, 3, 16, 20, 30);
  g_autoptr(GDateTime) to = utc (2026, 3, 31, 0, 0);
  g_autoptr(GDateTime) past_midnight = zoned ("Europe/London", 2026, 3, 17, 0, 30);
  g_autoptr(GDateTime) late_to = g_date_time_add_hours (past_midnight, 1);
  g_autoptr(GPtrArray) from_during = NULL;
  g_autoptr(GPtrArray) from_end = NULL;
  g_autoptr(GPtrArray) overnight = NULL;
  g_autoptr(RpOccurrence) next = NULL;
  const char * const expected_during[] = {
    "2026-03-16T19:00:00-04:00",
    "2026-03-23T19:00:00-04:00",
    "2026-03-30T19:00:00-04:00",
    NULL
  };
  const char * const expected_end[] = {
    "2026-03-23T19:00:00-04:00",
    "2026-03-30T19:00:00-04:00",
    NULL
  };
  const char * const expected_overnight[] = { "2026-03-16T23:30:00+00:00", NULL };

  g_assert_no_error (error);

  from_during = expand (schedule, during, to, 100);
  assert_starts (from_during, NULL, expected_during);

  /* An occurrence that has just ended is not in progress. */
  from_end = expand (schedule, at_end, to, 100);
  assert_starts (from_end, NULL, expected_end);

  next = rp_schedule_next_occurrence (schedule, during);
  g_assert_nonnull (next);
  assert_date (&next->date, 2026, 3, 16);

  overnight = expand (late, past_midnight, late_to, 100);
  assert_starts (overnight, NULL, expected_overnight);

  /* The longest case: 24 hours from 23:30 on the eve of the clocks going
   * forward ends at 00:30 two calendar days later. */
  {
    g_autoptr(RpSchedule) all_day = rp_schedule_new_weekly (&first, RP_WEEKDAY_SATURDAY,
                                                            23 * 60 + 30, 1440,
                                                            "Europe/London", &error);
    g_autoptr(GDateTime) monday = zoned ("Europe/London", 2026, 3, 30, 0, 10);
    g_autoptr(GDateTime) monday_to = g_date_time_add_hours (monday, 1);
    g_autoptr(GPtrArray) still_going = NULL;
    const char * const expected_still_going[] = { "2026-03-28T23:30:00+00:00", NULL };
    g_autofree char *end = NULL;

    g_assert_no_error (error);
    still_going = expand (all_day, monday, monday_to, 100);
    assert_starts (still_going, NULL, expected_still_going);
    end = g_date_time_format (((RpOccurrence *) g_ptr_array_index (still_going, 0))->end,
                              "%Y-%m-%dT%H:%M:%S%:z");
    g_assert_cmpstr (end, ==, "2026-03-30T00:30:00+01:00");
  }
}

static void
test_max_count (void)
{
  g_autoptr(RpSchedule) schedule = weekly (2026, 1, 1, RP_WEEKDAYS_ALL, 7 * 60, "UTC");
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2027, 1, 1, 0, 0);
  g_autoptr(GPtrArray) five = expand (schedule, from, to, 5);
  g_autoptr(GPtrArray) none = expand (schedule, from, to, 0);
  g_autoptr(GPtrArray) all = expand (schedule, from, to, G_MAXUINT);
  g_autoptr(GPtrArray) backwards = expand (schedule, to, from, 10);
  const char * const expected[] = {
    "2026-01-01T07:00:00+00:00",
    "2026-01-02T07:00:00+00:00",
    "2026-01-03T07:00:00+00:00",
    "2026-01-04T07:00:00+00:00",
    "2026-01-05T07:00:00+00:00",
    NULL
  };

  assert_starts (five, NULL, expected);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (all->len, ==, 365);
  g_assert_cmpuint (backwards->len, ==, 0);
}

/* --- fast-forward ------------------------------------------------------ */

static GPtrArray *
expand_day_by_day (RpSchedule *schedule,
                   GDateTime  *from,
                   GDateTime  *to)
{
  GPtrArray *starts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) day = g_date_time_ref (from);

  while (g_date_time_compare (day, to) < 0)
    {
      g_autoptr(GDateTime) next = g_date_time_add_hours (day, 23);
      g_autoptr(GPtrArray) occurrences = NULL;

      /* Odd-length windows move the window start across every hour. */
      if (g_date_time_compare (next, to) > 0)
        next = (g_date_time_unref (next), g_date_time_ref (to));

      occurrences = expand (schedule, day, next, G_MAXUINT);
      for (guint i = 0; i < occurrences->len; i++)
        {
          RpOccurrence *occurrence = g_ptr_array_index (occurrences, i);
          char *start = format_start (occurrence, NULL);

          /* A window that starts mid-meeting sees it again. */
          if (starts->len > 0 && g_strcmp0 (g_ptr_array_index (starts, starts->len - 1),
                                             start) == 0)
            g_free (start);
          else
            g_ptr_array_add (starts, start);
        }

      g_date_time_unref (day);
      day = g_steal_pointer (&next);
    }

  return starts;
}

/* The iterator starts near the window, not at the first date; whatever the
 * window, it must give exactly what iterating from the first date gives. */
static void
test_fast_forward_consistent (void)
{
  RpSchedule *schedules[] = {
    weekly (2016, 1, 4, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY | RP_WEEKDAY_SATURDAY,
            19 * 60, "America/New_York"),
    weekly (2016, 1, 7, RP_WEEKDAY_SUNDAY, 23 * 60 + 30, "Europe/London"),
    monthly (2016, 1, 31, RP_SCHEDULE_LAST, G_DATE_FRIDAY, 19 * 60, "America/New_York"),
    monthly (2016, 1, 13, 2, G_DATE_TUESDAY, 6 * 60, "Asia/Tokyo"),
  };
  g_autoptr(GDateTime) from = utc (2025, 9, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 12, 1, 0, 0);
  g_autoptr(GDateTime) long_ago = utc (2015, 1, 1, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (schedules); i++)
    {
      g_autoptr(GPtrArray) piecewise = expand_day_by_day (schedules[i], from, to);
      g_autoptr(GPtrArray) everything = expand (schedules[i], long_ago, to, G_MAXUINT);
      guint first = 0;

      /* From the first date, without fast-forward, skipping to @from. */
      while (first < everything->len &&
             g_date_time_compare (((RpOccurrence *) g_ptr_array_index (everything, first))->end,
                                  from) <= 0)
        first++;

      g_assert_cmpuint (piecewise->len, >, 10);
      g_assert_cmpuint (everything->len - first, ==, piecewise->len);
      for (guint j = 0; j < piecewise->len; j++)
        {
          g_autofree char *start = format_start (g_ptr_array_index (everything, first + j), NULL);

          g_assert_cmpstr (start, ==, g_ptr_array_index (piecewise, j));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (schedules); i++)
    rp_schedule_unref (schedules[i]);
}

/* Not a timing assertion: a figure for the record, and a guard that the
 * week-ahead expansion of an old meeting is not walked from its start. */
static void
test_fast_forward_benchmark (void)
{
  g_autoptr(RpSchedule) schedule = weekly (2016, 1, 4, RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY,
                                           19 * 60, "America/New_York");
  g_autoptr(GDateTime) now = utc (2026, 3, 5, 12, 0);
  g_autoptr(GDateTime) week = g_date_time_add_weeks (now, 1);
  g_autoptr(GDateTime) first = utc (2016, 1, 1, 0, 0);
  const guint runs = 2000;
  gint64 started;
  double week_us;
  double full_us;

  started = g_get_monotonic_time ();
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GPtrArray) occurrences = rp_schedule_occurrences (schedule, now, week, 100);

      g_assert_cmpuint (occurrences->len, ==, 2);
    }
  week_us = (double) (g_get_monotonic_time () - started) / runs;

  started = g_get_monotonic_time ();
  for (guint i = 0; i < runs / 100; i++)
    {
      g_autoptr(GPtrArray) occurrences = rp_schedule_occurrences (schedule, first, week, G_MAXUINT);

      g_assert_cmpuint (occurrences->len, >, 1000);
    }
  full_us = (double) (g_get_monotonic_time () - started) / (runs / 100);

  g_test_message ("week ahead of a meeting started 10 years ago: %.1f us per expansion "
                  "(walking all 10 years: %.0f us)", week_us, full_us);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/window/excluded-dates", test_excluded_dates);
  g_test_add_func ("/schedule/window/single-date", test_single_date);
  g_test_add_func ("/schedule/window/first-and-last-date", test_first_and_last_date);
  g_test_add_func ("/schedule/window/in-progress", test_in_progress);
  g_test_add_func ("/schedule/window/max-count", test_max_count);
  g_test_add_func ("/schedule/fast-forward/consistent", test_fast_forward_consistent);
  g_test_add_func ("/schedule/fast-forward/benchmark", test_fast_forward_benchmark);

  return g_test_run ();
}
