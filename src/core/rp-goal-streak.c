/* rp-goal-streak.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-goal-streak"

#include "config.h"

#include "rp-goal-streak.h"

/* A goal's streaks, worked out afresh from its rule and its day counts
 * every time. Nothing is kept between calls, so editing a rule (daily to
 * weekly, 3 a week to 2) recounts the whole history by itself. The store
 * gathers the counts (check-ins and what the goal counts automatically);
 * the Progress and Today pages show the result.
 *
 * The rules:
 * - a period is a day (daily goals) or a week from the rule's week start
 *   (weekly goals); dates only, so clock changes do not matter;
 * - the history starts on the start date: counts before it, and counts
 *   after today, are ignored;
 * - a missed period breaks a streak, except the period still in progress
 *   (today, this week): the current streak ends with the last completed
 *   period, and includes the current one once it is done. The week holding
 *   the start date counts only what was done from the start date on; it
 *   cannot break anything, as nothing comes before it. */

typedef struct
{
  gint64 period;
  guint count;
} DayCount;

typedef struct
{
  gint64 current_period;
  gint64 step;
  guint64 target;
  gint64 last_done_period;
  guint run;
  guint run_to_previous; /* the run ending with the period before the current one */
  guint run_to_current;
  RpGoalStreak streak;
} Walk;

/* A key per period, growing by 1 a day (daily) or by 7 a week (weekly: the
 * Julian day of the week's first day). Signed, as the first day of the
 * week holding January 1 of year 1 may come before Julian day 1. */
static gint64
period_of (const RpGoalStreakRule *rule,
           const GDate            *day)
{
  gint64 julian = g_date_get_julian (day);
  int days_into_week;

  if (rule->kind == RP_GOAL_STREAK_DAILY)
    return julian;

  days_into_week = ((int) g_date_get_weekday (day) - (int) rule->week_start + 7) % 7;

  return julian - days_into_week;
}

static int
compare_day_counts (gconstpointer a,
                    gconstpointer b)
{
  const DayCount *day_a = a;
  const DayCount *day_b = b;

  return (day_a->period > day_b->period) - (day_a->period < day_b->period);
}

static void
close_period (Walk    *walk,
              gint64   period,
              guint64  total)
{
  gboolean done = total >= walk->target;

  if (period == walk->current_period)
    {
      walk->streak.this_period_count = (guint) MIN (total, G_MAXUINT);
      walk->streak.this_period_done = done;
    }

  if (!done)
    return;

  if (walk->run > 0 && walk->last_done_period == period - walk->step)
    walk->run++;
  else
    walk->run = 1;
  walk->last_done_period = period;
  walk->streak.longest = MAX (walk->streak.longest, walk->run);

  if (period == walk->current_period)
    walk->run_to_current = walk->run;
  else if (period == walk->current_period - walk->step)
    walk->run_to_previous = walk->run;
}

/**
 * rp_goal_streak_compute:
 * @rule: what makes a period done
 * @start_date: the goal's first day
 * @today: the user's local date
 * @check_ins: (array length=n_check_ins) (nullable): the day counts, in any
 *   order; entries with an invalid day are skipped
 * @n_check_ins: the number of @check_ins
 *
 * Works out a goal's streaks and this period's progress. A start date
 * after @today gives zero streaks and no progress.
 *
 * Returns: the streaks and this period's progress
 */
RpGoalStreak
rp_goal_streak_compute (const RpGoalStreakRule *rule,
                        const GDate            *start_date,
                        const GDate            *today,
                        const RpGoalCheckIn    *check_ins,
                        gsize                   n_check_ins)
{
  RpGoalStreak empty = { 0, };
  g_autoptr(GArray) days = NULL;
  guint32 first_julian;
  guint32 today_julian;
  Walk walk = { 0, };
  guint i;

  g_return_val_if_fail (rule != NULL, empty);
  g_return_val_if_fail (rule->kind == RP_GOAL_STREAK_DAILY
                        || rule->kind == RP_GOAL_STREAK_WEEKLY, empty);
  g_return_val_if_fail (rule->kind == RP_GOAL_STREAK_DAILY
                        || (rule->weekly_target >= 1
                            && g_date_valid_weekday (rule->week_start)), empty);
  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), empty);
  g_return_val_if_fail (today != NULL && g_date_valid (today), empty);
  g_return_val_if_fail (check_ins != NULL || n_check_ins == 0, empty);

  walk.step = rule->kind == RP_GOAL_STREAK_DAILY ? 1 : 7;
  walk.target = rule->kind == RP_GOAL_STREAK_DAILY ? 1 : rule->weekly_target;
  walk.current_period = period_of (rule, today);
  walk.streak.this_period_target = (guint) walk.target;

  first_julian = g_date_get_julian (start_date);
  today_julian = g_date_get_julian (today);
  if (first_julian > today_julian)
    return walk.streak;

  days = g_array_sized_new (FALSE, FALSE, sizeof (DayCount), n_check_ins);
  for (gsize j = 0; j < n_check_ins; j++)
    {
      const RpGoalCheckIn *check_in = &check_ins[j];
      guint32 julian;
      DayCount day;

      if (!g_date_valid (&check_in->day) || check_in->count == 0)
        continue;
      julian = g_date_get_julian (&check_in->day);
      if (julian < first_julian || julian > today_julian)
        continue;

      day.period = period_of (rule, &check_in->day);
      day.count = check_in->count;
      g_array_append_val (days, day);
    }
  g_array_sort (days, compare_day_counts);

  /* Sum each period's counts, then walk the periods in date order. A
   * period without any count is a gap the runs notice by their keys. */
  for (i = 0; i < days->len;)
    {
      gint64 period = g_array_index (days, DayCount, i).period;
      guint64 total = 0;

      for (; i < days->len && g_array_index (days, DayCount, i).period == period; i++)
        total += g_array_index (days, DayCount, i).count;

      close_period (&walk, period, total);
    }

  walk.streak.current = walk.streak.this_period_done
                        ? walk.run_to_current
                        : walk.run_to_previous;

  return walk.streak;
}
