/* test-store-goals.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-goals"

#include "config.h"

#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's goals: saving with validation, the model, archive, delete and
 * Undo with the check-ins back; manual check-ins (a daily habit is done
 * or not, a weekly target counts each one); one-time goals done and
 * overdue; the automatic counts from seeded attendance, calls (sponsor or
 * not), readings and inventories by local day across the March change in
 * New York; an edited rule recounting; streaks across missed days; and 10
 * years of history counted in time. */

static GTimeZone *
new_york_zone (void)
{
  GTimeZone *zone = g_time_zone_new_identifier ("America/New_York");

  g_assert_nonnull (zone);
  return zone;
}

static GDateTime *
new_york (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GTimeZone) zone = new_york_zone ();

  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

static RpGoal *
add_goal (RpStore      *store,
          const char   *title,
          RpGoalKind    kind,
          RpGoalSource  source,
          const GDate  *start)
{
  g_autoptr(GError) error = NULL;
  RpGoal *goal = rp_goal_new (title, kind, start);

  rp_goal_set_source (goal, source);
  g_assert_true (rp_store_add_goal (store, goal, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_goal_get_id (goal), >, 0);

  return goal;
}

static void
check_in (RpStore *store,
          RpGoal  *goal,
          int      year,
          int      month,
          int      day)
{
  g_autoptr(GError) error = NULL;
  GDate date = rp_test_make_date (year, month, day);

  g_assert_true (rp_store_goal_check_in (store, rp_goal_get_id (goal), &date, &error));
  g_assert_no_error (error);
}

/* "YYYY-MM-DD:count" per day with a count, joined by ",". */
static char *
days_text (RpStore     *store,
           RpGoal      *goal,
           const GDate *first,
           const GDate *last)
{
  g_autoptr(GTimeZone) zone = new_york_zone ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = rp_store_get_goal_days (store, goal, first, last, zone, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (days);
  for (guint i = 0; i < days->len; i++)
    {
      const RpGoalCheckIn *day = &g_array_index (days, RpGoalCheckIn, i);

      g_string_append_printf (text, "%s%04d-%02d-%02d:%u", i > 0 ? "," : "",
                              g_date_get_year (&day->day), g_date_get_month (&day->day),
                              g_date_get_day (&day->day), day->count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_days (RpStore    *store,
             RpGoal     *goal,
             int         first_year,
             int         first_month,
             int         first_day,
             int         n_days,
             const char *expected)
{
  GDate first = rp_test_make_date (first_year, first_month, first_day);
  GDate last = first;
  g_autofree char *text = NULL;

  g_date_add_days (&last, n_days - 1);
  text = days_text (store, goal, &first, &last);
  g_assert_cmpstr (text, ==, expected);
}

static RpGoalStreak
streak_on (RpStore *store,
           RpGoal  *goal,
           int      year,
           int      month,
           int      day)
{
  g_autoptr(GTimeZone) zone = new_york_zone ();
  g_autoptr(GError) error = NULL;
  GDate today = rp_test_make_date (year, month, day);
  RpGoalStreak streak = { 0, };

  g_assert_true (rp_store_get_goal_streak (store, goal, &today, G_DATE_MONDAY, zone, &streak,
                                           &error));
  g_assert_no_error (error);

  return streak;
}

static void
test_validate (void)
{
  GDate start = rp_test_make_date (2026, 3, 2);
  GDate before = rp_test_make_date (2026, 3, 1);
  g_autoptr(RpGoal) goal = rp_goal_new ("  ", RP_GOAL_DAILY, &start);
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (201, 'a');
  RpGoalField field = RP_GOAL_FIELD_NONE;

  g_assert_false (rp_goal_validate (goal, &field, &error));
  g_assert_error (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID);
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_TITLE);
  g_clear_error (&error);

  rp_goal_set_title (goal, long_title);
  g_assert_false (rp_goal_validate (goal, &field, &error));
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_TITLE);
  g_clear_error (&error);

  rp_goal_set_title (goal, "Pray");
  g_assert_true (rp_goal_validate (goal, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_NONE);

  rp_goal_set_kind (goal, RP_GOAL_WEEKLY);
  rp_goal_set_weekly_target (goal, 0);
  g_assert_false (rp_goal_validate (goal, &field, &error));
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_WEEKLY_TARGET);
  g_clear_error (&error);
  rp_goal_set_weekly_target (goal, 100);
  g_assert_false (rp_goal_validate (goal, &field, NULL));
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_WEEKLY_TARGET);
  rp_goal_set_weekly_target (goal, 99);
  g_assert_true (rp_goal_validate (goal, NULL, NULL));

  rp_goal_set_kind (goal, RP_GOAL_ONCE);
  rp_goal_set_due_date (goal, &before);
  g_assert_false (rp_goal_validate (goal, &field, NULL));
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_DUE_DATE);
  rp_goal_set_due_date (goal, NULL);
  g_assert_true (rp_goal_validate (goal, NULL, NULL));

  rp_goal_set_start_date (goal, NULL);
  g_assert_false (rp_goal_validate (goal, &field, NULL));
  g_assert_cmpint (field, ==, RP_GOAL_FIELD_START_DATE);
}

static void
assert_rule (RpGoal     *goal,
             const char *expected)
{
  g_autofree char *rule = rp_goal_describe_rule (goal);

  g_assert_cmpstr (rule, ==, expected);
}

/* The rule and the streaks in words (the C locale). */
static void
test_describe (void)
{
  GDate start = rp_test_make_date (2026, 3, 2);
  GDate due = rp_test_make_date (2026, 12, 1);
  g_autoptr(RpGoal) goal = rp_goal_new ("Pray", RP_GOAL_DAILY, &start);
  RpGoalStreak streak = { 5, 12, 1, 1, TRUE };
  g_autofree char *text = NULL;

  assert_rule (goal, "Every day");
  text = rp_goal_describe_streak (goal, &streak);
  g_assert_cmpstr (text, ==, "5-day streak · best 12");
  g_clear_pointer (&text, g_free);

  rp_goal_set_kind (goal, RP_GOAL_WEEKLY);
  rp_goal_set_source (goal, RP_GOAL_SOURCE_MEETINGS);
  assert_rule (goal, "3 times a week · counts meetings attended");
  rp_goal_set_weekly_target (goal, 1);
  rp_goal_set_source (goal, RP_GOAL_SOURCE_SPONSOR_CALLS);
  assert_rule (goal, "1 time a week · counts calls and texts to your sponsor");
  text = rp_goal_describe_streak (goal, &streak);
  g_assert_cmpstr (text, ==, "5-week streak · best 12");
  g_clear_pointer (&text, g_free);

  /* Never a "0-day streak". */
  streak.current = 0;
  text = rp_goal_describe_streak (goal, &streak);
  g_assert_cmpstr (text, ==, "A new streak starts this week · best 12 weeks");
  g_clear_pointer (&text, g_free);
  rp_goal_set_kind (goal, RP_GOAL_DAILY);
  text = rp_goal_describe_streak (goal, &streak);
  g_assert_cmpstr (text, ==, "A new streak starts today · best 12 days");
  g_clear_pointer (&text, g_free);
  streak.longest = 0;
  text = rp_goal_describe_streak (goal, &streak);
  g_assert_cmpstr (text, ==, "No streak yet");
  g_clear_pointer (&text, g_free);

  rp_goal_set_kind (goal, RP_GOAL_ONCE);
  rp_goal_set_source (goal, RP_GOAL_SOURCE_MANUAL);
  assert_rule (goal, "One-time goal");
  rp_goal_set_due_date (goal, &due);
  assert_rule (goal, "By 1 December");
  rp_goal_set_completed_date (goal, &start);
  assert_rule (goal, "Done on 2 March");
}

static void
test_crud (RpTestStore   *f,
           gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2026, 3, 2);
  g_autoptr(RpGoal) pray = NULL;
  g_autoptr(RpGoal) meetings = NULL;
  g_autoptr(RpGoal) invalid = rp_goal_new ("", RP_GOAL_DAILY, &start);
  g_autoptr(RpGoal) edited = NULL;
  g_autoptr(RpGoal) removed = NULL;
  g_autoptr(GArray) removed_check_ins = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model = rp_store_get_goals (f->store);
  guint n_changed = 0;
  gint64 pray_id;

  g_signal_connect_swapped (f->store, "changed::goal", G_CALLBACK (rp_test_count_signal),
                            &n_changed);

  g_assert_false (rp_store_add_goal (f->store, invalid, &error));
  g_assert_error (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_changed, ==, 0);

  pray = add_goal (f->store, "Pray", RP_GOAL_DAILY, RP_GOAL_SOURCE_MANUAL, &start);
  meetings = add_goal (f->store, "Meetings", RP_GOAL_WEEKLY, RP_GOAL_SOURCE_MEETINGS, &start);
  pray_id = rp_goal_get_id (pray);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpint (rp_goal_get_position (pray), ==, 0);
  g_assert_cmpint (rp_goal_get_position (meetings), ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT weekly_target FROM goal WHERE title = 'Meetings'"),
                   ==, 3);

  /* The editor changes a copy; the model's item follows the save. */
  edited = rp_goal_copy (rp_store_find_goal (f->store, pray_id));
  rp_goal_set_title (edited, "Pray and meditate");
  g_assert_true (rp_store_update_goal (f->store, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rp_goal_get_title (rp_store_find_goal (f->store, pray_id)), ==,
                   "Pray and meditate");

  /* Archived goals go after the active ones. */
  g_assert_true (rp_store_set_goal_archived (f->store, pray_id, TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RpGoal) first = g_list_model_get_item (model, 0);
    g_autoptr(RpGoal) second = g_list_model_get_item (model, 1);

    g_assert_cmpstr (rp_goal_get_title (first), ==, "Meetings");
    g_assert_true (rp_goal_get_archived (second));
  }
  g_assert_true (rp_store_set_goal_archived (f->store, pray_id, FALSE, &error));

  /* Delete, then Undo: the same id, place and check-ins. */
  check_in (f->store, pray, 2026, 3, 2);
  check_in (f->store, pray, 2026, 3, 3);
  removed = rp_goal_copy (rp_store_find_goal (f->store, pray_id));
  g_assert_true (rp_store_delete_goal (f->store, pray_id, &removed_check_ins, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed_check_ins->len, ==, 2);
  g_assert_null (rp_store_find_goal (f->store, pray_id));
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM goal_check_in"), ==, 0);

  g_assert_false (rp_store_delete_goal (f->store, pray_id, NULL, &error));
  g_assert_error (error, RP_GOAL_ERROR, RP_GOAL_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (rp_store_restore_goal (f->store, removed, removed_check_ins, &error));
  g_assert_no_error (error);
  g_assert_nonnull (rp_store_find_goal (f->store, pray_id));
  g_assert_cmpint (rp_goal_get_position (rp_store_find_goal (f->store, pray_id)), ==, 0);
  assert_days (f->store, removed, 2026, 3, 1, 7, "2026-03-02:1,2026-03-03:1");

  /* Another process wrote: reload catches up and says so. */
  rp_test_exec (f->database, "UPDATE goal SET title = 'Renamed' WHERE title = 'Meetings'");
  n_changed = 0;
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (rp_goal_get_title (rp_store_find_goal (f->store, rp_goal_get_id (meetings))),
                   ==, "Renamed");
}

static void
test_check_ins (RpTestStore   *f,
                gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2026, 3, 2);
  GDate due = rp_test_make_date (2026, 3, 10);
  GDate done = rp_test_make_date (2026, 3, 9);
  GDate day = rp_test_make_date (2026, 3, 4);
  GDate today;
  g_autoptr(RpGoal) daily = add_goal (f->store, "Read", RP_GOAL_DAILY, RP_GOAL_SOURCE_MANUAL,
                                      &start);
  g_autoptr(RpGoal) weekly = add_goal (f->store, "Call", RP_GOAL_WEEKLY, RP_GOAL_SOURCE_MANUAL,
                                       &start);
  g_autoptr(RpGoal) once = rp_goal_new ("Buy the Big Book", RP_GOAL_ONCE, &start);
  g_autoptr(GArray) manual = NULL;
  g_autoptr(GError) error = NULL;
  RpGoal *saved;

  /* A daily habit is done or not done. */
  check_in (f->store, daily, 2026, 3, 4);
  check_in (f->store, daily, 2026, 3, 4);
  assert_days (f->store, daily, 2026, 3, 2, 7, "2026-03-04:1");
  g_assert_true (rp_store_goal_undo_check_in (f->store, rp_goal_get_id (daily), &day, &error));
  assert_days (f->store, daily, 2026, 3, 2, 7, "");
  g_assert_true (rp_store_goal_undo_check_in (f->store, rp_goal_get_id (daily), &day, &error));
  g_assert_no_error (error);

  /* A weekly target counts each check-in. */
  check_in (f->store, weekly, 2026, 3, 4);
  check_in (f->store, weekly, 2026, 3, 4);
  check_in (f->store, weekly, 2026, 3, 5);
  assert_days (f->store, weekly, 2026, 3, 2, 7, "2026-03-04:2,2026-03-05:1");
  manual = rp_store_get_goal_check_ins (f->store, rp_goal_get_id (weekly), &start, &due, &error);
  g_assert_cmpuint (manual->len, ==, 2);
  g_assert_true (rp_store_goal_undo_check_in (f->store, rp_goal_get_id (weekly), &day, &error));
  assert_days (f->store, weekly, 2026, 3, 2, 7, "2026-03-04:1,2026-03-05:1");
  {
    RpGoalStreak streak = streak_on (f->store, weekly, 2026, 3, 6);

    g_assert_cmpuint (streak.this_period_count, ==, 2);
    g_assert_cmpuint (streak.this_period_target, ==, 3);
    g_assert_false (streak.this_period_done);
  }

  /* A one-time goal is done, not checked in; overdue after its due day. */
  rp_goal_set_due_date (once, &due);
  g_assert_true (rp_store_add_goal (f->store, once, &error));
  g_assert_no_error (error);
  g_assert_false (rp_store_goal_check_in (f->store, rp_goal_get_id (once), &day, &error));
  g_assert_error (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID);
  g_clear_error (&error);

  saved = rp_store_find_goal (f->store, rp_goal_get_id (once));
  today = rp_test_make_date (2026, 3, 10);
  g_assert_false (rp_goal_is_overdue (saved, &today));
  today = rp_test_make_date (2026, 3, 11);
  g_assert_true (rp_goal_is_overdue (saved, &today));

  /* A changed goal is a new item of the model. */
  g_assert_true (rp_store_set_goal_completed (f->store, rp_goal_get_id (once), &done, &error));
  g_assert_no_error (error);
  saved = rp_store_find_goal (f->store, rp_goal_get_id (once));
  g_assert_false (rp_goal_is_overdue (saved, &today));
  g_assert_cmpint (g_date_get_day (rp_goal_get_completed_date (saved)), ==, 9);
  g_assert_true (streak_on (f->store, saved, 2026, 3, 11).this_period_done);

  g_assert_true (rp_store_set_goal_completed (f->store, rp_goal_get_id (once), NULL, &error));
  saved = rp_store_find_goal (f->store, rp_goal_get_id (once));
  g_assert_null (rp_goal_get_completed_date (saved));
  g_assert_true (rp_goal_is_overdue (saved, &today));
  g_assert_false (streak_on (f->store, saved, 2026, 3, 11).this_period_done);

  g_assert_false (rp_store_set_goal_completed (f->store, rp_goal_get_id (daily), &done, &error));
  g_assert_error (error, RP_GOAL_ERROR, RP_GOAL_ERROR_INVALID);
}

/* A sponsor (id 1), a friend (id 2) and a sponsor later deleted (id 3);
 * a meeting (id 1) with two attended occurrences and one missed. */
static void
seed (RpTestStore *f)
{
  g_autoptr(GError) error = NULL;
  struct { gint64 contact; int day, hour, minute; } calls[] = {
    { 1, 7, 23, 30 },  /* Saturday night */
    { 2, 8, 0, 30 },   /* Sunday, before the clocks go forward */
    { 1, 8, 23, 30 },  /* Sunday night: Monday already in UTC */
    { 3, 9, 12, 0 },
  };

  rp_test_exec (f->database,
                "INSERT INTO contact (id, display_name, role, position, email, created, updated)"
                " VALUES (1, 'S', 0, 0, 's@example.org', 'c', 'u'),"
                "        (2, 'F', 3, 1, 'f@example.org', 'c', 'u'),"
                "        (3, 'T', 0, 2, 't@example.org', 'c', 'u');"
                "INSERT INTO meeting (id, name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES (1, 'Home', 'FREQ=DAILY', '2026-03-01', '19:00', 60, 'UTC', 'c', 'u');"
                "INSERT INTO attendance (meeting_id, date, status, recorded)"
                " VALUES (1, '2026-03-07', 1, 'r'), (1, '2026-03-08', 0, 'r'),"
                "        (1, '2026-03-09', 1, 'r');"
                "INSERT INTO reading_log (reading_id, at)"
                " VALUES (7, '2026-03-08T04:30:00Z'), (8, '2026-03-08T05:30:00Z');"
                "INSERT INTO inventory (day, mood, created, updated)"
                " VALUES ('2026-03-08', 3, 'c', 'u'), ('2026-03-10', 4, 'c', 'u');");

  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      g_autoptr(GDateTime) at = new_york (2026, 3, calls[i].day, calls[i].hour, calls[i].minute);

      g_assert_true (rp_store_log_call (f->store, calls[i].contact, RP_CALL_KIND_CALL, at,
                                        &error));
      g_assert_no_error (error);
    }
}

static void
test_automatic (RpTestStore   *f,
                gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2026, 3, 1);
  g_autoptr(RpGoal) meetings = NULL;
  g_autoptr(RpGoal) calls = NULL;
  g_autoptr(RpGoal) sponsor = NULL;
  g_autoptr(RpGoal) readings = NULL;
  g_autoptr(RpGoal) inventory = NULL;
  g_autoptr(GError) error = NULL;

  seed (f);
  meetings = add_goal (f->store, "M", RP_GOAL_WEEKLY, RP_GOAL_SOURCE_MEETINGS, &start);
  calls = add_goal (f->store, "C", RP_GOAL_DAILY, RP_GOAL_SOURCE_CALLS, &start);
  sponsor = add_goal (f->store, "S", RP_GOAL_DAILY, RP_GOAL_SOURCE_SPONSOR_CALLS, &start);
  readings = add_goal (f->store, "R", RP_GOAL_DAILY, RP_GOAL_SOURCE_READINGS, &start);
  inventory = add_goal (f->store, "I", RP_GOAL_DAILY, RP_GOAL_SOURCE_INVENTORY, &start);

  /* Attended only (the 8th was missed). */
  assert_days (f->store, meetings, 2026, 3, 1, 14, "2026-03-07:1,2026-03-09:1");
  /* Local days in New York: Sunday the 8th is 23 hours long, and its
   * 23:30 is Monday 03:30 in UTC. */
  assert_days (f->store, calls, 2026, 3, 1, 14, "2026-03-07:1,2026-03-08:2,2026-03-09:1");
  assert_days (f->store, sponsor, 2026, 3, 1, 14, "2026-03-07:1,2026-03-08:1,2026-03-09:1");
  /* 04:30Z is 23:30 on the 7th (EST); 05:30Z is 00:30 on the 8th. */
  assert_days (f->store, readings, 2026, 3, 1, 14, "2026-03-07:1,2026-03-08:1");
  assert_days (f->store, inventory, 2026, 3, 1, 14, "2026-03-08:1,2026-03-10:1");
  /* A range holding part of the data only. */
  assert_days (f->store, calls, 2026, 3, 8, 1, "2026-03-08:2");

  /* Manual check-ins add to the automatic count of the day. */
  check_in (f->store, meetings, 2026, 3, 9);
  check_in (f->store, meetings, 2026, 3, 10);
  assert_days (f->store, meetings, 2026, 3, 1, 14, "2026-03-07:1,2026-03-09:2,2026-03-10:1");
  {
    RpGoalStreak streak = streak_on (f->store, meetings, 2026, 3, 11);

    /* Week of Monday the 9th: 3 of 3; the week before (from the start
     * date, Sunday the 1st, on) had 1. */
    g_assert_cmpuint (streak.this_period_count, ==, 3);
    g_assert_true (streak.this_period_done);
    g_assert_cmpuint (streak.current, ==, 1);
  }

  /* A sponsor who is deleted no longer counts as a sponsor call; the
   * calls still count for the support network. */
  rp_test_exec (f->database, "DELETE FROM contact WHERE id = 3");
  assert_days (f->store, sponsor, 2026, 3, 1, 14, "2026-03-07:1,2026-03-08:1");
  assert_days (f->store, calls, 2026, 3, 1, 14, "2026-03-07:1,2026-03-08:2,2026-03-09:1");

  /* An empty range. */
  {
    GDate first = rp_test_make_date (2026, 3, 9);
    GDate last = rp_test_make_date (2026, 3, 8);
    g_autofree char *text = days_text (f->store, calls, &first, &last);

    g_assert_cmpstr (text, ==, "");
  }
}

static void
test_edited_rule (RpTestStore   *f,
                  gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2026, 3, 2);  /* a Monday */
  GDate later_start = rp_test_make_date (2026, 3, 11);
  g_autoptr(RpGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  RpGoalStreak streak;

  seed (f);
  goal = add_goal (f->store, "Meditate", RP_GOAL_DAILY, RP_GOAL_SOURCE_MANUAL, &start);
  /* Mon 2 to Wed 4, a missed Thursday, Fri 6 to Tue 10 (today). */
  for (int day = 2; day <= 10; day++)
    if (day != 5)
      check_in (f->store, goal, 2026, 3, day);

  streak = streak_on (f->store, goal, 2026, 3, 10);
  g_assert_cmpuint (streak.current, ==, 5);
  g_assert_cmpuint (streak.longest, ==, 5);
  g_assert_true (streak.this_period_done);
  /* Today not yet done keeps yesterday's streak. */
  streak = streak_on (f->store, goal, 2026, 3, 11);
  g_assert_cmpuint (streak.current, ==, 5);
  g_assert_false (streak.this_period_done);
  /* A whole missed day breaks it. */
  streak = streak_on (f->store, goal, 2026, 3, 12);
  g_assert_cmpuint (streak.current, ==, 0);
  g_assert_cmpuint (streak.longest, ==, 5);

  /* Weekly, 7 times: the week of the 2nd has 6 (missed), the week of the
   * 9th 2 so far. */
  rp_goal_set_kind (goal, RP_GOAL_WEEKLY);
  rp_goal_set_weekly_target (goal, 7);
  g_assert_true (rp_store_update_goal (f->store, goal, &error));
  g_assert_no_error (error);
  streak = streak_on (f->store, goal, 2026, 3, 10);
  g_assert_cmpuint (streak.current, ==, 0);
  g_assert_cmpuint (streak.longest, ==, 0);
  g_assert_cmpuint (streak.this_period_count, ==, 2);
  g_assert_cmpuint (streak.this_period_target, ==, 7);

  /* 6 a week: the first week is done now. */
  rp_goal_set_weekly_target (goal, 6);
  g_assert_true (rp_store_update_goal (f->store, goal, &error));
  streak = streak_on (f->store, goal, 2026, 3, 10);
  g_assert_cmpuint (streak.current, ==, 1);
  g_assert_cmpuint (streak.longest, ==, 1);

  /* Counting meetings too: the 9th's attendance adds one this week. */
  rp_goal_set_source (goal, RP_GOAL_SOURCE_MEETINGS);
  g_assert_true (rp_store_update_goal (f->store, goal, &error));
  streak = streak_on (f->store, goal, 2026, 3, 10);
  g_assert_cmpuint (streak.this_period_count, ==, 3);

  /* A later start date drops what came before it. */
  rp_goal_set_start_date (goal, &later_start);
  rp_goal_set_kind (goal, RP_GOAL_DAILY);
  g_assert_true (rp_store_update_goal (f->store, goal, &error));
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM goal"
                                                   " WHERE weekly_target IS NULL"), ==, 1);
  streak = streak_on (f->store, goal, 2026, 3, 11);
  g_assert_cmpuint (streak.current, ==, 0);
  g_assert_cmpuint (streak.longest, ==, 0);
  streak = streak_on (f->store, goal, 2026, 3, 10);
  g_assert_cmpuint (streak.longest, ==, 0);
}

/* Ten years of a daily habit checked in every day, and as many calls,
 * readings and meetings: every goal's streak in well under a frame. */
static void
test_ten_years (RpTestStore   *f,
                gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2016, 3, 1);
  GDate today = rp_test_make_date (2026, 2, 27);
  g_autoptr(GTimeZone) zone = new_york_zone ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  RpGoalSource sources[] = {
    RP_GOAL_SOURCE_MANUAL, RP_GOAL_SOURCE_CALLS, RP_GOAL_SOURCE_READINGS,
    RP_GOAL_SOURCE_MEETINGS,
  };
  gint64 began;
  double elapsed_ms;
  guint n_days = (guint) g_date_days_between (&start, &today) + 1;

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    g_ptr_array_add (goals, add_goal (f->store, "G", RP_GOAL_DAILY, sources[i], &start));

  rp_test_exec (f->database,
                "INSERT INTO meeting (id, name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES (1, 'Home', 'FREQ=DAILY', '2016-03-01', '19:00', 60, 'UTC', 'c', 'u');"
                "WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 3650)"
                " INSERT INTO goal_check_in (goal_id, day, count)"
                "   SELECT 1, date ('2016-03-01', '+' || n || ' days'), 1 FROM d;"
                "WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 3650)"
                " INSERT INTO call_log (contact_id, kind, at)"
                "   SELECT 1, 0, strftime ('%Y-%m-%dT17:00:00Z', '2016-03-01', '+' || n || ' days')"
                "   FROM d;"
                "WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 3650)"
                " INSERT INTO reading_log (reading_id, at)"
                "   SELECT 1, strftime ('%Y-%m-%dT13:00:00Z', '2016-03-01', '+' || n || ' days')"
                "   FROM d;"
                "WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 3650)"
                " INSERT INTO attendance (meeting_id, date, status, recorded)"
                "   SELECT 1, date ('2016-03-01', '+' || n || ' days'), 1, 'r' FROM d;");

  began = g_get_monotonic_time ();
  for (guint i = 0; i < goals->len; i++)
    {
      RpGoalStreak streak = { 0, };

      g_assert_true (rp_store_get_goal_streak (f->store, g_ptr_array_index (goals, i), &today,
                                               G_DATE_MONDAY, zone, &streak, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (streak.current, ==, n_days);
      g_assert_cmpuint (streak.longest, ==, n_days);
    }
  elapsed_ms = (g_get_monotonic_time () - began) / 1000.0;
  g_test_message ("%u goals of %u days each counted in %.1f ms", goals->len, n_days, elapsed_ms);
  /* Generous for slow builders (sanitizers, valgrind); the figure on a
   * normal build is in the message above. */
  g_assert_cmpfloat (elapsed_ms, <, 500);
}

/* The streak is computed once per question and answered again from memory
 * until the store says anything changed: a row written behind the store's
 * back is not seen until rp_store_reload(), a check-in through the store
 * is seen at once, and an edited rule is a new question. */
static void
test_streak_cache (RpTestStore   *f,
                   gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2026, 3, 1);
  g_autoptr(RpGoal) goal = NULL;
  g_autoptr(RpGoal) weekly = NULL;
  g_autoptr(GError) error = NULL;

  goal = add_goal (f->store, "Pray", RP_GOAL_DAILY, RP_GOAL_SOURCE_MANUAL, &start);
  check_in (f->store, goal, 2026, 3, 9);
  g_assert_cmpuint (streak_on (f->store, goal, 2026, 3, 10).current, ==, 1);

  rp_test_exec (f->database, "INSERT INTO goal_check_in (goal_id, day) VALUES"
                             " ((SELECT id FROM goal), '2026-03-10')");
  g_assert_cmpuint (streak_on (f->store, goal, 2026, 3, 10).current, ==, 1);
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (streak_on (f->store, goal, 2026, 3, 10).current, ==, 2);

  check_in (f->store, goal, 2026, 3, 8);
  g_assert_cmpuint (streak_on (f->store, goal, 2026, 3, 10).current, ==, 3);

  /* Another day is another question. */
  g_assert_cmpuint (streak_on (f->store, goal, 2026, 3, 9).current, ==, 2);

  /* The same goal asked as an edited copy (the editor's): its own rule. */
  weekly = rp_goal_copy (goal);
  rp_goal_set_kind (weekly, RP_GOAL_WEEKLY);
  rp_goal_set_weekly_target (weekly, 3);
  /* The week of Monday the 9th: the 9th and the 10th. */
  g_assert_cmpuint (streak_on (f->store, weekly, 2026, 3, 10).this_period_count, ==, 2);
  g_assert_cmpuint (streak_on (f->store, weekly, 2026, 3, 10).this_period_target, ==, 3);
  g_assert_cmpuint (streak_on (f->store, goal, 2026, 3, 10).this_period_target, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "America/New_York", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  g_test_add_func ("/store/goals/validate", test_validate);
  g_test_add_func ("/store/goals/describe", test_describe);
  ADD ("/store/goals/crud", test_crud);
  ADD ("/store/goals/check-ins", test_check_ins);
  ADD ("/store/goals/automatic", test_automatic);
  ADD ("/store/goals/edited-rule", test_edited_rule);
  ADD ("/store/goals/ten-years", test_ten_years);
  ADD ("/store/goals/streak-cache", test_streak_cache);

  return g_test_run ();
}
