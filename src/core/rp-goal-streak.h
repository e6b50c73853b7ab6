/* rp-goal-streak.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RpGoalStreakKind:
 * @RP_GOAL_STREAK_DAILY: a day is done when its count is at least 1
 * @RP_GOAL_STREAK_WEEKLY: a week is done when its total reaches the
 *   weekly target
 */
typedef enum
{
  RP_GOAL_STREAK_DAILY,
  RP_GOAL_STREAK_WEEKLY,
} RpGoalStreakKind;

/**
 * RpGoalStreakRule:
 * @kind: daily or weekly
 * @weekly_target: the N of "N times a week", at least 1; unused for
 *   %RP_GOAL_STREAK_DAILY
 * @week_start: the first day of a week (%G_DATE_MONDAY, %G_DATE_SUNDAY, or
 *   any other weekday a locale starts its weeks on); unused for
 *   %RP_GOAL_STREAK_DAILY
 *
 * What makes a period done.
 */
typedef struct
{
  RpGoalStreakKind kind;
  guint weekly_target;
  GDateWeekday week_start;
} RpGoalStreakRule;

/**
 * RpGoalCheckIn:
 * @day: the local day counted
 * @count: how many times on that day (automatic and manual, merged)
 *
 * One day's count. An array of them may be in any order and name a day
 * more than once: the counts of a day are summed.
 */
typedef struct
{
  GDate day;
  guint count;
} RpGoalCheckIn;

/**
 * RpGoalStreak:
 * @current: the done periods in a row ending with the last completed
 *   period, plus the current period when it is already done
 * @longest: the longest run of done periods since the start date
 * @this_period_count: today's count (daily) or this week's total (weekly)
 * @this_period_target: 1 (daily) or the weekly target (weekly)
 * @this_period_done: whether the current period is already done
 *
 * Streaks are in days for a daily goal, in weeks for a weekly one.
 */
typedef struct
{
  guint current;
  guint longest;
  guint this_period_count;
  guint this_period_target;
  gboolean this_period_done;
} RpGoalStreak;

RpGoalStreak  rp_goal_streak_compute (const RpGoalStreakRule *rule,
                                      const GDate            *start_date,
                                      const GDate            *today,
                                      const RpGoalCheckIn    *check_ins,
                                      gsize                   n_check_ins);

G_END_DECLS
