/* rp-store-inventory.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-inventory-entry.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* The daily inventory (rp-store-inventory.c): one entry per local day.
 * Writes emit `changed::inventory`. */
RpInventoryEntry *rp_store_load_inventory          (RpStore           *self,
                                                    const GDate       *day,
                                                    GError           **error);
/* Inserts the day's entry or replaces it (its triggers rewritten), in one
 * transaction. An invalid or empty entry writes nothing. */
gboolean          rp_store_save_inventory          (RpStore           *self,
                                                    RpInventoryEntry  *entry,
                                                    GError           **error);
/* @out_deleted gets the entry as it was (NULL when the day had none):
 * saving it again is the Undo. */
gboolean          rp_store_delete_inventory        (RpStore           *self,
                                                    const GDate       *day,
                                                    RpInventoryEntry **out_deleted,
                                                    GError           **error);
/* Newest first; @offset entries skipped, at most @limit returned. */
GPtrArray        *rp_store_list_inventory          (RpStore           *self,
                                                    guint              offset,
                                                    guint              limit,
                                                    GError           **error);
gboolean          rp_store_count_inventory         (RpStore           *self,
                                                    guint             *out_count,
                                                    GError           **error);
/* The user's earlier trigger tags starting with @prefix (any case; NULL
 * or "" for all), most used first; one spelling per tag whatever its
 * case. */
GPtrArray        *rp_store_list_trigger_tags       (RpStore           *self,
                                                    const char        *prefix,
                                                    guint              limit,
                                                    GError           **error);
/* @n_days RpInventoryDay from @first_day on, in one indexed query; days
 * without an entry have recorded FALSE. */
GArray           *rp_store_get_inventory_series    (RpStore           *self,
                                                    const GDate       *first_day,
                                                    guint              n_days,
                                                    GError           **error);
/* @n_weeks counts (guint) of meetings attended, one per run of seven days
 * from @first_day (the caller picks the weekday weeks start on). */
GArray           *rp_store_count_attended_per_week (RpStore           *self,
                                                    const GDate       *first_day,
                                                    guint              n_weeks,
                                                    GError           **error);

G_END_DECLS
