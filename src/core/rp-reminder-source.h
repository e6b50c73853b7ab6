/* rp-reminder-source.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-reminder.h"

G_BEGIN_DECLS

#define RP_TYPE_REMINDER_SOURCE (rp_reminder_source_get_type ())

G_DECLARE_INTERFACE (RpReminderSource, rp_reminder_source, RP, REMINDER_SOURCE, GObject)

/**
 * RpReminderSourceInterface:
 * @collect: append to @out (element-type #RpReminder, owned by @out) every
 *   reminder with @due before @until and @event_end after @from. Pure:
 *   no clock, no I/O; the same arguments give the same reminders.
 *
 * Everything that reminds implements this, and the planner asks each one:
 * meetings (#RpMeetingReminderSource), the daily reading and the daily
 * check-in (#RpDailyReminderSource), clean-time milestones (the progress
 * work adds a source of its own). A source emits ::changed when what it
 * would collect changed (its data or its settings), so the reminders
 * timer plans again.
 */
struct _RpReminderSourceInterface
{
  GTypeInterface parent_iface;

  void (*collect) (RpReminderSource *self,
                   GDateTime        *from,
                   GDateTime        *until,
                   GPtrArray        *out);
};

void rp_reminder_source_collect         (RpReminderSource *self,
                                         GDateTime        *from,
                                         GDateTime        *until,
                                         GPtrArray        *out);
void rp_reminder_source_emit_changed    (RpReminderSource *self);

G_END_DECLS
