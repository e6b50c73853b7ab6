/* rp-milestone-reminder-source.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-reminder-source.h"

G_BEGIN_DECLS

/* The morning reminder's default time: 9:00. */
#define RP_MILESTONE_REMINDER_DEFAULT_MINUTE (9 * 60)

#define RP_TYPE_MILESTONE_REMINDER_SOURCE (rp_milestone_reminder_source_get_type ())

G_DECLARE_FINAL_TYPE (RpMilestoneReminderSource, rp_milestone_reminder_source,
                      RP, MILESTONE_REMINDER_SOURCE, GObject)

RpMilestoneReminderSource *rp_milestone_reminder_source_new   (GListModel                *recoveries);

/* Properties: "enabled", "minute-of-day", "time-zone". */
gboolean rp_milestone_reminder_source_get_enabled       (RpMilestoneReminderSource *self);
void     rp_milestone_reminder_source_set_enabled       (RpMilestoneReminderSource *self,
                                                         gboolean                   enabled);
int      rp_milestone_reminder_source_get_minute_of_day (RpMilestoneReminderSource *self);
void     rp_milestone_reminder_source_set_minute_of_day (RpMilestoneReminderSource *self,
                                                         int                        minute_of_day);
void     rp_milestone_reminder_source_set_time_zone     (RpMilestoneReminderSource *self,
                                                         GTimeZone                 *time_zone);

G_END_DECLS
