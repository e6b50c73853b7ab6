/* rp-import-ics.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-import.h"

G_BEGIN_DECLS

/* Files over this size are refused: a calendar of meetings is a few
 * hundred kilobytes at most, and libical holds the whole file. */
#define RP_IMPORT_ICS_MAX_BYTES (4 * 1024 * 1024)
/* Events and other items (to-dos...) in one file. */
#define RP_IMPORT_ICS_MAX_ITEMS 20000
/* The time limit of rp_import_ics_parse_async() and
 * rp_import_ics_parse_with_limit() when they are given 0. */
#define RP_IMPORT_ICS_DEFAULT_TIME_LIMIT_MS 5000
/* Longer UIDs are replaced by a hash of themselves, stable across imports. */
#define RP_IMPORT_ICS_MAX_UID_LENGTH 255

/**
 * RpIcsSkipKind:
 * @RP_ICS_SKIP_NOT_AN_EVENT: a to-do, journal entry or other item
 * @RP_ICS_SKIP_DAMAGED: a line that could not be read (malformed, too
 *   long, not UTF-8, refused by libical) or an event cut short
 * @RP_ICS_SKIP_UNSUPPORTED_REPEAT: a repeat rule meetings cannot have:
 *   daily, yearly, every other week, extra dates (RDATE), several rules...
 * @RP_ICS_SKIP_ALL_DAY: an event without a start time
 * @RP_ICS_SKIP_UNKNOWN_TIME_ZONE: a time zone the system does not know
 * @RP_ICS_SKIP_CHANGED_OCCURRENCE: a change to one occurrence of a
 *   repeating event (RECURRENCE-ID); the occurrence is left out of the
 *   imported meeting instead
 * @RP_ICS_SKIP_TOO_LONG: a field over the meeting's cap
 * @RP_ICS_SKIP_INVALID: no start, no name, an end before the start, a
 *   meeting longer than a day, a date out of range...
 * @RP_ICS_SKIP_DUPLICATE: an earlier event in the file has the same UID
 * @RP_ICS_SKIP_CANCELLED: the event says it is cancelled
 */
typedef enum
{
  RP_ICS_SKIP_NOT_AN_EVENT,
  RP_ICS_SKIP_DAMAGED,
  RP_ICS_SKIP_UNSUPPORTED_REPEAT,
  RP_ICS_SKIP_ALL_DAY,
  RP_ICS_SKIP_UNKNOWN_TIME_ZONE,
  RP_ICS_SKIP_CHANGED_OCCURRENCE,
  RP_ICS_SKIP_TOO_LONG,
  RP_ICS_SKIP_INVALID,
  RP_ICS_SKIP_DUPLICATE,
  RP_ICS_SKIP_CANCELLED,
} RpIcsSkipKind;

/**
 * RpIcsSkip:
 * @kind: why, for programs
 * @position: the item's position in the file, from 1 (events and other
 *   items, across calendars; time zones are not counted)
 * @uid: (nullable): its UID, when it has one
 * @reason: why, for people: a translated sentence naming the item by its
 *   position and a shortened UID; it never quotes the item's text
 */
typedef struct
{
  RpIcsSkipKind  kind;
  guint          position;
  char          *uid;
  char          *reason;
} RpIcsSkip;

/**
 * RpIcsReport:
 * @meetings: (element-type RpMeeting): the candidates for My meetings, in
 *   file order, each valid (rp_meeting_validate()) and not yet saved
 * @uids: (element-type utf8): the UID of each meeting, at the same index:
 *   the key a re-import updates by
 * @skipped: (element-type RpIcsSkip): what was left out and why, in file
 *   order
 *
 * What an .ics file gave. Every event and other item of the file is either
 * a meeting or one entry of @skipped, never half of one. Read-only and
 * reference counted.
 */
typedef struct
{
  GPtrArray *meetings;
  GPtrArray *uids;
  GPtrArray *skipped;
} RpIcsReport;

#define RP_TYPE_ICS_REPORT (rp_ics_report_get_type ())

GType        rp_ics_report_get_type         (void) G_GNUC_CONST;
RpIcsReport *rp_ics_report_ref              (RpIcsReport          *self);
void         rp_ics_report_unref            (RpIcsReport          *self);

RpIcsReport *rp_import_ics_parse            (GBytes               *data,
                                             const char           *default_time_zone_id,
                                             gint64                deadline,
                                             GCancellable         *cancellable,
                                             GError              **error);
RpIcsReport *rp_import_ics_parse_with_limit (GBytes               *data,
                                             const char           *default_time_zone_id,
                                             guint                 time_limit_ms,
                                             GError              **error);
void         rp_import_ics_parse_async      (GBytes               *data,
                                             const char           *default_time_zone_id,
                                             guint                 time_limit_ms,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
RpIcsReport *rp_import_ics_parse_finish     (GAsyncResult         *result,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpIcsReport, rp_ics_report_unref)

G_END_DECLS
