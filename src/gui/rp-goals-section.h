/* rp-goals-section.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_GOALS_SECTION (rp_goals_section_get_type ())

G_DECLARE_FINAL_TYPE (RpGoalsSection, rp_goals_section, RP, GOALS_SECTION, AdwBin)

void rp_goals_section_bind (RpGoalsSection *self,
                            RpStore        *store,
                            RpDayWatch     *watch,
                            GSettings      *settings);

void rp_goals_section_prepare (RpGoalsSection *self);

G_END_DECLS
