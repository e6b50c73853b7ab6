/* rp-reading-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-reading.h"

G_BEGIN_DECLS

/* Only RpStore sets what the database decides: the row id, the place in
 * the collection, the timestamps and the last day it was read. */
void rp_reading_set_id         (RpReading  *self,
                                gint64      id);
void rp_reading_set_position   (RpReading  *self,
                                int         position);
void rp_reading_set_timestamps (RpReading  *self,
                                const char *created,
                                const char *updated);
void rp_reading_set_last_read  (RpReading  *self,
                                const char *last_read);

G_END_DECLS
