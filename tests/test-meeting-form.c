/* test-meeting-form.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meeting editor's rules without the editor: every field's problems,
 * what blocks saving and what only warns, and the meeting the fields make. */

#define G_LOG_DOMAIN "test-meeting-form"

#include "config.h"

#include <string.h>

#include "rp-meeting-form.h"
#include "rp-test-util.h"

/* A form that makes a valid weekly meeting: Mondays and Thursdays, 19:00
 * to 20:30 in New York, from 2026-11-23. */
static void
valid_values (RpMeetingFormValues *values)
{
  memset (values, 0, sizeof *values);
  values->name = "Monday Night Group";
  values->group_name = "Hope Group";
  values->program = "AA";
  values->kind = RP_SCHEDULE_WEEKLY;
  values->weekdays = RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY;
  values->monthly_nth = 1;
  values->monthly_weekday = G_DATE_MONDAY;
  values->first_date = "2026-11-23";
  values->last_date = "";
  values->start_time = "19:00";
  values->end_kind = RP_MEETING_FORM_END_AT_TIME;
  values->end_time = "20:30";
  values->duration_minutes = 60;
  values->time_zone = "America/New_York";
  values->reminder_kind = RP_MEETING_FORM_REMINDER_DEFAULT;
}

static char *
repeat (const char *piece,
        guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, piece);

  return g_string_free (text, FALSE);
}

/* Asserts that @values have exactly one problem, with @field and
 * @severity, whose message contains @fragment. */
static void
assert_one_problem (const RpMeetingFormValues *values,
                    RpMeetingFormField         field,
                    RpMeetingFormSeverity      severity,
                    const char                *fragment)
{
  g_autoptr(GPtrArray) problems = rp_meeting_form_check (values);
  const RpMeetingFormProblem *problem;

  if (problems->len != 1)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          const RpMeetingFormProblem *other = g_ptr_array_index (problems, i);
          g_test_message ("problem %u: field %d: %s", i, other->field, other->message);
        }
    }
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->field, ==, field);
  g_assert_cmpint (problem->severity, ==, severity);
  g_assert_nonnull (problem->message);
  if (fragment != NULL && strstr (problem->message, fragment) == NULL)
    g_error ("“%s” is not in “%s”", fragment, problem->message);
  g_assert_true (rp_meeting_form_find_problem (problems, field) == problem);
  g_assert_true (rp_meeting_form_can_save (problems) == (severity == RP_MEETING_FORM_WARNING));
}

static void
assert_no_problem (const RpMeetingFormValues *values)
{
  g_autoptr(GPtrArray) problems = rp_meeting_form_check (values);

  for (guint i = 0; i < problems->len; i++)
    {
      const RpMeetingFormProblem *problem = g_ptr_array_index (problems, i);
      g_test_message ("unexpected problem: field %d: %s", problem->field, problem->message);
    }
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (rp_meeting_form_can_save (problems));
}

static void
test_form_valid (void)
{
  RpMeetingFormValues values;

  valid_values (&values);
  assert_no_problem (&values);

  /* Optional fields may stay empty or NULL. */
  values.group_name = NULL;
  values.program = "";
  values.last_date = NULL;
  values.location = "  ";
  values.online_url = "";
  values.conference_phone = NULL;
  values.tags = " , ";
  values.notes = "";
  assert_no_problem (&values);
}

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
test_form_name (void)
{
  RpMeetingFormValues values;
  g_autofree char *longest = repeat ("ñ", RP_MEETING_MAX_NAME_LENGTH);
  g_autofree char *too_long = repeat ("ñ", RP_MEETING_MAX_NAME_LENGTH + 1);
  g_autofree char *padded = g_strconcat ("   ", longest, "  ", NULL);

  valid_values (&values);

  values.name = "";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING, "name");
  values.name = NULL;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING, "name");
  values.name = " \t ";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING, "name");

  /* Characters are counted, not bytes, and spaces around do not count. */
  values.name = longest;
  assert_no_problem (&values);
  values.name = padded;
  assert_no_problem (&values);
  values.name = too_long;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_BLOCKING,
                      "at most 200 characters (it has 201)");

  values.name = "Bad \xff text";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_BLOCKING, NULL);
}

static void
test_form_text_caps (void)
{
  static const struct {
    RpMeetingFormField field;
    gsize offset;
    int max;
  } fields[] = {
    { RP_MEETING_FORM_FIELD_GROUP_NAME, G_STRUCT_OFFSET (RpMeetingFormValues, group_name),
      RP_MEETING_MAX_GROUP_NAME_LENGTH },
    { RP_MEETING_FORM_FIELD_PROGRAM, G_STRUCT_OFFSET (RpMeetingFormValues, program),
      RP_MEETING_MAX_PROGRAM_LENGTH },
    { RP_MEETING_FORM_FIELD_LOCATION, G_STRUCT_OFFSET (RpMeetingFormValues, location),
      RP_MEETING_MAX_LOCATION_LENGTH },
    { RP_MEETING_FORM_FIELD_ADDRESS, G_STRUCT_OFFSET (RpMeetingFormValues, address),
      RP_MEETING_MAX_ADDRESS_LENGTH },
    { RP_MEETING_FORM_FIELD_NOTES, G_STRUCT_OFFSET (RpMeetingFormValues, notes),
      RP_MEETING_MAX_NOTES_LENGTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      RpMeetingFormValues values;
      g_autofree char *longest = repeat ("é", fields[i].max);
      g_autofree char *too_long = repeat ("é", fields[i].max + 1);
      g_autofree char *fragment = g_strdup_printf ("at most %d characters", fields[i].max);
      const char **slot;

      valid_values (&values);
      slot = G_STRUCT_MEMBER_P (&values, fields[i].offset);

      *slot = longest;
      assert_no_problem (&values);
      *slot = too_long;
      assert_one_problem (&values, fields[i].field, RP_MEETING_FORM_BLOCKING, fragment);
    }
}

static void
test_form_weekdays (void)
{
  RpMeetingFormValues values;

  valid_values (&values);
  values.weekdays = RP_WEEKDAYS_NONE;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_WEEKDAYS, RP_MEETING_FORM_MISSING,
                      "day of the week");

  values.weekdays = RP_WEEKDAYS_ALL;
  assert_no_problem (&values);
  values.weekdays = RP_WEEKDAY_SUNDAY;
  assert_no_problem (&values);

  /* Weekdays do not matter for the other kinds. */
  values.weekdays = RP_WEEKDAYS_NONE;
  values.kind = RP_SCHEDULE_ONCE;
  assert_no_problem (&values);
  values.kind = RP_SCHEDULE_MONTHLY;
  assert_no_problem (&values);
}

static void
test_form_monthly (void)
{
  RpMeetingFormValues values;

  valid_values (&values);
  values.kind = RP_SCHEDULE_MONTHLY;

  for (int nth = 1; nth <= 4; nth++)
    {
      values.monthly_nth = nth;
      assert_no_problem (&values);
    }
  values.monthly_nth = RP_SCHEDULE_LAST;
  values.monthly_weekday = G_DATE_FRIDAY;
  assert_no_problem (&values);

  values.monthly_nth = 0;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_MONTHLY_DAY, RP_MEETING_FORM_BLOCKING,
                      "weekday of the month");
  values.monthly_nth = 5;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_MONTHLY_DAY, RP_MEETING_FORM_BLOCKING, NULL);
  values.monthly_nth = 2;
  values.monthly_weekday = G_DATE_BAD_WEEKDAY;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_MONTHLY_DAY, RP_MEETING_FORM_BLOCKING, NULL);
}

static void
test_form_dates (void)
{
  RpMeetingFormValues values;

  valid_values (&values);

  values.first_date = "";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_MISSING,
                      "from which");
  values.kind = RP_SCHEDULE_ONCE;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_MISSING,
                      "date of the meeting");
  values.kind = RP_SCHEDULE_WEEKLY;

  values.first_date = "23/11/2026";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_BLOCKING,
                      "2026-11-23");
  values.first_date = "2026-02-30";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_BLOCKING,
                      "“2026-02-30” is not a date");
  values.first_date = "1899-12-31";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_BLOCKING,
                      "1900 and 2500");
  values.first_date = "2501-01-01";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_FIRST_DATE, RP_MEETING_FORM_BLOCKING,
                      "1900 and 2500");
  values.first_date = " 2026-11-23 ";
  assert_no_problem (&values);

  /* The last date: optional, not before the first, and some meeting must
   * fall between the two. */
  values.last_date = "2026-12-31";
  assert_no_problem (&values);
  values.last_date = "2026-11-23";
  assert_no_problem (&values);
  values.last_date = "2026-13-01";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_LAST_DATE, RP_MEETING_FORM_BLOCKING,
                      "is not a date");
  values.last_date = "2026-11-22";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_LAST_DATE, RP_MEETING_FORM_BLOCKING,
                      "on or after 2026-11-23");
  values.first_date = "2026-11-24"; /* a Tuesday */
  values.last_date = "2026-11-25"; /* a Wednesday: no Monday or Thursday */
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_LAST_DATE, RP_MEETING_FORM_BLOCKING,
                      "never takes place");
  values.last_date = "2026-11-26";
  assert_no_problem (&values);

  /* A single meeting has no last date: whatever is left in it is ignored. */
  values.kind = RP_SCHEDULE_ONCE;
  values.last_date = "garbage";
  assert_no_problem (&values);
}

static void
test_form_times (void)
{
  RpMeetingFormValues values;

  valid_values (&values);

  values.start_time = "";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_MISSING,
                      "start time");
  values.start_time = "25:00";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_BLOCKING,
                      "“25:00” is not a time of day");
  values.start_time = "19:75";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_BLOCKING,
                      "19:00 or 7:00 pm");

  values.start_time = "19:00";
  values.end_time = "";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_MISSING,
                      "end time");
  values.end_time = "soon";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_BLOCKING,
                      "not a time of day");
  values.end_time = "18:30";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_BLOCKING,
                      "Ends before it starts — set an end time after 19:00");
  values.end_time = "7 pm";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_END_TIME, RP_MEETING_FORM_BLOCKING,
                      "Ends when it starts");
  values.end_time = "19:01";
  assert_no_problem (&values);
  values.end_time = "23:59";
  assert_no_problem (&values);

  /* With a bad start time, the end is not compared with it. */
  values.start_time = "nope";
  values.end_time = "18:00";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_BLOCKING, NULL);

  /* A duration instead of an end time: the end time is then ignored. */
  values.start_time = "23:00";
  values.end_kind = RP_MEETING_FORM_END_AFTER_DURATION;
  values.end_time = "garbage";
  values.duration_minutes = 90;
  assert_no_problem (&values);
  values.duration_minutes = 1;
  assert_no_problem (&values);
  values.duration_minutes = RP_SCHEDULE_MAX_DURATION;
  assert_no_problem (&values);
  values.duration_minutes = 0;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_DURATION, RP_MEETING_FORM_BLOCKING,
                      "between 1 minute and 24 hours");
  values.duration_minutes = RP_SCHEDULE_MAX_DURATION + 1;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_DURATION, RP_MEETING_FORM_BLOCKING, NULL);
}

static void
test_form_time_zone (void)
{
  RpMeetingFormValues values;

  valid_values (&values);

  values.time_zone = "";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_MISSING,
                      "time zone");
  values.time_zone = "Mars/Olympus_Mons";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_BLOCKING,
                      "“Mars/Olympus_Mons” is not a time zone");
  /* GLib takes these, but they are not IANA names a calendar understands. */
  values.time_zone = "+05:00";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_BLOCKING, NULL);
  values.time_zone = "/etc/localtime";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TIME_ZONE, RP_MEETING_FORM_BLOCKING, NULL);

  values.time_zone = "Europe/London";
  assert_no_problem (&values);
  values.time_zone = " Asia/Kolkata ";
  assert_no_problem (&values);
  values.time_zone = "UTC";
  assert_no_problem (&values);
}

static void
test_form_online_url (void)
{
  RpMeetingFormValues values;
  g_autofree char *path = repeat ("a", RP_MEETING_MAX_ONLINE_URL_LENGTH);
  g_autofree char *too_long = g_strconcat ("https://example.org/", path, NULL);

  valid_values (&values);

  values.online_url = "https://zoom.example/j/123?pwd=abc";
  assert_no_problem (&values);
  values.online_url = " https://meet.example/room ";
  assert_no_problem (&values);

  /* Plain http may be saved, with a warning. */
  values.online_url = "http://meet.example/room";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_WARNING,
                      "not encrypted");

  values.online_url = "zoom.example/j/123";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                      "Start the link with https://");
  values.online_url = "my zoom meeting";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                      "not a web link");
  values.online_url = "ftp://files.example/";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                      "does not open “ftp:” links");
  values.online_url = "javascript:alert(1)";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                      "javascript");
  values.online_url = "file:///etc/passwd";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING, NULL);
  values.online_url = "https://bank.example@evil.example/";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING, NULL);
  /* Links the policy opens elsewhere are still not meeting links. */
  values.online_url = "tel:+15551234567";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                      "Conference phone");
  values.online_url = "mailto:group@example.org";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING, NULL);
  values.online_url = too_long;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_ONLINE_URL, RP_MEETING_FORM_BLOCKING,
                      "at most 2048 characters");
}

static void
test_form_conference_phone (void)
{
  RpMeetingFormValues values;

  valid_values (&values);

  values.conference_phone = "+1 555 123 4567";
  assert_no_problem (&values);
  values.conference_phone = "call me";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_CONFERENCE_PHONE, RP_MEETING_FORM_BLOCKING,
                      "phone number");
  values.conference_phone = "+1 555 123 4567 0000000000000000000000000000";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_CONFERENCE_PHONE, RP_MEETING_FORM_BLOCKING,
                      "at most 40 characters");
}

static void
test_form_types_and_tags (void)
{
  RpMeetingFormValues values;
  const char * const some_types[] = { "O", "D", "12x12", NULL };
  g_autoptr(GPtrArray) many = g_ptr_array_new ();
  g_autofree char *long_tag = repeat ("t", RP_MEETING_MAX_TAGS_LENGTH + 1);
  g_autofree char *longest_tag = repeat ("t", RP_MEETING_MAX_TAGS_LENGTH);

  valid_values (&values);

  values.types = some_types;
  values.tags = "coffee, ,stairs,Coffee";
  assert_no_problem (&values);

  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (many, "ABSI");
  g_ptr_array_add (many, NULL);
  values.types = (const char * const *) many->pdata;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TYPES, RP_MEETING_FORM_BLOCKING,
                      "fewer meeting types");

  values.types = NULL;
  values.tags = longest_tag;
  assert_no_problem (&values);
  values.tags = long_tag;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TAGS, RP_MEETING_FORM_BLOCKING,
                      "fewer or shorter tags");
}

static void
test_form_reminder (void)
{
  RpMeetingFormValues values;

  valid_values (&values);

  values.reminder_kind = RP_MEETING_FORM_REMINDER_CUSTOM;
  values.reminder_minutes = 0;
  assert_no_problem (&values);
  values.reminder_minutes = RP_MEETING_MAX_REMINDER_MINUTES;
  assert_no_problem (&values);
  values.reminder_minutes = -1;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_REMINDER, RP_MEETING_FORM_BLOCKING,
                      "7 days");
  values.reminder_minutes = RP_MEETING_MAX_REMINDER_MINUTES + 1;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_REMINDER, RP_MEETING_FORM_BLOCKING, NULL);

  /* Only a custom reminder has minutes. */
  values.reminder_kind = RP_MEETING_FORM_REMINDER_OFF;
  assert_no_problem (&values);
}

static void
test_form_many_problems (void)
{
  RpMeetingFormValues values;
  g_autoptr(GPtrArray) problems = NULL;
  RpMeetingFormField last = RP_MEETING_FORM_FIELD_GENERAL;

  memset (&values, 0, sizeof values);
  values.kind = RP_SCHEDULE_WEEKLY;
  values.start_time = "19:00";
  values.end_time = "18:00";
  values.online_url = "http://example.org/";
  values.reminder_kind = RP_MEETING_FORM_REMINDER_CUSTOM;
  values.reminder_minutes = -5;

  problems = rp_meeting_form_check (&values);
  g_assert_false (rp_meeting_form_can_save (problems));

  /* One problem per field, in the order of the fields. */
  for (guint i = 0; i < problems->len; i++)
    {
      const RpMeetingFormProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpint (problem->field, >, last);
      last = problem->field;
    }

  g_assert_cmpint (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_NAME)->severity,
                   ==, RP_MEETING_FORM_MISSING);
  g_assert_cmpint (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_WEEKDAYS)->severity,
                   ==, RP_MEETING_FORM_MISSING);
  g_assert_nonnull (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_FIRST_DATE));
  g_assert_cmpint (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_END_TIME)->severity,
                   ==, RP_MEETING_FORM_BLOCKING);
  g_assert_nonnull (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_TIME_ZONE));
  g_assert_cmpint (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_ONLINE_URL)->severity,
                   ==, RP_MEETING_FORM_WARNING);
  g_assert_nonnull (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_REMINDER));
  g_assert_null (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_START_TIME));
  g_assert_null (rp_meeting_form_find_problem (problems, RP_MEETING_FORM_FIELD_GENERAL));
  g_assert_cmpuint (problems->len, ==, 7);
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

  valid_values (&values);
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

  valid_values (&values);

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

  valid_values (&values);
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
  valid_values (&values);
  values.time_zone = from_local;
  assert_no_problem (&values);
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

  valid_values (&values);
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

  g_test_add_func ("/meeting-form/valid", test_form_valid);
  g_test_add_func ("/meeting-form/parse-time", test_form_parse_time);
  g_test_add_func ("/meeting-form/format-time", test_form_format_time);
  g_test_add_func ("/meeting-form/name", test_form_name);
  g_test_add_func ("/meeting-form/text-caps", test_form_text_caps);
  g_test_add_func ("/meeting-form/weekdays", test_form_weekdays);
  g_test_add_func ("/meeting-form/monthly", test_form_monthly);
  g_test_add_func ("/meeting-form/dates", test_form_dates);
  g_test_add_func ("/meeting-form/times", test_form_times);
  g_test_add_func ("/meeting-form/time-zone", test_form_time_zone);
  g_test_add_func ("/meeting-form/online-url", test_form_online_url);
  g_test_add_func ("/meeting-form/conference-phone", test_form_conference_phone);
  g_test_add_func ("/meeting-form/types-and-tags", test_form_types_and_tags);
  g_test_add_func ("/meeting-form/reminder", test_form_reminder);
  g_test_add_func ("/meeting-form/many-problems", test_form_many_problems);
  g_test_add_func ("/meeting-form/build-weekly", test_form_build_weekly);
  g_test_add_func ("/meeting-form/build-kinds", test_form_build_kinds);
  g_test_add_func ("/meeting-form/build-keeps-original", test_form_build_keeps_original);
  g_test_add_func ("/meeting-form/tags", test_form_tags);
  g_test_add_func ("/meeting-form/local-time-zone", test_form_local_time_zone);
  g_test_add_func ("/meeting-form/zone-table", test_form_zone_table);
  g_test_add_func ("/meeting-form/system-zone-table", test_form_system_zone_table);

  return g_test_run ();
}
