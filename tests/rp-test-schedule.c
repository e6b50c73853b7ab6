/* rp-test-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSchedule's tests' shared pieces (see rp-test-schedule.h), one copy for
 * the three test programs. */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include "rp-schedule.h"
#include "rp-test-schedule.h"
#include "rp-test-util.h"

GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

RpSchedule *
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

RpSchedule *
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

GPtrArray *
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
char *
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

void
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

void
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
