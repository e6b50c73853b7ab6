/* rp-day-watch.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-clock.h"

G_BEGIN_DECLS

#define RP_TYPE_DAY_WATCH (rp_day_watch_get_type ())

G_DECLARE_FINAL_TYPE (RpDayWatch, rp_day_watch, RP, DAY_WATCH, GObject)

RpDayWatch *rp_day_watch_new       (RpClock    *clock);
RpClock    *rp_day_watch_get_clock (RpDayWatch *self);
void        rp_day_watch_get_today (RpDayWatch *self,
                                    GDate      *out_today);
GDateTime  *rp_day_watch_dup_now   (RpDayWatch *self);
void        rp_day_watch_check     (RpDayWatch *self);

G_END_DECLS
