/* rp-store-goals.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-goal.h"
#include "rp-goal-streak.h"

G_BEGIN_DECLS

/* Included from rp-store.h (RpStore is declared there). */
typedef struct _RpStore RpStore;

/* Goals (rp-store-goals.c). The goals model holds every RpGoal, the
 * active ones first in the user's order, then the archived ones; it is
 * read on first use. Writes emit `changed::goal`. Counts and streaks are
 * worked out afresh on every call, from the manual check-ins and the
 * goal's automatic source: nothing is cached, so an edited rule recounts
 * the whole history. Those counts also change with `changed::attendance`,
 * `changed::call-log`, `changed::reading-log` and `changed::inventory`. */
GListModel *rp_store_get_goals             (RpStore              *self);
RpGoal     *rp_store_find_goal             (RpStore              *self,
                                            gint64                goal_id);
/* Saves a new goal at the end; sets its id and position. */
gboolean    rp_store_add_goal              (RpStore              *self,
                                            RpGoal               *goal,
                                            GError              **error);
gboolean    rp_store_update_goal           (RpStore              *self,
                                            RpGoal               *goal,
                                            GError              **error);
/* @out_check_ins: (out) (optional) (element-type RpGoalCheckIn): the
 * manual check-ins deleted with it, for rp_store_restore_goal(). */
gboolean    rp_store_delete_goal           (RpStore              *self,
                                            gint64                goal_id,
                                            GArray              **out_check_ins,
                                            GError              **error);
/* Undo of a delete: the same id and place, and its check-ins back. */
gboolean    rp_store_restore_goal          (RpStore              *self,
                                            RpGoal               *goal,
                                            GArray               *check_ins,
                                            GError              **error);
gboolean    rp_store_set_goal_archived     (RpStore              *self,
                                            gint64                goal_id,
                                            gboolean              archived,
                                            GError              **error);

/* A manual check-in on @day: a daily habit is done that day (again
 * changes nothing); a weekly target's day counts one more (up to 99).
 * One-time goals are completed instead (RP_GOAL_ERROR_INVALID). */
gboolean    rp_store_goal_check_in         (RpStore              *self,
                                            gint64                goal_id,
                                            const GDate          *day,
                                            GError              **error);
/* Takes one manual check-in of @day back (none is not an error). */
gboolean    rp_store_goal_undo_check_in    (RpStore              *self,
                                            gint64                goal_id,
                                            const GDate          *day,
                                            GError              **error);
/* The manual check-ins of [@first_day, @last_day], by day. */
GArray     *rp_store_get_goal_check_ins    (RpStore              *self,
                                            gint64                goal_id,
                                            const GDate          *first_day,
                                            const GDate          *last_day,
                                            GError              **error);
/* A one-time goal done on @day, or not done when @day is NULL. */
gboolean    rp_store_set_goal_completed    (RpStore              *self,
                                            gint64                goal_id,
                                            const GDate          *day,
                                            GError              **error);

GArray     *rp_store_get_goal_days         (RpStore              *self,
                                            RpGoal               *goal,
                                            const GDate          *first_day,
                                            const GDate          *last_day,
                                            GTimeZone            *time_zone,
                                            GError              **error);
gboolean    rp_store_get_goal_streak       (RpStore              *self,
                                            RpGoal               *goal,
                                            const GDate          *today,
                                            GDateWeekday          week_start,
                                            GTimeZone            *time_zone,
                                            RpGoalStreak         *out_streak,
                                            GError              **error);

G_END_DECLS
