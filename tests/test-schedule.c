/* test-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "rp-schedule.h"
#include "rp-test-util.h"

/* Every expected date and offset below was worked out from the 2026
 * calendar and the tz database by hand (and checked with Python's
 * zoneinfo), not by the code under test. */

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

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

static RpSchedule *
weekly (int         year,
        int         month,
        int         day,
        RpWeekdays  weekdays,
        guint       start_minute,
        const char *zone_id)
{
  g_autoptr(GError) error = NULL;
  GDate first = rp_test_make_date (year, month, day);
  RpSchedule *schedule;

  schedule = rp_schedule_new_weekly (&first, weekdays, start_minute,
                                     RP_SCHEDULE_DEFAULT_DURATION, zone_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (schedule);

  return schedule;
}

static RpSchedule *
monthly (int          year,
         int          month,
         int          day,
         int          nth,
         GDateWeekday weekday,
         guint        start_minute,
         const char  *zone_id)
{
  g_autoptr(GError) error = NULL;
  GDate first = rp_test_make_date (year, month, day);
  RpSchedule *schedule;

  schedule = rp_schedule_new_monthly (&first, nth, weekday, start_minute,
                                      RP_SCHEDULE_DEFAULT_DURATION, zone_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (schedule);

  return schedule;
}

static GPtrArray *
expand (RpSchedule *schedule,
        GDateTime  *from,
        GDateTime  *to,
        guint       max_count)
{
  GPtrArray *occurrences = rp_schedule_occurrences (schedule, from, to, max_count);

  g_assert_nonnull (occurrences);

  /* Whatever the case, the result is sorted and inside the window. */
  for (guint i = 0; i < occurrences->len; i++)
    {
      RpOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      g_assert_cmpint (g_date_time_compare (occurrence->end, from), >, 0);
      g_assert_cmpint (g_date_time_compare (occurrence->start, to), <, 0);
      g_assert_cmpint (g_date_time_difference (occurrence->end, occurrence->start), ==,
                       rp_schedule_get_duration_minutes (schedule) * G_TIME_SPAN_MINUTE);
      if (i > 0)
        {
          RpOccurrence *previous = g_ptr_array_index (occurrences, i - 1);

          g_assert_cmpint (g_date_time_compare (previous->start, occurrence->start), <, 0);
        }
    }

  return occurrences;
}

/* "2026-03-09T19:00:00-04:00": the start in @zone_id, or in the meeting's
 * own zone when %NULL. */
static char *
format_start (RpOccurrence *occurrence,
              const char   *zone_id)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) shown = NULL;

  if (zone_id == NULL)
    return g_date_time_format (occurrence->start, "%Y-%m-%dT%H:%M:%S%:z");

  zone = g_time_zone_new_identifier (zone_id);
  g_assert_nonnull (zone);
  shown = g_date_time_to_timezone (occurrence->start, zone);

  return g_date_time_format (shown, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
assert_starts (GPtrArray          *occurrences,
               const char         *zone_id,
               const char * const *expected)
{
  guint n_expected = g_strv_length ((char **) expected);

  for (guint i = 0; i < occurrences->len && i < n_expected; i++)
    {
      g_autofree char *start = format_start (g_ptr_array_index (occurrences, i), zone_id);

      g_assert_cmpstr (start, ==, expected[i]);
    }
  g_assert_cmpuint (occurrences->len, ==, n_expected);
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

/* Every occurrence of 2026 is at @hour:@minute on the meeting's clock, and
 * its UTC offset is @dst_offset from @dst_start (inclusive) to @dst_end
 * (exclusive), @standard_offset otherwise. */
static void
assert_year_on_clock (RpSchedule *schedule,
                      int         hour,
                      int         minute,
                      GDate       dst_start,
                      GDate       dst_end,
                      GTimeSpan   standard_offset,
                      GTimeSpan   dst_offset,
                      guint       n_expected)
{
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2027, 1, 1, 0, 0);
  g_autoptr(GPtrArray) occurrences = expand (schedule, from, to, G_MAXUINT);

  g_assert_cmpuint (occurrences->len, ==, n_expected);

  for (guint i = 0; i < occurrences->len; i++)
    {
      RpOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      gboolean in_dst = g_date_compare (&occurrence->date, &dst_start) >= 0 &&
                        g_date_compare (&occurrence->date, &dst_end) < 0;

      g_assert_cmpint (g_date_time_get_hour (occurrence->start), ==, hour);
      g_assert_cmpint (g_date_time_get_minute (occurrence->start), ==, minute);
      g_assert_cmpint (g_date_time_get_day_of_month (occurrence->start), ==,
                       g_date_get_day (&occurrence->date));
      g_assert_cmpint (g_date_time_get_utc_offset (occurrence->start), ==,
                       (in_dst ? dst_offset : standard_offset) * G_TIME_SPAN_HOUR);
    }
}

/* --- DST ------------------------------------------------------------- */

static void
test_dst_new_york (void)
{
  g_autoptr(RpSchedule) schedule = weekly (2026, 1, 1, RP_WEEKDAY_SUNDAY | RP_WEEKDAY_MONDAY,
                                           19 * 60, "America/New_York");
  g_autoptr(GDateTime) march_from = utc (2026, 2, 28, 0, 0);
  g_autoptr(GDateTime) march_to = utc (2026, 3, 10, 0, 0);
  g_autoptr(GDateTime) november_from = utc (2026, 10, 25, 0, 0);
  g_autoptr(GDateTime) november_to = utc (2026, 11, 4, 0, 0);
  g_autoptr(GPtrArray) march = expand (schedule, march_from, march_to, 100);
  g_autoptr(GPtrArray) november = expand (schedule, november_from, november_to, 100);
  const char * const march_expected[] = {
    "2026-03-01T19:00:00-05:00",
    "2026-03-02T19:00:00-05:00",
    "2026-03-08T19:00:00-04:00",    /* the day the clocks go forward */
    "2026-03-09T19:00:00-04:00",
    NULL
  };
  const char * const november_expected[] = {
    "2026-10-25T19:00:00-04:00",
    "2026-10-26T19:00:00-04:00",
    "2026-11-01T19:00:00-05:00",    /* the day the clocks go back */
    "2026-11-02T19:00:00-05:00",
    NULL
  };
  const char * const march_utc[] = {
    "2026-03-02T00:00:00+00:00",
    "2026-03-03T00:00:00+00:00",
    "2026-03-08T23:00:00+00:00",
    "2026-03-09T23:00:00+00:00",
    NULL
  };

  assert_starts (march, NULL, march_expected);
  assert_starts (march, "UTC", march_utc);
  assert_starts (november, NULL, november_expected);

  /* 52 Sundays and 52 Mondays in 2026 (it starts on a Thursday). */
  assert_year_on_clock (schedule, 19, 0, rp_test_make_date (2026, 3, 8), rp_test_make_date (2026, 11, 1),
                        -5, -4, 104);
}

static void
test_dst_london (void)
{
  g_autoptr(RpSchedule) schedule = weekly (2026, 1, 1, RP_WEEKDAY_SUNDAY, 19 * 60,
                                           "Europe/London");
  g_autoptr(GDateTime) march_from = utc (2026, 3, 20, 0, 0);
  g_autoptr(GDateTime) march_to = utc (2026, 4, 1, 0, 0);
  g_autoptr(GDateTime) october_from = utc (2026, 10, 15, 0, 0);
  g_autoptr(GDateTime) october_to = utc (2026, 10, 28, 0, 0);
  g_autoptr(GPtrArray) march = expand (schedule, march_from, march_to, 100);
  g_autoptr(GPtrArray) october = expand (schedule, october_from, october_to, 100);
  const char * const march_expected[] = {
    "2026-03-22T19:00:00+00:00",
    "2026-03-29T19:00:00+01:00",    /* last Sunday of March */
    NULL
  };
  const char * const october_expected[] = {
    "2026-10-18T19:00:00+01:00",
    "2026-10-25T19:00:00+00:00",    /* last Sunday of October */
    NULL
  };

  assert_starts (march, NULL, march_expected);
  assert_starts (october, NULL, october_expected);
  assert_year_on_clock (schedule, 19, 0, rp_test_make_date (2026, 3, 29), rp_test_make_date (2026, 10, 25),
                        0, 1, 52);
}

/* A wall time that does not exist is read with the offset from before the
 * gap (RFC 5545, 3.3.5): 02:30 on the spring-forward day is 03:30 EDT. */
static void
test_dst_gap (void)
{
  g_autoptr(RpSchedule) new_york = weekly (2026, 1, 1, RP_WEEKDAY_SUNDAY, 2 * 60 + 30,
                                           "America/New_York");
  g_autoptr(RpSchedule) london = weekly (2026, 1, 1, RP_WEEKDAY_SUNDAY, 60 + 30,
                                         "Europe/London");
  g_autoptr(GDateTime) ny_from = utc (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) ny_to = utc (2026, 3, 16, 0, 0);
  g_autoptr(GDateTime) london_from = utc (2026, 3, 22, 0, 0);
  g_autoptr(GDateTime) london_to = utc (2026, 4, 6, 0, 0);
  g_autoptr(GPtrArray) ny = expand (new_york, ny_from, ny_to, 100);
  g_autoptr(GPtrArray) uk = expand (london, london_from, london_to, 100);
  const char * const ny_expected[] = {
    "2026-03-01T02:30:00-05:00",
    "2026-03-08T03:30:00-04:00",
    "2026-03-15T02:30:00-04:00",
    NULL
  };
  const char * const ny_utc[] = {
    "2026-03-01T07:30:00+00:00",
    "2026-03-08T07:30:00+00:00",
    "2026-03-15T06:30:00+00:00",
    NULL
  };
  const char * const london_expected[] = {
    "2026-03-22T01:30:00+00:00",
    "2026-03-29T02:30:00+01:00",
    "2026-04-05T01:30:00+01:00",
    NULL
  };
  RpOccurrence *shifted;

  assert_starts (ny, NULL, ny_expected);
  assert_starts (ny, "UTC", ny_utc);
  assert_starts (uk, NULL, london_expected);

  /* The occurrence keeps its date, and lasts its full hour. */
  shifted = g_ptr_array_index (ny, 1);
  assert_date (&shifted->date, 2026, 3, 8);
  g_assert_cmpint (g_date_time_difference (shifted->end, shifted->start), ==, G_TIME_SPAN_HOUR);
}

/* A wall time that occurs twice is the first one (RFC 5545, 3.3.5): 01:30
 * on the fall-back day is 01:30 EDT, and a one-hour meeting then ends at
 * the second 01:30. */
static void
test_dst_overlap (void)
{
  g_autoptr(RpSchedule) new_york = weekly (2026, 1, 1, RP_WEEKDAY_SUNDAY, 60 + 30,
                                           "America/New_York");
  g_autoptr(RpSchedule) london = weekly (2026, 1, 1, RP_WEEKDAY_SUNDAY, 60 + 30,
                                         "Europe/London");
  g_autoptr(GDateTime) ny_from = utc (2026, 10, 31, 0, 0);
  g_autoptr(GDateTime) ny_to = utc (2026, 11, 2, 0, 0);
  g_autoptr(GDateTime) london_from = utc (2026, 10, 24, 0, 0);
  g_autoptr(GDateTime) london_to = utc (2026, 10, 26, 0, 0);
  g_autoptr(GPtrArray) ny = expand (new_york, ny_from, ny_to, 100);
  g_autoptr(GPtrArray) uk = expand (london, london_from, london_to, 100);
  const char * const ny_expected[] = { "2026-11-01T01:30:00-04:00", NULL };
  const char * const ny_utc[] = { "2026-11-01T05:30:00+00:00", NULL };
  const char * const london_expected[] = { "2026-10-25T01:30:00+01:00", NULL };
  const char * const london_utc[] = { "2026-10-25T00:30:00+00:00", NULL };
  RpOccurrence *occurrence;
  g_autofree char *end = NULL;

  assert_starts (ny, NULL, ny_expected);
  assert_starts (ny, "UTC", ny_utc);
  assert_starts (uk, NULL, london_expected);
  assert_starts (uk, "UTC", london_utc);

  occurrence = g_ptr_array_index (ny, 0);
  end = g_date_time_format (occurrence->end, "%Y-%m-%dT%H:%M:%S%:z");
  g_assert_cmpstr (end, ==, "2026-11-01T01:30:00-05:00");
}

/* --- another zone than the viewer's ------------------------------------ */

static void
test_viewer_in_berlin (void)
{
  g_autoptr(RpSchedule) schedule = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY, 19 * 60,
                                           "America/New_York");
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  struct {
    int month, day;
    const char *in_berlin;
  } cases[] = {
    { 1, 5, "2026-01-06T01:00:00+01:00" },      /* both on standard time */
    { 3, 2, "2026-03-03T01:00:00+01:00" },
    { 3, 9, "2026-03-10T00:00:00+01:00" },      /* US on DST, EU not yet */
    { 3, 16, "2026-03-17T00:00:00+01:00" },
    { 3, 23, "2026-03-24T00:00:00+01:00" },
    { 3, 30, "2026-03-31T01:00:00+02:00" },     /* both on DST */
    { 10, 19, "2026-10-20T01:00:00+02:00" },
    { 10, 26, "2026-10-27T00:00:00+01:00" },    /* EU back on standard, US not yet */
    { 11, 2, "2026-11-03T01:00:00+01:00" },     /* both on standard time */
  };
  g_autofree char *for_berlin = NULL;
  g_autofree char *for_new_york = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* The viewer asks for their own Monday, in their own zone. */
      g_autoptr(GDateTime) from = g_date_time_new (berlin, 2026, cases[i].month,
                                                   cases[i].day, 12, 0, 0);
      g_autoptr(GDateTime) to = g_date_time_add_days (from, 1);
      g_autoptr(GPtrArray) occurrences = expand (schedule, from, to, 10);
      const char * const expected[] = { cases[i].in_berlin, NULL };
      RpOccurrence *occurrence;

      assert_starts (occurrences, "Europe/Berlin", expected);

      /* Attendance is keyed by the New York date, a Monday, although it
       * is Tuesday in Berlin. */
      occurrence = g_ptr_array_index (occurrences, 0);
      assert_date (&occurrence->date, 2026, cases[i].month, cases[i].day);
      g_assert_cmpint (g_date_get_weekday (&occurrence->date), ==, G_DATE_MONDAY);
      g_assert_cmpint (g_date_time_get_hour (occurrence->start), ==, 19);
    }

  for_berlin = rp_schedule_describe (schedule, berlin);
  for_new_york = rp_schedule_describe (schedule, new_york);
  g_assert_cmpstr (for_berlin, ==, "Every Monday at 19:00 (America/New_York)");
  g_assert_cmpstr (for_new_york, ==, "Every Monday at 19:00");
}

/* --- monthly ------------------------------------------------------------ */

static void
assert_monthly_2026 (RpSchedule *schedule,
                     const int   expected_days[12])
{
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2027, 1, 1, 0, 0);
  g_autoptr(GPtrArray) occurrences = expand (schedule, from, to, 100);

  g_assert_cmpuint (occurrences->len, ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      RpOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      assert_date (&occurrence->date, 2026, i + 1, expected_days[i]);
      g_assert_cmpint (g_date_time_get_hour (occurrence->start), ==, 19);
    }
}

static void
test_monthly_second_tuesday (void)
{
  g_autoptr(RpSchedule) schedule = monthly (2025, 12, 20, 2, G_DATE_TUESDAY, 19 * 60,
                                            "America/New_York");
  const int expected[12] = { 13, 10, 10, 14, 12, 9, 14, 11, 8, 13, 10, 8 };
  g_autofree char *rrule = rp_schedule_to_rrule (schedule);

  g_assert_cmpstr (rrule, ==, "FREQ=MONTHLY;BYDAY=2TU");
  assert_monthly_2026 (schedule, expected);
}

static void
test_monthly_last_friday (void)
{
  g_autoptr(RpSchedule) schedule = monthly (2025, 12, 20, RP_SCHEDULE_LAST, G_DATE_FRIDAY,
                                            19 * 60, "Europe/London");
  /* January, May, July and October 2026 have five Fridays. */
  const int expected[12] = { 30, 27, 27, 24, 29, 26, 31, 28, 25, 30, 27, 25 };
  g_autofree char *rrule = rp_schedule_to_rrule (schedule);

  g_assert_cmpstr (rrule, ==, "FREQ=MONTHLY;BYDAY=-1FR");
  assert_monthly_2026 (schedule, expected);
}

static void
test_monthly_first_and_fourth (void)
{
  g_autoptr(RpSchedule) first = monthly (2026, 1, 1, 1, G_DATE_SUNDAY, 10 * 60, "UTC");
  g_autoptr(RpSchedule) fourth = monthly (2026, 1, 1, 4, G_DATE_THURSDAY, 10 * 60, "UTC");
  const int first_sundays[12] = { 4, 1, 1, 5, 3, 7, 5, 2, 6, 4, 1, 6 };
  const int fourth_thursdays[12] = { 22, 26, 26, 23, 28, 25, 23, 27, 24, 22, 26, 24 };
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2027, 1, 1, 0, 0);
  g_autoptr(GPtrArray) sundays = expand (first, from, to, 100);
  g_autoptr(GPtrArray) thursdays = expand (fourth, from, to, 100);

  g_assert_cmpuint (sundays->len, ==, 12);
  g_assert_cmpuint (thursdays->len, ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      RpOccurrence *sunday = g_ptr_array_index (sundays, i);
      RpOccurrence *thursday = g_ptr_array_index (thursdays, i);

      assert_date (&sunday->date, 2026, i + 1, first_sundays[i]);
      assert_date (&thursday->date, 2026, i + 1, fourth_thursdays[i]);
    }
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

/* --- storage ------------------------------------------------------------- */

static void
assert_round_trip (RpSchedule *schedule,
                   const char *expected_rrule)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rrule = rp_schedule_to_rrule (schedule);
  g_autofree char *first_date = rp_schedule_dup_first_date_string (schedule);
  g_autofree char *start_time = rp_schedule_dup_start_time_string (schedule);
  g_autofree char *excluded = rp_schedule_dup_excluded_dates_string (schedule);
  g_autoptr(RpSchedule) back = NULL;

  g_assert_cmpstr (rrule, ==, expected_rrule);

  back = rp_schedule_new_from_storage (rrule, first_date, start_time,
                                       rp_schedule_get_duration_minutes (schedule),
                                       rp_schedule_get_time_zone_id (schedule),
                                       excluded, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_true (rp_schedule_equal (schedule, back));
  g_assert_true (rp_schedule_equal (back, schedule));
}

static void
test_storage_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  GDate first = rp_test_make_date (2026, 1, 7);
  GDate last = rp_test_make_date (2026, 12, 31);
  const GDate skipped[] = { rp_test_make_date (2026, 12, 28), rp_test_make_date (2026, 2, 2) };
  g_autoptr(RpSchedule) mon_wed = weekly (2026, 1, 7, RP_WEEKDAY_WEDNESDAY | RP_WEEKDAY_MONDAY,
                                          19 * 60, "America/New_York");
  g_autoptr(RpSchedule) second_tuesday = monthly (2026, 1, 7, 2, G_DATE_TUESDAY, 19 * 60,
                                                  "Europe/London");
  g_autoptr(RpSchedule) last_friday = monthly (2026, 1, 7, RP_SCHEDULE_LAST, G_DATE_FRIDAY,
                                               12 * 60 + 5, "Europe/Berlin");
  g_autoptr(RpSchedule) once = rp_schedule_new_once (&first, 0, 1440, "Asia/Kolkata", &error);
  g_autoptr(RpSchedule) with_exdates = rp_schedule_copy_with_excluded_dates (mon_wed, skipped, 2);
  g_autoptr(RpSchedule) with_last = rp_schedule_copy_with_last_date (with_exdates, &last, &error);
  g_autoptr(RpSchedule) once_skipped = rp_schedule_copy_with_excluded_dates (once, &first, 1);
  g_autoptr(RpSchedule) other = weekly (2026, 1, 7, RP_WEEKDAY_MONDAY, 19 * 60,
                                        "America/New_York");

  g_assert_no_error (error);
  assert_round_trip (mon_wed, "FREQ=WEEKLY;BYDAY=MO,WE");
  assert_round_trip (second_tuesday, "FREQ=MONTHLY;BYDAY=2TU");
  assert_round_trip (last_friday, "FREQ=MONTHLY;BYDAY=-1FR");
  assert_round_trip (once, NULL);
  assert_round_trip (with_exdates, "FREQ=WEEKLY;BYDAY=MO,WE");
  assert_round_trip (with_last, "FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231");
  assert_round_trip (once_skipped, NULL);

  g_assert_false (rp_schedule_equal (mon_wed, other));
  g_assert_false (rp_schedule_equal (mon_wed, with_exdates));
  g_assert_false (rp_schedule_equal (with_exdates, with_last));

  {
    g_autofree char *start = rp_schedule_dup_start_time_string (last_friday);
    g_autofree char *date = rp_schedule_dup_first_date_string (last_friday);

    g_assert_cmpstr (start, ==, "12:05");
    g_assert_cmpstr (date, ==, "2026-01-07");
  }
}

/* What an .ics file may say and the editor never writes, but means the
 * same: kept, in our own form. */
static void
test_storage_normalises (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) plain = NULL;
  g_autoptr(RpSchedule) reordered = NULL;
  g_autoptr(RpSchedule) until_before = NULL;
  g_autoptr(RpSchedule) until_at = NULL;
  g_autofree char *plain_rrule = NULL;
  g_autofree char *reordered_rrule = NULL;
  g_autofree char *until_before_rrule = NULL;
  g_autofree char *until_at_rrule = NULL;

  /* No BYDAY: DTSTART's weekday (2026-01-07 is a Wednesday). */
  plain = rp_schedule_new_from_storage ("FREQ=WEEKLY", "2026-01-07", "19:00", 60,
                                        "America/New_York", NULL, &error);
  g_assert_no_error (error);
  plain_rrule = rp_schedule_to_rrule (plain);
  g_assert_cmpstr (plain_rrule, ==, "FREQ=WEEKLY;BYDAY=WE");

  reordered = rp_schedule_new_from_storage ("BYDAY=WE,MO;WKST=SU;INTERVAL=1;FREQ=WEEKLY",
                                            "2026-01-07", "19:00", 60, "America/New_York",
                                            "", &error);
  g_assert_no_error (error);
  reordered_rrule = rp_schedule_to_rrule (reordered);
  g_assert_cmpstr (reordered_rrule, ==, "FREQ=WEEKLY;BYDAY=MO,WE");

  /* A UTC UNTIL: Monday 2 March 19:00 EST is 00:00 UTC on the 3rd. One
   * second earlier leaves that Monday out; exactly then keeps it. */
  until_before = rp_schedule_new_from_storage ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260302T235959Z",
                                               "2026-01-05", "19:00", 60, "America/New_York",
                                               NULL, &error);
  g_assert_no_error (error);
  until_before_rrule = rp_schedule_to_rrule (until_before);
  g_assert_cmpstr (until_before_rrule, ==, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260301");

  until_at = rp_schedule_new_from_storage ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260303T000000Z",
                                           "2026-01-05", "19:00", 60, "America/New_York",
                                           NULL, &error);
  g_assert_no_error (error);
  until_at_rrule = rp_schedule_to_rrule (until_at);
  g_assert_cmpstr (until_at_rrule, ==, "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260302");
}

static void
test_storage_refused (void)
{
  struct {
    const char *rrule;
    int code;
    const char *in_message;
  } rules[] = {
    { "FREQ=DAILY", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "Daily" },
    { "FREQ=SECONDLY", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "several times a day" },
    { "FREQ=HOURLY;BYDAY=MO", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "several times a day" },
    { "FREQ=YEARLY", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "once a year" },
    { "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "every 2 weeks" },
    { "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "every 3 months" },
    { "FREQ=MONTHLY;BYMONTHDAY=15", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "BYMONTHDAY" },
    { "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "BYSETPOS" },
    { "FREQ=WEEKLY;BYDAY=MO;BYHOUR=19", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "BYHOUR" },
    { "FREQ=MONTHLY;BYDAY=1MO,3MO", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "one weekday" },
    { "FREQ=MONTHLY;BYDAY=5FR", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "fourth or last" },
    { "FREQ=MONTHLY;BYDAY=-2FR", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "fourth or last" },
    { "FREQ=MONTHLY;BYDAY=TU", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "fourth or last" },
    { "FREQ=MONTHLY", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "second Tuesday" },
    { "FREQ=WEEKLY;BYDAY=1MO", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "plain weekdays" },
    { "FREQ=WEEKLY;COUNT=5;BYDAY=MO", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "number of times" },
    { "FREQ=WEEKLY;BYDAY=MO;RSCALE=GREGORIAN", RP_SCHEDULE_ERROR_UNSUPPORTED_RULE, "RSCALE" },
    { "FREQ=WEEKLY;BYDAY=MO;UNTIL=20251231", RP_SCHEDULE_ERROR_INVALID_DATE, "last date" },
    { "garbage", RP_SCHEDULE_ERROR_INVALID_RULE, "garbage" },
    { "FREQ=WEEKLY;BYDAY=XX", RP_SCHEDULE_ERROR_INVALID_RULE, "FREQ=WEEKLY;BYDAY=XX" },
    { "FREQ=FORTNIGHTLY", RP_SCHEDULE_ERROR_INVALID_RULE, "FORTNIGHTLY" },
  };
  struct {
    const char *first_date;
    const char *start_time;
    guint duration;
    const char *zone;
    const char *excluded;
    int code;
    const char *in_message;
  } fields[] = {
    { "2026-01-05", "19:00", 60, "Mars/Olympus", NULL, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
      "“Mars/Olympus” is not a known time zone" },
    { "2026-01-05", "19:00", 60, "", NULL, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE, "time zone" },
    { "2026-01-05", "19:00", 60, "/usr/share/zoneinfo/UTC", NULL,
      RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE, "not a known time zone" },
    { "2026-01-05", "19:00", 60, "+05:00", NULL, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
      "not a known time zone" },
    { "2026-01-05", "19:00", 60, "CET-1CEST,M3.5.0,M10.5.0/3", NULL,
      RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE, "not a known time zone" },
    /* POSIX rules that look like names: GLib would take them */
    { "2026-01-05", "19:00", 60, "UTC-11", NULL, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
      "not a known time zone" },
    { "2026-01-05", "19:00", 60, "ABC5", NULL, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
      "not a known time zone" },
    { "2026-01-05", "24:00", 60, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_TIME, "24:00" },
    { "2026-01-05", "19:60", 60, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_TIME, "19:60" },
    { "2026-01-05", "7:00", 60, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_TIME, "7:00" },
    { "2026-01-05", "19:00", 0, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_DURATION, "duration" },
    { "2026-01-05", "19:00", 1441, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_DURATION, "duration" },
    { "2026-02-30", "19:00", 60, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_DATE, "2026-02-30" },
    { "1800-01-06", "19:00", 60, "UTC", NULL, RP_SCHEDULE_ERROR_INVALID_DATE, "1900" },
    { "2026-01-05", "19:00", 60, "UTC", "2026-01-12,soon", RP_SCHEDULE_ERROR_INVALID_DATE,
      "soon" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RpSchedule) schedule = NULL;

      schedule = rp_schedule_new_from_storage (rules[i].rrule, "2026-01-05", "19:00", 60,
                                               "America/New_York", NULL, &error);
      g_assert_null (schedule);
      g_assert_error (error, RP_SCHEDULE_ERROR, rules[i].code);
      if (strstr (error->message, rules[i].in_message) == NULL)
        g_test_message ("%s: “%s” does not mention “%s”", rules[i].rrule, error->message,
                        rules[i].in_message);
      g_assert_nonnull (strstr (error->message, rules[i].in_message));
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RpSchedule) schedule = NULL;

      schedule = rp_schedule_new_from_storage ("FREQ=WEEKLY;BYDAY=MO", fields[i].first_date,
                                               fields[i].start_time, fields[i].duration,
                                               fields[i].zone, fields[i].excluded, &error);
      g_assert_null (schedule);
      g_assert_error (error, RP_SCHEDULE_ERROR, fields[i].code);
      if (strstr (error->message, fields[i].in_message) == NULL)
        g_test_message ("case %u: “%s” does not mention “%s”", i, error->message,
                        fields[i].in_message);
      g_assert_nonnull (strstr (error->message, fields[i].in_message));
    }
}

static void
test_constructors_refuse (void)
{
  GDate first = rp_test_make_date (2026, 1, 5);
  GDate bad;

  g_date_clear (&bad, 1);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpSchedule) schedule = rp_schedule_new_weekly (&first, RP_WEEKDAYS_NONE, 19 * 60,
                                                             60, "UTC", &error);

    g_assert_null (schedule);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_NO_WEEKDAY);
    g_assert_cmpstr (error->message, ==, "Choose at least one weekday");
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpSchedule) schedule = rp_schedule_new_monthly (&first, 5, G_DATE_FRIDAY, 19 * 60,
                                                              60, "UTC", &error);

    g_assert_null (schedule);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpSchedule) schedule = rp_schedule_new_once (&first, 1440, 60, "UTC", &error);

    g_assert_null (schedule);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_TIME);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpSchedule) schedule = rp_schedule_new_once (&first, 60, 0, "UTC", &error);

    g_assert_null (schedule);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DURATION);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpSchedule) schedule = rp_schedule_new_once (&bad, 60, 60, "UTC", &error);

    g_assert_null (schedule);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RpSchedule) schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY, 60, 60,
                                                             "Mars/Olympus", &error);

    g_assert_null (schedule);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE);
    g_assert_cmpstr (error->message, ==, "“Mars/Olympus” is not a known time zone");
  }

}

/* An .ics importer hands over libical's own struct. */
static void
test_from_recurrence (void)
{
  g_autoptr(GError) error = NULL;
  struct icalrecurrencetype rule = icalrecurrencetype_from_string ("FREQ=MONTHLY;BYDAY=-1SU");
  GDate first = rp_test_make_date (2026, 1, 1);
  GDate exdate = rp_test_make_date (2026, 1, 25);
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 3, 1, 0, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  const char * const expected[] = { "2026-02-22T10:00:00+11:00", NULL };

  schedule = rp_schedule_new_from_recurrence (&rule, &first, 10 * 60, 45, "Australia/Sydney",
                                              &exdate, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_MONTHLY);
  g_assert_cmpint (rp_schedule_get_nth (schedule), ==, RP_SCHEDULE_LAST);
  g_assert_cmpint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_SUNDAY);

  occurrences = expand (schedule, from, to, 10);
  assert_starts (occurrences, NULL, expected);
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

/* --- description and the boxed type ------------------------------------------ */

static void
test_describe (void)
{
  g_autoptr(GError) error = NULL;
  GDate date = rp_test_make_date (2026, 11, 21);
  GDate last = rp_test_make_date (2026, 12, 31);
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(RpSchedule) mon_wed = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY,
                                          19 * 60, "America/New_York");
  g_autoptr(RpSchedule) three = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY |
                                        RP_WEEKDAY_FRIDAY, 19 * 60, "America/New_York");
  g_autoptr(RpSchedule) daily = weekly (2026, 1, 1, RP_WEEKDAYS_ALL, 7 * 60, "America/New_York");
  g_autoptr(RpSchedule) workdays = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY | RP_WEEKDAY_TUESDAY |
                                           RP_WEEKDAY_WEDNESDAY | RP_WEEKDAY_THURSDAY |
                                           RP_WEEKDAY_FRIDAY, 12 * 60, "America/New_York");
  g_autoptr(RpSchedule) second = monthly (2026, 1, 1, 2, G_DATE_TUESDAY, 19 * 60,
                                          "America/New_York");
  g_autoptr(RpSchedule) last_friday = monthly (2026, 1, 1, RP_SCHEDULE_LAST, G_DATE_FRIDAY,
                                               19 * 60, "America/New_York");
  g_autoptr(RpSchedule) once = rp_schedule_new_once (&date, 19 * 60, 60, "America/New_York",
                                                     &error);
  g_autoptr(RpSchedule) monday = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY, 19 * 60,
                                         "America/New_York");
  g_autoptr(RpSchedule) ending = rp_schedule_copy_with_last_date (monday, &last, &error);
  struct {
    RpSchedule *schedule;
    const char *expected;
  } cases[] = {
    { mon_wed, "Every Monday and Wednesday at 19:00" },
    { three, "Every Monday, Wednesday and Friday at 19:00" },
    { daily, "Every day at 07:00" },
    { workdays, "Monday to Friday at 12:00" },
    { second, "Second Tuesday of the month at 19:00" },
    { last_friday, "Last Friday of the month at 19:00" },
    { once, "Saturday 21 November 2026 at 19:00" },
    { ending, "Every Monday at 19:00, until 31 December 2026" },
  };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *same_zone = rp_schedule_describe (cases[i].schedule, new_york);
      g_autofree char *no_viewer = rp_schedule_describe (cases[i].schedule, NULL);

      g_assert_cmpstr (same_zone, ==, cases[i].expected);
      g_assert_cmpstr (no_viewer, ==, cases[i].expected);
    }
}

static void
test_boxed (void)
{
  g_autoptr(RpSchedule) schedule = weekly (2026, 1, 1, RP_WEEKDAY_MONDAY, 19 * 60, "UTC");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GDateTime) from = utc (2026, 1, 1, 0, 0);
  g_autoptr(RpOccurrence) next = rp_schedule_next_occurrence (schedule, from);
  g_autoptr(RpOccurrence) copy = NULL;

  g_value_init (&value, RP_TYPE_SCHEDULE);
  g_value_set_boxed (&value, schedule);
  /* Immutable, so a copy is the same schedule with one more reference. */
  g_assert_true (g_value_get_boxed (&value) == schedule);
  g_assert_true (G_TYPE_IS_BOXED (RP_TYPE_OCCURRENCE));

  copy = g_boxed_copy (RP_TYPE_OCCURRENCE, next);
  g_assert_true (g_date_time_equal (copy->start, next->start));
  g_assert_true (g_date_time_equal (copy->end, next->end));
  assert_date (&copy->date, 2026, 1, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/dst/new-york", test_dst_new_york);
  g_test_add_func ("/schedule/dst/london", test_dst_london);
  g_test_add_func ("/schedule/dst/gap", test_dst_gap);
  g_test_add_func ("/schedule/dst/overlap", test_dst_overlap);
  g_test_add_func ("/schedule/zones/viewer-in-berlin", test_viewer_in_berlin);
  g_test_add_func ("/schedule/monthly/second-tuesday", test_monthly_second_tuesday);
  g_test_add_func ("/schedule/monthly/last-friday", test_monthly_last_friday);
  g_test_add_func ("/schedule/monthly/first-and-fourth", test_monthly_first_and_fourth);
  g_test_add_func ("/schedule/window/excluded-dates", test_excluded_dates);
  g_test_add_func ("/schedule/window/single-date", test_single_date);
  g_test_add_func ("/schedule/window/first-and-last-date", test_first_and_last_date);
  g_test_add_func ("/schedule/window/in-progress", test_in_progress);
  g_test_add_func ("/schedule/window/max-count", test_max_count);
  g_test_add_func ("/schedule/storage/round-trip", test_storage_round_trip);
  g_test_add_func ("/schedule/storage/normalises", test_storage_normalises);
  g_test_add_func ("/schedule/storage/refused", test_storage_refused);
  g_test_add_func ("/schedule/constructors/refuse", test_constructors_refuse);
  g_test_add_func ("/schedule/from-recurrence", test_from_recurrence);
  g_test_add_func ("/schedule/fast-forward/consistent", test_fast_forward_consistent);
  g_test_add_func ("/schedule/fast-forward/benchmark", test_fast_forward_benchmark);
  g_test_add_func ("/schedule/describe", test_describe);
  g_test_add_func ("/schedule/boxed", test_boxed);

  return g_test_run ();
}
