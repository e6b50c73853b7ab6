/* rp-weekdays-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-schedule.h"

G_BEGIN_DECLS

#define RP_TYPE_WEEKDAYS_ROW (rp_weekdays_row_get_type ())

G_DECLARE_FINAL_TYPE (RpWeekdaysRow, rp_weekdays_row, RP, WEEKDAYS_ROW, AdwPreferencesRow)

GtkWidget  *rp_weekdays_row_new          (void);
RpWeekdays  rp_weekdays_row_get_weekdays (RpWeekdaysRow *self);
void        rp_weekdays_row_set_weekdays (RpWeekdaysRow *self,
                                          RpWeekdays     weekdays);
void        rp_weekdays_row_set_compact  (RpWeekdaysRow *self,
                                          gboolean       compact);

G_END_DECLS
