/* rp-inventory-card.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_INVENTORY_CARD (rp_inventory_card_get_type ())

G_DECLARE_FINAL_TYPE (RpInventoryCard, rp_inventory_card, RP, INVENTORY_CARD, AdwBin)

void rp_inventory_card_bind (RpInventoryCard *self,
                             RpStore         *store,
                             RpDayWatch      *watch,
                             GSettings       *settings);

G_END_DECLS
