/* rp-daily-reminder-source.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-reminder-source.h"

G_BEGIN_DECLS

#define RP_TYPE_DAILY_REMINDER_SOURCE (rp_daily_reminder_source_get_type ())

G_DECLARE_FINAL_TYPE (RpDailyReminderSource, rp_daily_reminder_source,
                      RP, DAILY_REMINDER_SOURCE, GObject)

RpDailyReminderSource *rp_daily_reminder_source_new (RpReminderKind  kind,
                                                     gint64          source_id,
                                                     const char     *title);

int      rp_daily_reminder_source_get_minute_of_day (RpDailyReminderSource *self);
void     rp_daily_reminder_source_set_minute_of_day (RpDailyReminderSource *self,
                                                     int                    minute_of_day);
void     rp_daily_reminder_source_set_time_zone     (RpDailyReminderSource *self,
                                                     GTimeZone             *time_zone);

G_END_DECLS
