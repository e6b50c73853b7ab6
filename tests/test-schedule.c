/* test-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every expected date and offset below was worked out from the 2026
 * calendar and the tz database by hand (and checked with Python's
 * zoneinfo), not by the code under test. Here:
 * occurrences across DST, seen from another zone, and monthly rules;
 * windows, exclusions, single dates and fast-forward are in
 * test-schedule-window.c, and storage, constructors, the description and
 * the boxed type in test-schedule-storage.c, to keep each file short. */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include "rp-schedule.h"
#include "rp-test-schedule.h"
#include "rp-test-util.h"

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

  return g_test_run ();
}
