/* test-schedule-storage.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSchedule stored and built: the RRULE subset that is stored and what
 * is refused, the constructors' refusals, a schedule from libical's own
 * recurrence, the description and the boxed type. Every expected value
 * was worked out by hand, not by the code under test. Apart from
 * test-schedule.c and test-schedule-window.c (occurrences) to keep each
 * file short; all three use rp-test-schedule. */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "rp-schedule.h"
#include "rp-test-schedule.h"
#include "rp-test-util.h"

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

  g_test_add_func ("/schedule/storage/round-trip", test_storage_round_trip);
  g_test_add_func ("/schedule/storage/normalises", test_storage_normalises);
  g_test_add_func ("/schedule/storage/refused", test_storage_refused);
  g_test_add_func ("/schedule/constructors/refuse", test_constructors_refuse);
  g_test_add_func ("/schedule/from-recurrence", test_from_recurrence);
  g_test_add_func ("/schedule/describe", test_describe);
  g_test_add_func ("/schedule/boxed", test_boxed);

  return g_test_run ();
}
