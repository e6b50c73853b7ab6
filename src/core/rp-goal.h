/* rp-goal.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-goal-streak.h"

G_BEGIN_DECLS

#define RP_GOAL_ERROR (rp_goal_error_quark ())

/**
 * RpGoalError:
 * @RP_GOAL_ERROR_INVALID: a field is missing or wrong (the message says
 *   which, and rp_goal_validate() names it)
 * @RP_GOAL_ERROR_NOT_FOUND: the goal is not (or no longer) saved
 */
typedef enum
{
  RP_GOAL_ERROR_INVALID,
  RP_GOAL_ERROR_NOT_FOUND,
} RpGoalError;

/* Stored as integers (goal.kind): never renumber. */
typedef enum
{
  RP_GOAL_DAILY = 0,
  RP_GOAL_WEEKLY = 1,
  RP_GOAL_ONCE = 2,
} RpGoalKind;

/**
 * RpGoalSource:
 *
 * What counts for a goal besides its manual check-ins. Stored as integers
 * (goal.source): never renumber.
 */
typedef enum
{
  RP_GOAL_SOURCE_MANUAL = 0,
  RP_GOAL_SOURCE_MEETINGS = 1,
  RP_GOAL_SOURCE_CALLS = 2,
  RP_GOAL_SOURCE_SPONSOR_CALLS = 3,
  RP_GOAL_SOURCE_READINGS = 4,
  RP_GOAL_SOURCE_INVENTORY = 5,
} RpGoalSource;

#define RP_GOAL_N_SOURCES 6

/**
 * RpGoalField:
 *
 * Which field rp_goal_validate() found wrong, so the editor can mark it.
 */
typedef enum
{
  RP_GOAL_FIELD_NONE,
  RP_GOAL_FIELD_TITLE,
  RP_GOAL_FIELD_KIND,
  RP_GOAL_FIELD_WEEKLY_TARGET,
  RP_GOAL_FIELD_SOURCE,
  RP_GOAL_FIELD_START_DATE,
  RP_GOAL_FIELD_DUE_DATE,
  RP_GOAL_FIELD_COMPLETED_DATE,
} RpGoalField;

#define RP_GOAL_MAX_TITLE_LENGTH 200
#define RP_GOAL_MAX_WEEKLY_TARGET 99

#define RP_TYPE_GOAL (rp_goal_get_type ())

G_DECLARE_FINAL_TYPE (RpGoal, rp_goal, RP, GOAL, GObject)

GQuark        rp_goal_error_quark          (void);

RpGoal       *rp_goal_new                  (const char   *title,
                                            RpGoalKind    kind,
                                            const GDate  *start_date);
RpGoal       *rp_goal_copy                 (RpGoal       *self);
gboolean      rp_goal_equal                (RpGoal       *a,
                                            RpGoal       *b);

/* Properties: "id", "title", "kind", "weekly-target", "source",
 * "start-date", "due-date", "completed-date" (GDate, NULL when unset),
 * "archived", "position". */
gint64        rp_goal_get_id               (RpGoal       *self);
const char   *rp_goal_get_title            (RpGoal       *self);
void          rp_goal_set_title            (RpGoal       *self,
                                            const char   *title);
RpGoalKind    rp_goal_get_kind             (RpGoal       *self);
void          rp_goal_set_kind             (RpGoal       *self,
                                            RpGoalKind    kind);
/* The N of "N times a week"; meaningful for weekly goals only. */
guint         rp_goal_get_weekly_target    (RpGoal       *self);
void          rp_goal_set_weekly_target    (RpGoal       *self,
                                            guint         weekly_target);
RpGoalSource  rp_goal_get_source           (RpGoal       *self);
void          rp_goal_set_source           (RpGoal       *self,
                                            RpGoalSource  source);
/* Dates: NULL (or an invalid GDate) when unset. */
const GDate  *rp_goal_get_start_date       (RpGoal       *self);
void          rp_goal_set_start_date       (RpGoal       *self,
                                            const GDate  *date);
const GDate  *rp_goal_get_due_date         (RpGoal       *self);
void          rp_goal_set_due_date         (RpGoal       *self,
                                            const GDate  *date);
const GDate  *rp_goal_get_completed_date   (RpGoal       *self);
void          rp_goal_set_completed_date   (RpGoal       *self,
                                            const GDate  *date);
gboolean      rp_goal_get_archived         (RpGoal       *self);
int           rp_goal_get_position         (RpGoal       *self);

gboolean      rp_goal_validate             (RpGoal       *self,
                                            RpGoalField  *out_field,
                                            GError      **error);

/* A one-time goal not done by its due date, as of @today. */
gboolean      rp_goal_is_overdue           (RpGoal       *self,
                                            const GDate  *today);

/* "Every day", "3 times a week · counts meetings attended", "By 1
 * December": the rule in words, for a row's subtitle. */
char         *rp_goal_describe_rule        (RpGoal       *self);
/* "5-day streak · best 12" (daily), "2-week streak · best 4" (weekly),
 * "Done" or "Not done yet" (one-time). */
char         *rp_goal_describe_streak      (RpGoal              *self,
                                            const RpGoalStreak  *streak);
char         *rp_goal_format_date          (const GDate  *date);

/* Only RpStore sets these. */
void          rp_goal_set_id               (RpGoal       *self,
                                            gint64        id);
void          rp_goal_set_archived         (RpGoal       *self,
                                            gboolean      archived);
void          rp_goal_set_position         (RpGoal       *self,
                                            int           position);

G_END_DECLS
