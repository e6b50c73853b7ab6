/* rp-directory-changes-bar.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_DIRECTORY_CHANGES_BAR (rp_directory_changes_bar_get_type ())

G_DECLARE_FINAL_TYPE (RpDirectoryChangesBar, rp_directory_changes_bar, RP, DIRECTORY_CHANGES_BAR,
                      AdwBin)

GtkWidget *rp_directory_changes_bar_new             (void);
RpStore   *rp_directory_changes_bar_get_store       (RpDirectoryChangesBar *self);
void       rp_directory_changes_bar_set_store       (RpDirectoryChangesBar *self,
                                                     RpStore               *store);
guint      rp_directory_changes_bar_get_n_changed   (RpDirectoryChangesBar *self);
guint      rp_directory_changes_bar_get_n_vanished  (RpDirectoryChangesBar *self);

G_END_DECLS
