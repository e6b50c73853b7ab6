/* test-reminder-plan-due.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reminder planner with a fixed "now": what is due (missed while the
 * computer was off, never twice, snoozed), the next due moment, and the
 * daily reminders' source. Apart from test-reminder-plan.c (lead times and
 * clock changes) to keep each file short; both use rp-test-reminder-plan. */

#define G_LOG_DOMAIN "test-reminder-plan"

#include "config.h"

#include "rp-daily-reminder-source.h"
#include "rp-meeting-private.h"
#include "rp-meeting-reminder-source.h"
#include "rp-reminder-plan.h"
#include "rp-test-reminder-plan.h"
#include "rp-test-util.h"

static GPtrArray *
sources_of (gpointer source)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (sources, g_object_ref (source));

  return sources;
}

/* The plan's due reminders as "key late/on-time", for comparisons; also
 * checks what the planner promises of every due reminder. */
static char *
describe_due (RpReminderPlan *plan,
              GDateTime      *now)
{
  GPtrArray *due = rp_reminder_plan_get_due (plan);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < due->len; i++)
    {
      const RpReminder *reminder = g_ptr_array_index (due, i);
      g_autofree char *key = rp_reminder_dup_key (reminder);

      g_assert_cmpint (g_date_time_compare (reminder->due, now), <=, 0);
      g_assert_cmpint (g_date_time_compare (reminder->event_end, now), >, 0);
      if (i > 0)
        g_assert_cmpint (rp_reminder_compare (g_ptr_array_index (due, i - 1), reminder), <, 0);

      g_string_append_printf (text, "%s%s %s", i > 0 ? "\n" : "", key,
                              reminder->late ? "late" : "on-time");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* --- the plan ---------------------------------------------------------- */

static RpFiredReminder *
fired_record (const RpReminder     *reminder,
              RpFiredReminderState  state,
              GDateTime            *snoozed_until)
{
  RpFiredReminder *record = g_new0 (RpFiredReminder, 1);

  record->kind = reminder->kind;
  record->source_id = reminder->source_id;
  record->occurrence = g_strdup (reminder->occurrence);
  record->event_start = g_date_time_ref (reminder->event_start);
  record->fired_at = g_date_time_ref (reminder->due);
  record->state = state;
  record->snoozed_until = snoozed_until != NULL ? g_date_time_ref (snoozed_until) : NULL;

  return record;
}

/* One meeting on 15 June 2026, 19:00–20:00 UTC, reminding at 18:30. */
static RpMeetingReminderSource *
single_meeting_source (void)
{
  g_autoptr(GListStore) meetings = NULL;

  meetings = meetings_new (once_meeting (7, 2026, 6, 15, 19 * 60, "UTC", 30), NULL);

  return rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));
}

static char *
plan_due_at (GPtrArray  *sources,
             GPtrArray  *fired,
             GDateTime  *now)
{
  g_autoptr(RpReminderPlan) plan = rp_reminder_plan_new (sources, fired, now);

  return describe_due (plan, now);
}

static void
test_missed_while_off (void)
{
  g_autoptr(RpMeetingReminderSource) source = single_meeting_source ();
  g_autoptr(GPtrArray) sources = sources_of (source);
  struct {
    int         hour;
    int         minute;
    int         second;
    const char *expected;
  } cases[] = {
    { 18, 29, 59, "" },
    { 18, 30, 0, "meeting:7:2026-06-15T19:00 on-time" },
    { 18, 30, 30, "meeting:7:2026-06-15T19:00 on-time" },
    { 18, 31, 30, "meeting:7:2026-06-15T19:00 on-time" },   /* exactly 90 s */
    { 18, 31, 31, "meeting:7:2026-06-15T19:00 late" },
    { 18, 50, 0, "meeting:7:2026-06-15T19:00 late" },       /* not started */
    { 19, 30, 0, "meeting:7:2026-06-15T19:00 late" },       /* in progress */
    { 19, 59, 59, "meeting:7:2026-06-15T19:00 late" },
    { 20, 0, 0, "" },                                       /* over: dropped */
    { 22, 0, 0, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 6, 15, cases[i].hour,
                                                      cases[i].minute, cases[i].second);
      g_autofree char *due = plan_due_at (sources, NULL, now);

      g_assert_cmpstr (due, ==, cases[i].expected);
    }
}

static void
test_dedup (void)
{
  g_autoptr(RpMeetingReminderSource) source = single_meeting_source ();
  g_autoptr(GPtrArray) sources = sources_of (source);
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 18, 31);
  g_autoptr(GPtrArray) fired = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_fired_reminder_free);
  g_autoptr(RpReminderPlan) plan = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *after_shown = NULL;
  g_autofree char *after_pending = NULL;
  RpFiredReminder *record;

  /* The same inputs give the same plan. */
  first = plan_due_at (sources, fired, now);
  again = plan_due_at (sources, fired, now);
  g_assert_cmpstr (first, ==, "meeting:7:2026-06-15T19:00 on-time");
  g_assert_cmpstr (again, ==, first);

  plan = rp_reminder_plan_new (sources, fired, now);
  record = fired_record (g_ptr_array_index (rp_reminder_plan_get_due (plan), 0),
                         RP_FIRED_REMINDER_SHOWN, NULL);
  g_ptr_array_add (fired, record);
  after_shown = plan_due_at (sources, fired, now);
  g_assert_cmpstr (after_shown, ==, "");

  /* Waiting in the window counts as done too (the caller leaves such
   * records out when it wants them to fire again). */
  record->state = RP_FIRED_REMINDER_PENDING;
  after_pending = plan_due_at (sources, fired, now);
  g_assert_cmpstr (after_pending, ==, "");

  /* A record of another occurrence changes nothing. */
  g_free (record->occurrence);
  record->occurrence = g_strdup ("2026-06-16T19:00");
  g_clear_pointer (&again, g_free);
  again = plan_due_at (sources, fired, now);
  g_assert_cmpstr (again, ==, first);
}

static void
test_snooze (void)
{
  g_autoptr(RpMeetingReminderSource) source = single_meeting_source ();
  g_autoptr(GPtrArray) sources = sources_of (source);
  g_autoptr(GDateTime) shown_at = utc (2026, 6, 15, 18, 30);
  g_autoptr(GDateTime) snoozed_until = utc (2026, 6, 15, 18, 40);
  g_autoptr(GDateTime) before = utc (2026, 6, 15, 18, 35);
  g_autoptr(GDateTime) past_end = utc (2026, 6, 15, 20, 0);
  g_autoptr(GPtrArray) fired = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_fired_reminder_free);
  g_autoptr(RpReminderPlan) first = rp_reminder_plan_new (sources, NULL, shown_at);
  g_autoptr(RpReminderPlan) plan = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  RpFiredReminder *record;
  const RpReminder *reminder;

  g_assert_cmpuint (rp_reminder_plan_get_due (first)->len, ==, 1);
  record = fired_record (g_ptr_array_index (rp_reminder_plan_get_due (first), 0),
                         RP_FIRED_REMINDER_SNOOZED, snoozed_until);
  g_ptr_array_add (fired, record);

  /* During the snooze: nothing due, wake up at its end. */
  plan = rp_reminder_plan_new (sources, fired, before);
  g_assert_cmpuint (rp_reminder_plan_get_due (plan)->len, ==, 0);
  g_assert_nonnull (rp_reminder_plan_get_next_due (plan));
  assert_utc (rp_reminder_plan_get_next_due (plan), "2026-06-15T18:40:00Z");
  assert_utc (rp_reminder_plan_get_wake_up (plan), "2026-06-15T18:40:00Z");
  g_clear_pointer (&plan, rp_reminder_plan_unref);

  /* At its end: due again, snoozed, on time. */
  plan = rp_reminder_plan_new (sources, fired, snoozed_until);
  g_assert_cmpuint (rp_reminder_plan_get_due (plan)->len, ==, 1);
  reminder = g_ptr_array_index (rp_reminder_plan_get_due (plan), 0);
  g_assert_true (reminder->snoozed);
  g_assert_false (reminder->late);
  assert_utc (reminder->due, "2026-06-15T18:40:00Z");
  assert_utc (reminder->event_start, "2026-06-15T19:00:00Z");
  g_clear_pointer (&plan, rp_reminder_plan_unref);

  /* Snoozed to the meeting's end or later: dropped. */
  g_date_time_unref (record->snoozed_until);
  record->snoozed_until = g_date_time_ref (past_end);
  plan = rp_reminder_plan_new (sources, fired, before);
  g_assert_cmpuint (rp_reminder_plan_get_due (plan)->len, ==, 0);
  g_assert_null (rp_reminder_plan_get_next_due (plan));
  horizon = g_date_time_add (before, RP_REMINDER_PLAN_HORIZON);
  g_assert_true (g_date_time_equal (rp_reminder_plan_get_wake_up (plan), horizon));
}

static void
test_next_due (void)
{
  g_autoptr(GListStore) meetings = NULL;
  g_autoptr(GListStore) empty = g_list_store_new (RP_TYPE_MEETING);
  g_autoptr(RpMeetingReminderSource) source = NULL;
  g_autoptr(RpMeetingReminderSource) empty_source = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) empty_sources = NULL;
  g_autoptr(GDateTime) now = utc (2026, 6, 15, 12, 0);
  g_autoptr(GDateTime) horizon = g_date_time_add (now, RP_REMINDER_PLAN_HORIZON);
  g_autoptr(RpReminderPlan) plan = NULL;
  g_autoptr(RpReminderPlan) empty_plan = NULL;
  g_autoptr(RpReminderPlan) ref = NULL;

  meetings = meetings_new (once_meeting (1, 2026, 6, 16, 9 * 60, "UTC", 30),
                           once_meeting (2, 2026, 6, 15, 17 * 60, "UTC", 60),
                           once_meeting (3, 2026, 6, 15, 11 * 60, "UTC", 30),  /* over */
                           once_meeting (4, 2026, 6, 30, 9 * 60, "UTC", 30),   /* past horizon */
                           NULL);
  source = rp_meeting_reminder_source_new (G_LIST_MODEL (meetings));
  sources = sources_of (source);
  plan = rp_reminder_plan_new (sources, NULL, now);
  g_assert_cmpuint (rp_reminder_plan_get_due (plan)->len, ==, 0);
  assert_utc (rp_reminder_plan_get_next_due (plan), "2026-06-15T16:00:00Z");
  assert_utc (rp_reminder_plan_get_wake_up (plan), "2026-06-15T16:00:00Z");

  ref = rp_reminder_plan_ref (plan);
  g_assert_true (ref == plan);

  empty_source = rp_meeting_reminder_source_new (G_LIST_MODEL (empty));
  empty_sources = sources_of (empty_source);
  empty_plan = rp_reminder_plan_new (empty_sources, NULL, now);
  g_assert_cmpuint (rp_reminder_plan_get_due (empty_plan)->len, ==, 0);
  g_assert_null (rp_reminder_plan_get_next_due (empty_plan));
  g_assert_true (g_date_time_equal (rp_reminder_plan_get_wake_up (empty_plan), horizon));
}

/* --- the daily source -------------------------------------------------- */

static void
test_daily_source (void)
{
  g_autoptr(RpDailyReminderSource) source = NULL;
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GTimeZone) london = zone ("Europe/London");
  g_autoptr(GDateTime) from = zoned ("America/New_York", 2026, 6, 15, 8, 0);
  g_autoptr(GDateTime) until = g_date_time_add_days (from, 3);
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(RpReminderPlan) plan = NULL;
  g_autofree char *due = NULL;
  const RpReminder *reminder;
  guint n_changed = 0;

  source = rp_daily_reminder_source_new (RP_REMINDER_READING, 0, "Daily reading");
  g_signal_connect (source, "changed", G_CALLBACK (count_cb), &n_changed);
  rp_daily_reminder_source_set_time_zone (source, new_york);
  g_assert_cmpuint (n_changed, ==, 1);
  rp_daily_reminder_source_set_time_zone (source, new_york);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Off by default. */
  g_assert_cmpint (rp_daily_reminder_source_get_minute_of_day (source), ==, -1);
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 0);
  g_clear_pointer (&reminders, g_ptr_array_unref);

  rp_daily_reminder_source_set_minute_of_day (source, 7 * 60 + 30);
  g_assert_cmpuint (n_changed, ==, 2);
  rp_daily_reminder_source_set_minute_of_day (source, 7 * 60 + 30);
  g_assert_cmpuint (n_changed, ==, 2);

  /* 15 June's is past but useful until midnight; 18 June's is due before
   * @until. */
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 4);
  for (guint i = 0; i < reminders->len; i++)
    {
      g_autofree char *expected_due = g_strdup_printf ("2026-06-%02uT11:30:00Z", 15 + i);
      g_autofree char *expected_end = g_strdup_printf ("2026-06-%02uT04:00:00Z", 16 + i);
      g_autofree char *expected_occurrence = g_strdup_printf ("2026-06-%02uT07:30", 15 + i);

      reminder = reminders->pdata[i];
      g_assert_cmpint (reminder->kind, ==, RP_REMINDER_READING);
      g_assert_cmpint (reminder->source_id, ==, 0);
      g_assert_cmpstr (reminder->title, ==, "Daily reading");
      g_assert_null (reminder->meeting);
      assert_utc (reminder->due, expected_due);
      g_assert_true (g_date_time_equal (reminder->due, reminder->event_start));
      assert_utc (reminder->event_end, expected_end);
      g_assert_cmpstr (reminder->occurrence, ==, expected_occurrence);
      g_assert_cmpint (g_date_get_day (&reminder->date), ==, 15 + i);
    }
  g_clear_pointer (&reminders, g_ptr_array_unref);

  /* In a plan at 08:00 the day's reading is due, late. */
  sources = sources_of (source);
  plan = rp_reminder_plan_new (sources, NULL, from);
  due = describe_due (plan, from);
  g_assert_cmpstr (due, ==, "reading:0:2026-06-15T07:30 late");
  assert_utc (rp_reminder_plan_get_next_due (plan), "2026-06-16T11:30:00Z");

  /* Another zone moves the instants: 07:30 BST is 06:30 UTC. */
  rp_daily_reminder_source_set_time_zone (source, london);
  g_assert_cmpuint (n_changed, ==, 3);
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 4);
  assert_utc (((RpReminder *) reminders->pdata[0])->due, "2026-06-15T06:30:00Z");
  assert_utc (((RpReminder *) reminders->pdata[0])->event_end, "2026-06-15T23:00:00Z");
  g_clear_pointer (&reminders, g_ptr_array_unref);

  /* Off again: nothing. */
  rp_daily_reminder_source_set_minute_of_day (source, -1);
  g_assert_cmpuint (n_changed, ==, 4);
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 0);
}

static void
test_daily_source_gap (void)
{
  g_autoptr(RpDailyReminderSource) source = NULL;
  g_autoptr(GTimeZone) new_york = zone ("America/New_York");
  g_autoptr(GDateTime) from = zoned ("America/New_York", 2026, 3, 8, 0, 30);
  g_autoptr(GDateTime) until = zoned ("America/New_York", 2026, 3, 8, 23, 0);
  g_autoptr(GPtrArray) reminders = NULL;
  const RpReminder *reminder;

  source = rp_daily_reminder_source_new (RP_REMINDER_CHECK_IN, 0, NULL);
  rp_daily_reminder_source_set_time_zone (source, new_york);
  rp_daily_reminder_source_set_minute_of_day (source, 2 * 60 + 30);

  /* 02:30 does not exist on 8 March: the offset from before the gap makes
   * it 07:30 UTC (03:30 EDT); the day still ends at midnight EDT. */
  reminders = collect (source, from, until);
  g_assert_cmpuint (reminders->len, ==, 1);
  reminder = reminders->pdata[0];
  assert_utc (reminder->due, "2026-03-08T07:30:00Z");
  assert_utc (reminder->event_end, "2026-03-09T04:00:00Z");
  g_assert_cmpstr (reminder->occurrence, ==, "2026-03-08T03:30");
  g_assert_cmpint (reminder->kind, ==, RP_REMINDER_CHECK_IN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminder-plan/missed-while-off", test_missed_while_off);
  g_test_add_func ("/reminder-plan/dedup", test_dedup);
  g_test_add_func ("/reminder-plan/snooze", test_snooze);
  g_test_add_func ("/reminder-plan/next-due", test_next_due);
  g_test_add_func ("/reminder-plan/daily", test_daily_source);
  g_test_add_func ("/reminder-plan/daily-gap", test_daily_source_gap);

  return g_test_run ();
}
