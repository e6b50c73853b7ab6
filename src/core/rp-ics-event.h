/* rp-ics-event.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "rp-ics-scanner.h"
#include "rp-ics-zones.h"
#include "rp-import-ics.h"
#include "rp-meeting.h"

G_BEGIN_DECLS

/* Internal to the .ics importer and exporter. */

/* Reprieve's own properties: an event carrying any X-REPRIEVE- property
 * was written by rp_export_ics(), and its fields are read back from them
 * so that a round trip loses nothing. */
#define RP_ICS_X_PREFIX          "X-REPRIEVE-"
#define RP_ICS_X_LOCATION        "X-REPRIEVE-LOCATION"
#define RP_ICS_X_ADDRESS         "X-REPRIEVE-ADDRESS"
#define RP_ICS_X_GROUP           "X-REPRIEVE-GROUP"
#define RP_ICS_X_PROGRAM         "X-REPRIEVE-PROGRAM"
#define RP_ICS_X_PHONE           "X-REPRIEVE-CONFERENCE-PHONE"
#define RP_ICS_X_TYPES           "X-REPRIEVE-TYPES"
#define RP_ICS_X_HOME_GROUP      "X-REPRIEVE-HOME-GROUP"
#define RP_ICS_X_NOTES           "X-REPRIEVE-NOTES"
#define RP_ICS_X_REMINDER        "X-REPRIEVE-REMINDER"
#define RP_ICS_REMINDER_DEFAULT  "DEFAULT"
#define RP_ICS_REMINDER_OFF      "OFF"

/* More excluded dates than this in one event are refused. */
#define RP_ICS_MAX_EXCLUDED_DATES 1000
/* COUNT is turned into a last date by running the rule (about a
 * microsecond a step); a larger COUNT is refused. */
#define RP_ICS_MAX_COUNT          5000

/**
 * RpIcsContext:
 * @zones: maps TZIDs to system zones
 * @default_time_zone_id: (nullable): the zone for floating times when the
 *   calendar gives none (the user's own)
 * @calendar_time_zone_id: (nullable): the calendar's X-WR-TIMEZONE, if the
 *   system knows it
 * @deadline: when to give up
 */
typedef struct
{
  RpIcsZones          *zones;
  const char          *default_time_zone_id;
  const char          *calendar_time_zone_id;
  const RpIcsDeadline *deadline;
} RpIcsContext;

RpMeeting *rp_ics_event_read (icalcomponent        *event,
                              const RpIcsContext   *context,
                              GPtrArray            *overrides,
                              RpIcsSkipKind        *skip_kind,
                              char                **reason,
                              GError              **error);

const char *rp_ics_property_text       (icalproperty  *property);
icalproperty *rp_ics_find_x_property   (icalcomponent *component,
                                        const char    *name);

G_END_DECLS
