/* test-clean-time.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-clean-time"

#include "config.h"

#include <string.h>

#include "rp-clean-time.h"
#include "rp-test-util.h"

/* The clean-time day math for injected moments and zones: day 0, leap
 * days, month ends, DST nights, a move to another zone, a start in the
 * future, the milestones, the texts and the money saved. The program
 * never calls setlocale(), so the English texts are checked. */

static GTimeZone *
zone (const char *identifier)
{
  GTimeZone *time_zone = g_time_zone_new_identifier (identifier);

  g_assert_nonnull (time_zone);
  return time_zone;
}

/* A local moment in @time_zone. */
static GDateTime *
local_moment (GTimeZone *time_zone,
              int        year,
              int        month,
              int        day,
              int        hour,
              int        minute)
{
  GDateTime *moment = g_date_time_new (time_zone, year, month, day, hour, minute, 0);

  g_assert_nonnull (moment);
  return moment;
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static void
assert_span (const GDate *start,
             int          year,
             int          month,
             int          day,
             guint        years,
             guint        months,
             guint        days)
{
  GDate today = rp_test_make_date (year, month, day);
  RpCleanTimeSpan span = rp_clean_time_span (start, &today);

  g_assert_cmpuint (span.years, ==, years);
  g_assert_cmpuint (span.months, ==, months);
  g_assert_cmpuint (span.days, ==, days);
}

static void
test_day_zero (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  GDate start = rp_test_make_date (2026, 5, 10);
  g_autoptr(GDateTime) morning = local_moment (new_york, 2026, 5, 10, 0, 0);
  g_autoptr(GDateTime) night = local_moment (new_york, 2026, 5, 10, 23, 59);
  g_autoptr(GDateTime) next = local_moment (new_york, 2026, 5, 11, 0, 0);
  g_autoptr(GDateTime) later = local_moment (new_york, 2026, 6, 9, 8, 0);

  /* The whole start date is day 0; each midnight adds one. */
  g_assert_cmpuint (rp_clean_time_days (&start, morning, new_york), ==, 0);
  g_assert_cmpuint (rp_clean_time_days (&start, night, new_york), ==, 0);
  g_assert_cmpuint (rp_clean_time_days (&start, next, new_york), ==, 1);
  g_assert_cmpuint (rp_clean_time_days (&start, later, new_york), ==, 30);

  assert_span (&start, 2026, 5, 10, 0, 0, 0);
  assert_span (&start, 2026, 5, 11, 0, 0, 1);
  assert_span (&start, 2026, 6, 10, 0, 1, 0);
  /* A day before the start is no clean time, not a negative one. */
  assert_span (&start, 2026, 5, 9, 0, 0, 0);
}

static void
test_leap_day (void)
{
  GDate start = rp_test_make_date (2024, 2, 29);

  /* In common years the anniversary is February 28. */
  assert_span (&start, 2025, 2, 27, 0, 11, 29);
  assert_span (&start, 2025, 2, 28, 1, 0, 0);
  assert_span (&start, 2025, 3, 1, 1, 0, 1);
  assert_span (&start, 2027, 2, 28, 3, 0, 0);
  /* In a leap year it is February 29 again, and February 28 is not. */
  assert_span (&start, 2028, 2, 28, 3, 11, 30);
  assert_span (&start, 2028, 2, 29, 4, 0, 0);
  assert_span (&start, 2028, 3, 1, 4, 0, 1);
}

static void
test_month_ends (void)
{
  GDate start = rp_test_make_date (2025, 1, 31);

  /* January 31 + 1 month is the last day of February. */
  assert_span (&start, 2025, 2, 27, 0, 0, 27);
  assert_span (&start, 2025, 2, 28, 0, 1, 0);
  assert_span (&start, 2025, 3, 1, 0, 1, 1);
  /* The clamp does not carry over: two months are March 31, not 28. */
  assert_span (&start, 2025, 3, 28, 0, 1, 28);
  assert_span (&start, 2025, 3, 30, 0, 1, 30);
  assert_span (&start, 2025, 3, 31, 0, 2, 0);
  assert_span (&start, 2025, 4, 30, 0, 3, 0);
  assert_span (&start, 2026, 1, 31, 1, 0, 0);

  /* In a leap year, February 29. */
  start = rp_test_make_date (2024, 1, 31);
  assert_span (&start, 2024, 2, 28, 0, 0, 28);
  assert_span (&start, 2024, 2, 29, 0, 1, 0);

  start = rp_test_make_date (2024, 3, 10);
  assert_span (&start, 2025, 4, 26, 1, 1, 16);
}

/* Local midnight, plus @minutes, of @date in @time_zone. */
static GDateTime *
moment_on (GTimeZone   *time_zone,
           const GDate *date,
           int          minutes)
{
  return local_moment (time_zone, g_date_get_year (date), g_date_get_month (date),
                       g_date_get_day (date), minutes / 60, minutes % 60);
}

/* Across a 23- or 25-hour night the day count still changes at local
 * midnight, and the hours count the real length of the night. @year,
 * @month and @day: the day the clocks change. */
static void
check_dst_night (const char *zone_id,
                 int         year,
                 int         month,
                 int         day,
                 guint       night_hours)
{
  g_autoptr(GTimeZone) time_zone = zone (zone_id);
  GDate change = rp_test_make_date (year, month, day);
  GDate before = change;
  GDate after = change;
  g_autoptr(GDateTime) before_start = NULL;
  g_autoptr(GDateTime) change_start = NULL;
  g_autoptr(GDateTime) change_last_minute = NULL;
  g_autoptr(GDateTime) after_start = NULL;
  g_autoptr(GDateTime) at_48 = NULL;
  g_autoptr(GDateTime) before_48 = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  gint64 minutes = -1;

  g_date_subtract_days (&before, 1);
  g_date_add_days (&after, 1);
  before_start = moment_on (time_zone, &before, 0);
  change_start = moment_on (time_zone, &change, 0);
  change_last_minute = moment_on (time_zone, &change, 23 * 60 + 59);
  after_start = moment_on (time_zone, &after, 0);
  g_assert_cmpint (g_date_time_difference (after_start, change_start), ==,
                   night_hours * G_TIME_SPAN_HOUR);

  /* Started the day before (no time): day 2 begins at the local midnight
   * after the change, whatever the hours in between. */
  g_assert_cmpuint (rp_clean_time_days (&before, change_last_minute, time_zone), ==, 1);
  g_assert_cmpuint (rp_clean_time_days (&before, after_start, time_zone), ==, 2);

  /* Started at midnight on the day of the change: the next midnight is
   * night_hours later, and one day. */
  g_assert_cmpuint (rp_clean_time_days (&change, after_start, time_zone), ==, 1);
  g_assert_true (rp_clean_time_elapsed_minutes (&change, 0, after_start, time_zone, &minutes));
  g_assert_cmpint (minutes, ==, night_hours * 60);
  text = rp_clean_time_format (&change, 0, after_start, time_zone, RP_CLEAN_TIME_STYLE_DAYS);
  expected = g_strdup_printf ("%u hours", night_hours);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  /* Started at midnight the day before: at the midnight after the change,
   * 24 + night_hours real hours, shown while under 48. */
  minutes = -1;
  if (24 + night_hours < 48)
    {
      g_assert_true (rp_clean_time_elapsed_minutes (&before, 0, after_start, time_zone, &minutes));
      g_assert_cmpint (minutes, ==, (24 + night_hours) * 60);
    }
  else
    {
      g_assert_false (rp_clean_time_elapsed_minutes (&before, 0, after_start, time_zone, &minutes));
      text = rp_clean_time_format (&before, 0, after_start, time_zone, RP_CLEAN_TIME_STYLE_DAYS);
      g_assert_cmpstr (text, ==, "2 days");
      g_clear_pointer (&text, g_free);
    }

  /* 48 real hours after the start, the days take over. */
  at_48 = g_date_time_add (before_start, 48 * G_TIME_SPAN_HOUR);
  before_48 = g_date_time_add (before_start, 48 * G_TIME_SPAN_HOUR - G_TIME_SPAN_MINUTE);
  g_assert_true (rp_clean_time_elapsed_minutes (&before, 0, before_48, time_zone, &minutes));
  g_assert_cmpint (minutes, ==, 47 * 60 + 59);
  g_assert_false (rp_clean_time_elapsed_minutes (&before, 0, at_48, time_zone, &minutes));
  text = rp_clean_time_format (&before, 0, at_48, time_zone, RP_CLEAN_TIME_STYLE_CALENDAR);
  expected = rp_clean_time_format_days (rp_clean_time_days (&before, at_48, time_zone));
  g_assert_cmpstr (text, ==, expected);
}

static void
test_dst (void)
{
  /* Spring forward: 23-hour nights; fall back: 25-hour nights. */
  check_dst_night ("America/New_York", 2026, 3, 8, 23);
  check_dst_night ("America/New_York", 2026, 11, 1, 25);
  check_dst_night ("Europe/London", 2026, 3, 29, 23);
  check_dst_night ("Europe/London", 2026, 10, 25, 25);
}

static void
test_time_zone_move (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GTimeZone) tokyo = zone ("Asia/Tokyo");
  /* Noon in New York is already 1:00 the next day in Tokyo. */
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 5, 10, 16, 0, 0);
  GDate start = rp_test_make_date (2026, 5, 1);
  GDate tomorrow = rp_test_make_date (2026, 5, 11);
  GDate today;
  g_autoptr(GError) error = NULL;

  rp_clean_time_today (now, new_york, &today);
  assert_date (&today, 2026, 5, 10);
  rp_clean_time_today (now, tokyo, &today);
  assert_date (&today, 2026, 5, 11);

  g_assert_cmpuint (rp_clean_time_days (&start, now, new_york), ==, 9);
  g_assert_cmpuint (rp_clean_time_days (&start, now, tokyo), ==, 10);

  /* May 11 is still the future in New York, today in Tokyo. */
  g_assert_false (rp_clean_time_validate_start (&tomorrow, RP_CLEAN_TIME_NO_START_MINUTE,
                                                now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_clear_error (&error);
  g_assert_true (rp_clean_time_validate_start (&tomorrow, RP_CLEAN_TIME_NO_START_MINUTE,
                                               now, tokyo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_clean_time_days (&tomorrow, now, tokyo), ==, 0);
}

static void
test_validate (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GDateTime) now = local_moment (new_york, 2026, 5, 10, 12, 0);
  GDate today = rp_test_make_date (2026, 5, 10);
  GDate tomorrow = rp_test_make_date (2026, 5, 11);
  GDate old = rp_test_make_date (1900, 1, 1);
  GDate too_old = rp_test_make_date (1899, 12, 31);
  GDate invalid;
  g_autoptr(GError) error = NULL;
  gint64 minutes = -1;

  g_date_clear (&invalid, 1);

  g_assert_true (rp_clean_time_validate_start (&today, RP_CLEAN_TIME_NO_START_MINUTE, now, new_york, &error));
  g_assert_true (rp_clean_time_validate_start (&today, 12 * 60, now, new_york, &error));
  g_assert_true (rp_clean_time_validate_start (&today, 0, now, new_york, &error));
  g_assert_true (rp_clean_time_validate_start (&old, 23 * 60 + 59, now, new_york, &error));
  g_assert_no_error (error);

  /* A date after today, or today later than now. */
  g_assert_false (rp_clean_time_validate_start (&tomorrow, RP_CLEAN_TIME_NO_START_MINUTE, now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_assert_nonnull (strstr (error->message, "future"));
  g_clear_error (&error);
  g_assert_false (rp_clean_time_validate_start (&today, 12 * 60 + 1, now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE);
  g_assert_nonnull (strstr (error->message, "later than now"));
  g_clear_error (&error);

  /* Before 1900, not a date, not a time of day. */
  g_assert_false (rp_clean_time_validate_start (&too_old, RP_CLEAN_TIME_NO_START_MINUTE, now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1900"));
  g_clear_error (&error);
  g_assert_false (rp_clean_time_validate_start (&invalid, RP_CLEAN_TIME_NO_START_MINUTE, now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_clean_time_validate_start (&today, 24 * 60, now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_clean_time_validate_start (&today, -2, now, new_york, &error));
  g_assert_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID);
  g_clear_error (&error);

  /* Should one slip through, a future start counts nothing. */
  g_assert_cmpuint (rp_clean_time_days (&tomorrow, now, new_york), ==, 0);
  g_assert_false (rp_clean_time_elapsed_minutes (&today, 12 * 60 + 1, now, new_york, &minutes));
  g_assert_false (rp_clean_time_elapsed_minutes (&today, RP_CLEAN_TIME_NO_START_MINUTE, now, new_york, &minutes));
  g_assert_cmpint (minutes, ==, -1);
}

typedef struct
{
  RpCleanTimeMilestoneKind kind;
  guint count;
  int year;
  int month;
  int day;
  const char *label;
} ExpectedMilestone;

/* August 31: every month milestone needs the month-end clamp. */
static const ExpectedMilestone august_31_2024[] = {
  { RP_CLEAN_TIME_MILESTONE_24_HOURS, 1, 2024, 9, 1, "24 hours" },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 30, 2024, 9, 30, "30 days" },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 60, 2024, 10, 30, "60 days" },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 90, 2024, 11, 29, "90 days" },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 6, 2025, 2, 28, "6 months" },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 9, 2025, 5, 31, "9 months" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 1, 2025, 8, 31, "1 year" },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 18, 2026, 2, 28, "18 months" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 2, 2026, 8, 31, "2 years" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 3, 2027, 8, 31, "3 years" },
};

static const ExpectedMilestone february_29_2024[] = {
  { RP_CLEAN_TIME_MILESTONE_24_HOURS, 1, 2024, 3, 1, "24 hours" },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 30, 2024, 3, 30, "30 days" },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 60, 2024, 4, 29, "60 days" },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 90, 2024, 5, 29, "90 days" },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 6, 2024, 8, 29, "6 months" },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 9, 2024, 11, 29, "9 months" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 1, 2025, 2, 28, "1 year" },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 18, 2025, 8, 29, "18 months" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 2, 2026, 2, 28, "2 years" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 3, 2027, 2, 28, "3 years" },
  { RP_CLEAN_TIME_MILESTONE_YEARS, 4, 2028, 2, 29, "4 years" },
};

static void
check_milestones (const GDate             *start,
                  const GDate             *last,
                  const ExpectedMilestone *expected,
                  guint                    n_expected)
{
  g_autoptr(GArray) milestones = rp_clean_time_milestones (start, start, last);

  g_assert_cmpuint (milestones->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      RpCleanTimeMilestone *milestone = &g_array_index (milestones, RpCleanTimeMilestone, i);
      g_autofree char *label = rp_clean_time_milestone_label (milestone);
      RpCleanTimeMilestone on;
      GDate day_before = milestone->date;

      g_assert_cmpint (milestone->kind, ==, expected[i].kind);
      g_assert_cmpuint (milestone->count, ==, expected[i].count);
      assert_date (&milestone->date, expected[i].year, expected[i].month, expected[i].day);
      g_assert_cmpstr (label, ==, expected[i].label);

      /* Celebrated on its day, and not the day before. */
      g_assert_true (rp_clean_time_milestone_on (start, &milestone->date, &on));
      g_assert_cmpint (on.kind, ==, milestone->kind);
      g_assert_cmpuint (on.count, ==, milestone->count);
      g_assert_cmpint (g_date_compare (&on.date, &milestone->date), ==, 0);
      g_date_subtract_days (&day_before, 1);
      g_assert_false (rp_clean_time_milestone_on (start, &day_before, NULL));
    }
}

static void
test_milestone_dates (void)
{
  GDate start = rp_test_make_date (2024, 8, 31);
  GDate last = rp_test_make_date (2027, 8, 31);

  check_milestones (&start, &last, august_31_2024, G_N_ELEMENTS (august_31_2024));

  start = rp_test_make_date (2024, 2, 29);
  last = rp_test_make_date (2028, 2, 29);
  check_milestones (&start, &last, february_29_2024, G_N_ELEMENTS (february_29_2024));

  /* Six months from August 31 before a leap year: February 29. */
  {
    GDate start_2023 = rp_test_make_date (2023, 8, 31);
    GDate february_28 = rp_test_make_date (2024, 2, 28);
    GDate february_29 = rp_test_make_date (2024, 2, 29);
    RpCleanTimeMilestone on;

    g_assert_false (rp_clean_time_milestone_on (&start_2023, &february_28, &on));
    g_assert_true (rp_clean_time_milestone_on (&start_2023, &february_29, &on));
    g_assert_cmpint (on.kind, ==, RP_CLEAN_TIME_MILESTONE_MONTHS);
    g_assert_cmpuint (on.count, ==, 6);
  }
}

static void
test_milestone_ranges (void)
{
  GDate start = rp_test_make_date (2024, 8, 31);
  GDate first = rp_test_make_date (2025, 1, 1);
  GDate last = rp_test_make_date (2025, 12, 31);
  g_autoptr(GArray) year = rp_clean_time_milestones (&start, &first, &last);
  g_autoptr(GArray) empty = NULL;
  g_autoptr(GArray) far = NULL;
  g_autoptr(GArray) before = NULL;

  /* Only those within the range, past and coming alike. */
  g_assert_cmpuint (year->len, ==, 3);
  g_assert_cmpuint (g_array_index (year, RpCleanTimeMilestone, 0).count, ==, 6);
  g_assert_cmpuint (g_array_index (year, RpCleanTimeMilestone, 1).count, ==, 9);
  g_assert_cmpint (g_array_index (year, RpCleanTimeMilestone, 2).kind, ==, RP_CLEAN_TIME_MILESTONE_YEARS);

  empty = rp_clean_time_milestones (&start, &last, &first);
  g_assert_cmpuint (empty->len, ==, 0);

  /* Every year, however far. */
  first = rp_test_make_date (2034, 1, 1);
  last = rp_test_make_date (2034, 12, 31);
  far = rp_clean_time_milestones (&start, &first, &last);
  g_assert_cmpuint (far->len, ==, 1);
  g_assert_cmpuint (g_array_index (far, RpCleanTimeMilestone, 0).count, ==, 10);
  assert_date (&g_array_index (far, RpCleanTimeMilestone, 0).date, 2034, 8, 31);

  /* None on or before the start date. */
  first = rp_test_make_date (2020, 1, 1);
  last = start;
  before = rp_clean_time_milestones (&start, &first, &last);
  g_assert_cmpuint (before->len, ==, 0);
  g_assert_false (rp_clean_time_milestone_on (&start, &start, NULL));
}

/* milestone_on agrees with the list on every day of six years, for
 * starts on a month end, a leap day and an ordinary day. */
static void
test_milestone_on_agrees (void)
{
  const GDate starts[] = {
    rp_test_make_date (2023, 1, 31),
    rp_test_make_date (2024, 2, 29),
    rp_test_make_date (2025, 6, 15),
  };

  for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
    {
      GDate first = starts[s];
      GDate last = starts[s];
      g_autoptr(GArray) milestones = NULL;
      guint next = 0;

      g_date_subtract_days (&first, 3);
      g_date_add_years (&last, 6);
      milestones = rp_clean_time_milestones (&starts[s], &first, &last);
      g_assert_cmpuint (milestones->len, ==, 7 + 6);

      for (GDate day = first; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
        {
          RpCleanTimeMilestone on;
          gboolean listed = next < milestones->len
                            && g_date_compare (&g_array_index (milestones, RpCleanTimeMilestone, next).date,
                                               &day) == 0;

          g_assert_cmpint (rp_clean_time_milestone_on (&starts[s], &day, &on), ==, listed);
          if (listed)
            {
              RpCleanTimeSpan span = rp_clean_time_span (&starts[s], &day);

              g_assert_cmpuint (on.count, ==, g_array_index (milestones, RpCleanTimeMilestone, next).count);
              if (on.kind == RP_CLEAN_TIME_MILESTONE_YEARS)
                {
                  g_assert_cmpuint (span.years, ==, on.count);
                  g_assert_cmpuint (span.months, ==, 0);
                  g_assert_cmpuint (span.days, ==, 0);
                }
              next++;
            }
        }
      g_assert_cmpuint (next, ==, milestones->len);
    }
}

static void
test_format (void)
{
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GDateTime) now = local_moment (new_york, 2025, 4, 26, 9, 30);
  g_autoptr(GDateTime) soon = local_moment (new_york, 2024, 3, 11, 15, 12);
  GDate start = rp_test_make_date (2024, 3, 10);
  RpCleanTimeSpan spans[] = { { 1, 1, 16 }, { 2, 0, 0 }, { 0, 3, 1 }, { 1, 0, 2 }, { 0, 0, 0 } };
  const char *span_texts[] = {
    "1 year, 1 month, 16 days", "2 years", "3 months, 1 day", "1 year, 2 days", "0 days",
  };
  struct { gint64 minutes; const char *text; } elapsed[] = {
    { 312, "5 hours, 12 minutes" }, { 60, "1 hour" }, { 61, "1 hour, 1 minute" },
    { 1, "1 minute" }, { 0, "0 minutes" }, { 23 * 60, "23 hours" },
  };
  char *text;

  text = rp_clean_time_format_days (1);
  g_assert_cmpstr (text, ==, "1 day");
  g_free (text);
  text = rp_clean_time_format_days (412);
  g_assert_cmpstr (text, ==, "412 days");
  g_free (text);

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      text = rp_clean_time_format_span (&spans[i]);
      g_assert_cmpstr (text, ==, span_texts[i]);
      g_free (text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (elapsed); i++)
    {
      text = rp_clean_time_format_elapsed (elapsed[i].minutes);
      g_assert_cmpstr (text, ==, elapsed[i].text);
      g_free (text);
    }

  /* The whole: days or calendar, and hours while under two days. */
  text = rp_clean_time_format (&start, RP_CLEAN_TIME_NO_START_MINUTE, now, new_york, RP_CLEAN_TIME_STYLE_DAYS);
  g_assert_cmpstr (text, ==, "412 days");
  g_free (text);
  text = rp_clean_time_format (&start, 10 * 60, now, new_york, RP_CLEAN_TIME_STYLE_CALENDAR);
  g_assert_cmpstr (text, ==, "1 year, 1 month, 16 days");
  g_free (text);
  text = rp_clean_time_format (&start, 10 * 60, soon, new_york, RP_CLEAN_TIME_STYLE_CALENDAR);
  g_assert_cmpstr (text, ==, "29 hours, 12 minutes");
  g_free (text);
  text = rp_clean_time_format (&start, RP_CLEAN_TIME_NO_START_MINUTE, soon, new_york, RP_CLEAN_TIME_STYLE_CALENDAR);
  g_assert_cmpstr (text, ==, "1 day");
  g_free (text);

  /* The help text states the convention. */
  g_assert_nonnull (strstr (rp_clean_time_convention_text (), "day 0"));
  g_assert_nonnull (strstr (rp_clean_time_convention_text (), "February 28"));
}

static void
test_money_saved (void)
{
  g_assert_cmpint (rp_clean_time_money_saved_cents (1250, 412), ==, 515000);
  g_assert_cmpint (rp_clean_time_money_saved_cents (1250, 0), ==, 0);
  g_assert_cmpint (rp_clean_time_money_saved_cents (0, 412), ==, 0);
  g_assert_cmpint (rp_clean_time_money_saved_cents (-500, 412), ==, 0);
  g_assert_cmpint (rp_clean_time_money_saved_cents (G_MAXINT64 / 2, 3), ==, G_MAXINT64);
  g_assert_cmpint (rp_clean_time_money_saved_cents (G_MAXINT64, 1), ==, G_MAXINT64);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clean-time/day-zero", test_day_zero);
  g_test_add_func ("/clean-time/leap-day", test_leap_day);
  g_test_add_func ("/clean-time/month-ends", test_month_ends);
  g_test_add_func ("/clean-time/dst", test_dst);
  g_test_add_func ("/clean-time/time-zone-move", test_time_zone_move);
  g_test_add_func ("/clean-time/validate", test_validate);
  g_test_add_func ("/clean-time/milestone-dates", test_milestone_dates);
  g_test_add_func ("/clean-time/milestone-ranges", test_milestone_ranges);
  g_test_add_func ("/clean-time/milestone-on-agrees", test_milestone_on_agrees);
  g_test_add_func ("/clean-time/format", test_format);
  g_test_add_func ("/clean-time/money-saved", test_money_saved);

  return g_test_run ();
}
