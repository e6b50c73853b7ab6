/* rp-directory-filters.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_DIRECTORY_FILTERS (rp_directory_filters_get_type ())

G_DECLARE_FINAL_TYPE (RpDirectoryFilters, rp_directory_filters, RP, DIRECTORY_FILTERS, AdwBin)

GtkWidget  *rp_directory_filters_new       (void);
GListModel *rp_directory_filters_get_model (RpDirectoryFilters *self);
void        rp_directory_filters_set_model (RpDirectoryFilters *self,
                                            GListModel         *model);

G_END_DECLS
