/* rp-reading-collection.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Stored as integers: append only. There is exactly one STARTER and one
 * MINE collection (made by the schema); USER ones are made or imported. */
typedef enum
{
  RP_READING_COLLECTION_STARTER = 0,
  RP_READING_COLLECTION_MINE = 1,
  RP_READING_COLLECTION_USER = 2,
} RpReadingCollectionKind;

#define RP_READING_COLLECTION_MAX_NAME_LENGTH 100

#define RP_TYPE_READING_COLLECTION (rp_reading_collection_get_type ())

G_DECLARE_FINAL_TYPE (RpReadingCollection, rp_reading_collection,
                      RP, READING_COLLECTION, GObject)

RpReadingCollection     *rp_reading_collection_new            (const char              *name);

/* Properties: "id", "kind", "name", "display-name", "position",
 * "n-readings", "dated" (its entries carry dates). */
gint64                   rp_reading_collection_get_id         (RpReadingCollection     *self);
RpReadingCollectionKind  rp_reading_collection_get_kind       (RpReadingCollection     *self);
const char              *rp_reading_collection_get_name       (RpReadingCollection     *self);
void                     rp_reading_collection_set_name       (RpReadingCollection     *self,
                                                               const char              *name);
/* The name to show: the built-in ones translated, the user's as written. */
const char              *rp_reading_collection_get_display_name (RpReadingCollection   *self);
int                      rp_reading_collection_get_position   (RpReadingCollection     *self);
guint                    rp_reading_collection_get_n_readings (RpReadingCollection     *self);
gboolean                 rp_reading_collection_get_dated      (RpReadingCollection     *self);
const char              *rp_reading_collection_get_import_key (RpReadingCollection     *self);
void                     rp_reading_collection_set_import_key (RpReadingCollection     *self,
                                                               const char              *import_key);

gboolean                 rp_reading_collection_validate_name  (const char              *name,
                                                               GError                 **error);

/* Only RpStore sets these. */
void                     rp_reading_collection_set_id         (RpReadingCollection     *self,
                                                               gint64                   id);
void                     rp_reading_collection_set_kind       (RpReadingCollection     *self,
                                                               RpReadingCollectionKind  kind);
void                     rp_reading_collection_set_position   (RpReadingCollection     *self,
                                                               int                      position);
void                     rp_reading_collection_set_counts     (RpReadingCollection     *self,
                                                               guint                    n_readings,
                                                               gboolean                 dated);

G_END_DECLS
