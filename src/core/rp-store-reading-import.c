/* rp-store-reading-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-reading-private.h"
#include "rp-store-private.h"

/* RpStore's readings from elsewhere: the starter library brought in line
 * with what this build ships, imported .md/.txt files (found again by
 * their import keys, all of a file or none of it), and the daily reading
 * chosen from what is saved. */

/* app_meta's key for the starter library's version synced last. */
#define STARTER_VERSION_KEY "starter-library-version"

/* --- app_meta ---------------------------------------------------------- */

static gboolean
read_meta (RpStore     *self,
           const char  *key,
           char       **out_value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *out_value = NULL;
  stmt = rp_database_prepare (self->database, "SELECT value FROM app_meta WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_value = g_strdup (rp_database_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  return TRUE;
}

static gboolean
write_meta (RpStore     *self,
            const char  *key,
            const char  *value,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO app_meta (key, value) VALUES (?1, ?2)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);

  return rp_database_step_done (self->database, stmt, error);
}

/* --- shared ------------------------------------------------------------ */

static gboolean
validate_all (GPtrArray  *readings,
              gboolean    need_keys,
              GError    **error)
{
  for (guint i = 0; i < readings->len; i++)
    {
      RpReading *reading = g_ptr_array_index (readings, i);

      if (!rp_reading_validate (reading, NULL, error))
        return FALSE;

      if (need_keys && rp_reading_get_import_key (reading) == NULL)
        {
          g_set_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID,
                       _("The reading “%s” has no import identifier."),
                       rp_reading_get_title (reading));
          return FALSE;
        }
    }

  return TRUE;
}

/* Saves @reading (a copy, in its collection) as new, or over the saved
 * one with its import key when its text differs. Says which it did. */
static gboolean
import_one (RpStore    *self,
            RpReading  *reading,
            guint      *imported,
            guint      *updated,
            GError    **error)
{
  g_autoptr(RpReading) saved = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *key = rp_reading_get_import_key (reading);

  if (key != NULL)
    {
      saved = rp_store_find_reading_by_key (self, rp_reading_get_collection_id (reading), key,
                                            &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (saved == NULL)
    {
      (*imported)++;
      return rp_store_insert_reading_row (self, reading, -1, FALSE, error);
    }

  if (rp_store_reading_same_text (saved, reading))
    return TRUE;

  /* The user's favourite, place, read offset and marks stay. */
  (*updated)++;
  rp_reading_set_id (reading, rp_reading_get_id (saved));
  return rp_store_update_reading_row (self, reading, rp_reading_get_collection_id (saved),
                                      rp_reading_get_position (saved), error);
}

static gboolean
finish_write (RpStore   *self,
              gboolean   ok,
              gboolean   changed,
              GError   **error)
{
  if (!ok || !rp_database_commit (self->database, error))
    {
      rp_database_rollback (self->database);
      return FALSE;
    }

  if (changed)
    rp_store_readings_written (self);

  return TRUE;
}

/* --- the starter library ----------------------------------------------- */

/* Positions 0…n-1 again after texts were removed, in the same order. */
static gboolean
renumber (RpStore  *self,
          gint64    collection_id,
          GError  **error)
{
  g_autoptr(GPtrArray) readings = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  readings = rp_store_read_collection_readings (self, collection_id, FALSE, error);
  if (readings == NULL)
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading SET position = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < readings->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, rp_reading_get_id (g_ptr_array_index (readings, i)));
      sqlite3_bind_int (stmt, 2, (int) i);
      if (!rp_database_step_done (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
sync_starter (RpStore    *self,
              GPtrArray  *readings,
              guint      *out_changes,
              GError    **error)
{
  g_autoptr(GHashTable) shipped = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) saved = NULL;
  guint imported = 0;
  guint updated = 0;
  guint removed = 0;
  gint64 starter_id;

  starter_id = rp_store_get_builtin_collection_id (self, RP_READING_COLLECTION_STARTER, error);
  if (starter_id == 0)
    return FALSE;

  for (guint i = 0; i < readings->len; i++)
    {
      g_autoptr(RpReading) copy = rp_reading_copy (g_ptr_array_index (readings, i));

      g_hash_table_add (shipped, (gpointer) rp_reading_get_import_key (g_ptr_array_index (readings, i)));
      rp_reading_set_collection_id (copy, starter_id);
      rp_reading_set_origin (copy, RP_READING_ORIGIN_STARTER);
      if (!import_one (self, copy, &imported, &updated, error))
        return FALSE;
    }

  saved = rp_store_read_collection_readings (self, starter_id, FALSE, error);
  if (saved == NULL)
    return FALSE;

  for (guint i = 0; i < saved->len; i++)
    {
      RpReading *reading = g_ptr_array_index (saved, i);
      const char *key = rp_reading_get_import_key (reading);

      if (key != NULL && g_hash_table_contains (shipped, key))
        continue;

      removed++;
      if (!rp_store_delete_reading_row (self, rp_reading_get_id (reading), FALSE, error))
        return FALSE;
    }

  if (removed > 0 && !renumber (self, starter_id, error))
    return FALSE;

  *out_changes = imported + updated + removed;
  return TRUE;
}

/**
 * rp_store_sync_starter_library:
 * @readings: (element-type RpReading): rp_starter_library_load()'s
 * @version: rp_starter_library_get_version() of @readings
 *
 * Brings the starter library in line with @readings, matched by import
 * key: new texts go to the end, changed ones are updated in place
 * (favourite, position, read offset and read marks kept), texts no longer
 * shipped are removed (their read marks stay counted). Does nothing when
 * @version is the one synced last. All or nothing. Emits
 * `changed::reading` when a text changed.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_sync_starter_library (RpStore     *self,
                               GPtrArray   *readings,
                               const char  *version,
                               GError     **error)
{
  g_autofree char *synced = NULL;
  guint changes = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (readings != NULL, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Read outside a transaction: most starts end here, without taking the
   * write lock. */
  if (!read_meta (self, STARTER_VERSION_KEY, &synced, error))
    return FALSE;
  if (g_strcmp0 (synced, version) == 0)
    return TRUE;

  if (!validate_all (readings, TRUE, error) ||
      !rp_database_begin_write (self->database, error))
    return FALSE;

  ok = sync_starter (self, readings, &changes, error) &&
       write_meta (self, STARTER_VERSION_KEY, version, error);

  return finish_write (self, ok, changes > 0, error);
}

/* --- imported files ---------------------------------------------------- */

/* The collection a dated file goes to: the one made by importing it
 * before (even if renamed since), or a new one. */
static gboolean
find_or_make_collection (RpStore          *self,
                         RpReadingImport  *import,
                         gint64           *out_collection_id,
                         gboolean         *out_made,
                         GError          **error)
{
  g_autoptr(RpReadingCollection) collection = NULL;

  if (import->import_key != NULL)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      stmt = rp_database_prepare (self->database,
                                  "SELECT id FROM reading_collection"
                                  " WHERE kind = ?1 AND import_key = ?2 ORDER BY id LIMIT 1",
                                  error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int (stmt, 1, RP_READING_COLLECTION_USER);
      sqlite3_bind_text (stmt, 2, import->import_key, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_collection_id = sqlite3_column_int64 (stmt, 0);
          return TRUE;
        }
      if (rc != SQLITE_DONE)
        return rp_database_set_error_from_sqlite (self->database, rc, error);
    }

  collection = rp_reading_collection_new (import->collection_name);
  rp_reading_collection_set_import_key (collection, import->import_key);
  if (!rp_store_insert_collection_row (self, collection, error))
    return FALSE;

  *out_collection_id = rp_reading_collection_get_id (collection);
  *out_made = TRUE;
  return TRUE;
}

static gboolean
import_all (RpStore          *self,
            RpReadingImport  *import,
            gint64           *out_collection_id,
            gboolean         *out_made,
            guint            *imported,
            guint            *updated,
            GError          **error)
{
  if (import->collection_name != NULL)
    {
      if (!find_or_make_collection (self, import, out_collection_id, out_made, error))
        return FALSE;
    }
  else
    {
      *out_collection_id = rp_store_get_builtin_collection_id (self, RP_READING_COLLECTION_MINE,
                                                               error);
      if (*out_collection_id == 0)
        return FALSE;
    }

  for (guint i = 0; i < import->readings->len; i++)
    {
      /* A copy: the parsed readings stay as they were, whatever happens. */
      g_autoptr(RpReading) copy = rp_reading_copy (g_ptr_array_index (import->readings, i));

      rp_reading_set_collection_id (copy, *out_collection_id);
      rp_reading_set_origin (copy, RP_READING_ORIGIN_IMPORTED);
      if (!import_one (self, copy, imported, updated, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * rp_store_import_readings:
 * @import: a parsed file (rp_import_markdown_parse())
 * @out_imported: (out) (optional): readings added
 * @out_updated: (out) (optional): readings found again whose text changed
 * @out_skipped: (out) (optional): the parts of the file left out
 * @out_collection_id: (out) (optional): where they went: the dated
 *   collection, or My Readings
 * @error: INVALID when a reading or the collection's name cannot be
 *   saved, or an #RpDatabaseError
 *
 * Saves a file's readings in one transaction: all or nothing. A dated
 * collection is found again by its import key (even renamed) or made; a
 * single reading goes to My Readings. A reading found again by its import
 * key is updated when its text changed, keeping the user's favourite,
 * place and marks; an unchanged one counts as neither imported nor
 * updated. @import is not changed. Emits `changed::reading` when anything
 * was written.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_import_readings (RpStore          *self,
                          RpReadingImport  *import,
                          guint            *out_imported,
                          guint            *out_updated,
                          guint            *out_skipped,
                          gint64           *out_collection_id,
                          GError          **error)
{
  gint64 collection_id = 0;
  gboolean made_collection = FALSE;
  guint imported = 0;
  guint updated = 0;
  gboolean ok;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (import != NULL && import->readings != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_all (import->readings, FALSE, error) ||
      (import->collection_name != NULL &&
       !rp_reading_collection_validate_name (import->collection_name, error)))
    return FALSE;

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  ok = import_all (self, import, &collection_id, &made_collection, &imported, &updated, error);
  if (!finish_write (self, ok, made_collection || imported > 0 || updated > 0, error))
    return FALSE;

  if (out_imported != NULL)
    *out_imported = imported;
  if (out_updated != NULL)
    *out_updated = updated;
  if (out_skipped != NULL)
    *out_skipped = import->skipped != NULL ? import->skipped->len : 0;
  if (out_collection_id != NULL)
    *out_collection_id = collection_id;

  return TRUE;
}

/* --- the daily reading ------------------------------------------------- */

/**
 * rp_store_get_daily_reading:
 * @collection_id: the collection chosen in the settings; one that no
 *   longer exists falls back to the starter library
 * @order: how to go through it
 * @start: (nullable): the day the first reading of the collection is read
 *   (IN_ORDER; see rp_daily_reading_choose() without one)
 * @day: the day to choose for (the caller's clock)
 *
 * See rp_daily_reading_choose().
 *
 * Returns: (transfer full) (nullable): the reading loaded with its body,
 *   or %NULL: with @error set on failure, without when there is nothing
 *   to choose from
 */
RpReading *
rp_store_get_daily_reading (RpStore              *self,
                            gint64                collection_id,
                            RpDailyReadingOrder   order,
                            const GDate          *start,
                            const GDate          *day,
                            GError              **error)
{
  g_autoptr(GPtrArray) readings = NULL;
  g_autoptr(GPtrArray) favourites = NULL;
  g_autoptr(GError) local_error = NULL;
  RpReadingCollectionKind kind;
  RpReading *chosen;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (start == NULL || g_date_valid (start), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rp_store_get_collection_kind (self, collection_id, &kind, &local_error))
    {
      if (!g_error_matches (local_error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      collection_id = rp_store_get_builtin_collection_id (self, RP_READING_COLLECTION_STARTER,
                                                          error);
      if (collection_id == 0)
        return NULL;
    }

  readings = rp_store_read_collection_readings (self, collection_id, FALSE, error);
  if (readings == NULL)
    return NULL;
  favourites = rp_store_read_collection_readings (self, 0, TRUE, error);
  if (favourites == NULL)
    return NULL;

  chosen = rp_daily_reading_choose (readings, favourites, order, start, day);
  if (chosen == NULL)
    return NULL;

  return rp_store_read_reading (self, rp_reading_get_id (chosen), TRUE, error);
}
