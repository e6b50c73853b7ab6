/* rp-inventory-section.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_INVENTORY_SECTION (rp_inventory_section_get_type ())

G_DECLARE_FINAL_TYPE (RpInventorySection, rp_inventory_section, RP, INVENTORY_SECTION, AdwBin)

void rp_inventory_section_bind      (RpInventorySection *self,
                                     RpStore            *store,
                                     RpDayWatch         *watch,
                                     GSettings          *settings);
/* 30, 90 or 365 days. */
void rp_inventory_section_set_range (RpInventorySection *self,
                                     guint               n_days);

void rp_inventory_section_prepare (RpInventorySection *self);

G_END_DECLS
