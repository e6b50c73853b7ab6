/* rp-goal-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_GOAL_ROW (rp_goal_row_get_type ())

G_DECLARE_FINAL_TYPE (RpGoalRow, rp_goal_row, RP, GOAL_ROW, AdwActionRow)

/* @with_menu: a menu of Edit…, History, Archive (or Restore) and Delete,
 * whose actions ("goals.edit" and so on, with the goal's id) an ancestor
 * installs. */
GtkWidget *rp_goal_row_new      (RpGoal       *goal,
                                 gboolean      with_menu);
RpGoal    *rp_goal_row_get_goal (RpGoalRow    *self);
/* Shows @goal (the same id, perhaps a new item of the model) as of @today:
 * its rule, streaks, this week's (or the last 7 days') progress and
 * whether today is checked in. Check-ins made with the row's button go
 * to @store for @today. */
void       rp_goal_row_update   (RpGoalRow    *self,
                                 RpGoal       *goal,
                                 RpStore      *store,
                                 const GDate  *today,
                                 GDateWeekday  week_start,
                                 GTimeZone    *time_zone);

/* Makes @rows (RpGoalRow widgets in @container, a GtkListBox or an
 * AdwExpanderRow) show @goals, in order, as of @today. The rows stay while
 * the goals are the same ones, so a check-in keeps the focus on its
 * button; otherwise they are made again. */
void       rp_goal_rows_sync    (GPtrArray    *rows,
                                 GPtrArray    *goals,
                                 GtkWidget    *container,
                                 gboolean      with_menu,
                                 RpStore      *store,
                                 const GDate  *today,
                                 GDateWeekday  week_start,
                                 GTimeZone    *zone);

G_END_DECLS
