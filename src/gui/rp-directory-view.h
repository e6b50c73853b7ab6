/* rp-directory-view.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_DIRECTORY_VIEW (rp_directory_view_get_type ())

G_DECLARE_FINAL_TYPE (RpDirectoryView, rp_directory_view, RP, DIRECTORY_VIEW, AdwBin)

GtkWidget  *rp_directory_view_new               (void);
RpStore    *rp_directory_view_get_store         (RpDirectoryView *self);
void        rp_directory_view_set_store         (RpDirectoryView *self,
                                                 RpStore         *store);
const char *rp_directory_view_get_search_text   (RpDirectoryView *self);
void        rp_directory_view_set_search_text   (RpDirectoryView *self,
                                                 const char      *text);
GListModel *rp_directory_view_get_results       (RpDirectoryView *self);
guint       rp_directory_view_get_n_active_filters (RpDirectoryView *self);
void        rp_directory_view_reset_filters     (RpDirectoryView *self);
void        rp_directory_view_clear_filters     (RpDirectoryView *self);

G_END_DECLS
