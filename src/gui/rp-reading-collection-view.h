/* rp-reading-collection-view.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

/* The collection view's id for the favourites of every collection. */
#define RP_READING_FAVOURITES_ID ((gint64) -1)

#define RP_TYPE_READING_COLLECTION_VIEW (rp_reading_collection_view_get_type ())

/* One collection's readings (or the favourites) on the Reading page: a
 * list view over the store's readings, filtered, with the collection's
 * menu and an empty state. Its rows and buttons act through their
 * ancestors' `reading.*` actions. */
G_DECLARE_FINAL_TYPE (RpReadingCollectionView, rp_reading_collection_view,
                      RP, READING_COLLECTION_VIEW, AdwBin)

void     rp_reading_collection_view_set_store         (RpReadingCollectionView *self,
                                                       RpStore                 *store);
/* Returns FALSE (and changes nothing) when the collection is gone. */
gboolean rp_reading_collection_view_show              (RpReadingCollectionView *self,
                                                       gint64                   collection_id);
/* 0 when none. */
gint64   rp_reading_collection_view_get_collection_id (RpReadingCollectionView *self);
/* Follows the store; returns FALSE when the collection shown is gone. */
gboolean rp_reading_collection_view_refresh           (RpReadingCollectionView *self);

G_END_DECLS
