/* rp-mood-buttons.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RP_TYPE_MOOD_BUTTONS (rp_mood_buttons_get_type ())

G_DECLARE_FINAL_TYPE (RpMoodButtons, rp_mood_buttons, RP, MOOD_BUTTONS, GtkWidget)

GtkWidget *rp_mood_buttons_new      (void);
int        rp_mood_buttons_get_mood (RpMoodButtons *self);
void       rp_mood_buttons_set_mood (RpMoodButtons *self,
                                     int            mood);
/* The button of @mood (1–5), for tests and focus. */
GtkWidget *rp_mood_buttons_get_button (RpMoodButtons *self,
                                       int            mood);

G_END_DECLS
