/* rp-time-zone-chooser.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RP_TYPE_TIME_ZONE_CHOOSER (rp_time_zone_chooser_get_type ())

G_DECLARE_FINAL_TYPE (RpTimeZoneChooser, rp_time_zone_chooser, RP, TIME_ZONE_CHOOSER, GtkPopover)

GtkWidget *rp_time_zone_chooser_new      (void);
void       rp_time_zone_chooser_add_zone (RpTimeZoneChooser *self,
                                          const char        *zone);
guint      rp_time_zone_chooser_get_n_matches (RpTimeZoneChooser *self);

G_END_DECLS
