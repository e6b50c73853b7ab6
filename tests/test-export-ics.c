/* test-export-ics.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include <libical/ical.h>

#include "rp-export-ics.h"
#include "rp-import-ics.h"
#include "rp-meeting-private.h"
#include "rp-meeting.h"
#include "rp-test-util.h"

/* The .ics exporter: what the file holds, how it is written (escaped,
 * folded, valid UTF-8), that its VTIMEZONEs give the system's offsets, and
 * that importing it again gives the same meetings. The comparison with
 * other programs' reading of it is tests/test-ics-oracle.sh. */

static RpMeeting *
make_meeting (const char *name,
              RpSchedule *schedule)
{
  RpMeeting *meeting = rp_meeting_new ();

  g_assert_nonnull (schedule);
  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_schedule_unref (schedule);

  return meeting;
}

static RpSchedule *
weekly (int         year,
        int         month,
        int         day,
        RpWeekdays  weekdays,
        guint       start_minute,
        guint       duration,
        const char *zone)
{
  GDate first = rp_test_make_date (year, month, day);
  g_autoptr(GError) error = NULL;
  RpSchedule *schedule = rp_schedule_new_weekly (&first, weekdays, start_minute, duration, zone, &error);

  g_assert_no_error (error);

  return schedule;
}

static GBytes *
export (GPtrArray *meetings,
        guint      default_reminder)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 1, 1, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = rp_export_ics (meetings, now, default_reminder, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

static char *
export_text (GPtrArray *meetings,
             guint      default_reminder)
{
  g_autoptr(GBytes) bytes = export (meetings, default_reminder);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Every line ends in CRLF, is at most 75 octets and valid UTF-8 on its own;
 * libical reads the whole without an error. */
static void
assert_well_formed (const char *text)
{
  g_auto(GStrv) lines = NULL;
  icalcomponent *calendar;
  gsize length = strlen (text);

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i + 1] != NULL; i++)
    {
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "");
  g_assert_cmpuint (length, >, 0);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  icalcomponent_free (calendar);
}

/* --- the file ------------------------------------------------------------- */

static void
test_structure (void)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  RpMeeting *archived;

  g_ptr_array_add (meetings, make_meeting ("New York", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60,
                                                               "America/New_York")));
  g_ptr_array_add (meetings, make_meeting ("London", weekly (2026, 1, 6, RP_WEEKDAY_TUESDAY, 19 * 60, 60,
                                                             "Europe/London")));
  g_ptr_array_add (meetings, make_meeting ("Also New York", weekly (2025, 6, 2, RP_WEEKDAY_FRIDAY, 8 * 60, 60,
                                                                    "America/New_York")));
  g_ptr_array_add (meetings, make_meeting ("In UTC", weekly (2026, 1, 3, RP_WEEKDAY_SATURDAY, 18 * 60, 60,
                                                             "UTC")));
  archived = make_meeting ("Archived meeting", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60,
                                                       "Asia/Tokyo"));
  rp_meeting_set_archived (archived, TRUE);
  g_ptr_array_add (meetings, archived);

  text = export_text (meetings, 30);
  assert_well_formed (text);

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nPRODID:-//Reprieve//Reprieve "));
  g_assert_nonnull (strstr (text, "\r\nVERSION:2.0\r\n"));
  g_assert_nonnull (strstr (text, "\r\nCALSCALE:GREGORIAN\r\n"));
  g_assert_cmpuint (count (text, "BEGIN:VCALENDAR"), ==, 1);
  g_assert_cmpuint (count (text, "BEGIN:VEVENT"), ==, 4);
  g_assert_null (strstr (text, "Archived meeting"));
  g_assert_null (strstr (text, "Asia/Tokyo"));

  /* One VTIMEZONE per zone, under its IANA name; none for UTC. */
  g_assert_cmpuint (count (text, "BEGIN:VTIMEZONE"), ==, 2);
  g_assert_cmpuint (count (text, "\r\nTZID:America/New_York\r\n"), ==, 1);
  g_assert_cmpuint (count (text, "\r\nTZID:Europe/London\r\n"), ==, 1);
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=America/New_York:20260105T190000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND;TZID=America/New_York:20260105T200000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20260103T180000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTAMP:20260101T120000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n"));
}

static void
test_schedule_properties (void)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpSchedule) base = weekly (2026, 1, 4, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY, 19 * 60, 90,
                                       "America/New_York");
  GDate excluded[] = { rp_test_make_date (2026, 3, 9), rp_test_make_date (2026, 7, 1) };
  GDate last = rp_test_make_date (2026, 12, 30);
  GDate never_last = rp_test_make_date (2026, 1, 7);
  g_autoptr(RpSchedule) with_excluded = rp_schedule_copy_with_excluded_dates (base, excluded, 2);
  /* From a Tuesday, Mondays only, until the Wednesday after: never. */
  g_autoptr(RpSchedule) mondays = weekly (2026, 1, 6, RP_WEEKDAY_MONDAY, 60, 60, "Europe/London");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_ptr_array_add (meetings, make_meeting ("Mon Wed", rp_schedule_copy_with_last_date (with_excluded, &last,
                                                                                       &error)));
  g_assert_no_error (error);
  g_ptr_array_add (meetings, make_meeting ("Never", rp_schedule_copy_with_last_date (mondays, &never_last,
                                                                                     &error)));
  g_assert_no_error (error);

  text = export_text (meetings, 30);
  assert_well_formed (text);

  /* DTSTART on the first meeting day, not the Sunday the schedule starts
   * from (elsewhere it would be an extra occurrence). */
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=America/New_York:20260105T190000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND;TZID=America/New_York:20260105T203000\r\n"));
  /* The last date's 19:00 EST is midnight UTC. */
  g_assert_nonnull (strstr (text, "\r\nRRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z;BYDAY=MO,WE\r\n"));
  g_assert_nonnull (strstr (text, "\r\nEXDATE;TZID=America/New_York:20260309T190000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nEXDATE;TZID=America/New_York:20260701T190000\r\n"));
  g_assert_cmpuint (count (text, "BEGIN:VEVENT"), ==, 1);
  g_assert_null (strstr (text, "Never"));
}

static void
test_alarms (void)
{
  static const struct { int reminder; const char *trigger; } cases[] = {
    { RP_MEETING_REMINDER_DEFAULT, "TRIGGER:-PT45M" },
    { 15, "TRIGGER:-PT15M" },
    { 0, "TRIGGER:PT0S" },
    { 1500, "TRIGGER:-P1DT1H" },
    { RP_MEETING_REMINDER_OFF, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *text = NULL;
      RpMeeting *meeting = make_meeting ("Reminded", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60,
                                                             "Europe/London"));

      rp_meeting_set_reminder (meeting, cases[i].reminder);
      g_ptr_array_add (meetings, meeting);
      text = export_text (meetings, 45);

      if (cases[i].trigger == NULL)
        {
          g_assert_null (strstr (text, "BEGIN:VALARM"));
        }
      else
        {
          g_autofree char *line = g_strdup_printf ("\r\n%s\r\n", cases[i].trigger);

          g_assert_cmpuint (count (text, "BEGIN:VALARM"), ==, 1);
          g_assert_nonnull (strstr (text, "\r\nACTION:DISPLAY\r\n"));
          g_assert_nonnull (strstr (text, line));
        }
    }
}

static void
test_folding (void)
{
  /* Every length from short to several lines, in one-, two- and four-byte
   * characters: libical 3.0.16 alone leaves a stray CR at some of them. */
  static const char * const pieces[] = { "a", "é", "😀", "\\", ",", "\n" };

  for (gsize p = 0; p < G_N_ELEMENTS (pieces); p++)
    for (guint length = 50; length < 170; length++)
      {
        g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
        g_autoptr(GString) notes = g_string_new (NULL);
        g_autofree char *text = NULL;
        RpMeeting *meeting;

        for (guint i = 0; i < length; i++)
          g_string_append (notes, i % 7 == 0 ? "x" : pieces[p]);
        meeting = make_meeting ("Folded", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60, "UTC"));
        rp_meeting_set_notes (meeting, notes->str);
        g_ptr_array_add (meetings, meeting);

        text = export_text (meetings, 30);
        assert_well_formed (text);
      }
}

static void
test_uids (void)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  RpMeeting *saved = make_meeting ("Saved", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60, "UTC"));

  rp_meeting_set_id (saved, 7);
  g_ptr_array_add (meetings, saved);
  g_ptr_array_add (meetings, make_meeting ("Twin", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60, "UTC")));
  g_ptr_array_add (meetings, make_meeting ("Twin", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60, "UTC")));
  g_ptr_array_add (again, make_meeting ("Twin", weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60, "UTC")));

  text = export_text (meetings, 30);
  text_again = export_text (again, 30);
  g_assert_nonnull (strstr (text, "\r\nUID:meeting-7@reprieve\r\n"));
  g_assert_cmpuint (count (text, "\r\nUID:meeting-"), ==, 3);
  g_assert_cmpuint (count (text, "@reprieve-2\r\n"), ==, 1);

  /* An unsaved meeting gets the same UID each time. */
  {
    const char *uid = strstr (text_again, "\r\nUID:");
    g_autofree char *line = g_strndup (uid, strstr (uid + 2, "\r\n") - uid + 2);

    g_assert_nonnull (strstr (text, line));
  }
}

/* The exported VTIMEZONEs, read by libical, give GTimeZone's offsets for
 * every day of the years the meetings cover. */
static void
test_time_zone_offsets (void)
{
  static const char * const zones[] = {
    "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo",
  };
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  icalcomponent *calendar;
  guint n_checked = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (zones); i++)
    g_ptr_array_add (meetings, make_meeting (zones[i], weekly (2026, 1, 5, RP_WEEKDAY_MONDAY, 19 * 60, 60,
                                                              zones[i])));
  bytes = export (meetings, 30);
  calendar = icalparser_parse_string (g_bytes_get_data (bytes, NULL));

  for (icalcomponent *vtimezone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       vtimezone != NULL;
       vtimezone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    {
      icaltimezone *zone = icaltimezone_new ();
      g_autoptr(GTimeZone) system_zone = NULL;
      const char *tzid;

      g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)));
      tzid = icaltimezone_get_tzid (zone);
      system_zone = g_time_zone_new_identifier (tzid);
      g_assert_nonnull (system_zone);

      for (gint64 day = 0; day < 2 * 366; day++)
        {
          g_autoptr(GDateTime) noon = g_date_time_new_utc (2026, 1, 1, 12, 0, 0);
          g_autoptr(GDateTime) moment = g_date_time_add_days (noon, day);
          struct icaltimetype utc = icaltime_from_timet_with_zone (g_date_time_to_unix (moment), 0,
                                                                   icaltimezone_get_utc_timezone ());
          int offset = icaltimezone_get_utc_offset_of_utc_time (zone, &utc, NULL);
          int interval = g_time_zone_find_interval (system_zone, G_TIME_TYPE_UNIVERSAL,
                                                    g_date_time_to_unix (moment));

          g_assert_cmpint (offset, ==, g_time_zone_get_offset (system_zone, interval));
          n_checked++;
        }

      icaltimezone_free (zone, TRUE);
    }

  icalcomponent_free (calendar);
  g_assert_cmpuint (n_checked, ==, G_N_ELEMENTS (zones) * 2 * 366);
}

/* --- round trip ------------------------------------------------------------ */

static void
assert_same_meeting (RpMeeting *a,
                     RpMeeting *b)
{
  g_assert_true (rp_schedule_equal (rp_meeting_get_schedule (a), rp_meeting_get_schedule (b)));
  g_assert_cmpstr (rp_meeting_get_name (a), ==, rp_meeting_get_name (b));
  g_assert_cmpstr (rp_meeting_get_group_name (a), ==, rp_meeting_get_group_name (b));
  g_assert_cmpstr (rp_meeting_get_program (a), ==, rp_meeting_get_program (b));
  g_assert_cmpstr (rp_meeting_get_location (a), ==, rp_meeting_get_location (b));
  g_assert_cmpstr (rp_meeting_get_address (a), ==, rp_meeting_get_address (b));
  g_assert_cmpstr (rp_meeting_get_online_url (a), ==, rp_meeting_get_online_url (b));
  g_assert_cmpstr (rp_meeting_get_conference_phone (a), ==, rp_meeting_get_conference_phone (b));
  g_assert_cmpstr (rp_meeting_get_notes (a), ==, rp_meeting_get_notes (b));
  g_assert_true (g_strv_equal (rp_meeting_get_types (a), rp_meeting_get_types (b)));
  g_assert_true (g_strv_equal (rp_meeting_get_tags (a), rp_meeting_get_tags (b)));
  g_assert_cmpint (rp_meeting_get_home_group (a), ==, rp_meeting_get_home_group (b));
  g_assert_cmpint (rp_meeting_get_reminder (a), ==, rp_meeting_get_reminder (b));
}

static void
test_round_trip (void)
{
  static const char * const types[] = { "O", "BB", "X", NULL };
  static const char * const tags[] = { "Big Book", "Speaker; step", NULL };
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  GDate excluded[] = { rp_test_make_date (2026, 3, 9) };
  GDate last = rp_test_make_date (2026, 12, 30);
  GDate second_tuesday = rp_test_make_date (2026, 1, 13);
  GDate last_friday = rp_test_make_date (2026, 1, 30);
  GDate convention = rp_test_make_date (2026, 11, 21);
  g_autoptr(RpSchedule) base = weekly (2026, 1, 5, RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY, 19 * 60, 90,
                                       "America/New_York");
  g_autoptr(RpSchedule) with_excluded = rp_schedule_copy_with_excluded_dates (base, excluded, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RpIcsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  RpMeeting *meeting;

  meeting = make_meeting ("Monday, Wednesday; \"Big Book\" 😀", rp_schedule_copy_with_last_date (with_excluded,
                                                                                                 &last, NULL));
  rp_meeting_set_group_name (meeting, "Happy Destiny Group");
  rp_meeting_set_program (meeting, "AA");
  rp_meeting_set_location (meeting, "St. Mark’s, hall B");
  rp_meeting_set_address (meeting, "123 Main St, Springfield");
  rp_meeting_set_online_url (meeting, "https://zoom.us/j/123?pwd=a,b;c");
  rp_meeting_set_conference_phone (meeting, "+1 (555) 123-4567");
  rp_meeting_set_notes (meeting, "Side door, ring twice; \\ no smoking.\nhttps://example.org/not-the-link");
  rp_meeting_set_types (meeting, types);
  rp_meeting_set_tags (meeting, tags);
  rp_meeting_set_home_group (meeting, TRUE);
  rp_meeting_set_reminder (meeting, 15);
  g_ptr_array_add (meetings, meeting);

  meeting = make_meeting ("Business meeting", rp_schedule_new_monthly (&second_tuesday, 2, G_DATE_TUESDAY,
                                                                       18 * 60 + 30, 60, "Europe/London", NULL));
  rp_meeting_set_notes (meeting, "Notes only: https://example.org/x");
  g_ptr_array_add (meetings, meeting);

  meeting = make_meeting ("Speaker meeting", rp_schedule_new_monthly (&last_friday, RP_SCHEDULE_LAST,
                                                                      G_DATE_FRIDAY, 20 * 60, 60,
                                                                      "Asia/Kolkata", NULL));
  rp_meeting_set_group_name (meeting, "Group only");
  rp_meeting_set_reminder (meeting, RP_MEETING_REMINDER_OFF);
  g_ptr_array_add (meetings, meeting);

  g_ptr_array_add (meetings, make_meeting ("Convention", rp_schedule_new_once (&convention, 10 * 60, 45,
                                                                               "Australia/Sydney", NULL)));
  g_ptr_array_add (meetings, make_meeting ("In UTC", weekly (2026, 1, 3, RP_WEEKDAY_SATURDAY, 23 * 60 + 30, 120,
                                                             "UTC")));
  g_ptr_array_add (meetings, make_meeting ("Daily", weekly (2026, 1, 1, RP_WEEKDAYS_ALL, 6 * 60 + 30, 30,
                                                            "Europe/London")));

  for (guint i = 0; i < meetings->len; i++)
    g_assert_true (rp_meeting_validate (g_ptr_array_index (meetings, i), NULL));

  bytes = export (meetings, 30);
  report = rp_import_ics_parse (bytes, "America/Chicago", 0, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < report->skipped->len; i++)
    g_test_message ("skipped: %s", ((RpIcsSkip *) g_ptr_array_index (report->skipped, i))->reason);
  g_assert_cmpuint (report->skipped->len, ==, 0);
  g_assert_cmpuint (report->meetings->len, ==, meetings->len);

  for (guint i = 0; i < meetings->len; i++)
    {
      g_test_message ("meeting %u", i);
      assert_same_meeting (g_ptr_array_index (meetings, i), g_ptr_array_index (report->meetings, i));
      g_assert_true (g_str_has_prefix (g_ptr_array_index (report->uids, i), "meeting-"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-ics/structure", test_structure);
  g_test_add_func ("/export-ics/schedule", test_schedule_properties);
  g_test_add_func ("/export-ics/alarms", test_alarms);
  g_test_add_func ("/export-ics/folding", test_folding);
  g_test_add_func ("/export-ics/uids", test_uids);
  g_test_add_func ("/export-ics/time-zone-offsets", test_time_zone_offsets);
  g_test_add_func ("/export-ics/round-trip", test_round_trip);

  return g_test_run ();
}
