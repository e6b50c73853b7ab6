/* test-goal-streak.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-goal-streak"

#include "config.h"

#include "rp-goal-streak.h"
#include "rp-test-util.h"

/* Goal streaks from day counts for an injected today: daily streaks across
 * missed days, the day and the week in progress, Monday and Sunday weeks,
 * edited rules recounting the history, duplicate days, counts after today
 * and before the start, a start in the future, a year end, a leap day and
 * a clock-change week. */

static const RpGoalStreakRule daily = { RP_GOAL_STREAK_DAILY, 0, G_DATE_MONDAY };

static RpGoalStreakRule
weekly (guint        target,
        GDateWeekday week_start)
{
  RpGoalStreakRule rule = { RP_GOAL_STREAK_WEEKLY, target, week_start };

  return rule;
}

static RpGoalCheckIn
check_in (int   year,
          int   month,
          int   day,
          guint count)
{
  RpGoalCheckIn entry;

  entry.day = rp_test_make_date (year, month, day);
  entry.count = count;

  return entry;
}

static GArray *
check_ins_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (RpGoalCheckIn));
}

static void
add (GArray *check_ins,
     int     year,
     int     month,
     int     day,
     guint   count)
{
  RpGoalCheckIn entry = check_in (year, month, day, count);

  g_array_append_val (check_ins, entry);
}

/* One count on each day from @first_day to @last_day of a month. */
static void
add_days (GArray *check_ins,
          int     year,
          int     month,
          int     first_day,
          int     last_day)
{
  for (int day = first_day; day <= last_day; day++)
    add (check_ins, year, month, day, 1);
}

static RpGoalStreak
compute (RpGoalStreakRule rule,
         GDate            start,
         GDate            today,
         GArray          *check_ins)
{
  return rp_goal_streak_compute (&rule, &start, &today,
                                 (const RpGoalCheckIn *) check_ins->data,
                                 check_ins->len);
}

static void
assert_streak (RpGoalStreak streak,
               guint        current,
               guint        longest,
               guint        this_period_count,
               guint        this_period_target,
               gboolean     this_period_done)
{
  g_assert_cmpuint (streak.current, ==, current);
  g_assert_cmpuint (streak.longest, ==, longest);
  g_assert_cmpuint (streak.this_period_count, ==, this_period_count);
  g_assert_cmpuint (streak.this_period_target, ==, this_period_target);
  g_assert_cmpint (streak.this_period_done, ==, this_period_done);
}

static void
test_daily_missed_days (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 3, 1);

  /* Four days, a miss, two days, a miss, one day. */
  add_days (check_ins, 2024, 3, 1, 4);
  add_days (check_ins, 2024, 3, 6, 7);
  add_days (check_ins, 2024, 3, 9, 9);

  assert_streak (compute (daily, start, rp_test_make_date (2024, 3, 10), check_ins),
                 1, 4, 0, 1, FALSE);
  /* March 10 is over and was missed. */
  assert_streak (compute (daily, start, rp_test_make_date (2024, 3, 11), check_ins),
                 0, 4, 0, 1, FALSE);
  /* On March 7 the second run was current. */
  assert_streak (compute (daily, start, rp_test_make_date (2024, 3, 7), check_ins),
                 2, 4, 1, 1, TRUE);
}

static void
test_daily_today (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 5, 1);
  GDate today = rp_test_make_date (2024, 5, 6);

  add_days (check_ins, 2024, 5, 1, 5);

  /* Not yet done today: yesterday's streak holds. */
  assert_streak (compute (daily, start, today, check_ins), 5, 5, 0, 1, FALSE);

  /* A count of 0 (say, a check-in taken back) is not done. */
  add (check_ins, 2024, 5, 6, 0);
  assert_streak (compute (daily, start, today, check_ins), 5, 5, 0, 1, FALSE);

  /* Done today: the streak grows by today. */
  add (check_ins, 2024, 5, 6, 1);
  assert_streak (compute (daily, start, today, check_ins), 6, 6, 1, 1, TRUE);
}

static void
test_weekly_week_start (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 1, 1);   /* a Monday */
  GDate today = rp_test_make_date (2024, 1, 24);  /* a Wednesday */

  /* Sunday and Monday pairs: the weeks a locale starts on pair them
   * differently. */
  add (check_ins, 2024, 1, 7, 1);
  add (check_ins, 2024, 1, 8, 1);
  add (check_ins, 2024, 1, 14, 1);
  add (check_ins, 2024, 1, 15, 1);
  add (check_ins, 2024, 1, 21, 1);
  add (check_ins, 2024, 1, 22, 1);

  /* Monday weeks: Jan 1–7 has 1 (short), Jan 8–14 and 15–21 have 2, and
   * Jan 22–28, in progress, has 1. */
  assert_streak (compute (weekly (2, G_DATE_MONDAY), start, today, check_ins),
                 2, 2, 1, 2, FALSE);

  /* Sunday weeks: Dec 31–Jan 6 is before any count but holds the start
   * date, so it breaks nothing; Jan 7–13, 14–20 and 21–27 have 2 each. */
  assert_streak (compute (weekly (2, G_DATE_SUNDAY), start, today, check_ins),
                 3, 3, 2, 2, TRUE);
}

static void
test_weekly_in_progress (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 1, 1);
  RpGoalStreakRule rule = weekly (3, G_DATE_MONDAY);

  add_days (check_ins, 2024, 1, 1, 3);
  add_days (check_ins, 2024, 1, 8, 10);
  add (check_ins, 2024, 1, 15, 1);

  /* Wednesday, and on the week's last day: below target, not broken. */
  assert_streak (compute (rule, start, rp_test_make_date (2024, 1, 17), check_ins),
                 2, 2, 1, 3, FALSE);
  assert_streak (compute (rule, start, rp_test_make_date (2024, 1, 21), check_ins),
                 2, 2, 1, 3, FALSE);

  /* The next Monday: that week ended short, a new one begins. */
  assert_streak (compute (rule, start, rp_test_make_date (2024, 1, 22), check_ins),
                 0, 2, 0, 3, FALSE);

  /* Reaching the target on Thursday extends the streak. */
  add (check_ins, 2024, 1, 18, 2);
  assert_streak (compute (rule, start, rp_test_make_date (2024, 1, 18), check_ins),
                 3, 3, 3, 3, TRUE);
}

static void
test_edited_rule_recounts (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 2, 5);   /* a Monday */
  GDate today = rp_test_make_date (2024, 2, 27);  /* a Tuesday */

  add_days (check_ins, 2024, 2, 5, 7);    /* week of Feb 5: 3 */
  add (check_ins, 2024, 2, 12, 1);        /* week of Feb 12: 2 */
  add (check_ins, 2024, 2, 14, 1);
  add_days (check_ins, 2024, 2, 19, 21);  /* week of Feb 19: 3 */
  add (check_ins, 2024, 2, 26, 1);        /* week of Feb 26: 1 so far */

  assert_streak (compute (weekly (3, G_DATE_MONDAY), start, today, check_ins),
                 1, 1, 1, 3, FALSE);
  /* 3 a week → 2 a week: the week of Feb 12 is now done. */
  assert_streak (compute (weekly (2, G_DATE_MONDAY), start, today, check_ins),
                 3, 3, 1, 2, FALSE);
  assert_streak (compute (weekly (1, G_DATE_MONDAY), start, today, check_ins),
                 4, 4, 1, 1, TRUE);
  /* Weekly → daily: counted in days, Feb 5–7 and 19–21 the longest. */
  assert_streak (compute (daily, start, today, check_ins),
                 1, 3, 0, 1, FALSE);
  /* And back: nothing of the earlier rules lingers. */
  assert_streak (compute (weekly (3, G_DATE_MONDAY), start, today, check_ins),
                 1, 1, 1, 3, FALSE);
}

static void
test_duplicates_summed (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 1, 1);
  GDate today = rp_test_make_date (2024, 1, 16);
  RpGoalCheckIn invalid = { 0, };

  /* Out of order, days named more than once, and an entry without a date
   * that is skipped. */
  add (check_ins, 2024, 1, 10, 1);
  add (check_ins, 2024, 1, 2, 2);
  add (check_ins, 2024, 1, 16, 2);
  add (check_ins, 2024, 1, 10, 1);
  g_date_clear (&invalid.day, 1);
  invalid.count = 5;
  g_array_append_val (check_ins, invalid);
  add (check_ins, 2024, 1, 2, 1);
  add (check_ins, 2024, 1, 10, 1);
  add (check_ins, 2024, 1, 16, 0);

  assert_streak (compute (weekly (3, G_DATE_MONDAY), start, today, check_ins),
                 2, 2, 2, 3, FALSE);
  /* A day's counts add up for a daily goal too. */
  assert_streak (compute (daily, start, today, check_ins),
                 1, 1, 2, 1, TRUE);
}

static void
test_after_today_ignored (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 5, 1);

  add_days (check_ins, 2024, 5, 1, 10);

  assert_streak (compute (daily, start, rp_test_make_date (2024, 5, 5), check_ins),
                 5, 5, 1, 1, TRUE);
  /* On Wednesday May 1, the counts of Thursday to Sunday in the same
   * Monday week would reach the target: they are not in yet. */
  assert_streak (compute (weekly (2, G_DATE_MONDAY), start, rp_test_make_date (2024, 5, 1),
                          check_ins),
                 0, 0, 1, 2, FALSE);
}

static void
test_start_date (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  g_autoptr(GArray) none = check_ins_new ();
  GDate today = rp_test_make_date (2024, 5, 12);
  GDate start;

  add_days (check_ins, 2024, 5, 1, 7);
  add_days (check_ins, 2024, 5, 10, 12);

  /* A start in the future: nothing counts yet. */
  start = rp_test_make_date (2024, 5, 13);
  assert_streak (compute (daily, start, today, check_ins), 0, 0, 0, 1, FALSE);
  assert_streak (compute (weekly (3, G_DATE_MONDAY), start, today, check_ins),
                 0, 0, 0, 3, FALSE);

  /* No check-ins at all. */
  start = rp_test_make_date (2024, 5, 1);
  assert_streak (compute (daily, start, today, none), 0, 0, 0, 1, FALSE);
  assert_streak (compute (weekly (3, G_DATE_MONDAY), start, today, none),
                 0, 0, 0, 3, FALSE);
  g_assert_cmpuint (rp_goal_streak_compute (&daily, &start, &today, NULL, 0).longest, ==, 0);

  /* Counts before the start are not history, nor are the days before it
   * misses: May 1–7 would be the longest run. */
  start = rp_test_make_date (2024, 5, 10);
  assert_streak (compute (daily, start, today, check_ins), 3, 3, 1, 1, TRUE);
}

static void
test_start_mid_week (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 1, 10);  /* a Wednesday */
  GDate today = rp_test_make_date (2024, 1, 16);
  RpGoalStreakRule rule = weekly (2, G_DATE_MONDAY);

  /* The week of the start counts from the start date only: Monday and
   * Tuesday are not the goal's. */
  add (check_ins, 2024, 1, 8, 1);
  add (check_ins, 2024, 1, 9, 1);
  add (check_ins, 2024, 1, 11, 1);
  add (check_ins, 2024, 1, 15, 1);
  add (check_ins, 2024, 1, 16, 1);
  assert_streak (compute (rule, start, today, check_ins), 1, 1, 2, 2, TRUE);

  add (check_ins, 2024, 1, 12, 1);
  assert_streak (compute (rule, start, today, check_ins), 2, 2, 2, 2, TRUE);
}

static void
test_year_end_and_leap_day (void)
{
  g_autoptr(GArray) year_end = check_ins_new ();
  g_autoptr(GArray) leap = check_ins_new ();
  g_autoptr(GArray) common = check_ins_new ();
  g_autoptr(GArray) missed_leap_day = check_ins_new ();
  g_autoptr(GArray) weeks = check_ins_new ();

  add_days (year_end, 2023, 12, 29, 31);
  add_days (year_end, 2024, 1, 1, 2);
  assert_streak (compute (daily, rp_test_make_date (2023, 12, 1),
                          rp_test_make_date (2024, 1, 2), year_end),
                 5, 5, 1, 1, TRUE);

  add_days (leap, 2024, 2, 27, 29);
  add (leap, 2024, 3, 1, 1);
  assert_streak (compute (daily, rp_test_make_date (2024, 2, 1),
                          rp_test_make_date (2024, 3, 1), leap),
                 4, 4, 1, 1, TRUE);

  /* 2023 has no February 29: the 28th and March 1 are consecutive. */
  add_days (common, 2023, 2, 27, 28);
  add (common, 2023, 3, 1, 1);
  assert_streak (compute (daily, rp_test_make_date (2023, 2, 1),
                          rp_test_make_date (2023, 3, 1), common),
                 3, 3, 1, 1, TRUE);

  /* In 2024 it exists, and skipping it is a miss. */
  add_days (missed_leap_day, 2024, 2, 27, 28);
  add (missed_leap_day, 2024, 3, 1, 1);
  assert_streak (compute (daily, rp_test_make_date (2024, 2, 1),
                          rp_test_make_date (2024, 3, 1), missed_leap_day),
                 1, 2, 1, 1, TRUE);

  /* Monday weeks Dec 23–29, 2024 and Dec 30–Jan 5, 2025 straddle the year
   * end without a break; Jan 6–12 is in progress. */
  add (weeks, 2024, 12, 24, 1);
  add (weeks, 2024, 12, 26, 1);
  add (weeks, 2024, 12, 31, 1);
  add (weeks, 2025, 1, 2, 1);
  assert_streak (compute (weekly (2, G_DATE_MONDAY), rp_test_make_date (2024, 12, 23),
                          rp_test_make_date (2025, 1, 7), weeks),
                 2, 2, 0, 2, FALSE);
}

static void
test_clock_change_week (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2024, 3, 25);

  /* Europe's clocks went forward on Sunday March 31, 2024: periods are
   * dates, so that 23-hour day is a day like any other. */
  add_days (check_ins, 2024, 3, 25, 31);
  add (check_ins, 2024, 4, 1, 1);

  assert_streak (compute (daily, start, rp_test_make_date (2024, 4, 1), check_ins),
                 8, 8, 1, 1, TRUE);
  assert_streak (compute (weekly (7, G_DATE_MONDAY), start, rp_test_make_date (2024, 4, 1),
                          check_ins),
                 1, 1, 1, 7, FALSE);
}

static void
test_long_history (void)
{
  g_autoptr(GArray) check_ins = check_ins_new ();
  GDate start = rp_test_make_date (2014, 1, 1);
  GDate today = rp_test_make_date (2023, 12, 31);
  GDate day = today;
  guint n_days = g_date_days_between (&start, &today) + 1;

  /* Ten years of daily check-ins, newest first. */
  while (g_date_compare (&day, &start) >= 0)
    {
      RpGoalCheckIn entry = { day, 1 };

      g_array_append_val (check_ins, entry);
      g_date_subtract_days (&day, 1);
    }

  assert_streak (compute (daily, start, today, check_ins), n_days, n_days, 1, 1, TRUE);
  /* 2014-01-01 is a Wednesday: that partial week holds 5 days, and every
   * week after it (the last ends on Sunday 2023-12-31) holds 7. */
  assert_streak (compute (weekly (5, G_DATE_MONDAY), start, today, check_ins),
                 (n_days - 5) / 7 + 1, (n_days - 5) / 7 + 1, 7, 5, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/goal-streak/daily-missed-days", test_daily_missed_days);
  g_test_add_func ("/goal-streak/daily-today", test_daily_today);
  g_test_add_func ("/goal-streak/weekly-week-start", test_weekly_week_start);
  g_test_add_func ("/goal-streak/weekly-in-progress", test_weekly_in_progress);
  g_test_add_func ("/goal-streak/edited-rule-recounts", test_edited_rule_recounts);
  g_test_add_func ("/goal-streak/duplicates-summed", test_duplicates_summed);
  g_test_add_func ("/goal-streak/after-today-ignored", test_after_today_ignored);
  g_test_add_func ("/goal-streak/start-date", test_start_date);
  g_test_add_func ("/goal-streak/start-mid-week", test_start_mid_week);
  g_test_add_func ("/goal-streak/year-end-and-leap-day", test_year_end_and_leap_day);
  g_test_add_func ("/goal-streak/clock-change-week", test_clock_change_week);
  g_test_add_func ("/goal-streak/long-history", test_long_history);

  return g_test_run ();
}
