/* rp-test-today.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What test-gui-today.c and test-gui-today-reading.c share: a Today page
 * in a window of its own, on a fresh store, with the daily reading's
 * settings reset and a fixed clock. */

#pragma once

#include <adwaita.h>

#include "rp-clock.h"
#include "rp-day-watch.h"
#include "rp-store.h"
#include "rp-test-gui-store.h"
#include "rp-today-page.h"

G_BEGIN_DECLS

typedef struct
{
  RpTestGuiStore  data;       /* its watch: the page's, from rp_test_today_bind() */
  GSettings      *settings;
  GtkWindow      *window;
  RpTodayPage    *page;
} RpTestToday;

/* @now: the fixed clock's time; @height: the window's; @win_actions: (nullable):
 * inserted as "win" on the window */
void rp_test_today_set_up    (RpTestToday  *today,
                              GDateTime    *now,
                              int           height,
                              GActionGroup *win_actions);
void rp_test_today_tear_down (RpTestToday  *today);
/* Binds the page to the store, on a day watch of @clock. */
void rp_test_today_bind      (RpTestToday  *today,
                              RpClock      *clock);

G_END_DECLS
