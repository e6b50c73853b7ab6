/* rp-store-reading-models.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include "rp-reading-private.h"
#include "rp-store-private.h"

/* RpStore's reading models: the collections and the readings, read on
 * first use and without the readings' bodies, so that a 365-day book
 * costs neither memory nor start-up time. After each write they are read
 * again and brought up to date with rp_store_update_model(). A reading
 * whose title, description, link or collection changed gets a new object
 * (a new body alone does not: the item has none). What changes while
 * reading (favourite, place in the collection, where the reader stopped,
 * progress, the last day read) is set on the model's object, and a
 * collection keeps its object, so that rows and selections stay. */

static gint64
reading_id_of (gpointer item)
{
  return rp_reading_get_id (item);
}

/* Whether two readings of the model show the same text and facts; what
 * is set in place (see apply_reading_state()) does not count. */
static gboolean
same_reading (gpointer old_item,
              gpointer new_item)
{
  RpReading *a = old_item;
  RpReading *b = new_item;

  return rp_reading_get_id (a) == rp_reading_get_id (b) &&
         rp_reading_get_collection_id (a) == rp_reading_get_collection_id (b) &&
         rp_reading_get_origin (a) == rp_reading_get_origin (b) &&
         rp_store_reading_same_text (a, b) &&
         g_strcmp0 (rp_reading_get_import_key (a), rp_reading_get_import_key (b)) == 0 &&
         g_strcmp0 (rp_reading_get_created (a), rp_reading_get_created (b)) == 0;
}

/* Sets on @item what @fresh says about the user's reading of it, and
 * when it was last saved (a new body, which the item does not carry).
 * Returns whether anything changed. */
static gboolean
apply_reading_state (RpReading *item,
                     RpReading *fresh)
{
  gboolean changed = FALSE;

  if (item == fresh)
    return FALSE;

  if (g_strcmp0 (rp_reading_get_updated (item), rp_reading_get_updated (fresh)) != 0)
    {
      rp_reading_set_timestamps (item, rp_reading_get_created (fresh),
                                 rp_reading_get_updated (fresh));
      changed = TRUE;
    }

  if (rp_reading_get_position (item) == rp_reading_get_position (fresh) &&
      rp_reading_get_favourite (item) == rp_reading_get_favourite (fresh) &&
      rp_reading_get_read_offset (item) == rp_reading_get_read_offset (fresh) &&
      rp_reading_get_progress_page (item) == rp_reading_get_progress_page (fresh) &&
      rp_reading_get_progress_pages (item) == rp_reading_get_progress_pages (fresh) &&
      rp_reading_get_progress_percent (item) == rp_reading_get_progress_percent (fresh) &&
      g_strcmp0 (rp_reading_get_last_read (item), rp_reading_get_last_read (fresh)) == 0)
    return changed;

  g_object_freeze_notify (G_OBJECT (item));
  rp_reading_set_position (item, rp_reading_get_position (fresh));
  rp_reading_set_favourite (item, rp_reading_get_favourite (fresh));
  rp_reading_set_read_offset (item, rp_reading_get_read_offset (fresh));
  rp_reading_set_progress (item,
                           rp_reading_get_progress_page (fresh),
                           rp_reading_get_progress_pages (fresh),
                           rp_reading_get_progress_percent (fresh));
  rp_reading_set_last_read (item, rp_reading_get_last_read (fresh));
  g_object_thaw_notify (G_OBJECT (item));

  return TRUE;
}

static gint64
collection_id_of (gpointer item)
{
  return rp_reading_collection_get_id (item);
}

/* A collection keeps its object for good: its name, place and counts
 * are set on it. */
static gboolean
same_collection (gpointer old_item,
                 gpointer new_item)
{
  return rp_reading_collection_get_kind (old_item) == rp_reading_collection_get_kind (new_item);
}

static gboolean
apply_collection_state (RpReadingCollection *item,
                        RpReadingCollection *fresh)
{
  gboolean changed;

  if (item == fresh)
    return FALSE;

  changed = g_strcmp0 (rp_reading_collection_get_name (item),
                       rp_reading_collection_get_name (fresh)) != 0 ||
            g_strcmp0 (rp_reading_collection_get_import_key (item),
                       rp_reading_collection_get_import_key (fresh)) != 0 ||
            rp_reading_collection_get_position (item) != rp_reading_collection_get_position (fresh) ||
            rp_reading_collection_get_n_readings (item) != rp_reading_collection_get_n_readings (fresh) ||
            rp_reading_collection_get_dated (item) != rp_reading_collection_get_dated (fresh);
  if (!changed)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (item));
  rp_reading_collection_set_name (item, rp_reading_collection_get_name (fresh));
  rp_reading_collection_set_import_key (item, rp_reading_collection_get_import_key (fresh));
  rp_reading_collection_set_position (item, rp_reading_collection_get_position (fresh));
  rp_reading_collection_set_counts (item,
                                    rp_reading_collection_get_n_readings (fresh),
                                    rp_reading_collection_get_dated (fresh));
  g_object_thaw_notify (G_OBJECT (item));

  return TRUE;
}

static GPtrArray *
ref_items (GPtrArray *items)
{
  GPtrArray *copy = g_ptr_array_new_full (items->len, g_object_unref);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (items, i)));

  return copy;
}

/* Brings both models up to date with the database, when they have been
 * read; until then there is nothing to follow. */
gboolean
rp_store_refresh_readings (RpStore   *self,
                           gboolean  *out_changed,
                           GError   **error)
{
  g_autoptr(GPtrArray) collections = NULL;
  g_autoptr(GPtrArray) fresh_collections = NULL;
  g_autoptr(GPtrArray) readings = NULL;
  g_autoptr(GPtrArray) fresh_readings = NULL;
  gboolean changed = FALSE;

  if (out_changed != NULL)
    *out_changed = FALSE;

  if (!self->readings_loaded)
    return TRUE;

  /* Both read before either model changes: a failure changes neither. */
  collections = rp_store_read_collections (self, error);
  if (collections == NULL)
    return FALSE;
  readings = rp_store_read_all_readings (self, error);
  if (readings == NULL)
    return FALSE;

  /* rp_store_update_model() swaps unchanged items for the model's
   * objects; the fresh ones say what to set on those. */
  fresh_collections = ref_items (collections);
  changed |= rp_store_update_model (self->reading_collections, collections,
                                    collection_id_of, same_collection);
  for (guint i = 0; i < collections->len; i++)
    changed |= apply_collection_state (g_ptr_array_index (collections, i),
                                       g_ptr_array_index (fresh_collections, i));

  fresh_readings = ref_items (readings);
  changed |= rp_store_update_model (self->readings, readings, reading_id_of, same_reading);
  for (guint i = 0; i < readings->len; i++)
    changed |= apply_reading_state (g_ptr_array_index (readings, i),
                                    g_ptr_array_index (fresh_readings, i));

  if (out_changed != NULL)
    *out_changed = changed;

  return TRUE;
}

void
rp_store_ensure_readings (RpStore *self)
{
  g_autoptr(GError) error = NULL;

  if (self->readings_loaded)
    return;

  self->readings_loaded = TRUE;
  if (!rp_store_refresh_readings (self, NULL, &error))
    g_warning ("Could not load the readings: %s", error->message);
}

/* After a committed write: the models follow, then listeners hear of it.
 * A failure to re-read is logged, not returned: the write itself stood. */
void
rp_store_readings_written (RpStore *self)
{
  g_autoptr(GError) error = NULL;

  if (!rp_store_refresh_readings (self, NULL, &error))
    g_warning ("Could not read the readings again: %s", error->message);

  rp_store_emit_changed (self, "reading");
}

/* The model's object for @reading_id (transfer none: the model holds
 * it), if the models are loaded. */
RpReading *
rp_store_peek_reading (RpStore *self,
                       gint64   reading_id)
{
  guint n_items;

  if (!self->readings_loaded)
    return NULL;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->readings));
  for (guint i = 0; i < n_items; i++)
    {
      RpReading *reading = g_list_model_get_item (G_LIST_MODEL (self->readings), i);

      g_object_unref (reading);
      if (rp_reading_get_id (reading) == reading_id)
        return reading;
    }

  return NULL;
}

/**
 * rp_store_get_reading_collections:
 *
 * Read on the first call, then kept up to date. A collection keeps its
 * object while it exists: renames and its counts are set on it.
 *
 * Returns: (transfer none): a #GListModel of #RpReadingCollection
 */
GListModel *
rp_store_get_reading_collections (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  rp_store_ensure_readings (self);

  return G_LIST_MODEL (self->reading_collections);
}

/**
 * rp_store_get_readings:
 *
 * Every reading, by collection then position, without its body. Read on
 * the first call, then kept up to date: a reading whose title,
 * description, link, entry date or collection changed is replaced by a
 * new object; favourite, position, read offset, progress and last-read
 * change on the object itself. Listen to `changed::reading` to load a
 * body again.
 *
 * Returns: (transfer none): a #GListModel of #RpReading
 */
GListModel *
rp_store_get_readings (RpStore *self)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  rp_store_ensure_readings (self);

  return G_LIST_MODEL (self->readings);
}

/**
 * rp_store_find_reading:
 *
 * Returns: (transfer full) (nullable): the model's reading with this id,
 *   without its body
 */
RpReading *
rp_store_find_reading (RpStore *self,
                       gint64   reading_id)
{
  RpReading *reading;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  rp_store_ensure_readings (self);
  reading = rp_store_peek_reading (self, reading_id);

  return reading != NULL ? g_object_ref (reading) : NULL;
}

/**
 * rp_store_load_reading:
 * @error: %RP_READING_ERROR_NOT_FOUND or an #RpDatabaseError
 *
 * Reads one reading whole, body included, as it is saved now: for the
 * reader and the editor, and to keep for Undo before a delete.
 *
 * Returns: (transfer full): a new #RpReading, or %NULL with @error set
 */
RpReading *
rp_store_load_reading (RpStore  *self,
                       gint64    reading_id,
                       GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return rp_store_read_reading (self, reading_id, TRUE, error);
}

/**
 * rp_store_find_reading_collection:
 *
 * Returns: (transfer full) (nullable): the collection with this id
 */
RpReadingCollection *
rp_store_find_reading_collection (RpStore *self,
                                  gint64   collection_id)
{
  GListModel *model;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);

  model = rp_store_get_reading_collections (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpReadingCollection) collection = g_list_model_get_item (model, i);

      if (rp_reading_collection_get_id (collection) == collection_id)
        return g_steal_pointer (&collection);
    }

  return NULL;
}

/**
 * rp_store_get_builtin_collection:
 * @kind: %RP_READING_COLLECTION_STARTER or %RP_READING_COLLECTION_MINE
 *
 * Returns: (transfer full) (nullable): the starter library or My
 *   Readings (%NULL only when the database could not be read)
 */
RpReadingCollection *
rp_store_get_builtin_collection (RpStore                 *self,
                                 RpReadingCollectionKind  kind)
{
  GListModel *model;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (kind == RP_READING_COLLECTION_STARTER ||
                        kind == RP_READING_COLLECTION_MINE, NULL);

  model = rp_store_get_reading_collections (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpReadingCollection) collection = g_list_model_get_item (model, i);

      if (rp_reading_collection_get_kind (collection) == kind)
        return g_steal_pointer (&collection);
    }

  return NULL;
}
