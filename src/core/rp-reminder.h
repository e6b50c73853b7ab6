/* rp-reminder.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-meeting.h"

G_BEGIN_DECLS

/**
 * RpReminderKind:
 * @RP_REMINDER_MEETING: before an occurrence of one of My meetings
 *   (source id: the meeting's id)
 * @RP_REMINDER_READING: the daily reading (source id: whatever the
 *   reading work chooses, e.g. the collection's id; 0 when there is one)
 * @RP_REMINDER_CHECK_IN: the daily check-in of the goals (source id 0)
 * @RP_REMINDER_MILESTONE: the morning of a clean-time milestone (source
 *   id: the recovery date's id)
 *
 * What a reminder is about. The value is stored (as its nick, see
 * rp_reminder_kind_to_string()): append only.
 */
typedef enum
{
  RP_REMINDER_MEETING,
  RP_REMINDER_READING,
  RP_REMINDER_CHECK_IN,
  RP_REMINDER_MILESTONE,
} RpReminderKind;

/* How long after its due moment a reminder counts as late: Reprieve was
 * not running, or the computer was asleep, when it was due. */
#define RP_REMINDER_LATE_AFTER (90 * G_TIME_SPAN_SECOND)

/* Snooze: one length, the notification's button says it. */
#define RP_REMINDER_SNOOZE_MINUTES 10

/* The lead time when Preferences has none. */
#define RP_REMINDER_DEFAULT_LEAD_MINUTES 30

/**
 * RpReminder:
 * @kind: what it is about
 * @source_id: which meeting, reading or recovery date (see #RpReminderKind)
 * @occurrence: which occurrence of it: "YYYY-MM-DDTHH:MM", the event's
 *   local date and wall time on its own clock (a meeting's zone; the
 *   user's for daily reminders), so that moving a meeting to another hour
 *   gets a new reminder while a restart never repeats one. With @kind and
 *   @source_id it is the key of the fired-reminder record.
 * @date: the event's local date (the key of a meeting's attendance)
 * @due: when to show it: the event's start minus the lead time, or the
 *   end of a snooze
 * @event_start: when the event starts (for daily reminders: @due)
 * @event_end: until when the reminder is useful: a meeting's end; the end
 *   of the local day for daily reminders and milestones. A reminder is
 *   never shown at or after it.
 * @lead_minutes: minutes between @due and @event_start when not snoozed
 * @meeting: (nullable): the meeting, for %RP_REMINDER_MEETING (a reference)
 * @title: (nullable): for other kinds, the text a non-private notification
 *   shows as its summary (already translated by the source)
 * @late: set by the plan: shown more than %RP_REMINDER_LATE_AFTER after
 *   @due
 * @snoozed: @due is the end of a snooze
 *
 * One reminder. A boxed type: copy with rp_reminder_copy().
 */
typedef struct
{
  RpReminderKind  kind;
  gint64          source_id;
  char           *occurrence;
  GDate           date;
  GDateTime      *due;
  GDateTime      *event_start;
  GDateTime      *event_end;
  int             lead_minutes;
  RpMeeting      *meeting;
  char           *title;
  gboolean        late;
  gboolean        snoozed;
} RpReminder;

/**
 * RpFiredReminderState:
 * @RP_FIRED_REMINDER_SHOWN: a notification was shown
 * @RP_FIRED_REMINDER_PENDING: it was due while no notification server was
 *   running: the window shows it when it is next opened
 * @RP_FIRED_REMINDER_SNOOZED: shown, then snoozed until @snoozed_until
 *
 * Stored: append only.
 */
typedef enum
{
  RP_FIRED_REMINDER_SHOWN,
  RP_FIRED_REMINDER_PENDING,
  RP_FIRED_REMINDER_SNOOZED,
} RpFiredReminderState;

/**
 * RpFiredReminder:
 * @kind: as in #RpReminder
 * @source_id: as in #RpReminder
 * @occurrence: as in #RpReminder
 * @event_start: when the event starts
 * @fired_at: when it was (last) shown or found undeliverable
 * @late: whether it was late
 * @state: shown, pending or snoozed
 * @snoozed_until: (nullable): when a snoozed reminder is due again
 *
 * The record that a reminder fired: what keeps it from firing twice. A
 * boxed type.
 */
typedef struct
{
  RpReminderKind        kind;
  gint64                source_id;
  char                 *occurrence;
  GDateTime            *event_start;
  GDateTime            *fired_at;
  gboolean              late;
  RpFiredReminderState  state;
  GDateTime            *snoozed_until;
} RpFiredReminder;

#define RP_TYPE_REMINDER (rp_reminder_get_type ())
#define RP_TYPE_FIRED_REMINDER (rp_fired_reminder_get_type ())

GType            rp_reminder_get_type          (void) G_GNUC_CONST;
RpReminder      *rp_reminder_new               (RpReminderKind     kind,
                                                gint64             source_id,
                                                GDateTime         *event_start,
                                                GTimeZone         *event_time_zone,
                                                GDateTime         *event_end,
                                                int                lead_minutes);
RpReminder      *rp_reminder_copy              (const RpReminder  *self);
void             rp_reminder_free              (RpReminder        *self);
char            *rp_reminder_dup_key           (const RpReminder  *self);
int              rp_reminder_compare           (const RpReminder  *a,
                                                const RpReminder  *b);

const char      *rp_reminder_kind_to_string    (RpReminderKind     kind);
gboolean         rp_reminder_kind_from_string  (const char        *text,
                                                RpReminderKind    *out_kind);
char            *rp_reminder_make_key          (RpReminderKind     kind,
                                                gint64             source_id,
                                                const char        *occurrence);

void             rp_reminder_format            (const RpReminder  *self,
                                                gboolean           private_text,
                                                GDateTime         *now,
                                                GTimeZone         *viewer_time_zone,
                                                char             **out_summary,
                                                char             **out_body);

GType            rp_fired_reminder_get_type    (void) G_GNUC_CONST;
RpFiredReminder *rp_fired_reminder_copy        (const RpFiredReminder *self);
void             rp_fired_reminder_free        (RpFiredReminder       *self);
char            *rp_fired_reminder_dup_key     (const RpFiredReminder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpReminder, rp_reminder_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpFiredReminder, rp_fired_reminder_free)

G_END_DECLS
