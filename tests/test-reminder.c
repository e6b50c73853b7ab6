/* test-reminder.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-reminder"

#include "config.h"

#include <string.h>

#include "rp-meeting-private.h"
#include "rp-reminder.h"
#include "rp-test-util.h"

/* RpReminder: its kinds, keys and order, and the text of its
 * notification: private notifications must name nothing of the meeting,
 * in any field; the others name it and its place. Tests run untranslated
 * (no setlocale), so the English text is checked. */

#define NAME     "Serenity Seekers"
#define LOCATION "Saint Mark’s Hall"
#define ADDRESS  "12 Quiet Lane"
#define GROUP    "Tuesday Night Group"
#define PROGRAM  "Narcotics Anonymous"

static GDateTime *
utc_time (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static GTimeZone *
zone (const char *zone_id)
{
  GTimeZone *time_zone = g_time_zone_new_identifier (zone_id);

  g_assert_nonnull (time_zone);

  return time_zone;
}

static RpMeeting *
meeting_new (const char *zone_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  GDate date = rp_test_make_date (2026, 6, 15);
  RpMeeting *meeting = rp_meeting_new ();

  schedule = rp_schedule_new_once (&date, 19 * 60, 60, zone_id, &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, NAME);
  rp_meeting_set_group_name (meeting, GROUP);
  rp_meeting_set_program (meeting, PROGRAM);
  rp_meeting_set_location (meeting, LOCATION);
  rp_meeting_set_address (meeting, ADDRESS);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_id (meeting, 3);

  return meeting;
}

/* A reminder of the meeting above: 19:00 UTC on 15 June 2026, 30 minutes
 * before. */
static RpReminder *
meeting_reminder (RpMeeting *meeting)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 6, 15, 19, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2026, 6, 15, 20, 0, 0);
  RpReminder *reminder;

  reminder = rp_reminder_new (RP_REMINDER_MEETING, 3, start,
                              rp_schedule_get_time_zone (rp_meeting_get_schedule (meeting)),
                              end, 30);
  reminder->meeting = g_object_ref (meeting);

  return reminder;
}

static void
assert_names_nothing (const char *text)
{
  static const char * const secrets[] = { NAME, LOCATION, ADDRESS, GROUP, PROGRAM, "Online" };

  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      if (strstr (text, secrets[i]) != NULL)
        g_error ("private text names field %u of the meeting", i);
    }
}

static void
test_private (void)
{
  g_autoptr(RpMeeting) meeting = meeting_new ("UTC");
  g_autoptr(RpReminder) reminder = meeting_reminder (meeting);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;

  rp_reminder_format (reminder, TRUE, reminder->due, utc, &summary, &body);
  g_assert_cmpstr (summary, ==, "Reminder");
  g_assert_cmpstr (body, ==, "Event at 19:00 — in 30 minutes");
  assert_names_nothing (summary);
  assert_names_nothing (body);
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  /* Late, and online only: still nothing of it. */
  reminder->late = TRUE;
  rp_meeting_set_location (meeting, NULL);
  rp_meeting_set_address (meeting, NULL);
  rp_meeting_set_online_url (meeting, "https://example.org/join");
  rp_reminder_format (reminder, TRUE, reminder->event_start, utc, &summary, &body);
  g_assert_cmpstr (summary, ==, "Late reminder");
  g_assert_cmpstr (body, ==, "Event at 19:00 — now");
  assert_names_nothing (summary);
  assert_names_nothing (body);
  g_assert_null (strstr (body, "example.org"));
}

static void
test_not_private (void)
{
  g_autoptr(RpMeeting) meeting = meeting_new ("UTC");
  g_autoptr(RpReminder) reminder = meeting_reminder (meeting);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;

  rp_reminder_format (reminder, FALSE, reminder->due, utc, &summary, &body);
  g_assert_cmpstr (summary, ==, NAME);
  g_assert_cmpstr (body, ==, "19:00 · " LOCATION " — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  /* No location: the address; neither: "Online" for an online meeting,
   * nothing for a meeting without a place. */
  rp_meeting_set_location (meeting, NULL);
  rp_reminder_format (reminder, FALSE, reminder->due, utc, &summary, &body);
  g_assert_cmpstr (body, ==, "19:00 · " ADDRESS " — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  rp_meeting_set_address (meeting, NULL);
  rp_meeting_set_conference_phone (meeting, "+15551234567");
  rp_reminder_format (reminder, FALSE, reminder->due, utc, &summary, &body);
  g_assert_cmpstr (body, ==, "19:00 · Online — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  rp_meeting_set_conference_phone (meeting, NULL);
  rp_reminder_format (reminder, FALSE, reminder->due, utc, &summary, &body);
  g_assert_cmpstr (body, ==, "19:00 — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  /* A viewer in another zone sees her time, then the meeting's own. */
  rp_reminder_format (reminder, FALSE, reminder->due, berlin, &summary, &body);
  g_assert_cmpstr (body, ==, "21:00 (19:00 UTC) — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  /* The private text shows only the viewer's time. */
  rp_reminder_format (reminder, TRUE, reminder->due, berlin, &summary, &body);
  g_assert_cmpstr (body, ==, "Event at 21:00 — in 30 minutes");
}

static void
test_relative (void)
{
  g_autoptr(RpMeeting) meeting = meeting_new ("UTC");
  g_autoptr(RpReminder) reminder = meeting_reminder (meeting);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  struct {
    GTimeSpan   before_start;
    const char *expected;
  } cases[] = {
    { 30 * G_TIME_SPAN_MINUTE, "Event at 19:00 — in 30 minutes" },
    { 29 * G_TIME_SPAN_MINUTE + 59 * G_TIME_SPAN_SECOND + 600 * G_TIME_SPAN_MILLISECOND,
      "Event at 19:00 — in 30 minutes" },
    { G_TIME_SPAN_MINUTE, "Event at 19:00 — in 1 minute" },
    { 20 * G_TIME_SPAN_SECOND, "Event at 19:00 — now" },
    { 0, "Event at 19:00 — now" },
    { G_TIME_SPAN_HOUR, "Event at 19:00 — in 1 hour" },
    { 75 * G_TIME_SPAN_MINUTE, "Event at 19:00 — in 1 hour 15 minutes" },
    { 61 * G_TIME_SPAN_MINUTE, "Event at 19:00 — in 1 hour 1 minute" },
    { 2 * G_TIME_SPAN_HOUR, "Event at 19:00 — in 2 hours" },
    { 150 * G_TIME_SPAN_MINUTE, "Event at 19:00 — in 2 hours 30 minutes" },
    { -G_TIME_SPAN_MINUTE, "Event at 19:00 — started 1 minute ago" },
    { -5 * G_TIME_SPAN_MINUTE, "Event at 19:00 — started 5 minutes ago" },
    { -G_TIME_SPAN_HOUR, "Event at 19:00 — started 1 hour ago" },
    { -75 * G_TIME_SPAN_MINUTE, "Event at 19:00 — started 1 hour 15 minutes ago" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = g_date_time_add (reminder->event_start, -cases[i].before_start);
      g_autofree char *summary = NULL;
      g_autofree char *body = NULL;

      rp_reminder_format (reminder, TRUE, now, utc, &summary, &body);
      g_assert_cmpstr (body, ==, cases[i].expected);
    }
}

static void
test_other_kinds (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 6, 15, 7, 30, 0);
  g_autoptr(GDateTime) end = g_date_time_new_utc (2026, 6, 16, 0, 0, 0);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  struct {
    RpReminderKind  kind;
    const char     *title;
    gboolean        private_text;
    gboolean        late;
    const char     *summary;
    const char     *body;
  } cases[] = {
    { RP_REMINDER_READING, "Just for Today", TRUE, FALSE, "Reminder", "Time for your daily reading" },
    { RP_REMINDER_READING, "Just for Today", FALSE, FALSE, "Just for Today", "Time for your daily reading" },
    { RP_REMINDER_READING, NULL, FALSE, FALSE, "Reminder", "Time for your daily reading" },
    { RP_REMINDER_CHECK_IN, "Goals", TRUE, TRUE, "Late reminder", "Time for your daily check-in" },
    { RP_REMINDER_CHECK_IN, "Goals", FALSE, FALSE, "Goals", "Time for your daily check-in" },
    { RP_REMINDER_MILESTONE, "One year clean", TRUE, FALSE, "Reminder", "Something to celebrate today" },
    { RP_REMINDER_MILESTONE, "One year clean", FALSE, FALSE, "One year clean", "Something to celebrate today" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RpReminder) reminder = rp_reminder_new (cases[i].kind, 0, start, utc, end, 0);
      g_autofree char *summary = NULL;
      g_autofree char *body = NULL;

      reminder->title = g_strdup (cases[i].title);
      reminder->late = cases[i].late;
      rp_reminder_format (reminder, cases[i].private_text, start, utc, &summary, &body);
      g_assert_cmpstr (summary, ==, cases[i].summary);
      g_assert_cmpstr (body, ==, cases[i].body);
    }
}

/* --- kinds, keys, order ------------------------------------------------ */

static void
test_kinds_and_keys (void)
{
  static const char * const names[] = { "meeting", "reading", "check-in", "milestone" };
  g_autoptr(GDateTime) start = utc_time (2026, 11, 21, 19, 0);
  g_autoptr(GDateTime) end = utc_time (2026, 11, 21, 20, 0);
  g_autoptr(GTimeZone) berlin = zone ("Europe/Berlin");
  g_autoptr(RpReminder) reminder = NULL;
  g_autoptr(RpReminder) copy = NULL;
  g_autoptr(RpReminder) later = NULL;
  g_autofree char *key = NULL;
  RpReminderKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpstr (rp_reminder_kind_to_string ((RpReminderKind) i), ==, names[i]);
      g_assert_true (rp_reminder_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_false (rp_reminder_kind_from_string ("alarm", &kind));
  g_assert_false (rp_reminder_kind_from_string (NULL, &kind));

  key = rp_reminder_make_key (RP_REMINDER_MEETING, 12, "2026-11-21T19:00");
  g_assert_cmpstr (key, ==, "meeting:12:2026-11-21T19:00");
  g_clear_pointer (&key, g_free);

  /* The occurrence is on the event's own clock: 19:00 UTC is 20:00 in
   * Berlin. */
  reminder = rp_reminder_new (RP_REMINDER_MEETING, 12, start, berlin, end, 30);
  g_assert_cmpstr (reminder->occurrence, ==, "2026-11-21T20:00");
  key = rp_reminder_dup_key (reminder);
  g_assert_cmpstr (key, ==, "meeting:12:2026-11-21T20:00");
  {
    g_autoptr(GDateTime) expected_due = utc_time (2026, 11, 21, 18, 30);

    g_assert_true (g_date_time_equal (reminder->due, expected_due));
  }

  copy = rp_reminder_copy (reminder);
  g_assert_cmpint (rp_reminder_compare (reminder, copy), ==, 0);
  later = rp_reminder_new (RP_REMINDER_MEETING, 12, start, berlin, end, 10);
  g_assert_cmpint (rp_reminder_compare (reminder, later), <, 0);
  g_assert_cmpint (rp_reminder_compare (later, reminder), >, 0);
  /* Same times: by kind, then source id. */
  g_clear_pointer (&later, rp_reminder_free);
  later = rp_reminder_new (RP_REMINDER_MEETING, 13, start, berlin, end, 30);
  g_assert_cmpint (rp_reminder_compare (reminder, later), <, 0);
  g_clear_pointer (&later, rp_reminder_free);
  later = rp_reminder_new (RP_REMINDER_READING, 1, start, berlin, end, 30);
  g_assert_cmpint (rp_reminder_compare (reminder, later), <, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder/kinds-and-keys", test_kinds_and_keys);
  g_test_add_func ("/reminder/format/private", test_private);
  g_test_add_func ("/reminder/format/not-private", test_not_private);
  g_test_add_func ("/reminder/format/relative", test_relative);
  g_test_add_func ("/reminder/format/other-kinds", test_other_kinds);

  return g_test_run ();
}
