/* rp-date-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_DATE_ROW (rp_date_row_get_type ())

G_DECLARE_FINAL_TYPE (RpDateRow, rp_date_row, RP, DATE_ROW, AdwEntryRow)

GtkWidget *rp_date_row_new         (void);
void       rp_date_row_choose_date (RpDateRow   *self,
                                    GDateTime   *date);

G_END_DECLS
