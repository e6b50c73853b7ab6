/* rp-reminders.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-clock.h"
#include "rp-meeting-reminder-source.h"
#include "rp-notifier.h"
#include "rp-reminder-source.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* The actions a reminder's notification may offer. */
#define RP_REMINDER_ACTION_OPEN         "open"
#define RP_REMINDER_ACTION_SNOOZE       "snooze"
#define RP_REMINDER_ACTION_GOING        "going"
#define RP_REMINDER_ACTION_JOIN         "join"
#define RP_REMINDER_ACTION_CALL_SPONSOR "call-sponsor"

#define RP_TYPE_REMINDERS (rp_reminders_get_type ())

G_DECLARE_FINAL_TYPE (RpReminders, rp_reminders, RP, REMINDERS, GObject)

RpReminders             *rp_reminders_new                (RpStore          *store,
                                                          RpClock          *clock,
                                                          RpNotifier       *notifier);
void                     rp_reminders_bind_settings      (RpReminders      *self,
                                                          GSettings        *settings);
void                     rp_reminders_add_source         (RpReminders      *self,
                                                          RpReminderSource *source);
RpMeetingReminderSource *rp_reminders_get_meeting_source (RpReminders      *self);
gboolean                 rp_reminders_get_private        (RpReminders      *self);
void                     rp_reminders_set_private        (RpReminders      *self,
                                                          gboolean          private_text);
void                     rp_reminders_plan               (RpReminders      *self);
GDateTime               *rp_reminders_get_wake_up        (RpReminders      *self);

G_END_DECLS
