/* rp-export-ics.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_EXPORT_ERROR (rp_export_error_quark ())

/**
 * RpExportError:
 * @RP_EXPORT_ERROR_NO_TIME_ZONE_DATA: the system has no data for a
 *   meeting's time zone, so no VTIMEZONE can be written for it
 * @RP_EXPORT_ERROR_FAILED: libical could not write the calendar
 */
typedef enum
{
  RP_EXPORT_ERROR_NO_TIME_ZONE_DATA,
  RP_EXPORT_ERROR_FAILED,
} RpExportError;

GQuark  rp_export_error_quark (void);

GBytes *rp_export_ics         (GPtrArray  *meetings,
                               GDateTime  *now,
                               guint       default_reminder_minutes,
                               GError    **error);

G_END_DECLS
