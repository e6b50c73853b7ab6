/* test-import-ics-skips.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-import-ics.h"
#include "rp-meeting.h"
#include "rp-test-util.h"

/* What the .ics importer leaves out: every event a meeting cannot be is
 * skipped whole, with a reason that names it by position and UID and
 * never quotes its text ("SECRET" below), and the rest of the file is
 * still read. */

static RpIcsReport *
parse_events (const char *events)
{
  g_autofree char *text = g_strconcat ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n",
                                       events, "END:VCALENDAR\r\n", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  RpIcsReport *report;

  report = rp_import_ics_parse (bytes, "America/Chicago", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

/* One event made of @properties (with a start and a name unless they say
 * otherwise), then a good one: the good one must survive. */
static void
assert_skipped (const char    *properties,
                RpIcsSkipKind  kind)
{
  g_autofree char *events = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  const RpIcsSkip *skip;

  events = g_strdup_printf ("BEGIN:VEVENT\nUID:bad@example.com\n%s%s%s\nEND:VEVENT\n"
                            "BEGIN:VEVENT\nUID:good@example.com\nSUMMARY:Good\n"
                            "DTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n",
                            strstr (properties, "SUMMARY") == NULL ? "SUMMARY:SECRET\n" : "",
                            strstr (properties, "DTSTART") == NULL
                            ? "DTSTART;TZID=Europe/London:20260105T190000\n" : "",
                            properties);
  report = parse_events (events);

  g_assert_cmpuint (report->skipped->len, ==, 1);
  skip = g_ptr_array_index (report->skipped, 0);
  g_test_message ("%s", skip->reason);
  g_assert_cmpint (skip->kind, ==, kind);
  g_assert_cmpuint (skip->position, ==, 1);
  g_assert_null (strstr (skip->reason, "SECRET"));
  g_assert_true (g_str_has_prefix (skip->reason, "Event 1"));

  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->uids, 0), ==, "good@example.com");
  g_assert_cmpstr (rp_meeting_get_name (g_ptr_array_index (report->meetings, 0)), ==, "Good");
}

static void
test_unsupported_repeats (void)
{
  static const char * const rules[] = {
    "RRULE:FREQ=DAILY\n",
    "RRULE:FREQ=YEARLY\n",
    "RRULE:FREQ=HOURLY\n",
    "RRULE:FREQ=MINUTELY;COUNT=100000\n",
    "RRULE:FREQ=SECONDLY\n",
    "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\n",
    "RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO\n",
    "RRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2\n",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=15\n",
    "RRULE:FREQ=MONTHLY;BYDAY=5MO\n",
    "RRULE:FREQ=MONTHLY;BYDAY=1MO,3MO\n",
    "RRULE:FREQ=WEEKLY;BYDAY=1MO\n",
    "RRULE:FREQ=WEEKLY;BYMONTH=1\n",
    "RRULE:FREQ=WEEKLY;BYDAY=MO\nRRULE:FREQ=WEEKLY;BYDAY=TU\n",
    "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5001\n",
    "RRULE:FREQ=WEEKLY\nRDATE;TZID=Europe/London:20260301T190000\n",
    "RDATE;VALUE=PERIOD:20260301T190000Z/PT1H\n",
    "RRULE:FREQ=WEEKLY\nEXRULE:FREQ=MONTHLY;BYDAY=1MO\n",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    assert_skipped (rules[i], RP_ICS_SKIP_UNSUPPORTED_REPEAT);
}

static void
test_all_day (void)
{
  assert_skipped ("DTSTART;VALUE=DATE:20260105\nDTEND;VALUE=DATE:20260106\n", RP_ICS_SKIP_ALL_DAY);
  assert_skipped ("DTSTART;VALUE=DATE:20260105\nRRULE:FREQ=WEEKLY\n", RP_ICS_SKIP_ALL_DAY);
}

static void
test_invalid (void)
{
  g_autofree char *long_name = g_strnfill (RP_MEETING_MAX_NAME_LENGTH + 1, 'x');
  g_autofree char *long_notes = g_strnfill (RP_MEETING_MAX_NOTES_LENGTH + 1, 'x');
  g_autofree char *name_property = g_strdup_printf ("SUMMARY:SECRET%s\n", long_name);
  g_autofree char *notes_property = g_strdup_printf ("DESCRIPTION:SECRET%s\n", long_notes);

  /* (the X- lines only keep assert_skipped() from adding the property) */
  assert_skipped ("X-NO-DTSTART:1\nDTEND;TZID=Europe/London:20260105T190000\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("X-NO-SUMMARY:1\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("DTEND;TZID=Europe/London:20260105T180000\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("DTEND;VALUE=DATE:20260106\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("DURATION:PT25H\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("DURATION:-PT1H\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("DTSTART;TZID=Europe/London:18500105T190000\n", RP_ICS_SKIP_INVALID);
  assert_skipped ("RRULE:FREQ=WEEKLY;UNTIL=20251231T000000Z\n", RP_ICS_SKIP_INVALID);
  assert_skipped (name_property, RP_ICS_SKIP_TOO_LONG);
  assert_skipped (notes_property, RP_ICS_SKIP_TOO_LONG);
  assert_skipped ("STATUS:CANCELLED\n", RP_ICS_SKIP_CANCELLED);
  assert_skipped ("DTSTART;TZID=Nowhere/Land:20260105T190000\n", RP_ICS_SKIP_UNKNOWN_TIME_ZONE);
}

static void
test_damaged (void)
{
  g_autofree char *long_line = g_strdup_printf ("DESCRIPTION:%0*d\n", 70 * 1024, 0);
  g_autoptr(GString) parameters = g_string_new ("DESCRIPTION");

  for (guint i = 0; i < 20; i++)
    g_string_append (parameters, ";X-P=1");
  g_string_append (parameters, ":x\n");

  assert_skipped ("RRULE:FREQ=WEEKLY;UNTL=20261023;BYDAY=TH\n", RP_ICS_SKIP_DAMAGED);
  assert_skipped ("RRULE:FREQ=NEVER\n", RP_ICS_SKIP_DAMAGED);
  assert_skipped ("EXDATE:tomorrow\n", RP_ICS_SKIP_DAMAGED);
  assert_skipped ("THIS IS NOT A LINE\n", RP_ICS_SKIP_DAMAGED);
  assert_skipped ("LOCATION:\xff\xfe broken\n", RP_ICS_SKIP_DAMAGED);
  assert_skipped (long_line, RP_ICS_SKIP_DAMAGED);
  assert_skipped (parameters->str, RP_ICS_SKIP_DAMAGED);
  assert_skipped ("BEGIN:X1\nBEGIN:X2\nBEGIN:X3\nBEGIN:X4\nBEGIN:X5\nBEGIN:X6\nBEGIN:X7\n"
                  "END:X7\nEND:X6\nEND:X5\nEND:X4\nEND:X3\nEND:X2\nEND:X1\n", RP_ICS_SKIP_DAMAGED);
  assert_skipped ("END:VALARM\n", RP_ICS_SKIP_DAMAGED);
}

static void
test_not_events (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VTODO\nUID:todo\nSUMMARY:SECRET\nEND:VTODO\n"
    "BEGIN:VJOURNAL\nSUMMARY:SECRET\nEND:VJOURNAL\n"
    "BEGIN:VEVENT\nUID:good\nSUMMARY:Good\nDTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n");

  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const RpIcsSkip *skip = g_ptr_array_index (report->skipped, i);

      g_assert_cmpint (skip->kind, ==, RP_ICS_SKIP_NOT_AN_EVENT);
      g_assert_cmpuint (skip->position, ==, i + 1);
      g_assert_null (strstr (skip->reason, "SECRET"));
    }
  g_assert_true (g_str_has_prefix (((RpIcsSkip *) g_ptr_array_index (report->skipped, 1))->reason, "Item 2"));
}

static void
test_unfinished (void)
{
  static const char text[] =
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:good\nSUMMARY:Good\n"
    "DTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:cut\nSUMMARY:SECRET\nDTSTART;TZID=Europe/London:20260105T190000\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(RpIcsReport) report = rp_import_ics_parse (bytes, NULL, 0, NULL, &error);
  const RpIcsSkip *skip;

  g_assert_no_error (error);
  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 1);
  skip = g_ptr_array_index (report->skipped, 0);
  g_assert_cmpint (skip->kind, ==, RP_ICS_SKIP_DAMAGED);
  g_assert_cmpuint (skip->position, ==, 2);
}

static void
test_duplicates (void)
{
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:same\nSUMMARY:First\nDTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:same\nSUMMARY:SECRET\nDTSTART;TZID=Europe/London:20260106T190000\nEND:VEVENT\n");
  const RpIcsSkip *skip;

  g_assert_cmpuint (report->meetings->len, ==, 1);
  g_assert_cmpstr (rp_meeting_get_name (g_ptr_array_index (report->meetings, 0)), ==, "First");
  skip = g_ptr_array_index (report->skipped, 0);
  g_assert_cmpint (skip->kind, ==, RP_ICS_SKIP_DUPLICATE);
  g_assert_cmpuint (skip->position, ==, 2);
  g_assert_cmpstr (skip->uid, ==, "same");
  g_assert_nonnull (strstr (skip->reason, "“same”"));
}

static void
test_changed_occurrences (void)
{
  /* The change comes first, as Google writes it. */
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:series\nSUMMARY:SECRET moved\nRECURRENCE-ID;TZID=Europe/Berlin:20260130T213000\n"
    "DTSTART;TZID=Europe/Berlin:20260131T213000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:series\nSUMMARY:Karaoke\nDTSTART;TZID=Europe/Berlin:20251226T213000\n"
    "RRULE:FREQ=MONTHLY;BYDAY=-1FR\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:orphan\nSUMMARY:SECRET\nRECURRENCE-ID:20260105T190000Z\n"
    "DTSTART;TZID=Europe/London:20260105T190000\nEND:VEVENT\n");
  g_autofree char *excluded = NULL;
  const RpIcsSkip *skip;

  g_assert_cmpuint (report->meetings->len, ==, 1);
  excluded = rp_schedule_dup_excluded_dates_string (rp_meeting_get_schedule (g_ptr_array_index (report->meetings, 0)));
  g_assert_cmpstr (excluded, ==, "2026-01-30");

  g_assert_cmpuint (report->skipped->len, ==, 2);
  skip = g_ptr_array_index (report->skipped, 0);
  g_test_message ("%s", skip->reason);
  g_assert_cmpint (skip->kind, ==, RP_ICS_SKIP_CHANGED_OCCURRENCE);
  g_assert_cmpuint (skip->position, ==, 1);
  g_assert_nonnull (strstr (skip->reason, "event 2"));
  skip = g_ptr_array_index (report->skipped, 1);
  g_assert_cmpint (skip->kind, ==, RP_ICS_SKIP_CHANGED_OCCURRENCE);
  g_assert_cmpuint (skip->position, ==, 3);
}

static void
test_changed_series (void)
{
  /* A change to all later occurrences, or to a single event, cannot be
   * kept: nothing of the event is imported. */
  g_autoptr(RpIcsReport) future = parse_events (
    "BEGIN:VEVENT\nUID:series\nSUMMARY:SECRET\nDTSTART;TZID=Europe/Berlin:20251226T213000\n"
    "RRULE:FREQ=MONTHLY;BYDAY=-1FR\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:series\nSUMMARY:SECRET\nRECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260130T213000\n"
    "DTSTART;TZID=Europe/Berlin:20260130T203000\nEND:VEVENT\n");
  g_autoptr(RpIcsReport) single = parse_events (
    "BEGIN:VEVENT\nUID:once\nSUMMARY:SECRET\nDTSTART;TZID=Europe/Berlin:20260130T213000\nEND:VEVENT\n"
    "BEGIN:VEVENT\nUID:once\nSUMMARY:SECRET\nRECURRENCE-ID;TZID=Europe/Berlin:20260130T213000\n"
    "DTSTART;TZID=Europe/Berlin:20260130T203000\nEND:VEVENT\n");

  g_assert_cmpuint (future->meetings->len, ==, 0);
  g_assert_cmpuint (future->skipped->len, ==, 2);
  g_assert_cmpint (((RpIcsSkip *) g_ptr_array_index (future->skipped, 0))->kind, ==,
                   RP_ICS_SKIP_CHANGED_OCCURRENCE);

  g_assert_cmpuint (single->meetings->len, ==, 0);
  g_assert_cmpuint (single->skipped->len, ==, 2);
}

static void
test_bad_fields_are_dropped (void)
{
  /* A link Reprieve would not open, or an alarm it cannot read, is left
   * out; the meeting is not otherwise changed. */
  g_autoptr(RpIcsReport) report = parse_events (
    "BEGIN:VEVENT\nUID:a\nSUMMARY:Good\nDTSTART;TZID=Europe/London:20260105T190000\n"
    "URL:javascript:alert(1)\nBEGIN:VALARM\nTRIGGER:not a duration\nEND:VALARM\n"
    "BEGIN:VALARM\nTRIGGER:-PT10M\nEND:VALARM\nEND:VEVENT\n");
  RpMeeting *meeting;

  g_assert_cmpuint (report->skipped->len, ==, 0);
  meeting = g_ptr_array_index (report->meetings, 0);
  g_assert_null (rp_meeting_get_online_url (meeting));
  g_assert_cmpint (rp_meeting_get_reminder (meeting), ==, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-ics/skip/unsupported-repeats", test_unsupported_repeats);
  g_test_add_func ("/import-ics/skip/all-day", test_all_day);
  g_test_add_func ("/import-ics/skip/invalid", test_invalid);
  g_test_add_func ("/import-ics/skip/damaged", test_damaged);
  g_test_add_func ("/import-ics/skip/not-events", test_not_events);
  g_test_add_func ("/import-ics/skip/unfinished", test_unfinished);
  g_test_add_func ("/import-ics/skip/duplicates", test_duplicates);
  g_test_add_func ("/import-ics/skip/changed-occurrences", test_changed_occurrences);
  g_test_add_func ("/import-ics/skip/changed-series", test_changed_series);
  g_test_add_func ("/import-ics/skip/bad-fields-dropped", test_bad_fields_are_dropped);

  return g_test_run ();
}
