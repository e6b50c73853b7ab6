/* rp-time-watch.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RP_TYPE_TIME_WATCH (rp_time_watch_get_type ())

G_DECLARE_FINAL_TYPE (RpTimeWatch, rp_time_watch, RP, TIME_WATCH, GObject)

RpTimeWatch *rp_time_watch_new (void);

G_END_DECLS
