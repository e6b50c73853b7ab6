/* rp-ics-event-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-ics-event.h"

G_BEGIN_DECLS

/* What rp-ics-event.c (the event, its fields) and rp-ics-event-time.c
 * (its start, length and schedule) share while reading one VEVENT. */

/* One VEVENT being read: what it is, and what is known of it so far. */
typedef struct
{
  icalcomponent       *event;
  const RpIcsContext  *context;
  gboolean             from_reprieve;
  gboolean             repeats;

  /* Set once, by rp_ics_reader_skip() or a stop. */
  RpIcsSkipKind        skip_kind;
  char                *reason;
  GError              *error;

  /* From DTSTART, on the meeting's clock. */
  char                *time_zone_id;
  GTimeZone           *time_zone;
  const char          *start_tzid;
  GDate                first_date;
  guint                start_minute;
  GDateTime           *start;
  guint                duration_minutes;
} RpIcsReader;

gboolean    rp_ics_reader_skip           (RpIcsReader   *self,
                                          RpIcsSkipKind  kind,
                                          const char    *format,
                                          ...) G_GNUC_PRINTF (3, 4);
gboolean    rp_ics_reader_read_start     (RpIcsReader   *self);
gboolean    rp_ics_reader_read_duration  (RpIcsReader   *self);
RpSchedule *rp_ics_reader_read_schedule  (RpIcsReader   *self,
                                          GPtrArray     *overrides);

G_END_DECLS
