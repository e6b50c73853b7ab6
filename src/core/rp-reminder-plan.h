/* rp-reminder-plan.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-reminder.h"
#include "rp-reminder-source.h"

G_BEGIN_DECLS

/* How far ahead a plan looks; with nothing due sooner, the timer wakes at
 * the horizon once to plan again. */
#define RP_REMINDER_PLAN_HORIZON (7 * G_TIME_SPAN_DAY)

typedef struct _RpReminderPlan RpReminderPlan;

#define RP_TYPE_REMINDER_PLAN (rp_reminder_plan_get_type ())

GType           rp_reminder_plan_get_type     (void) G_GNUC_CONST;
RpReminderPlan *rp_reminder_plan_new          (GPtrArray      *sources,
                                               GPtrArray      *fired,
                                               GDateTime      *now);
RpReminderPlan *rp_reminder_plan_ref          (RpReminderPlan *self);
void            rp_reminder_plan_unref        (RpReminderPlan *self);

GPtrArray      *rp_reminder_plan_get_due      (RpReminderPlan *self);
GDateTime      *rp_reminder_plan_get_next_due (RpReminderPlan *self);
GDateTime      *rp_reminder_plan_get_wake_up  (RpReminderPlan *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpReminderPlan, rp_reminder_plan_unref)

G_END_DECLS
