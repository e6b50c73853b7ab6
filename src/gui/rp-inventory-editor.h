/* rp-inventory-editor.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-editor-window.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_INVENTORY_EDITOR_ERROR (rp_inventory_editor_error_quark ())

typedef enum
{
  RP_INVENTORY_EDITOR_ERROR_FUTURE,   /* a day after today */
} RpInventoryEditorError;

#define RP_TYPE_INVENTORY_EDITOR (rp_inventory_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpInventoryEditor, rp_inventory_editor, RP, INVENTORY_EDITOR, RpEditorWindow)

GQuark             rp_inventory_editor_error_quark (void);

RpInventoryEditor *rp_inventory_editor_new          (RpStore           *store,
                                                     const GDate       *today,
                                                     const GDate       *day,
                                                     GError           **error);
void               rp_inventory_editor_set_mood     (RpInventoryEditor *self,
                                                     int                mood);
gboolean           rp_inventory_editor_get_modified (RpInventoryEditor *self);
void               rp_inventory_editor_present      (RpInventoryEditor *self,
                                                     GtkWidget         *opener);

G_END_DECLS
