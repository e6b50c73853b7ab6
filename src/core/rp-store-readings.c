/* rp-store-readings.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-reading-private.h"
#include "rp-store-private.h"

/* RpStore's reading library, the user's writes: adding, editing, moving
 * and deleting readings, Undo, favourites, where the reader stopped and a
 * document's progress. Each is one transaction; the models follow (see
 * rp-store-reading-models.c). */

static gboolean
set_starter_text_error (GError **error)
{
  g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN,
                       _("The starter library’s texts cannot be changed or deleted."
                         " To keep a version of your own, add it to My Readings."));
  return FALSE;
}

/* Where the user may put a reading: My Readings for 0, else an existing
 * collection other than the starter library. */
static gboolean
resolve_collection (RpStore  *self,
                    gint64    collection_id,
                    gint64   *out_collection_id,
                    GError  **error)
{
  RpReadingCollectionKind kind;

  if (collection_id == 0)
    {
      *out_collection_id = rp_store_get_builtin_collection_id (self, RP_READING_COLLECTION_MINE,
                                                               error);
      return *out_collection_id != 0;
    }

  if (!rp_store_get_collection_kind (self, collection_id, &kind, error))
    return FALSE;

  if (kind == RP_READING_COLLECTION_STARTER)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN,
                           _("Only the texts that come with Reprieve go in the starter library."
                             " Add your reading to My Readings or to a collection of your own."));
      return FALSE;
    }

  *out_collection_id = collection_id;
  return TRUE;
}

/* The saved reading, which the user may change: not a starter text. */
static RpReading *
read_editable (RpStore  *self,
               gint64    reading_id,
               GError  **error)
{
  g_autoptr(RpReading) saved = rp_store_read_reading (self, reading_id, FALSE, error);

  if (saved == NULL)
    return NULL;

  if (!rp_reading_is_editable (saved))
    {
      set_starter_text_error (error);
      return NULL;
    }

  return g_steal_pointer (&saved);
}

static gboolean
finish_write (RpStore   *self,
              gboolean   ok,
              GError   **error)
{
  if (!ok || !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  rp_store_readings_written (self);
  return TRUE;
}

/* --- the user's writes ------------------------------------------------- */

/**
 * rp_store_add_reading:
 * @reading: a new reading (id 0): a written text or a link; its
 *   collection id 0 puts it in My Readings
 * @error: an #RpReadingError (INVALID, NOT_FOUND for a collection deleted
 *   meanwhile, BUILTIN for the starter library) or #RpDatabaseError
 *
 * Saves @reading at the end of its collection and sets its id,
 * collection, position and timestamps. Emits `changed::reading`.
 *
 * Returns: %TRUE on success; on failure nothing was saved
 */
gboolean
rp_store_add_reading (RpStore    *self,
                      RpReading  *reading,
                      GError    **error)
{
  g_autoptr(RpReading) copy = NULL;
  gint64 collection_id = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_READING (reading), FALSE);
  g_return_val_if_fail (rp_reading_get_id (reading) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_reading_validate (reading, NULL, error))
    return FALSE;
  if (!rp_reading_is_editable (reading))
    return set_starter_text_error (error);

  /* A copy, so that a rollback leaves @reading as it was. */
  copy = rp_reading_copy (reading);
  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = resolve_collection (self, rp_reading_get_collection_id (copy), &collection_id, error);
  if (ok)
    {
      rp_reading_set_collection_id (copy, collection_id);
      ok = rp_store_insert_reading_row (self, copy, -1, FALSE, error);
    }
  if (!finish_write (self, ok, error))
    return FALSE;

  rp_reading_set_id (reading, rp_reading_get_id (copy));
  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_position (reading, rp_reading_get_position (copy));
  rp_reading_set_timestamps (reading, rp_reading_get_created (copy), rp_reading_get_updated (copy));

  return TRUE;
}

/**
 * rp_store_update_reading:
 * @reading: a saved reading (an rp_store_load_reading() copy the editor
 *   changed); a new collection id moves it to the end of that collection
 *
 * Saves the text, title, description, source, link, entry date and
 * collection of @reading. Favourite, read offset and progress have their
 * own calls and stay as saved. Starter texts are refused (BUILTIN). The
 * readings model then holds a new object for it. Emits `changed::reading`.
 *
 * Returns: %TRUE on success; on failure nothing was saved
 */
gboolean
rp_store_update_reading (RpStore    *self,
                         RpReading  *reading,
                         GError    **error)
{
  g_autoptr(RpReading) copy = NULL;
  g_autoptr(RpReading) saved = NULL;
  gint64 collection_id = 0;
  int position = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_READING (reading), FALSE);
  g_return_val_if_fail (rp_reading_get_id (reading) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_reading_validate (reading, NULL, error))
    return FALSE;

  copy = rp_reading_copy (reading);
  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  saved = read_editable (self, rp_reading_get_id (copy), error);
  ok = saved != NULL &&
       resolve_collection (self, rp_reading_get_collection_id (copy), &collection_id, error);
  if (ok && collection_id == rp_reading_get_collection_id (saved))
    {
      position = rp_reading_get_position (saved);
      ok = rp_store_update_reading_row (self, copy, collection_id, position, error);
    }
  else if (ok)
    {
      /* Moved: to the end of the new collection, closing its old place. */
      ok = rp_store_next_reading_position (self, collection_id, &position, error) &&
           rp_store_update_reading_row (self, copy, collection_id, position, error) &&
           rp_store_shift_reading_positions (self, rp_reading_get_collection_id (saved),
                            rp_reading_get_position (saved) + 1, -1, error);
    }
  if (!finish_write (self, ok, error))
    return FALSE;

  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_position (reading, rp_reading_get_position (copy));
  rp_reading_set_timestamps (reading, rp_reading_get_created (copy), rp_reading_get_updated (copy));

  return TRUE;
}

/**
 * rp_store_delete_reading:
 *
 * Deletes a reading the user added or imported; its read marks stay in
 * the log, so the progress counts do not change. Starter texts are
 * refused (BUILTIN). Keep an rp_store_load_reading() copy, body included,
 * for Undo (rp_store_restore_reading()). Emits `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_reading (RpStore  *self,
                         gint64    reading_id,
                         GError  **error)
{
  g_autoptr(RpReading) saved = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  saved = read_editable (self, reading_id, error);

  return finish_write (self,
                       saved != NULL && rp_store_delete_reading_row (self, reading_id, TRUE, error),
                       error);
}

/**
 * rp_store_restore_reading:
 * @reading: a deleted reading as rp_store_load_reading() gave it, body
 *   included
 *
 * Undo for rp_store_delete_reading(): puts @reading back under the same
 * id, in its collection at its place, with its favourite, read offset and
 * progress, so its read marks belong to it again. When its collection
 * has been deleted meanwhile, it goes to the end of My Readings. Emits
 * `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_restore_reading (RpStore    *self,
                          RpReading  *reading,
                          GError    **error)
{
  g_autoptr(RpReading) restored = NULL;
  g_autoptr(GError) local_error = NULL;
  RpReadingCollectionKind kind;
  int position = -1;
  int n_readings = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_READING (reading), FALSE);
  g_return_val_if_fail (rp_reading_get_id (reading) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_reading_validate (reading, NULL, error))
    return FALSE;
  if (!rp_reading_is_editable (reading))
    return set_starter_text_error (error);

  restored = rp_reading_copy (reading);
  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = rp_store_get_collection_kind (self, rp_reading_get_collection_id (restored), &kind,
                                     &local_error);
  if (ok && kind == RP_READING_COLLECTION_STARTER)
    ok = set_starter_text_error (&local_error);
  if (ok)
    {
      ok = rp_store_count_collection_readings (self, rp_reading_get_collection_id (restored), &n_readings,
                                &local_error);
      position = CLAMP (rp_reading_get_position (restored), 0, n_readings);
    }
  else if (g_error_matches (local_error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND))
    {
      gint64 mine;

      g_clear_error (&local_error);
      mine = rp_store_get_builtin_collection_id (self, RP_READING_COLLECTION_MINE, &local_error);
      ok = mine != 0;
      rp_reading_set_collection_id (restored, mine);
    }

  ok = ok && rp_store_insert_reading_row (self, restored, position, TRUE, &local_error);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return finish_write (self, ok, error);
}

/* Runs an UPDATE of one reading's row (?1 its id) in its own
 * transaction; NOT_FOUND when there is no such reading. */
static gboolean
write_one (RpStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  if (!rp_database_step_done (self->database, stmt, error) ||
      (sqlite3_changes (sqlite3_db_handle (stmt)) == 0 && !rp_store_set_reading_not_found (error)) ||
      !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  return TRUE;
}

/**
 * rp_store_set_reading_favourite:
 *
 * Marks or unmarks a reading, starter texts included, as a favourite.
 * The model's object changes in place. Emits `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_reading_favourite (RpStore   *self,
                                gint64     reading_id,
                                gboolean   favourite,
                                GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  RpReading *item;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading SET favourite = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  sqlite3_bind_int (stmt, 2, favourite ? 1 : 0);
  if (!write_one (self, stmt, error))
    return FALSE;

  item = rp_store_peek_reading (self, reading_id);
  if (item != NULL)
    rp_reading_set_favourite (item, favourite);

  rp_store_emit_changed (self, "reading");
  return TRUE;
}

/**
 * rp_store_set_reading_read_offset:
 * @read_offset: where the reader stopped, a character offset (>= 0)
 *
 * Saves where the reader stopped. It is written often, so the only
 * signal is the model object's `notify::read-offset`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_reading_read_offset (RpStore   *self,
                                  gint64     reading_id,
                                  int        read_offset,
                                  GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  RpReading *item;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (read_offset >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading SET read_offset = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  sqlite3_bind_int (stmt, 2, read_offset);
  if (!write_one (self, stmt, error))
    return FALSE;

  item = rp_store_peek_reading (self, reading_id);
  if (item != NULL)
    rp_reading_set_read_offset (item, read_offset);

  return TRUE;
}

/**
 * rp_store_set_reading_progress:
 * @page: the page reached, or -1
 * @pages: the document's pages, or 0 when not known
 * @percent: how far, 0–100, or -1
 * @error: %RP_READING_ERROR_INVALID (a page past the last...), NOT_FOUND
 *   or an #RpDatabaseError
 *
 * The user's own mark of how far they are in a document Reprieve cannot
 * read. The model's object changes in place. Emits `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_set_reading_progress (RpStore   *self,
                               gint64     reading_id,
                               int        page,
                               int        pages,
                               int        percent,
                               GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(RpReading) saved = NULL;
  RpReading *item;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Checked as part of the whole reading, as the editor would. */
  saved = rp_store_read_reading (self, reading_id, TRUE, error);
  if (saved == NULL)
    return FALSE;
  rp_reading_set_progress (saved, page, pages, percent);
  if (!rp_reading_validate (saved, NULL, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading SET progress_page = nullif (?2, -1),"
                              " progress_pages = nullif (?3, 0),"
                              " progress_percent = nullif (?4, -1) WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  sqlite3_bind_int (stmt, 2, page);
  sqlite3_bind_int (stmt, 3, pages);
  sqlite3_bind_int (stmt, 4, percent);
  if (!write_one (self, stmt, error))
    return FALSE;

  item = rp_store_peek_reading (self, reading_id);
  if (item != NULL)
    rp_reading_set_progress (item, page, pages, percent);

  rp_store_emit_changed (self, "reading");
  return TRUE;
}
