/* rp-inventory-history.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_INVENTORY_HISTORY (rp_inventory_history_get_type ())

G_DECLARE_FINAL_TYPE (RpInventoryHistory, rp_inventory_history, RP, INVENTORY_HISTORY, AdwBin)

/* @today: the day past which entries cannot be edited (the editor's). */
GtkWidget *rp_inventory_history_new       (RpStore            *store,
                                           const GDate        *today);
guint      rp_inventory_history_get_n_rows (RpInventoryHistory *self);
void       rp_inventory_history_load_more (RpInventoryHistory *self);

G_END_DECLS
