/* rp-directory-feed-list.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_DIRECTORY_FEED_LIST (rp_directory_feed_list_get_type ())

G_DECLARE_FINAL_TYPE (RpDirectoryFeedList, rp_directory_feed_list, RP, DIRECTORY_FEED_LIST, AdwBin)

GtkWidget *rp_directory_feed_list_new       (void);
RpStore   *rp_directory_feed_list_get_store (RpDirectoryFeedList *self);
void       rp_directory_feed_list_set_store (RpDirectoryFeedList *self,
                                             RpStore             *store);

G_END_DECLS
