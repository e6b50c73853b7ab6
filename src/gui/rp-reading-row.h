/* rp-reading-row.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-reading.h"

G_BEGIN_DECLS

#define RP_TYPE_READING_ROW (rp_reading_row_get_type ())

G_DECLARE_FINAL_TYPE (RpReadingRow, rp_reading_row, RP, READING_ROW, GtkWidget)

GtkWidget *rp_reading_row_new         (void);
RpReading *rp_reading_row_get_reading (RpReadingRow *self);
void       rp_reading_row_set_reading (RpReadingRow *self,
                                       RpReading    *reading);
/* What the row says under the title: the description, or when it was
 * last read. NULL when neither. */
char      *rp_reading_row_dup_subtitle (RpReading   *reading);

G_END_DECLS
