/* rp-meeting-reminder-source.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-reminder-source.h"

G_BEGIN_DECLS

#define RP_TYPE_MEETING_REMINDER_SOURCE (rp_meeting_reminder_source_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingReminderSource, rp_meeting_reminder_source,
                      RP, MEETING_REMINDER_SOURCE, GObject)

RpMeetingReminderSource *rp_meeting_reminder_source_new (GListModel *meetings);

guint    rp_meeting_reminder_source_get_default_lead_minutes (RpMeetingReminderSource *self);
void     rp_meeting_reminder_source_set_default_lead_minutes (RpMeetingReminderSource *self,
                                                              guint                    minutes);
gboolean rp_meeting_reminder_source_get_enabled              (RpMeetingReminderSource *self);
void     rp_meeting_reminder_source_set_enabled              (RpMeetingReminderSource *self,
                                                              gboolean                 enabled);

G_END_DECLS
