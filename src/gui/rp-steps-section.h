/* rp-steps-section.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_STEPS_SECTION (rp_steps_section_get_type ())

G_DECLARE_FINAL_TYPE (RpStepsSection, rp_steps_section, RP, STEPS_SECTION, AdwBin)

void rp_steps_section_bind (RpStepsSection *self,
                            RpStore        *store,
                            RpDayWatch     *watch,
                            GSettings      *settings);

void rp_steps_section_prepare (RpStepsSection *self);

G_END_DECLS
