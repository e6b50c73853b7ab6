/* rp-reminders-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What rp-reminders.c and rp-reminders-timer.c share. */

#pragma once

#include "rp-daily-reminder-source.h"
#include "rp-milestone-reminder-source.h"
#include "rp-reminders.h"
#include "rp-time-watch.h"

G_BEGIN_DECLS

struct _RpReminders
{
  GObject                  parent_instance;

  RpStore                 *store;
  RpClock                 *clock;
  RpNotifier              *notifier;
  RpMeetingReminderSource *meeting_source;
  RpDailyReminderSource   *reading_source;   /* made by bind_settings */
  RpMilestoneReminderSource *milestone_source; /* made by bind_settings */
  RpDailyReminderSource   *check_in_source;  /* made by bind_settings */
  GPtrArray               *sources;          /* RpReminderSource */

  /* What the notifications on screen are about, so that their actions
   * can act on them: key → RpReminder. */
  GHashTable              *shown;

  GDateTime               *wake_up;
  GDateTime               *last_forget;
  guint                    plan_idle_id;

  int                      timer_fd;
  guint                    timer_source_id;

  RpTimeWatch             *time_watch;

  guint                    private_text : 1;
  guint                    told_no_server : 1;
};

/* Arms the one timer for self->wake_up (rp-reminders-timer.c); when it
 * fires, rp_reminders_plan() runs. */
void rp_reminders_arm_timer (RpReminders *self);

G_END_DECLS
