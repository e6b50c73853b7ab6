/* test-import-meeting-guide-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-meeting-guide"

#include "config.h"

#include "rp-import-meeting-guide.h"
#include "rp-test-meeting-guide.h"

/* The Meeting Guide importer on messy schedules: days, start and end
 * times, meetings by appointment and time zones, each with small feeds
 * written here. Apart from the other fields
 * (test-import-meeting-guide-fields.c) to keep each file one subject. */

/* --- fields ----------------------------------------------------------- */

static void
test_day (void)
{
  static const struct
  {
    const char *day;
    guint8      weekdays;
    guint       n_dropped;
  } cases[] = {
    { "0", 1 << G_DATE_SUNDAY, 0 },
    { "6", 1 << G_DATE_SATURDAY, 0 },
    { "2.0", 1 << G_DATE_TUESDAY, 0 },
    { "\"1\"", 1 << G_DATE_MONDAY, 0 },
    { "\" 3 \"", 1 << G_DATE_WEDNESDAY, 0 },
    { "\"Thursday\"", 1 << G_DATE_THURSDAY, 0 },
    { "\"fri\"", 1 << G_DATE_FRIDAY, 0 },
    { "\"1,5\"", (1 << G_DATE_MONDAY) | (1 << G_DATE_FRIDAY), 0 },
    { "[1, \"2\", \"Saturday\"]",
      (1 << G_DATE_MONDAY) | (1 << G_DATE_TUESDAY) | (1 << G_DATE_SATURDAY), 0 },
    { "[0, 0]", 1 << G_DATE_SUNDAY, 0 },
    { "[1, 9]", 1 << G_DATE_MONDAY, 1 },
    { "[1, null]", 1 << G_DATE_MONDAY, 0 },
    { "7", 0, 1 },
    { "-1", 0, 1 },
    { "\"7\"", 0, 1 },
    { "\"someday\"", 0, 1 },
    { "1.5", 0, 1 },
    { "true", 0, 1 },
    { "{\"day\": 1}", 0, 1 },
    { "[[1]]", 0, 1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RpFeedMeeting) meeting = NULL;
      g_autoptr(RpFeedReport) report = NULL;

      json = g_strdup_printf ("{\"name\": \"M\", \"slug\": \"m\", \"day\": %s, \"time\": \"19:00\"}",
                              cases[i].day);
      meeting = rp_test_meeting_guide_parse_one (json, &report);
      g_test_message ("day %s", cases[i].day);
      g_assert_cmpuint (meeting->weekdays, ==, cases[i].weekdays);
      g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "day"), ==,
                        cases[i].n_dropped);
      g_assert_cmpint (meeting->by_appointment, ==, cases[i].weekdays == 0);
      if (cases[i].weekdays != 0)
        g_assert_cmpint (meeting->start_minute, ==, 19 * 60);
      else
        g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_BY_APPOINTMENT, "day"), ==, 1);
    }
}

static void
test_time (void)
{
  static const struct
  {
    const char *time;
    int         minute;
  } cases[] = {
    { "19:30", 19 * 60 + 30 },
    { "7:05", 7 * 60 + 5 },
    { "07:05", 7 * 60 + 5 },
    { "00:00", 0 },
    { "23:59", 23 * 60 + 59 },
    { "19:30:00", 19 * 60 + 30 },
    { " 19:30 ", 19 * 60 + 30 },
    { "7:00 PM", 19 * 60 },
    { "7:00pm", 19 * 60 },
    { "7:15 p.m.", 19 * 60 + 15 },
    { "7 pm", 19 * 60 },
    { "7PM", 19 * 60 },
    { "11:00 AM", 11 * 60 },
    { "12:00 AM", 0 },
    { "12:30 am", 30 },
    { "12 PM", 12 * 60 },
    { "12:15 pm", 12 * 60 + 15 },
    { "7.30pm", 19 * 60 + 30 },
    { "Noon", 12 * 60 },
    { "midnight", 0 },
    { "24:00", -1 },
    { "25:00", -1 },
    { "7:60", -1 },
    { "7:5", -1 },
    { "19", -1 },
    { "13 pm", -1 },
    { "0 am", -1 },
    { "19:30 pm", -1 },
    { "7:00 xm", -1 },
    { "7:00 PM EST", -1 },
    { "19:30:60", -1 },
    { "evening", -1 },
    { ":30", -1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RpFeedMeeting) meeting = NULL;
      g_autoptr(RpFeedReport) report = NULL;
      gboolean valid = cases[i].minute >= 0;

      json = g_strdup_printf ("{\"name\": \"M\", \"slug\": \"m\", \"day\": 2, \"time\": \"%s\"}",
                              cases[i].time);
      meeting = rp_test_meeting_guide_parse_one (json, &report);
      g_test_message ("time \"%s\"", cases[i].time);
      g_assert_cmpint (meeting->start_minute, ==, cases[i].minute);
      g_assert_cmpint (meeting->by_appointment, ==, !valid);
      g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "time"), ==,
                        valid ? 0 : 1);
      g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_BY_APPOINTMENT, "time"), ==,
                        valid ? 0 : 1);
    }
}

static void
test_end_time (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;
  g_autoptr(RpFeedReport) report = NULL;

  meeting = rp_test_meeting_guide_parse_one ("{\"name\": \"M\", \"slug\": \"m\", \"day\": 2, \"time\": \"19:00\","
                                             " \"end_time\": \"8:30 pm\"}", NULL);
  g_assert_cmpint (meeting->end_minute, ==, 20 * 60 + 30);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  /* past midnight: smaller than the start */
  meeting = rp_test_meeting_guide_parse_one ("{\"name\": \"M\", \"slug\": \"m\", \"day\": 2, \"time\": \"23:00\","
                                             " \"end_time\": \"24:00\"}", NULL);
  g_assert_cmpint (meeting->end_minute, ==, 0);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"name\": \"M\", \"slug\": \"m\", \"day\": 2, \"time\": \"19:00\","
                                             " \"end_time\": \"late\"}", &report);
  g_assert_cmpint (meeting->start_minute, ==, 19 * 60);
  g_assert_cmpint (meeting->end_minute, ==, -1);
  g_assert_false (meeting->by_appointment);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "end_time"), ==, 1);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"name\": \"M\", \"slug\": \"m\", \"day\": 2, \"time\": \"19:00\"}", NULL);
  g_assert_cmpint (meeting->end_minute, ==, -1);
}

static void
test_by_appointment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  RpFeedMeeting *meeting;

  meetings = rp_test_meeting_guide_parse_text ("["
                                               "{\"slug\": \"a\", \"name\": \"A\", \"city\": \"X\"},"
                                               "{\"slug\": \"b\", \"name\": \"B\", \"day\": null, \"time\": \"\"},"
                                               "{\"slug\": \"c\", \"name\": \"C\", \"day\": 3},"
                                               "{\"slug\": \"d\", \"name\": \"D\", \"time\": \"10:00\"},"
                                               "{\"slug\": \"e\", \"name\": \"E\", \"day\": [], \"time\": \"10:00\"},"
                                               "{\"slug\": \"f\", \"name\": \"F\", \"day\": 3, \"time\": \"10:00\"}"
                                               "]", &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 6);
  g_assert_cmpuint (rp_feed_report_get_n_by_appointment (report), ==, 5);

  for (guint i = 0; i < 5; i++)
    {
      meeting = g_ptr_array_index (meetings, i);
      g_assert_true (meeting->by_appointment);
      g_assert_cmpuint (meeting->weekdays, ==, 0);
      g_assert_cmpint (meeting->start_minute, ==, -1);
      g_assert_cmpint (meeting->end_minute, ==, -1);
    }
  meeting = g_ptr_array_index (meetings, 5);
  g_assert_false (meeting->by_appointment);

  /* neither day nor time is how the spec says "by appointment": no warning */
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_BY_APPOINTMENT, "time"), ==, 1);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_BY_APPOINTMENT, "day"), ==, 2);
  g_assert_cmpuint (rp_feed_report_get_n_with_warnings (report), ==, 3);
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 3);
}

static void
test_timezone (void)
{
  g_autoptr(GTimeZone) probe = g_time_zone_new_identifier ("America/New_York");
  static const char * const invalid[] = {
    "Mars/Olympus_Mons", "+05:00", "../../../etc/passwd", "EST5EDT,M3.2.0,M11.1.0", "12",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RpFeedMeeting) meeting = NULL;
      g_autoptr(RpFeedReport) report = NULL;

      json = g_strdup_printf ("{\"name\": \"M\", \"slug\": \"m\", \"timezone\": \"%s\"}", invalid[i]);
      meeting = rp_test_meeting_guide_parse_one (json, &report);
      g_assert_null (meeting->timezone);
      g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "timezone"), ==, 1);
    }

  if (probe == NULL)
    {
      g_test_skip ("No time zone data (tzdata) on this system");
      return;
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) meetings = NULL;
    g_autoptr(RpFeedReport) report = NULL;
    RpFeedMeeting *meeting;

    meetings = rp_test_meeting_guide_parse_text ("[{\"name\": \"M\", \"slug\": \"a\", \"timezone\": \"America/New_York\"},"
                                                 " {\"name\": \"M\", \"slug\": \"b\", \"timezone\": \"America/New_York\"},"
                                                 " {\"name\": \"M\", \"slug\": \"c\", \"timezone\": \"\"}]",
                                                 &report, &error);
    g_assert_no_error (error);
    meeting = g_ptr_array_index (meetings, 0);
    g_assert_cmpstr (meeting->timezone, ==, "America/New_York");
    meeting = g_ptr_array_index (meetings, 1);
    g_assert_cmpstr (meeting->timezone, ==, "America/New_York");
    meeting = g_ptr_array_index (meetings, 2);
    g_assert_null (meeting->timezone);
    g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-meeting-guide/field/day", test_day);
  g_test_add_func ("/import-meeting-guide/field/time", test_time);
  g_test_add_func ("/import-meeting-guide/field/end-time", test_end_time);
  g_test_add_func ("/import-meeting-guide/field/by-appointment", test_by_appointment);
  g_test_add_func ("/import-meeting-guide/field/timezone", test_timezone);

  return g_test_run ();
}
