/* rp-ics-zones.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Internal to the .ics importer and exporter. */

typedef struct _RpIcsZones RpIcsZones;

/* A TZID longer than this is not looked up. */
#define RP_ICS_MAX_TZID_BYTES 256

RpIcsZones *rp_ics_zones_new               (void);
void        rp_ics_zones_free              (RpIcsZones *self);
void        rp_ics_zones_add_vtimezone     (RpIcsZones *self,
                                            const char *tzid,
                                            const char *location);
void        rp_ics_zones_clear_vtimezones  (RpIcsZones *self);
const char *rp_ics_zones_resolve           (RpIcsZones *self,
                                            const char *tzid);

const char *rp_ics_zones_from_windows_name (const char *windows_name);
const char *rp_ics_zones_get_windows_entry (guint       index,
                                            const char **iana_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpIcsZones, rp_ics_zones_free)

G_END_DECLS
