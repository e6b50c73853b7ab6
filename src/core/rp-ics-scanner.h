/* rp-ics-scanner.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Internal to the .ics importer (rp-import-ics.c and rp-ics-event.c). */

/* Caps on what the scanner passes on. A content line longer than this
 * (after unfolding) is not given to libical: 64 KiB holds the longest
 * notes a meeting may have, escaped, several times over. */
#define RP_ICS_MAX_LINE_BYTES      (64 * 1024)
/* libical 3.0 spends quadratic time on a line with thousands of
 * parameters; real ones have a handful. */
#define RP_ICS_MAX_PARAMETER_BYTES 1024
#define RP_ICS_MAX_PARAMETERS      16
/* VCALENDAR > VEVENT > VALARM is three; anything deeper is not for us. */
#define RP_ICS_MAX_DEPTH           8
#define RP_ICS_MAX_ITEM_LINES      4000
#define RP_ICS_MAX_ALARMS          16
#define RP_ICS_MAX_TIME_ZONES      500
#define RP_ICS_MAX_CALENDARS       100

/**
 * RpIcsDeadline:
 * @deadline: a g_get_monotonic_time() after which work stops; %G_MAXINT64
 *   for none
 * @cancellable: (nullable): stops work when cancelled, from any thread
 *
 * Checked between lines and between events: the importer's cooperative
 * time limit.
 */
typedef struct
{
  gint64        deadline;
  GCancellable *cancellable;
} RpIcsDeadline;

gboolean rp_ics_deadline_expired (const RpIcsDeadline *self);
void     rp_ics_set_timed_out_error (GError **error);

typedef enum
{
  RP_ICS_ITEM_EVENT,
  RP_ICS_ITEM_TIME_ZONE,
  RP_ICS_ITEM_OTHER,
} RpIcsItemKind;

/* Why an item cannot be trusted; the first problem found is kept. */
typedef enum
{
  RP_ICS_DAMAGE_NONE,
  RP_ICS_DAMAGE_LINE_TOO_LONG,
  RP_ICS_DAMAGE_TOO_MANY_PARAMETERS,
  RP_ICS_DAMAGE_MALFORMED_LINE,
  RP_ICS_DAMAGE_NOT_TEXT,
  RP_ICS_DAMAGE_TOO_DEEP,
  RP_ICS_DAMAGE_TOO_MANY_LINES,
  RP_ICS_DAMAGE_UNFINISHED,
} RpIcsDamage;

/**
 * RpIcsItem:
 * @kind: an event, a time zone, or another component (a to-do...)
 * @position: events and other items are numbered from 1 in file order,
 *   across calendars; time zones are 0
 * @component_name: the component's name, upper case ("VEVENT", "VTODO")
 * @lines: (element-type utf8): the content lines Reprieve reads, unfolded,
 *   with the property name in upper case, from BEGIN to END; everything
 *   else (attendees, attachments, a VTIMEZONE's rules...) is left out
 * @damage: the first problem found, or %RP_ICS_DAMAGE_NONE
 */
typedef struct
{
  RpIcsItemKind  kind;
  guint          position;
  char          *component_name;
  GPtrArray     *lines;
  RpIcsDamage    damage;
} RpIcsItem;

/**
 * RpIcsCalendar:
 * @lines: (element-type utf8): its own properties that Reprieve reads
 *   (X-WR-TIMEZONE), as complete VCALENDAR lines from BEGIN to END
 * @items: (element-type RpIcsItem): events and other items in file order
 * @time_zones: (element-type RpIcsItem): its VTIMEZONEs, reduced to TZID
 *   and X-LIC-LOCATION
 */
typedef struct
{
  GPtrArray *lines;
  GPtrArray *items;
  GPtrArray *time_zones;
} RpIcsCalendar;

typedef struct
{
  GPtrArray *calendars;
  guint      n_items;
} RpIcsScan;

RpIcsScan *rp_ics_scan      (const char           *data,
                             gsize                 length,
                             guint                 max_items,
                             const RpIcsDeadline  *deadline,
                             GError              **error);
void       rp_ics_scan_free (RpIcsScan            *scan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpIcsScan, rp_ics_scan_free)

G_END_DECLS
