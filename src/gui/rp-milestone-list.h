/* rp-milestone-list.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MILESTONE_LIST (rp_milestone_list_get_type ())

G_DECLARE_FINAL_TYPE (RpMilestoneList, rp_milestone_list, RP, MILESTONE_LIST, AdwBin)

GtkWidget *rp_milestone_list_new (RpStore    *store,
                                  RpDayWatch *watch,
                                  RpRecovery *recovery);

G_END_DECLS
