/* rp-clean-time-section.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_CLEAN_TIME_SECTION (rp_clean_time_section_get_type ())

G_DECLARE_FINAL_TYPE (RpCleanTimeSection, rp_clean_time_section, RP, CLEAN_TIME_SECTION, AdwBin)

void rp_clean_time_section_bind    (RpCleanTimeSection *self,
                                    RpStore            *store,
                                    RpDayWatch         *watch,
                                    GSettings          *settings);
void rp_clean_time_section_add     (RpCleanTimeSection *self);
void rp_clean_time_section_refresh (RpCleanTimeSection *self);

void rp_clean_time_section_prepare (RpCleanTimeSection *self);

G_END_DECLS
