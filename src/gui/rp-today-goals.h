/* rp-today-goals.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_TODAY_GOALS (rp_today_goals_get_type ())

G_DECLARE_FINAL_TYPE (RpTodayGoals, rp_today_goals, RP, TODAY_GOALS, AdwBin)

void rp_today_goals_bind (RpTodayGoals *self,
                          RpStore      *store,
                          RpDayWatch   *watch,
                          GSettings    *settings);

G_END_DECLS
