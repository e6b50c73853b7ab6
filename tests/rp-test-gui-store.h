/* rp-test-gui-store.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the Progress and Today display tests share: a store on a fresh
 * database in the test's data folder, a fixed clock and a day watch on
 * it; closing checks that nothing kept them alive. */

#pragma once

#include "rp-clock.h"
#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  RpDatabase *database;
  RpStore    *store;
  RpClock    *clock;
  RpDayWatch *watch;
} RpTestGuiStore;

/* @name: the start of the folder's name; @now: the fixed clock's time */
void rp_test_gui_store_open  (RpTestGuiStore *data,
                              const char     *name,
                              GDateTime      *now);
/* After the widgets using it are gone. */
void rp_test_gui_store_close (RpTestGuiStore *data);

G_END_DECLS
