/* rp-slot-list-model.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-list-slot.h"

G_BEGIN_DECLS

#define RP_TYPE_SLOT_LIST_MODEL (rp_slot_list_model_get_type ())

G_DECLARE_FINAL_TYPE (RpSlotListModel, rp_slot_list_model, RP, SLOT_LIST_MODEL, GObject)

RpSlotListModel *rp_slot_list_model_new       (GListModel      *model);
GListModel      *rp_slot_list_model_get_model (RpSlotListModel *self);

G_END_DECLS
