/* test-import-ics.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-import-ics.h"
#include "rp-meeting.h"
#include "rp-test-util.h"

/* The .ics importer, event by event: what a VEVENT becomes (schedule, time
 * zone, reminder, fields) and what is skipped, and why. File limits,
 * hostile input, the worker thread and the corpora are in
 * test-import-ics-limits.c. */

#define DEFAULT_ZONE "America/Chicago"

static RpIcsReport *
parse_calendar (const char *text,
                const char *default_zone)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  RpIcsReport *report;

  report = rp_import_ics_parse (bytes, default_zone, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->meetings->len, ==, report->uids->len);

  for (guint i = 0; i < report->meetings->len; i++)
    {
      g_autoptr(GError) invalid = NULL;

      g_assert_true (rp_meeting_validate (g_ptr_array_index (report->meetings, i), &invalid));
      g_assert_no_error (invalid);
    }

  return report;
}

/* Events between a calendar's BEGIN and END. */
static RpIcsReport *
parse_events (const char *events)
{
  g_autofree char *text = g_strconcat ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n",
                                       events, "END:VCALENDAR\r\n", NULL);

  return parse_calendar (text, DEFAULT_ZONE);
}

static RpMeeting *
only_meeting (RpIcsReport *report)
{
  for (guint i = 0; i < report->skipped->len; i++)
    g_test_message ("unexpected skip: %s", ((RpIcsSkip *) g_ptr_array_index (report->skipped, i))->reason);
  g_assert_cmpuint (report->skipped->len, ==, 0);
  g_assert_cmpuint (report->meetings->len, ==, 1);

  return g_ptr_array_index (report->meetings, 0);
}

/* The one skipped event; its reason names it and never quotes its text. */
static const RpIcsSkip *
only_skip (RpIcsReport   *report,
           RpIcsSkipKind  kind)
{
  const RpIcsSkip *skip;

  g_assert_cmpuint (report->meetings->len, ==, 0);
  g_assert_cmpuint (report->skipped->len, ==, 1);
  skip = g_ptr_array_index (report->skipped, 0);
  g_test_message ("%s", skip->reason);
  g_assert_cmpint (skip->kind, ==, kind);
  g_assert_cmpuint (skip->position, ==, 1);
  g_assert_true (g_str_has_prefix (skip->reason, "Event 1") || g_str_has_prefix (skip->reason, "Item 1"));
  g_assert_null (strstr (skip->reason, "SECRET"));

  return skip;
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  GDate expected = rp_test_make_date (year, month, day);

  g_assert_nonnull (date);
  g_assert_cmpint (g_date_compare (date, &expected), ==, 0);
}

static RpSchedule *
schedule_of (RpIcsReport *report)
{
  return rp_meeting_get_schedule (only_meeting (report));
}

/* --- schedules -------------------------------------------------------- */

static void
test_weekly (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\r\n"
    "UID:weekly-1@example.com\r\n"
    "SUMMARY:Tuesday and Thursday Big Book\r\n"
    "DTSTART;TZID=America/New_York:20260106T190000\r\n"
    "DTEND;TZID=America/New_York:20260106T203000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n"
    "END:VEVENT\r\n");
  RpSchedule *schedule = schedule_of (report);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 3, 9, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 3, 11, 0, 0, 0);
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autofree char *start = NULL;

  g_assert_cmpstr (g_ptr_array_index (report->uids, 0), ==, "weekly-1@example.com");
  g_assert_cmpstr (rp_meeting_get_name (only_meeting (report)), ==, "Tuesday and Thursday Big Book");
  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_WEEKLY);
  g_assert_cmpint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_TUESDAY | RP_WEEKDAY_THURSDAY);
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 19 * 60);
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 90);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "America/New_York");
  assert_date (rp_schedule_get_first_date (schedule), 2026, 1, 6);
  g_assert_null (rp_schedule_get_last_date (schedule));

  /* After the clocks went forward: still 19:00 in New York. */
  occurrences = rp_schedule_occurrences (schedule, from, to, 10);
  g_assert_cmpuint (occurrences->len, ==, 1);
  start = g_date_time_format_iso8601 (((RpOccurrence *) g_ptr_array_index (occurrences, 0))->start);
  g_assert_cmpstr (start, ==, "2026-03-10T19:00:00-04");
}

static void
test_weekly_without_byday (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:a\nSUMMARY:Friday\nDTSTART;TZID=Europe/London:20260102T200000\n"
    "RRULE:FREQ=WEEKLY;WKST=SU\nEND:VEVENT\n");
  RpSchedule *schedule = schedule_of (report);

  g_assert_cmpint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_FRIDAY);
  /* No DTEND, no DURATION: an hour. */
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 60);
}

static void
test_monthly (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:second-tuesday\nSUMMARY:Business meeting\n"
    "DTSTART;TZID=Europe/London:20260113T183000\nDURATION:PT1H15M\n"
    "RRULE:FREQ=MONTHLY;BYDAY=2TU\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:last-friday\nSUMMARY:Speaker meeting\n"
    "DTSTART;TZID=Europe/London:20260130T200000\nDTEND;TZID=Europe/London:20260130T210000\n"
    "RRULE:FREQ=MONTHLY;BYDAY=-1FR\nEND:VEVENT\n");
  RpSchedule *second;
  RpSchedule *last;

  g_assert_cmpuint (report->meetings->len, ==, 2);
  second = rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 0));
  last = rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 1));

  g_assert_cmpint (rp_schedule_get_kind (second), ==, RP_SCHEDULE_MONTHLY);
  g_assert_cmpint (rp_schedule_get_nth (second), ==, 2);
  g_assert_cmpint (rp_schedule_get_weekdays (second), ==, RP_WEEKDAY_TUESDAY);
  g_assert_cmpuint (rp_schedule_get_duration_minutes (second), ==, 75);

  g_assert_cmpint (rp_schedule_get_nth (last), ==, RP_SCHEDULE_LAST);
  g_assert_cmpint (rp_schedule_get_weekdays (last), ==, RP_WEEKDAY_FRIDAY);
}

static void
test_single (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:once\nSUMMARY:Convention workshop\n"
    "DTSTART;TZID=Europe/London:20261121T110000\nDURATION:PT45M\nEND:VEVENT\n");
  RpSchedule *schedule = schedule_of (report);

  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_ONCE);
  assert_date (rp_schedule_get_first_date (schedule), 2026, 11, 21);
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 11 * 60);
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 45);
}

static void
test_excluded_dates (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:exdates\nSUMMARY:Tuesday\n"
    "DTSTART;TZID=Europe/Vienna:20260106T100000\n"
    "RRULE:FREQ=WEEKLY;BYDAY=TU\n"
    "EXDATE;TZID=Europe/Vienna:20260113T100000\n"
    "EXDATE;TZID=Europe/Vienna:20260120T100000,20260127T100000\n"
    "EXDATE:20260203T090000Z\n"
    "EXDATE;VALUE=DATE:20260210\n"
    /* 23:00 in New York is the next morning in Vienna */
    "EXDATE;TZID=America/New_York:20260216T230000\n"
    "END:VEVENT\n");
  g_autofree char *excluded = rp_schedule_dup_excluded_dates_string (schedule_of (report));

  g_assert_cmpstr (excluded, ==, "2026-01-13,2026-01-20,2026-01-27,2026-02-03,2026-02-10,2026-02-17");
}

static void
test_until_and_count (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    /* 13:00 in New York on 30 March is 17:00 UTC (EDT): that day counts */
    "BEGIN:VEVENT\nUID:until\nSUMMARY:Until\nDTSTART;TZID=America/New_York:20260105T130000\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T170000Z\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:count\nSUMMARY:Count\nDTSTART;TZID=America/New_York:20260105T130000\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:monthly-count\nSUMMARY:Monthly count\nDTSTART;TZID=America/New_York:20260113T130000\n"
    "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:until-date\nSUMMARY:Until a date\nDTSTART;TZID=America/New_York:20260105T130000\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260223\nEND:VEVENT\n");

  g_assert_cmpuint (report->meetings->len, ==, 4);
  assert_date (rp_schedule_get_last_date (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 0))),
               2026, 3, 30);
  assert_date (rp_schedule_get_last_date (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 1))),
               2026, 1, 19);
  assert_date (rp_schedule_get_last_date (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 2))),
               2026, 3, 10);
  assert_date (rp_schedule_get_last_date (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 3))),
               2026, 2, 23);
}

static void
test_duration_forms (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    /* DTEND in another zone: the elapsed time counts */
    "BEGIN:VEVENT\nUID:a\nSUMMARY:a\nDTSTART;TZID=America/New_York:20260105T190000\n"
    "DTEND;TZID=America/Chicago:20260105T203000\nEND:VEVENT\n"
    /* across the clocks going forward: 01:30 to 03:30 is one hour */
    "BEGIN:VEVENT\nUID:b\nSUMMARY:b\nDTSTART;TZID=America/New_York:20260308T013000\n"
    "DTEND;TZID=America/New_York:20260308T033000\nEND:VEVENT\n"
    /* no length: the default hour */
    "BEGIN:VEVENT\nUID:c\nSUMMARY:c\nDTSTART;TZID=America/New_York:20260105T190000\n"
    "DTEND;TZID=America/New_York:20260105T190000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:d\nSUMMARY:d\nDTSTART:20260105T190000Z\nDTEND:20260105T200500Z\nEND:VEVENT\n");
  guint expected[] = { 150, 60, 60, 65 };

  g_assert_cmpuint (report->meetings->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (rp_schedule_get_duration_minutes (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, i))),
                      ==, expected[i]);
}

/* --- time zones ------------------------------------------------------- */

static const char *
zone_of_event (const char *dtstart_line,
               const char *extra)
{
  g_autofree char *events = g_strdup_printf ("%sBEGIN:VEVENT\nUID:z\nSUMMARY:z\n%s\n"
                                             "RRULE:FREQ=WEEKLY\nEND:VEVENT\n",
                                             extra != NULL ? extra : "", dtstart_line);
  g_autoptr(RpIcsReport) report = parse_events (events);

  return g_intern_string (rp_schedule_get_time_zone_id (schedule_of (report)));
}

static void
test_time_zone_names (void)
{
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=Asia/Kolkata:20260105T190000", NULL), ==, "Asia/Kolkata");
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=\"Australia/Sydney\":20260105T190000", NULL), ==,
                   "Australia/Sydney");
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/London:20260105T190000",
                                  NULL), ==, "Europe/London");
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=/mozilla.org/20050126_1/America/Denver:20260105T190000",
                                  NULL), ==, "America/Denver");
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=Eastern Standard Time:20260105T190000", NULL), ==,
                   "America/New_York");
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=AUS Eastern Standard Time:20260105T190000", NULL), ==,
                   "Australia/Sydney");
  /* Windows' UTC-11 is eleven hours behind; GLib alone would read it as a
   * POSIX rule, eleven hours ahead. */
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=UTC-11:20260105T190000", NULL), ==, "Etc/GMT+11");

  /* A VTIMEZONE is only read for its X-LIC-LOCATION; its rules (here
   * ones that would make libical 3.0 run for minutes) are never run. */
  g_assert_cmpstr (zone_of_event ("DTSTART;TZID=Our meeting zone:20260105T190000",
                                  "BEGIN:VTIMEZONE\nTZID:Our meeting zone\nX-LIC-LOCATION:Asia/Kolkata\n"
                                  "BEGIN:STANDARD\nTZOFFSETFROM:+0530\nTZOFFSETTO:+0531\n"
                                  "DTSTART:16010101T000000\nRRULE:FREQ=MINUTELY;BYSECOND=0,1,2,3,4,5\n"
                                  "END:STANDARD\nEND:VTIMEZONE\n"), ==, "Asia/Kolkata");
}

static void
test_unknown_time_zone (void)
{
  g_autoptr(RpIcsReport) named = parse_events (
    "BEGIN:VEVENT\nUID:a\nSUMMARY:SECRET\nDTSTART;TZID=Mars/Olympus_Mons:20260105T190000\nEND:VEVENT\n");
  g_autoptr(RpIcsReport) custom = parse_events (
    "BEGIN:VTIMEZONE\nTZID:Custom\nBEGIN:STANDARD\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\n"
    "DTSTART:19700101T000000\nEND:STANDARD\nEND:VTIMEZONE\n"
    "BEGIN:VEVENT\nUID:a\nSUMMARY:SECRET\nDTSTART;TZID=Custom:20260105T190000\nEND:VEVENT\n");
  g_autoptr(RpIcsReport) path = parse_events (
    "BEGIN:VEVENT\nUID:a\nSUMMARY:SECRET\nDTSTART;TZID=../../etc/passwd:20260105T190000\nEND:VEVENT\n");
  const RpIcsSkip *skip;

  skip = only_skip (named, RP_ICS_SKIP_UNKNOWN_TIME_ZONE);
  g_assert_nonnull (strstr (skip->reason, "Mars/Olympus_Mons"));
  only_skip (custom, RP_ICS_SKIP_UNKNOWN_TIME_ZONE);
  only_skip (path, RP_ICS_SKIP_UNKNOWN_TIME_ZONE);
}

static void
test_floating_and_utc (void)
{
  g_autoptr(RpIcsReport) calendar_zone = parse_calendar (
    "BEGIN:VCALENDAR\nX-WR-TIMEZONE:Europe/Berlin\n"
    "BEGIN:VEVENT\nUID:a\nSUMMARY:a\nDTSTART:20260105T180000\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n"
    "END:VCALENDAR\n", DEFAULT_ZONE);
  g_autoptr(RpIcsReport) default_zone = parse_events (
    "BEGIN:VEVENT\nUID:a\nSUMMARY:a\nDTSTART:20260105T180000\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n");
  g_autoptr(RpIcsReport) no_zone = parse_calendar (
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:SECRET\nDTSTART:20260105T180000\nEND:VEVENT\nEND:VCALENDAR\n",
    NULL);
  g_autoptr(RpIcsReport) utc = parse_events (
    /* a single UTC event is shown on the user's clock (CST, UTC−6) */
    "BEGIN:VEVENT\nUID:a\nSUMMARY:a\nDTSTART:20260105T180000Z\nEND:VEVENT\n"
    /* a repeating one keeps repeating in UTC */
    "BEGIN:VEVENT\nUID:b\nSUMMARY:b\nDTSTART:20260105T180000Z\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n");
  RpSchedule *schedule;

  schedule = schedule_of (calendar_zone);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "Europe/Berlin");
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 18 * 60);

  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule_of (default_zone)), ==, DEFAULT_ZONE);

  only_skip (no_zone, RP_ICS_SKIP_UNKNOWN_TIME_ZONE);

  g_assert_cmpuint (utc->meetings->len, ==, 2);
  schedule = rp_meeting_get_schedule (g_ptr_array_index (utc->meetings, 0));
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, DEFAULT_ZONE);
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 12 * 60);
  schedule = rp_meeting_get_schedule (g_ptr_array_index (utc->meetings, 1));
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "UTC");
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 18 * 60);
}

/* --- reminders and fields --------------------------------------------- */

static int
reminder_of (const char *alarms)
{
  g_autofree char *events = g_strdup_printf ("BEGIN:VEVENT\nUID:a\nSUMMARY:a\n"
                                             "DTSTART;TZID=Europe/London:20260105T190000\n"
                                             "DURATION:PT1H\n%sEND:VEVENT\n", alarms);
  g_autoptr(RpIcsReport) report = parse_events (events);

  return rp_meeting_get_reminder (only_meeting (report));
}

static void
test_alarms (void)
{
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT15M\nEND:VALARM\n"), ==, 15);
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER:-P1D\nEND:VALARM\n"), ==, 1440);
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER:-PT90S\nEND:VALARM\n"), ==, 2);
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER:PT0S\nEND:VALARM\n"), ==, 0);
  /* 70 minutes before the end of a one-hour meeting */
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER;RELATED=END:-PT70M\nEND:VALARM\n"), ==, 10);
  /* the first alarm that fits */
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER:PT5M\nEND:VALARM\n"
                                "BEGIN:VALARM\nTRIGGER;VALUE=DATE-TIME:20260105T180000Z\nEND:VALARM\n"
                                "BEGIN:VALARM\nTRIGGER:-PT20M\nEND:VALARM\n"
                                "BEGIN:VALARM\nTRIGGER:-PT5M\nEND:VALARM\n"), ==, 20);
  /* none that fits, or none at all: the default */
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER:PT5M\nEND:VALARM\n"), ==, RP_MEETING_REMINDER_DEFAULT);
  g_assert_cmpint (reminder_of ("BEGIN:VALARM\nTRIGGER:-P8D\nEND:VALARM\n"), ==, RP_MEETING_REMINDER_DEFAULT);
  g_assert_cmpint (reminder_of (""), ==, RP_MEETING_REMINDER_DEFAULT);
}

static RpMeeting *
meeting_with (RpIcsReport **report,
              const char   *properties)
{
  g_autofree char *events = g_strdup_printf ("BEGIN:VEVENT\nUID:a\n"
                                             "DTSTART;TZID=Europe/London:20260105T190000\n"
                                             "%sEND:VEVENT\n", properties);

  *report = parse_events (events);

  return only_meeting (*report);
}

static void
test_text_fields (void)
{
  g_autoptr(RpIcsReport) report = NULL;
  RpMeeting *meeting;
  const char * const *tags;

  meeting = meeting_with (&report,
                          "SUMMARY:Big Book\\, Step Study\\nTuesday\n"
                          "LOCATION:St. Mark’s Church hall\n"
                          "DESCRIPTION:Bring the book.\\nSide door\\; ring twice.\n"
                          "CATEGORIES:Open,Big Book\n"
                          "CATEGORIES:open, Open ,Speaker\n");

  g_assert_cmpstr (rp_meeting_get_name (meeting), ==, "Big Book, Step Study Tuesday");
  g_assert_cmpstr (rp_meeting_get_location (meeting), ==, "St. Mark’s Church hall");
  g_assert_null (rp_meeting_get_address (meeting));
  g_assert_cmpstr (rp_meeting_get_notes (meeting), ==, "Bring the book.\nSide door; ring twice.");
  g_assert_null (rp_meeting_get_online_url (meeting));

  tags = rp_meeting_get_tags (meeting);
  g_assert_cmpuint (g_strv_length ((char **) tags), ==, 4);
  g_assert_cmpstr (tags[0], ==, "Open");
  g_assert_cmpstr (tags[1], ==, "Big Book");
  g_assert_cmpstr (tags[2], ==, "open");
  g_assert_cmpstr (tags[3], ==, "Speaker");
}

static void
test_address (void)
{
  g_autoptr(RpIcsReport) report = NULL;
  RpMeeting *meeting = meeting_with (&report, "SUMMARY:a\nLOCATION:123 Main St\\, Springfield\n");

  g_assert_null (rp_meeting_get_location (meeting));
  g_assert_cmpstr (rp_meeting_get_address (meeting), ==, "123 Main St, Springfield");
}

static const char *
link_of (const char *properties)
{
  g_autoptr(RpIcsReport) report = NULL;
  g_autofree char *all = g_strconcat ("SUMMARY:a\n", properties, NULL);
  RpMeeting *meeting = meeting_with (&report, all);

  return g_intern_string (rp_meeting_get_online_url (meeting));
}

static void
test_online_links (void)
{
  g_assert_cmpstr (link_of ("URL:https://example.org/join\n"), ==, "https://example.org/join");
  g_assert_cmpstr (link_of ("URL:http://example.org/join\n"), ==, "http://example.org/join");
  g_assert_null (link_of ("URL:javascript:alert(1)\n"));
  g_assert_null (link_of ("URL:ftp://example.org/\n"));
  g_assert_null (link_of ("URL:file:///etc/passwd\n"));
  g_assert_cmpstr (link_of ("LOCATION:https://zoom.us/j/123\n"), ==, "https://zoom.us/j/123");
  g_assert_cmpstr (link_of ("DESCRIPTION:Join: https://meet.example.com/abc. Or call.\n"), ==,
                   "https://meet.example.com/abc");
  /* only https from a description */
  g_assert_null (link_of ("DESCRIPTION:See http://example.com/x\n"));
  g_assert_cmpstr (link_of ("URL:https://example.org/page\n"
                            "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\n"), ==,
                   "https://meet.google.com/abc-defg-hij");
  g_assert_cmpstr (link_of ("CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://zoom.us/j/1\n"), ==,
                   "https://zoom.us/j/1");
  g_assert_cmpstr (link_of ("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/x\n"), ==,
                   "https://teams.microsoft.com/l/x");
}

static void
test_uids (void)
{
  g_autofree char *long_uid = g_strnfill (300, 'u');
  g_autofree char *events = g_strdup_printf (
    "BEGIN:VEVENT\nSUMMARY:No UID\nDTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:%s\nSUMMARY:Long UID\nDTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n",
    long_uid);
  g_autoptr(RpIcsReport) first = parse_events (events);
  g_autoptr(RpIcsReport) again = parse_events (events);
  const char *made_up;

  g_assert_cmpuint (first->meetings->len, ==, 2);
  made_up = g_ptr_array_index (first->uids, 0);
  g_assert_true (g_str_has_prefix (made_up, "rp-"));
  g_assert_cmpuint (strlen (made_up), ==, 3 + 64);
  /* the same file gives the same UIDs: a re-import updates */
  g_assert_cmpstr (made_up, ==, g_ptr_array_index (again->uids, 0));
  g_assert_cmpstr (g_ptr_array_index (first->uids, 1), ==, g_ptr_array_index (again->uids, 1));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (first->uids, 1), "rp-"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-ics/schedule/weekly", test_weekly);
  g_test_add_func ("/import-ics/schedule/weekly-without-byday", test_weekly_without_byday);
  g_test_add_func ("/import-ics/schedule/monthly", test_monthly);
  g_test_add_func ("/import-ics/schedule/single", test_single);
  g_test_add_func ("/import-ics/schedule/excluded-dates", test_excluded_dates);
  g_test_add_func ("/import-ics/schedule/until-and-count", test_until_and_count);
  g_test_add_func ("/import-ics/schedule/duration", test_duration_forms);
  g_test_add_func ("/import-ics/zone/names", test_time_zone_names);
  g_test_add_func ("/import-ics/zone/unknown", test_unknown_time_zone);
  g_test_add_func ("/import-ics/zone/floating-and-utc", test_floating_and_utc);
  g_test_add_func ("/import-ics/fields/alarms", test_alarms);
  g_test_add_func ("/import-ics/fields/text", test_text_fields);
  g_test_add_func ("/import-ics/fields/address", test_address);
  g_test_add_func ("/import-ics/fields/online-links", test_online_links);
  g_test_add_func ("/import-ics/fields/uids", test_uids);

  return g_test_run ();
}
