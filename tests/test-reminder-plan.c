/* test-reminder-plan.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reminder planner and its sources, with a fixed "now": no test here
 * reads the clock or sleeps. Expected instants were worked out by hand
 * from the tz database: in 2026 New York enters DST on 8 March and leaves
 * it on 1 November (at 02:00 local); London enters it on 29 March and
 * leaves it on 25 October (at 01:00 UTC). Lead times and clock changes are
 * here; what is due, snoozes and the daily source are in
 * test-reminder-plan-due.c, to keep each file short. */

#define G_LOG_DOMAIN "test-reminder-plan"

#include "config.h"

#include "rp-daily-reminder-source.h"
#include "rp-meeting-private.h"
#include "rp-meeting-reminder-source.h"
#include "rp-reminder-plan.h"
#include "rp-test-reminder-plan.h"
#include "rp-test-util.h"

static RpMeeting *
weekly_meeting (gint64      id,
                RpWeekdays  weekdays,
                guint       start_minute,
                const char *zone_id,
                int         reminder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  GDate first = rp_test_make_date (2026, 1, 1);

  schedule = rp_schedule_new_weekly (&first, weekdays, start_minute, 60, zone_id, &error);
  g_assert_no_error (error);

  return meeting_new (id, "Weekly", schedule, reminder);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* --- lead times -------------------------------------------------------- */

static void
test_lead_times (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GDateTime) from = zoned ("America/New_York", 2026, 6, 15, 12, 0);
  g_autoptr(GDateTime) until = g_date_time_add_days (from, 1);
  g_autoptr(GPtrArray) reminders = NULL;
  RpMeeting *archived;
  guint n_changed = 0;
  guint n_notified = 0;

  archived = once_meeting (5, 2026, 6, 15, 23 * 60, "America/New_York", 10);
  rp_meeting_set_archived (archived, TRUE);
  meetings = meetings_new (once_meeting (1, 2026, 6, 15, 19 * 60, "America/New_York", 15),
                           once_meeting (2, 2026, 6, 15, 20 * 60, "America/New_York",
                                         RP_MEETING_REMINDER_DEFAULT),
                           once_meeting (3, 2026, 6, 15, 21 * 60, "America/New_York",
                                         RP_MEETING_REMINDER_OFF),
                           once_meeting (4, 2026, 6, 15, 22 * 60, "America/New_York", 0),
                           archived,
                           NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));
  g_assert_cmpuint (rp_meeting_reminder_source_get_default_lead_minutes (source), ==, 30);
  g_assert_true (rp_meeting_reminder_source_get_enabled (source));
  g_signal_connect (source, "changed", G_CALLBACK (count_cb), &n_changed);
  g_signal_connect (source, "notify::default-lead-minutes", G_CALLBACK (notify_cb), &n_notified);

  /* 18:45, 19:30 and 22:00 EDT; the meeting with its reminder off and
   * the archived one give none. */
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 3);
  assert_utc (((RpReminder *) reminders->pdata[0])->due, "2026-06-15T22:45:00Z");
  g_assert_cmpint (((RpReminder *) reminders->pdata[0])->lead_minutes, ==, 15);
  g_assert_cmpint (((RpReminder *) reminders->pdata[0])->source_id, ==, 1);
  g_assert_cmpstr (((RpReminder *) reminders->pdata[0])->occurrence, ==, "2026-06-15T19:00");
  assert_utc (((RpReminder *) reminders->pdata[0])->event_end, "2026-06-16T00:00:00Z");
  g_assert_true (rp_meeting_get_id (((RpReminder *) reminders->pdata[0])->meeting) == 1);
  assert_utc (((RpReminder *) reminders->pdata[1])->due, "2026-06-15T23:30:00Z");
  g_assert_cmpint (((RpReminder *) reminders->pdata[1])->source_id, ==, 2);
  assert_utc (((RpReminder *) reminders->pdata[2])->due, "2026-06-16T02:00:00Z");
  g_assert_cmpint (((RpReminder *) reminders->pdata[2])->lead_minutes, ==, 0);
  g_clear_pointer (&reminders, g_ptr_array_unref);

  /* Another default moves only the meeting that uses it. */
  rp_meeting_reminder_source_set_default_lead_minutes (source, 60);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_notified, ==, 1);
  rp_meeting_reminder_source_set_default_lead_minutes (source, 60);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_notified, ==, 1);
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 3);
  assert_utc (((RpReminder *) reminders->pdata[0])->due, "2026-06-15T22:45:00Z");
  assert_utc (((RpReminder *) reminders->pdata[1])->due, "2026-06-15T23:00:00Z");
  g_assert_cmpint (((RpReminder *) reminders->pdata[1])->source_id, ==, 2);
  g_clear_pointer (&reminders, g_ptr_array_unref);

  /* A meeting added to the model is a change too. */
  {
    g_autoptr(RpMeeting) extra = once_meeting (6, 2026, 6, 15, 18 * 60, "America/New_York", 5);

    g_list_store_append (meetings, extra);
  }
  g_assert_cmpuint (n_changed, ==, 2);

  /* Reminders off for all meetings: nothing, and said once. */
  rp_meeting_reminder_source_set_enabled (source, FALSE);
  rp_meeting_reminder_source_set_enabled (source, FALSE);
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_false (rp_meeting_reminder_source_get_enabled (source));
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 0);
  g_clear_pointer (&reminders, g_ptr_array_unref);

  rp_meeting_reminder_source_set_enabled (source, TRUE);
  g_assert_cmpuint (n_changed, ==, 4);
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 4);
}

/* A week-long lead reaches occurrences up to a week past the span. */
static void
test_long_lead (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GDateTime) from = utc (2026, 6, 1, 12, 0);
  g_autoptr(GDateTime) until = utc (2026, 6, 2, 12, 0);
  g_autoptr(GPtrArray) reminders = NULL;

  meetings = meetings_new (once_meeting (1, 2026, 6, 8, 19 * 60, "UTC",
                                         RP_MEETING_MAX_REMINDER_MINUTES),
                           NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 1);
  assert_utc (((RpReminder *) reminders->pdata[0])->due, "2026-06-01T19:00:00Z");
}

/* --- clock changes ----------------------------------------------------- */

static void
test_dst_fall_back (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GDateTime) from = zoned ("America/New_York", 2026, 10, 31, 12, 0);
  g_autoptr(GDateTime) until = g_date_time_add_days (from, 2);
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GDateTime) due_local = NULL;
  const RpReminder *first;
  const RpReminder *second;

  /* 01:30 exists twice that night: the first (EDT) one, 05:30 UTC, so the
   * reminder is at 01:00 EDT. A 02:00 meeting is 02:00 EST (07:00 UTC); 45
   * minutes before is 01:15 EST, inside the repeated hour, not an hour
   * off. */
  meetings = meetings_new (weekly_meeting (1, RP_WEEKDAY_SUNDAY, 90, "America/New_York", 30),
                           weekly_meeting (2, RP_WEEKDAY_SUNDAY, 120, "America/New_York", 45),
                           NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 2);

  first = reminders->pdata[0];
  g_assert_cmpint (first->source_id, ==, 1);
  g_assert_cmpstr (first->occurrence, ==, "2026-11-01T01:30");
  assert_utc (first->event_start, "2026-11-01T05:30:00Z");
  assert_utc (first->due, "2026-11-01T05:00:00Z");

  second = reminders->pdata[1];
  g_assert_cmpint (second->source_id, ==, 2);
  g_assert_cmpstr (second->occurrence, ==, "2026-11-01T02:00");
  assert_utc (second->event_start, "2026-11-01T07:00:00Z");
  assert_utc (second->due, "2026-11-01T06:15:00Z");
  due_local = g_date_time_to_timezone (second->due, new_york);
  g_assert_cmpint (g_date_time_get_hour (due_local), ==, 1);
  g_assert_cmpint (g_date_time_get_minute (due_local), ==, 15);
  g_assert_cmpint (g_date_time_get_utc_offset (due_local), ==, -5 * G_TIME_SPAN_HOUR);
}

static void
test_dst_spring_forward (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GDateTime) from = zoned ("America/New_York", 2026, 3, 7, 12, 0);
  g_autoptr(GDateTime) until = g_date_time_add_days (from, 1);
  g_autoptr(GPtrArray) reminders = NULL;
  const RpReminder *reminder;

  /* 02:30 does not exist on 8 March: read with the offset from before the
   * gap (EST), it is 07:30 UTC, shown as 03:30 EDT; 30 minutes before is
   * 07:00 UTC, the moment the clocks change. */
  meetings = meetings_new (weekly_meeting (1, RP_WEEKDAY_SUNDAY, 150, "America/New_York", 30),
                           NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 1);

  reminder = reminders->pdata[0];
  assert_utc (reminder->event_start, "2026-03-08T07:30:00Z");
  assert_utc (reminder->due, "2026-03-08T07:00:00Z");
  g_assert_cmpstr (reminder->occurrence, ==, "2026-03-08T03:30");
  g_assert_cmpint (g_date_get_day (&reminder->date), ==, 8);
}

/* A 19:00 meeting reminds at 18:30 local on both sides of each change:
 * the UTC instants move by an hour. */
static void
test_dst_same_local_time (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  struct {
    int         month;
    int         day;
    const char *expected_due;
  } cases[] = {
    { 3, 1, "2026-03-01T23:30:00Z" },    /* EST */
    { 3, 8, "2026-03-08T22:30:00Z" },    /* EDT, the day the clocks changed */
    { 10, 25, "2026-10-25T22:30:00Z" },  /* EDT */
    { 11, 1, "2026-11-01T23:30:00Z" },   /* EST, the day the clocks changed */
  };

  meetings = meetings_new (weekly_meeting (1, RP_WEEKDAY_SUNDAY, 19 * 60, "America/New_York", 30),
                           NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) from = zoned ("America/New_York", 2026, cases[i].month,
                                         cases[i].day, 12, 0);
      g_autoptr(GDateTime) until = g_date_time_add_hours (from, 12);
      g_autoptr(GPtrArray) reminders = collect (source, from, until);
      g_autoptr(GDateTime) local_due = NULL;
      const RpReminder *reminder;

      g_assert_cmpuint (reminders->len, ==, 1);
      reminder = reminders->pdata[0];
      assert_utc (reminder->due, cases[i].expected_due);
      local_due = g_date_time_to_timezone (reminder->due, new_york);
      g_assert_cmpint (g_date_time_get_hour (local_due), ==, 18);
      g_assert_cmpint (g_date_time_get_minute (local_due), ==, 30);
    }
}

/* A London meeting seen from New York in the weeks when only New York
 * keeps summer time (8–28 March 2026), and in a week when neither does. */
static void
test_other_zone (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GDateTime) from = utc (2026, 3, 12, 12, 0);
  g_autoptr(GDateTime) until = utc (2026, 3, 13, 12, 0);
  g_autoptr(GDateTime) earlier_from = utc (2026, 3, 5, 12, 0);
  g_autoptr(GDateTime) earlier_until = utc (2026, 3, 6, 12, 0);
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GPtrArray) earlier = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  const RpReminder *reminder;
  RpMeeting *meeting;

  meeting = weekly_meeting (1, RP_WEEKDAY_THURSDAY, 19 * 60, "Europe/London", 30);
  rp_meeting_set_name (meeting, "Thursday Big Book");
  rp_meeting_set_location (meeting, "Church Hall");
  meetings = meetings_new (meeting, NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));

  /* 19:00 GMT is 19:00 UTC, 15:00 EDT. */
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 1);
  reminder = reminders->pdata[0];
  assert_utc (reminder->due, "2026-03-12T18:30:00Z");
  g_assert_cmpstr (reminder->occurrence, ==, "2026-03-12T19:00");

  rp_reminder_format (reminder, FALSE, reminder->due, new_york, &summary, &body);
  g_assert_cmpstr (summary, ==, "Thursday Big Book");
  g_assert_cmpstr (body, ==, "15:00 (19:00 GMT) · Church Hall — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);
  rp_reminder_format (reminder, TRUE, reminder->due, new_york, &summary, &body);
  g_assert_cmpstr (body, ==, "Event at 15:00 — in 30 minutes");
  g_clear_pointer (&summary, g_free);
  g_clear_pointer (&body, g_free);

  /* A week earlier New York was on EST: 14:00 there, same UTC time. */
  earlier = collect (source, earlier_from, earlier_until);
  g_assert_cmpuint (earlier->len, ==, 1);
  reminder = earlier->pdata[0];
  assert_utc (reminder->due, "2026-03-05T18:30:00Z");
  rp_reminder_format (reminder, FALSE, reminder->due, new_york, &summary, &body);
  g_assert_cmpstr (body, ==, "14:00 (19:00 GMT) · Church Hall — in 30 minutes");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder-plan/lead-times", test_lead_times);
  g_test_add_func ("/reminder-plan/long-lead", test_long_lead);
  g_test_add_func ("/reminder-plan/dst/fall-back", test_dst_fall_back);
  g_test_add_func ("/reminder-plan/dst/spring-forward", test_dst_spring_forward);
  g_test_add_func ("/reminder-plan/dst/same-local-time", test_dst_same_local_time);
  g_test_add_func ("/reminder-plan/other-zone", test_other_zone);

  return g_test_run ();
}
