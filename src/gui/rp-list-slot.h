/* rp-list-slot.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RP_TYPE_LIST_SLOT (rp_list_slot_get_type ())

G_DECLARE_FINAL_TYPE (RpListSlot, rp_list_slot, RP, LIST_SLOT, GObject)

RpListSlot *rp_list_slot_new      (gpointer    item);
gpointer    rp_list_slot_get_item (RpListSlot *self);
void        rp_list_slot_set_item (RpListSlot *self,
                                   gpointer    item);

G_END_DECLS
