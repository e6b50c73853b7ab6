/* rp-store-reading-collections.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-store-private.h"

/* RpStore's reading collections: the user's own are made, renamed and
 * deleted here; the starter library and My Readings, made by the schema,
 * are neither renamed nor deleted. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

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

/* A collection of the user's: not the starter library nor My Readings. */
static gboolean
check_user_collection (RpStore  *self,
                       gint64    collection_id,
                       GError  **error)
{
  RpReadingCollectionKind kind;

  if (!rp_store_get_collection_kind (self, collection_id, &kind, error))
    return FALSE;

  if (kind != RP_READING_COLLECTION_USER)
    {
      g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN,
                           _("The starter library and My Readings cannot be renamed or deleted."));
      return FALSE;
    }

  return TRUE;
}

/* Inserts a collection of the user's after the others, inside the
 * caller's transaction. Sets its id, kind and position on @collection. */
gboolean
rp_store_insert_collection_row (RpStore              *self,
                                RpReadingCollection  *collection,
                                GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO reading_collection (kind, name, import_key, position,"
                              " created, updated)"
                              " VALUES (?1, ?2, ?3,"
                              "  (SELECT coalesce (max (position) + 1, 0) FROM reading_collection),"
                              "  " NOW_SQL ", " NOW_SQL ")"
                              " RETURNING id, position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, RP_READING_COLLECTION_USER);
  sqlite3_bind_text (stmt, 2, rp_reading_collection_get_name (collection), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rp_reading_collection_get_import_key (collection), -1,
                     SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_reading_collection_set_id (collection, sqlite3_column_int64 (stmt, 0));
  rp_reading_collection_set_kind (collection, RP_READING_COLLECTION_USER);
  rp_reading_collection_set_position (collection, sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);

  return TRUE;
}

/**
 * rp_store_add_reading_collection:
 * @collection: a new collection (id 0), named by the user
 * @error: %RP_READING_ERROR_INVALID for the name, or an #RpDatabaseError
 *
 * Saves a collection of the user's after the others and sets its id,
 * kind and position. The collections model gets its own object for it.
 * Emits `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_add_reading_collection (RpStore              *self,
                                 RpReadingCollection  *collection,
                                 GError              **error)
{
  g_autoptr(RpReadingCollection) copy = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (RP_IS_READING_COLLECTION (collection), FALSE);
  g_return_val_if_fail (rp_reading_collection_get_id (collection) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_reading_collection_validate_name (rp_reading_collection_get_name (collection), error))
    return FALSE;

  copy = rp_reading_collection_new (rp_reading_collection_get_name (collection));
  rp_reading_collection_set_import_key (copy, rp_reading_collection_get_import_key (collection));
  if (!rp_database_begin_write (self->database, error) ||
      !finish_write (self, rp_store_insert_collection_row (self, copy, error), error))
    return FALSE;

  rp_reading_collection_set_id (collection, rp_reading_collection_get_id (copy));
  rp_reading_collection_set_kind (collection, RP_READING_COLLECTION_USER);
  rp_reading_collection_set_position (collection, rp_reading_collection_get_position (copy));

  return TRUE;
}

/**
 * rp_store_rename_reading_collection:
 * @error: INVALID for the name, BUILTIN for the starter library and My
 *   Readings, NOT_FOUND, or an #RpDatabaseError
 *
 * Renames a collection of the user's; the model's object takes the new
 * name. Emits `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_rename_reading_collection (RpStore     *self,
                                    gint64       collection_id,
                                    const char  *name,
                                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rp_reading_collection_validate_name (name, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading_collection SET name = ?2, updated = " NOW_SQL
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  return finish_write (self,
                       check_user_collection (self, collection_id, error) &&
                       rp_database_step_done (self->database, stmt, error),
                       error);
}

/* Takes the collection's readings out of the search index before the
 * cascade deletes them. */
static gboolean
unindex_collection (RpStore  *self,
                    gint64    collection_id,
                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT id FROM reading WHERE collection_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  for (guint i = 0; i < ids->len; i++)
    {
      if (!rp_store_reading_fts_remove (self, g_array_index (ids, gint64, i), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * rp_store_delete_reading_collection:
 * @error: BUILTIN for the starter library and My Readings, NOT_FOUND, or
 *   an #RpDatabaseError
 *
 * Deletes a collection of the user's and its readings. Their read marks
 * stay in the log, so the progress counts do not change. Emits
 * `changed::reading`.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_delete_reading_collection (RpStore  *self,
                                    gint64    collection_id,
                                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = rp_database_prepare (self->database,
                              "DELETE FROM reading_collection WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);

  if (!rp_database_begin_write (self->database, error))
    return FALSE;

  /* The readings go with it through ON DELETE CASCADE. */
  return finish_write (self,
                       check_user_collection (self, collection_id, error) &&
                       unindex_collection (self, collection_id, error) &&
                       rp_database_step_done (self->database, stmt, error),
                       error);
}
