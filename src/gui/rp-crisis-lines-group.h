/* rp-crisis-lines-group.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_CRISIS_LINES_GROUP (rp_crisis_lines_group_get_type ())

G_DECLARE_FINAL_TYPE (RpCrisisLinesGroup, rp_crisis_lines_group, RP, CRISIS_LINES_GROUP, AdwPreferencesGroup)

GtkWidget *rp_crisis_lines_group_new       (void);
void       rp_crisis_lines_group_set_store (RpCrisisLinesGroup *self,
                                            RpStore            *store);
void       rp_crisis_lines_group_refresh   (RpCrisisLinesGroup *self);

G_END_DECLS
