/* rp-data-group.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-clock.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_DATA_GROUP (rp_data_group_get_type ())

G_DECLARE_FINAL_TYPE (RpDataGroup, rp_data_group, RP, DATA_GROUP, AdwPreferencesGroup)

RpDataGroup *rp_data_group_new          (void);
void         rp_data_group_set_store    (RpDataGroup *self,
                                         RpStore     *store,
                                         RpClock     *clock);
gboolean     rp_data_group_export_to    (RpDataGroup *self,
                                         GFile       *file);
gboolean     rp_data_group_restore_from (RpDataGroup *self,
                                         GFile       *file);

G_END_DECLS
