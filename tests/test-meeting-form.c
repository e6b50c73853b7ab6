/* test-meeting-form.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meeting editor's rules without the editor: every field's problems,
 * what blocks saving and what only warns. The meeting the fields make, and
 * times and zones, are in test-meeting-form-build.c. */

#define G_LOG_DOMAIN "test-meeting-form"

#include "config.h"

#include <string.h>

#include "rp-meeting-form.h"
#include "rp-test-meeting-form.h"
#include "rp-test-util.h"

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
test_form_valid (void)
{
  RpMeetingFormValues values;

  rp_test_meeting_form_valid_values (&values);
  rp_test_meeting_form_assert_no_problem (&values);

  /* Optional fields may stay empty or NULL. */
  values.group_name = NULL;
  values.program = "";
  values.last_date = NULL;
  values.location = "  ";
  values.online_url = "";
  values.conference_phone = NULL;
  values.tags = " , ";
  values.notes = "";
  rp_test_meeting_form_assert_no_problem (&values);
}

static void
test_form_name (void)
{
  RpMeetingFormValues values;
  g_autofree char *longest = repeat ("ñ", RP_MEETING_MAX_NAME_LENGTH);
  g_autofree char *too_long = repeat ("ñ", RP_MEETING_MAX_NAME_LENGTH + 1);
  g_autofree char *padded = g_strconcat ("   ", longest, "  ", NULL);

  rp_test_meeting_form_valid_values (&values);

  values.name = "";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING, "name");
  values.name = NULL;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING, "name");
  values.name = " \t ";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_NAME, RP_MEETING_FORM_MISSING, "name");

  /* Characters are counted, not bytes, and spaces around do not count. */
  values.name = longest;
  rp_test_meeting_form_assert_no_problem (&values);
  values.name = padded;
  rp_test_meeting_form_assert_no_problem (&values);
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

      rp_test_meeting_form_valid_values (&values);
      slot = G_STRUCT_MEMBER_P (&values, fields[i].offset);

      *slot = longest;
      rp_test_meeting_form_assert_no_problem (&values);
      *slot = too_long;
      assert_one_problem (&values, fields[i].field, RP_MEETING_FORM_BLOCKING, fragment);
    }
}

static void
test_form_weekdays (void)
{
  RpMeetingFormValues values;

  rp_test_meeting_form_valid_values (&values);
  values.weekdays = RP_WEEKDAYS_NONE;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_WEEKDAYS, RP_MEETING_FORM_MISSING,
                      "day of the week");

  values.weekdays = RP_WEEKDAYS_ALL;
  rp_test_meeting_form_assert_no_problem (&values);
  values.weekdays = RP_WEEKDAY_SUNDAY;
  rp_test_meeting_form_assert_no_problem (&values);

  /* Weekdays do not matter for the other kinds. */
  values.weekdays = RP_WEEKDAYS_NONE;
  values.kind = RP_SCHEDULE_ONCE;
  rp_test_meeting_form_assert_no_problem (&values);
  values.kind = RP_SCHEDULE_MONTHLY;
  rp_test_meeting_form_assert_no_problem (&values);
}

static void
test_form_monthly (void)
{
  RpMeetingFormValues values;

  rp_test_meeting_form_valid_values (&values);
  values.kind = RP_SCHEDULE_MONTHLY;

  for (int nth = 1; nth <= 4; nth++)
    {
      values.monthly_nth = nth;
      rp_test_meeting_form_assert_no_problem (&values);
    }
  values.monthly_nth = RP_SCHEDULE_LAST;
  values.monthly_weekday = G_DATE_FRIDAY;
  rp_test_meeting_form_assert_no_problem (&values);

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

  rp_test_meeting_form_valid_values (&values);

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
  rp_test_meeting_form_assert_no_problem (&values);

  /* The last date: optional, not before the first, and some meeting must
   * fall between the two. */
  values.last_date = "2026-12-31";
  rp_test_meeting_form_assert_no_problem (&values);
  values.last_date = "2026-11-23";
  rp_test_meeting_form_assert_no_problem (&values);
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
  rp_test_meeting_form_assert_no_problem (&values);

  /* A single meeting has no last date: whatever is left in it is ignored. */
  values.kind = RP_SCHEDULE_ONCE;
  values.last_date = "garbage";
  rp_test_meeting_form_assert_no_problem (&values);
}

static void
test_form_times (void)
{
  RpMeetingFormValues values;

  rp_test_meeting_form_valid_values (&values);

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
  rp_test_meeting_form_assert_no_problem (&values);
  values.end_time = "23:59";
  rp_test_meeting_form_assert_no_problem (&values);

  /* With a bad start time, the end is not compared with it. */
  values.start_time = "nope";
  values.end_time = "18:00";
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_START_TIME, RP_MEETING_FORM_BLOCKING, NULL);

  /* A duration instead of an end time: the end time is then ignored. */
  values.start_time = "23:00";
  values.end_kind = RP_MEETING_FORM_END_AFTER_DURATION;
  values.end_time = "garbage";
  values.duration_minutes = 90;
  rp_test_meeting_form_assert_no_problem (&values);
  values.duration_minutes = 1;
  rp_test_meeting_form_assert_no_problem (&values);
  values.duration_minutes = RP_SCHEDULE_MAX_DURATION;
  rp_test_meeting_form_assert_no_problem (&values);
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

  rp_test_meeting_form_valid_values (&values);

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
  rp_test_meeting_form_assert_no_problem (&values);
  values.time_zone = " Asia/Kolkata ";
  rp_test_meeting_form_assert_no_problem (&values);
  values.time_zone = "UTC";
  rp_test_meeting_form_assert_no_problem (&values);
}

static void
test_form_online_url (void)
{
  RpMeetingFormValues values;
  g_autofree char *path = repeat ("a", RP_MEETING_MAX_ONLINE_URL_LENGTH);
  g_autofree char *too_long = g_strconcat ("https://example.org/", path, NULL);

  rp_test_meeting_form_valid_values (&values);

  values.online_url = "https://zoom.example/j/123?pwd=abc";
  rp_test_meeting_form_assert_no_problem (&values);
  values.online_url = " https://meet.example/room ";
  rp_test_meeting_form_assert_no_problem (&values);

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

  rp_test_meeting_form_valid_values (&values);

  values.conference_phone = "+1 555 123 4567";
  rp_test_meeting_form_assert_no_problem (&values);
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

  rp_test_meeting_form_valid_values (&values);

  values.types = some_types;
  values.tags = "coffee, ,stairs,Coffee";
  rp_test_meeting_form_assert_no_problem (&values);

  for (guint i = 0; i < 200; i++)
    g_ptr_array_add (many, "ABSI");
  g_ptr_array_add (many, NULL);
  values.types = (const char * const *) many->pdata;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TYPES, RP_MEETING_FORM_BLOCKING,
                      "fewer meeting types");

  values.types = NULL;
  values.tags = longest_tag;
  rp_test_meeting_form_assert_no_problem (&values);
  values.tags = long_tag;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_TAGS, RP_MEETING_FORM_BLOCKING,
                      "fewer or shorter tags");
}

static void
test_form_reminder (void)
{
  RpMeetingFormValues values;

  rp_test_meeting_form_valid_values (&values);

  values.reminder_kind = RP_MEETING_FORM_REMINDER_CUSTOM;
  values.reminder_minutes = 0;
  rp_test_meeting_form_assert_no_problem (&values);
  values.reminder_minutes = RP_MEETING_MAX_REMINDER_MINUTES;
  rp_test_meeting_form_assert_no_problem (&values);
  values.reminder_minutes = -1;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_REMINDER, RP_MEETING_FORM_BLOCKING,
                      "7 days");
  values.reminder_minutes = RP_MEETING_MAX_REMINDER_MINUTES + 1;
  assert_one_problem (&values, RP_MEETING_FORM_FIELD_REMINDER, RP_MEETING_FORM_BLOCKING, NULL);

  /* Only a custom reminder has minutes. */
  values.reminder_kind = RP_MEETING_FORM_REMINDER_OFF;
  rp_test_meeting_form_assert_no_problem (&values);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-form/valid", test_form_valid);
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

  return g_test_run ();
}
