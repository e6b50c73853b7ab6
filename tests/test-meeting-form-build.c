/* test-meeting-form-build.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meeting editor's rules without the editor: the meeting the fields
 * make, and the times and time zones it reads and offers. Apart from the
 * checks (test-meeting-form.c), as rp-meeting-form-build.c and
 * rp-meeting-form-time.c are apart from rp-meeting-form.c. */

#define G_LOG_DOMAIN "test-meeting-form"

#include "config.h"

#include "rp-meeting-form.h"
#include "rp-test-meeting-form.h"
#include "rp-test-util.h"

static void
test_form_parse_time (void)
{
  static const struct {
    const char *text;
    int minute; /* -1: not a time */
  } cases[] = {
    { "19:00", 19 * 60 },
    { "9:05", 9 * 60 + 5 },
    { " 07:30 ", 7 * 60 + 30 },
    { "19.15", 19 * 60 + 15 },
    { "1930", 19 * 60 + 30 },
    { "930", 9 * 60 + 30 },
    { "19", 19 * 60 },
    { "0", 0 },
    { "00:00", 0 },
    { "23:59", 23 * 60 + 59 },
    { "7 pm", 19 * 60 },
    { "7pm", 19 * 60 },
    { "7:30 PM", 19 * 60 + 30 },
    { "7:30 p.m.", 19 * 60 + 30 },
    { "12 am", 0 },
    { "12:15 am", 15 },
    { "12 pm", 12 * 60 },
    { "11:59 a.m.", 11 * 60 + 59 },
    { "24:00", -1 },
    { "25:00", -1 },
    { "19:60", -1 },
    { "19:5", -1 },
    { "19:005", -1 },
    { "2400", -1 },
    { "13 pm", -1 },
    { "0 am", -1 },
    { "7 pn", -1 },
    { "7 pm!", -1 },
    { "19:00:00", -1 },
    { ":30", -1 },
    { "abc", -1 },
    { "", -1 },
    { "-1:00", -1 },
    { "１９:００", -1 }, /* full-width digits are not taken for ASCII */
    { "12345", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint minute = 9999;
      gboolean ok = rp_meeting_form_parse_time (cases[i].text, &minute);

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].minute >= 0);
      if (ok)
        g_assert_cmpuint (minute, ==, (guint) cases[i].minute);
    }

  {
    guint minute;
    g_assert_false (rp_meeting_form_parse_time (NULL, &minute));
  }
}

static void
test_form_format_time (void)
{
  g_autofree char *midnight = rp_meeting_form_format_time (0);
  g_autofree char *evening = rp_meeting_form_format_time (19 * 60 + 5);
  g_autofree char *last = rp_meeting_form_format_time (23 * 60 + 59);
  g_autofree char *wrapped = rp_meeting_form_format_time (24 * 60 + 30);

  g_assert_cmpstr (midnight, ==, "00:00");
  g_assert_cmpstr (evening, ==, "19:05");
  g_assert_cmpstr (last, ==, "23:59");
  g_assert_cmpstr (wrapped, ==, "00:30");
}

static void
test_form_build_weekly (void)
{
  RpMeetingFormValues values;
  const char * const types[] = { "O", "D", NULL };
  const char * const expected_tags[] = { "coffee", "stairs", NULL };
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  RpSchedule *schedule;
  GDate first = rp_test_make_date (2026, 11, 23);

  rp_test_meeting_form_valid_values (&values);
  values.name = "  Monday Night Group ";
  values.location = " Church hall ";
  values.address = "1 Main St, Springfield";
  values.online_url = " https://meet.example/room ";
  values.conference_phone = "+1 555 123 4567";
  values.types = types;
  values.tags = "coffee, stairs, Coffee,";
  values.notes = "  Side door.\nUpstairs.  ";
  values.home_group = TRUE;
  values.reminder_kind = RP_MEETING_FORM_REMINDER_CUSTOM;
  values.reminder_minutes = 45;

  meeting = rp_meeting_form_build (&values, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  g_assert_no_error (error);
  g_assert_true (rp_meeting_validate (meeting, NULL));

  g_assert_cmpint (rp_meeting_get_id (meeting), ==, 0);
  g_assert_cmpstr (rp_meeting_get_name (meeting), ==, "Monday Night Group");
  g_assert_cmpstr (rp_meeting_get_group_name (meeting), ==, "Hope Group");
  g_assert_cmpstr (rp_meeting_get_program (meeting), ==, "AA");
  g_assert_cmpstr (rp_meeting_get_location (meeting), ==, "Church hall");
  g_assert_cmpstr (rp_meeting_get_address (meeting), ==, "1 Main St, Springfield");
  g_assert_cmpstr (rp_meeting_get_online_url (meeting), ==, "https://meet.example/room");
  g_assert_cmpstr (rp_meeting_get_conference_phone (meeting), ==, "+1 555 123 4567");
  g_assert_true (g_strv_equal (rp_meeting_get_types (meeting), types));
  g_assert_true (g_strv_equal (rp_meeting_get_tags (meeting), expected_tags));
  g_assert_cmpstr (rp_meeting_get_notes (meeting), ==, "  Side door.\nUpstairs.  ");
  g_assert_true (rp_meeting_get_home_group (meeting));
  g_assert_cmpint (rp_meeting_get_reminder (meeting), ==, 45);
  g_assert_false (rp_meeting_get_archived (meeting));

  schedule = rp_meeting_get_schedule (meeting);
  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_WEEKLY);
  g_assert_cmpint (rp_schedule_get_weekdays (schedule), ==,
                   RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY);
  g_assert_cmpint (g_date_compare (rp_schedule_get_first_date (schedule), &first), ==, 0);
  g_assert_null (rp_schedule_get_last_date (schedule));
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 19 * 60);
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 90);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "America/New_York");
}

static void
test_form_build_kinds (void)
{
  RpMeetingFormValues values;
  g_autoptr(GError) error = NULL;
  GDate last = rp_test_make_date (2027, 6, 30);

  rp_test_meeting_form_valid_values (&values);

  /* Monthly, last Friday, lasting two hours from 23:00, until a date. */
  {
    g_autoptr(RpMeeting) meeting = NULL;
    RpSchedule *schedule;

    values.kind = RP_SCHEDULE_MONTHLY;
    values.monthly_nth = RP_SCHEDULE_LAST;
    values.monthly_weekday = G_DATE_FRIDAY;
    values.start_time = "11 pm";
    values.end_kind = RP_MEETING_FORM_END_AFTER_DURATION;
    values.duration_minutes = 120;
    values.last_date = "2027-06-30";
    values.reminder_kind = RP_MEETING_FORM_REMINDER_OFF;

    meeting = rp_meeting_form_build (&values, NULL, &error);
    g_assert_no_error (error);
    schedule = rp_meeting_get_schedule (meeting);
    g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_MONTHLY);
    g_assert_cmpint (rp_schedule_get_nth (schedule), ==, RP_SCHEDULE_LAST);
    g_assert_cmpint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_FRIDAY);
    g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 23 * 60);
    g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 120);
    g_assert_cmpint (g_date_compare (rp_schedule_get_last_date (schedule), &last), ==, 0);
    g_assert_cmpint (rp_meeting_get_reminder (meeting), ==, RP_MEETING_REMINDER_OFF);
  }

  /* Once: the last date is ignored. */
  {
    g_autoptr(RpMeeting) meeting = NULL;
    RpSchedule *schedule;

    values.kind = RP_SCHEDULE_ONCE;
    values.first_date = "2026-12-24";
    values.reminder_kind = RP_MEETING_FORM_REMINDER_DEFAULT;

    meeting = rp_meeting_form_build (&values, NULL, &error);
    g_assert_no_error (error);
    schedule = rp_meeting_get_schedule (meeting);
    g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_ONCE);
    g_assert_null (rp_schedule_get_last_date (schedule));
    g_assert_cmpint (rp_meeting_get_reminder (meeting), ==, RP_MEETING_REMINDER_DEFAULT);
  }

  /* Values with a blocking problem make no meeting. */
  {
    g_autoptr(RpMeeting) meeting = NULL;

    values.start_time = "noon-ish";
    meeting = rp_meeting_form_build (&values, NULL, &error);
    g_assert_null (meeting);
    g_assert_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_TIME);
  }
}

static void
test_form_build_keeps_original (void)
{
  RpMeetingFormValues values;
  g_autoptr(RpMeeting) original = rp_meeting_new ();
  g_autoptr(RpMeeting) edited = NULL;
  g_autoptr(RpSchedule) plain = NULL;
  g_autoptr(RpSchedule) with_excluded = NULL;
  g_autoptr(GError) error = NULL;
  GDate first = rp_test_make_date (2026, 1, 5);
  GDate excluded = rp_test_make_date (2026, 12, 24);
  guint n_excluded = 0;
  const GDate *kept;

  plain = rp_schedule_new_weekly (&first, RP_WEEKDAY_THURSDAY, 18 * 60, 60, "Europe/London", &error);
  g_assert_no_error (error);
  with_excluded = rp_schedule_copy_with_excluded_dates (plain, &excluded, 1);
  rp_meeting_set_name (original, "Old name");
  rp_meeting_set_schedule (original, with_excluded);
  rp_meeting_set_archived (original, TRUE);
  rp_meeting_set_directory_feed (original, "https://feed.example/meetings.json");
  rp_meeting_set_directory_slug (original, "thursday-step");

  rp_test_meeting_form_valid_values (&values);
  values.name = "New name";
  edited = rp_meeting_form_build (&values, original, &error);
  g_assert_no_error (error);

  g_assert_true (edited != original);
  g_assert_cmpstr (rp_meeting_get_name (original), ==, "Old name");
  g_assert_cmpstr (rp_meeting_get_name (edited), ==, "New name");
  g_assert_true (rp_meeting_get_archived (edited));
  g_assert_cmpstr (rp_meeting_get_directory_feed (edited), ==, "https://feed.example/meetings.json");
  g_assert_cmpstr (rp_meeting_get_directory_slug (edited), ==, "thursday-step");
  kept = rp_schedule_get_excluded_dates (rp_meeting_get_schedule (edited), &n_excluded);
  g_assert_cmpuint (n_excluded, ==, 1);
  g_assert_cmpint (g_date_compare (&kept[0], &excluded), ==, 0);
}

static void
test_form_tags (void)
{
  g_auto(GStrv) none = rp_meeting_form_split_tags (NULL);
  g_auto(GStrv) empty = rp_meeting_form_split_tags (" , ,, ");
  g_auto(GStrv) tags = rp_meeting_form_split_tags (" coffee,stairs , Coffee, Ñandú ,ñandú");
  const char * const expected[] = { "coffee", "stairs", "Ñandú", NULL };
  g_autofree char *joined = rp_meeting_form_join_tags ((const char * const *) tags);
  g_autofree char *joined_none = rp_meeting_form_join_tags (NULL);

  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpuint (g_strv_length (empty), ==, 0);
  g_assert_true (g_strv_equal ((const char * const *) tags, expected));
  g_assert_cmpstr (joined, ==, "coffee, stairs, Ñandú");
  g_assert_cmpstr (joined_none, ==, "");
}

static void
test_form_local_time_zone (void)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GTimeZone) offset = g_time_zone_new_offset (5 * 3600);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *from_new_york = rp_meeting_form_dup_local_time_zone (new_york);
  g_autofree char *from_offset = rp_meeting_form_dup_local_time_zone (offset);
  g_autofree char *from_utc = rp_meeting_form_dup_local_time_zone (utc);
  g_autofree char *from_local = rp_meeting_form_dup_local_time_zone (NULL);
  RpMeetingFormValues values;

  g_assert_cmpstr (from_new_york, ==, "America/New_York");
  g_assert_cmpstr (from_offset, ==, "UTC");
  g_assert_cmpstr (from_utc, ==, "UTC");

  /* Whatever this computer's zone, the default is one the form accepts. */
  rp_test_meeting_form_valid_values (&values);
  values.time_zone = from_local;
  rp_test_meeting_form_assert_no_problem (&values);
}

static void
test_form_zone_table (void)
{
  const char *table =
    "# tzdb timezone descriptions\n"
    "#\n"
    "#codes\tcoordinates\tTZ\tcomments\n"
    "AD\t+4230+00131\tEurope/Andorra\n"
    "US\t+404251-0740023\tAmerica/New_York\tEastern (most areas)\n"
    "GB,GG,IM,JE\t+513030-0000731\tEurope/London\n"
    "broken line\n"
    "\n"
    "US\t+404251-0740023\tAmerica/New_York\tagain\n";
  g_auto(GStrv) zones = rp_meeting_form_parse_zone_table (table);
  g_auto(GStrv) only_utc = rp_meeting_form_parse_zone_table (NULL);
  const char * const expected[] = {
    "America/New_York", "Europe/Andorra", "Europe/London", "UTC", NULL,
  };
  const char * const expected_utc[] = { "UTC", NULL };

  g_assert_true (g_strv_equal ((const char * const *) zones, expected));
  g_assert_true (g_strv_equal ((const char * const *) only_utc, expected_utc));
}

/* The system's own table parses, and every zone in it is one the form
 * accepts (when the table is installed, as it is with tzdata). */
static void
test_form_system_zone_table (void)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) zones = NULL;
  RpMeetingFormValues values;

  if (!g_file_get_contents ("/usr/share/zoneinfo/zone1970.tab", &contents, NULL, NULL))
    {
      g_test_skip ("tzdata's zone1970.tab is not installed");
      return;
    }

  zones = rp_meeting_form_parse_zone_table (contents);
  g_assert_cmpuint (g_strv_length (zones), >, 100);
  g_assert_true (g_strv_contains ((const char * const *) zones, "America/New_York"));

  rp_test_meeting_form_valid_values (&values);
  for (guint i = 0; zones[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = NULL;

      values.time_zone = zones[i];
      problems = rp_meeting_form_check (&values);
      if (problems->len != 0)
        g_error ("%s refused", zones[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-form/parse-time", test_form_parse_time);
  g_test_add_func ("/meeting-form/format-time", test_form_format_time);
  g_test_add_func ("/meeting-form/build-weekly", test_form_build_weekly);
  g_test_add_func ("/meeting-form/build-kinds", test_form_build_kinds);
  g_test_add_func ("/meeting-form/build-keeps-original", test_form_build_keeps_original);
  g_test_add_func ("/meeting-form/tags", test_form_tags);
  g_test_add_func ("/meeting-form/local-time-zone", test_form_local_time_zone);
  g_test_add_func ("/meeting-form/zone-table", test_form_zone_table);
  g_test_add_func ("/meeting-form/system-zone-table", test_form_system_zone_table);

  return g_test_run ();
}
