/* rp-agenda.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-meeting.h"
#include "rp-store.h"

G_BEGIN_DECLS

/**
 * RpAgendaItem:
 * @meeting: the meeting (a reference)
 * @start: when it starts, in the viewer's time zone
 * @end: when it ends, in the viewer's time zone
 * @date: the occurrence's date in the meeting's own time zone: the key of
 *   its attendance and of its reminders
 * @time_zone_id: (nullable): the meeting's IANA zone when it is not the
 *   viewer's, so that views can label it; %NULL when they are the same
 *
 * One occurrence of one meeting, ready to show. A boxed type.
 */
typedef struct
{
  RpMeeting *meeting;
  GDateTime *start;
  GDateTime *end;
  GDate      date;
  char      *time_zone_id;
} RpAgendaItem;

/**
 * RpAgendaBucket:
 * @RP_AGENDA_BUCKET_PAST: ended at or before now
 * @RP_AGENDA_BUCKET_IN_PROGRESS: started at or before now, not ended
 * @RP_AGENDA_BUCKET_TODAY: starts later today (the viewer's day)
 * @RP_AGENDA_BUCKET_TOMORROW: starts tomorrow
 * @RP_AGENDA_BUCKET_LATER_THIS_WEEK: starts in the 2nd..6th day after
 *   today, the rest of a seven-day agenda
 * @RP_AGENDA_BUCKET_LATER: starts after that
 *
 * Where an agenda shows an occurrence, relative to now, by the viewer's
 * calendar days.
 */
typedef enum
{
  RP_AGENDA_BUCKET_PAST,
  RP_AGENDA_BUCKET_IN_PROGRESS,
  RP_AGENDA_BUCKET_TODAY,
  RP_AGENDA_BUCKET_TOMORROW,
  RP_AGENDA_BUCKET_LATER_THIS_WEEK,
  RP_AGENDA_BUCKET_LATER,
} RpAgendaBucket;

/**
 * RpDayMarks:
 * @RP_DAY_MARK_NONE: nothing that day
 * @RP_DAY_MARK_MEETING: at least one meeting starts that day
 * @RP_DAY_MARK_ATTENDED: the user went to at least one meeting that day
 *
 * What a month calendar shows on a day.
 */
typedef enum
{
  RP_DAY_MARK_NONE     = 0,
  RP_DAY_MARK_MEETING  = 1 << 0,
  RP_DAY_MARK_ATTENDED = 1 << 1,
} RpDayMarks;

/* The most days an agenda looks ahead (the command line's limit). */
#define RP_AGENDA_MAX_DAYS 366

#define RP_TYPE_AGENDA_ITEM (rp_agenda_item_get_type ())

GType           rp_agenda_item_get_type   (void) G_GNUC_CONST;
RpAgendaItem   *rp_agenda_item_copy       (const RpAgendaItem *self);
void            rp_agenda_item_free       (RpAgendaItem       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpAgendaItem, rp_agenda_item_free)

GPtrArray      *rp_agenda_collect         (GListModel         *meetings,
                                           GDateTime          *from,
                                           GDateTime          *to,
                                           GTimeZone          *viewer_time_zone);
GPtrArray      *rp_agenda_collect_array   (GPtrArray          *meetings,
                                           GDateTime          *from,
                                           GDateTime          *to,
                                           GTimeZone          *viewer_time_zone);
GPtrArray      *rp_agenda_upcoming        (GListModel         *meetings,
                                           GDateTime          *now,
                                           GTimeZone          *viewer_time_zone,
                                           guint               n_days);

GDateTime      *rp_agenda_day_start       (GDateTime          *moment,
                                           GTimeZone          *viewer_time_zone,
                                           int                 days_after);
RpAgendaBucket  rp_agenda_item_get_bucket (const RpAgendaItem *item,
                                           GDateTime          *now,
                                           GTimeZone          *viewer_time_zone);
GDateTime      *rp_agenda_next_change     (GPtrArray          *items,
                                           GDateTime          *now,
                                           GTimeZone          *viewer_time_zone);

char           *rp_agenda_format_line     (const RpAgendaItem *item);
char           *rp_agenda_format_time_of_day (GDateTime       *moment);

void            rp_agenda_mark_month      (GListModel            *meetings,
                                           GDateYear              year,
                                           GDateMonth             month,
                                           GTimeZone             *viewer_time_zone,
                                           const RpAttendanceKey *attended,
                                           guint                  n_attended,
                                           RpDayMarks             marks[32]);

G_END_DECLS
