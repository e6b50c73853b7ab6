/* rp-clock.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RP_TYPE_CLOCK (rp_clock_get_type ())

G_DECLARE_FINAL_TYPE (RpClock, rp_clock, RP, CLOCK, GObject)

RpClock   *rp_clock_new_system      (void);
RpClock   *rp_clock_new_with_offset (GTimeSpan  offset);
RpClock   *rp_clock_new_fixed       (GDateTime *now);
RpClock   *rp_clock_new_from_environment (GError **error);

GDateTime *rp_clock_now             (RpClock   *self);
gboolean   rp_clock_is_fixed        (RpClock   *self);
GTimeSpan  rp_clock_get_offset      (RpClock   *self);
gint64     rp_clock_to_system_time  (RpClock   *self,
                                     GDateTime *moment);
void       rp_clock_set_now         (RpClock   *self,
                                     GDateTime *now);
void       rp_clock_advance         (RpClock   *self,
                                     GTimeSpan  span);

G_END_DECLS
