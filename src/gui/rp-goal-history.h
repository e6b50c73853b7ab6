/* rp-goal-history.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_GOAL_HISTORY (rp_goal_history_get_type ())

G_DECLARE_FINAL_TYPE (RpGoalHistory, rp_goal_history, RP, GOAL_HISTORY, AdwBin)

/* @watch: (nullable): today (the system's when NULL) */
GtkWidget *rp_goal_history_new (RpStore    *store,
                                RpDayWatch *watch,
                                gint64      goal_id);

G_END_DECLS
