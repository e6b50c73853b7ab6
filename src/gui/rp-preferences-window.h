/* rp-preferences-window.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-clock.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_PREFERENCES_WINDOW (rp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RpPreferencesWindow, rp_preferences_window, RP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

RpPreferencesWindow *rp_preferences_window_new       (GtkWindow           *transient_for,
                                                      GSettings           *settings);
void                 rp_preferences_window_set_store (RpPreferencesWindow *self,
                                                      RpStore             *store,
                                                      RpClock             *clock);

G_END_DECLS
