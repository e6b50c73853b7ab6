/* rp-store-reading-rows.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-reading-private.h"
#include "rp-store-private.h"

/* The SQL of RpStore's reading library: reading rows into RpReading and
 * RpReadingCollection objects, and writing them inside the caller's
 * transaction with the search index kept in step (every INSERT, UPDATE
 * of the text and DELETE has the FTS calls around it). Positions in a
 * collection stay 0…n-1. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* The columns row_to_reading() reads, in its order; the body, when read,
 * comes last. */
#define READING_COLUMNS \
  "r.id, r.collection_id, r.kind, r.origin, r.format, r.title, r.description," \
  " r.source_note, r.uri, r.entry_month, r.entry_day, r.position, r.favourite," \
  " r.read_offset, r.progress_page, r.progress_pages, r.progress_percent," \
  " r.import_key, r.created, r.updated," \
  " (SELECT max (l.at) FROM reading_log l WHERE l.reading_id = r.id)"
#define BODY_COLUMN 21

/* Collections in the models' order: the starter library, My Readings,
 * then the user's. */
#define COLLECTION_ORDER "c.kind, c.position, c.id"

/* --- errors ------------------------------------------------------------ */

gboolean
rp_store_set_reading_not_found (GError **error)
{
  g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND,
                       _("This reading has been deleted. Close it and look in your library."));
  return FALSE;
}

gboolean
rp_store_set_collection_not_found (GError **error)
{
  g_set_error_literal (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND,
                       _("This collection has been deleted. Choose another one."));
  return FALSE;
}

/* --- reading rows ------------------------------------------------------ */

/* The local day ("YYYY-MM-DD") of a stored UTC time, or NULL. */
char *
rp_store_format_local_day (const char *stored_time,
                           GTimeZone  *time_zone)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (stored_time == NULL)
    return NULL;

  utc = g_date_time_new_from_iso8601 (stored_time, NULL);
  if (utc == NULL)
    return NULL;

  local = g_date_time_to_timezone (utc, time_zone);

  return g_date_time_format (local, "%Y-%m-%d");
}

static int
column_int_or (sqlite3_stmt *stmt,
               int           column,
               int           unset)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return unset;

  return sqlite3_column_int (stmt, column);
}

static RpReading *
row_to_reading (sqlite3_stmt *stmt,
                gboolean      with_body,
                GTimeZone    *time_zone)
{
  RpReading *reading = rp_reading_new (sqlite3_column_int (stmt, 2));
  g_autofree char *last_read = NULL;

  rp_reading_set_id (reading, sqlite3_column_int64 (stmt, 0));
  rp_reading_set_collection_id (reading, sqlite3_column_int64 (stmt, 1));
  rp_reading_set_origin (reading, sqlite3_column_int (stmt, 3));
  rp_reading_set_format (reading, sqlite3_column_int (stmt, 4));
  rp_reading_set_title (reading, rp_database_column_text (stmt, 5));
  rp_reading_set_description (reading, rp_database_column_text (stmt, 6));
  rp_reading_set_source_note (reading, rp_database_column_text (stmt, 7));
  rp_reading_set_uri (reading, rp_database_column_text (stmt, 8));
  rp_reading_set_entry_date (reading, sqlite3_column_int (stmt, 9), sqlite3_column_int (stmt, 10));
  rp_reading_set_position (reading, sqlite3_column_int (stmt, 11));
  rp_reading_set_favourite (reading, sqlite3_column_int (stmt, 12) != 0);
  rp_reading_set_read_offset (reading, sqlite3_column_int (stmt, 13));
  rp_reading_set_progress (reading,
                           column_int_or (stmt, 14, -1),
                           column_int_or (stmt, 15, 0),
                           column_int_or (stmt, 16, -1));
  rp_reading_set_import_key (reading, rp_database_column_text (stmt, 17));
  rp_reading_set_timestamps (reading,
                             rp_database_column_text (stmt, 18),
                             rp_database_column_text (stmt, 19));
  last_read = rp_store_format_local_day (rp_database_column_text (stmt, 20), time_zone);
  rp_reading_set_last_read (reading, last_read);
  if (with_body)
    rp_reading_set_body (reading, rp_database_column_text (stmt, BODY_COLUMN));

  return reading;
}

/* Every row of @stmt (already bound). */
static GPtrArray *
read_rows (RpStore       *self,
           sqlite3_stmt  *stmt,
           gboolean       with_body,
           GError       **error)
{
  g_autoptr(GPtrArray) readings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (readings, row_to_reading (stmt, with_body, local));

  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&readings);
}

/* One reading as saved, with or without its body; NOT_FOUND when there
 * is none. Its last-read day is in local time. */
RpReading *
rp_store_read_reading (RpStore   *self,
                       gint64     reading_id,
                       gboolean   with_body,
                       GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) readings = NULL;

  stmt = rp_database_prepare (self->database,
                              with_body
                              ? "SELECT " READING_COLUMNS ", r.body FROM reading r WHERE r.id = ?1"
                              : "SELECT " READING_COLUMNS " FROM reading r WHERE r.id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  readings = read_rows (self, stmt, with_body, error);
  if (readings == NULL)
    return NULL;

  if (readings->len == 0)
    {
      rp_store_set_reading_not_found (error);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (readings, 0));
}

/* The reading of @collection_id imported as @import_key, with its body,
 * or NULL without an error. */
RpReading *
rp_store_find_reading_by_key (RpStore     *self,
                              gint64       collection_id,
                              const char  *import_key,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) readings = NULL;

  stmt = rp_database_prepare (self->database,
                              "SELECT " READING_COLUMNS ", r.body FROM reading r"
                              " WHERE r.collection_id = ?1 AND r.import_key = ?2",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_text (stmt, 2, import_key, -1, SQLITE_TRANSIENT);
  readings = read_rows (self, stmt, TRUE, error);
  if (readings == NULL || readings->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (readings, 0));
}

/* Without bodies: the readings of @collection_id in their order, or with
 * @favourites_only every favourite in the models' order. */
GPtrArray *
rp_store_read_collection_readings (RpStore   *self,
                                   gint64     collection_id,
                                   gboolean   favourites_only,
                                   GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (favourites_only)
    {
      stmt = rp_database_prepare (self->database,
                                  "SELECT " READING_COLUMNS " FROM reading r"
                                  " JOIN reading_collection c ON c.id = r.collection_id"
                                  " WHERE r.favourite = 1"
                                  " ORDER BY " COLLECTION_ORDER ", r.position, r.id",
                                  error);
    }
  else
    {
      stmt = rp_database_prepare (self->database,
                                  "SELECT " READING_COLUMNS " FROM reading r"
                                  " WHERE r.collection_id = ?1 ORDER BY r.position, r.id",
                                  error);
      if (stmt != NULL)
        sqlite3_bind_int64 (stmt, 1, collection_id);
    }
  if (stmt == NULL)
    return NULL;

  return read_rows (self, stmt, FALSE, error);
}

/* Whether @a and @b hold the same text: what an import or the starter
 * library would change. Bodies are compared as they are (NULL for the
 * models' items). */
gboolean
rp_store_reading_same_text (RpReading *a,
                            RpReading *b)
{
  return rp_reading_get_kind (a) == rp_reading_get_kind (b) &&
         rp_reading_get_format (a) == rp_reading_get_format (b) &&
         rp_reading_get_entry_month (a) == rp_reading_get_entry_month (b) &&
         rp_reading_get_entry_day (a) == rp_reading_get_entry_day (b) &&
         g_strcmp0 (rp_reading_get_title (a), rp_reading_get_title (b)) == 0 &&
         g_strcmp0 (rp_reading_get_description (a), rp_reading_get_description (b)) == 0 &&
         g_strcmp0 (rp_reading_get_body (a), rp_reading_get_body (b)) == 0 &&
         g_strcmp0 (rp_reading_get_source_note (a), rp_reading_get_source_note (b)) == 0 &&
         g_strcmp0 (rp_reading_get_uri (a), rp_reading_get_uri (b)) == 0;
}

/* Every collection, in the models' order, with its counts. */
GPtrArray *
rp_store_read_collections (RpStore  *self,
                           GError  **error)
{
  g_autoptr(GPtrArray) collections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT c.id, c.kind, c.name, c.position, c.import_key,"
                              " (SELECT count(*) FROM reading r WHERE r.collection_id = c.id),"
                              " EXISTS (SELECT 1 FROM reading r WHERE r.collection_id = c.id"
                              "         AND r.entry_month IS NOT NULL)"
                              " FROM reading_collection c ORDER BY " COLLECTION_ORDER,
                              error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpReadingCollection *collection = rp_reading_collection_new (rp_database_column_text (stmt, 2));

      rp_reading_collection_set_id (collection, sqlite3_column_int64 (stmt, 0));
      rp_reading_collection_set_kind (collection, sqlite3_column_int (stmt, 1));
      rp_reading_collection_set_position (collection, sqlite3_column_int (stmt, 3));
      rp_reading_collection_set_import_key (collection, rp_database_column_text (stmt, 4));
      rp_reading_collection_set_counts (collection,
                                        (guint) sqlite3_column_int (stmt, 5),
                                        sqlite3_column_int (stmt, 6) != 0);
      g_ptr_array_add (collections, collection);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&collections);
}

/* Every reading, without its body, in the models' order. */
GPtrArray *
rp_store_read_all_readings (RpStore  *self,
                            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (self->database,
                              "SELECT " READING_COLUMNS " FROM reading r"
                              " JOIN reading_collection c ON c.id = r.collection_id"
                              " ORDER BY " COLLECTION_ORDER ", r.position, r.id",
                              error);
  if (stmt == NULL)
    return NULL;

  return read_rows (self, stmt, FALSE, error);
}

/* --- writing rows ------------------------------------------------------ */

gboolean
rp_store_get_collection_kind (RpStore                  *self,
                              gint64                    collection_id,
                              RpReadingCollectionKind  *out_kind,
                              GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT kind FROM reading_collection WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return rp_store_set_collection_not_found (error);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_kind = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* The id of the starter library or My Readings; 0 with @error set. */
gint64
rp_store_get_builtin_collection_id (RpStore                  *self,
                                    RpReadingCollectionKind   kind,
                                    GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT id FROM reading_collection WHERE kind = ?1", error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int (stmt, 1, kind);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    rp_store_set_collection_not_found (error);
  else
    rp_database_set_error_from_sqlite (self->database, rc, error);

  return 0;
}

/* Binds ?2..?11: what the reading says, as an import or the editor
 * gives it. */
static void
bind_text_fields (sqlite3_stmt *stmt,
                  RpReading    *reading)
{
  const char *body = rp_reading_get_body (reading);

  sqlite3_bind_int (stmt, 2, rp_reading_get_kind (reading));
  sqlite3_bind_int (stmt, 3, rp_reading_get_format (reading));
  sqlite3_bind_text (stmt, 4, rp_reading_get_title (reading), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, rp_reading_get_description (reading), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, body != NULL ? body : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, rp_reading_get_source_note (reading), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, rp_reading_get_uri (reading), -1, SQLITE_TRANSIENT);
  if (rp_reading_get_entry_month (reading) > 0)
    {
      sqlite3_bind_int (stmt, 9, rp_reading_get_entry_month (reading));
      sqlite3_bind_int (stmt, 10, rp_reading_get_entry_day (reading));
    }
  else
    {
      sqlite3_bind_null (stmt, 9);
      sqlite3_bind_null (stmt, 10);
    }
  sqlite3_bind_text (stmt, 11, rp_reading_get_import_key (reading), -1, SQLITE_TRANSIENT);
}

static void
bind_int_or_null (sqlite3_stmt *stmt,
                  int           param,
                  int           value,
                  gboolean      is_set)
{
  if (is_set)
    sqlite3_bind_int (stmt, param, value);
  else
    sqlite3_bind_null (stmt, param);
}

/* Positions in a collection stay 0…n-1, so that Undo puts a reading back
 * exactly. */
gboolean
rp_store_shift_reading_positions (RpStore  *self,
                                  gint64    collection_id,
                                  int       from_position,
                                  int       delta,
                                  GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading SET position = position + ?3"
                              " WHERE collection_id = ?1 AND position >= ?2",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  sqlite3_bind_int (stmt, 2, from_position);
  sqlite3_bind_int (stmt, 3, delta);

  return rp_database_step_done (self->database, stmt, error);
}

/* Inserts @reading into its collection at @position (-1: at the end),
 * with its own id and creation time when @keep_id (Undo), and indexes it.
 * Sets the id, position and timestamps on @reading. */
gboolean
rp_store_insert_reading_row (RpStore    *self,
                             RpReading  *reading,
                             int         position,
                             gboolean    keep_id,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 collection_id = rp_reading_get_collection_id (reading);
  int rc;

  if (position >= 0 && !rp_store_shift_reading_positions (self, collection_id, position, 1, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "INSERT INTO reading (collection_id, kind, format, title, description,"
                              " body, source_note, uri, entry_month, entry_day, import_key, origin,"
                              " favourite, read_offset, progress_page, progress_pages,"
                              " progress_percent, position, id, created, updated)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                              "  ?15, ?16, ?17,"
                              "  coalesce (?18, (SELECT coalesce (max (position) + 1, 0) FROM reading"
                              "                  WHERE collection_id = ?1)),"
                              "  ?19, coalesce (?20, " NOW_SQL "), " NOW_SQL ")"
                              " RETURNING id, position, created, updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  bind_text_fields (stmt, reading);
  sqlite3_bind_int (stmt, 12, rp_reading_get_origin (reading));
  sqlite3_bind_int (stmt, 13, rp_reading_get_favourite (reading) ? 1 : 0);
  sqlite3_bind_int (stmt, 14, rp_reading_get_read_offset (reading));
  bind_int_or_null (stmt, 15, rp_reading_get_progress_page (reading),
                    rp_reading_get_progress_page (reading) >= 0);
  bind_int_or_null (stmt, 16, rp_reading_get_progress_pages (reading),
                    rp_reading_get_progress_pages (reading) > 0);
  bind_int_or_null (stmt, 17, rp_reading_get_progress_percent (reading),
                    rp_reading_get_progress_percent (reading) >= 0);
  bind_int_or_null (stmt, 18, position, position >= 0);
  if (keep_id)
    {
      sqlite3_bind_int64 (stmt, 19, rp_reading_get_id (reading));
      sqlite3_bind_text (stmt, 20, rp_reading_get_created (reading), -1, SQLITE_TRANSIENT);
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_reading_set_id (reading, sqlite3_column_int64 (stmt, 0));
  rp_reading_set_position (reading, sqlite3_column_int (stmt, 1));
  rp_reading_set_timestamps (reading,
                             rp_database_column_text (stmt, 2),
                             rp_database_column_text (stmt, 3));
  sqlite3_reset (stmt);

  return rp_store_reading_fts_add (self, rp_reading_get_id (reading), error);
}

/* Saves @reading's text over the saved one with its id, in @collection_id
 * at @position, and indexes it again. Favourite, read offset, progress
 * and origin stay as saved. Sets the collection, position and timestamps
 * on @reading. */
gboolean
rp_store_update_reading_row (RpStore    *self,
                             RpReading  *reading,
                             gint64      collection_id,
                             int         position,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 reading_id = rp_reading_get_id (reading);
  int rc;

  if (!rp_store_reading_fts_remove (self, reading_id, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "UPDATE reading SET kind = ?2, format = ?3, title = ?4,"
                              " description = ?5, body = ?6, source_note = ?7, uri = ?8,"
                              " entry_month = ?9, entry_day = ?10, import_key = ?11,"
                              " collection_id = ?12, position = ?13, updated = " NOW_SQL
                              " WHERE id = ?1 RETURNING created, updated",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  bind_text_fields (stmt, reading);
  sqlite3_bind_int64 (stmt, 12, collection_id);
  sqlite3_bind_int (stmt, 13, position);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return rp_store_set_reading_not_found (error);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_position (reading, position);
  rp_reading_set_timestamps (reading,
                             rp_database_column_text (stmt, 0),
                             rp_database_column_text (stmt, 1));
  sqlite3_reset (stmt);

  return rp_store_reading_fts_add (self, reading_id, error);
}

/* Deletes one reading and its index entry; its read marks stay. With
 * @close_gap, the readings after it move up one place. */
gboolean
rp_store_delete_reading_row (RpStore  *self,
                             gint64    reading_id,
                             gboolean  close_gap,
                             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 collection_id;
  int position;
  int rc;

  if (!rp_store_reading_fts_remove (self, reading_id, error))
    return FALSE;

  stmt = rp_database_prepare (self->database,
                              "DELETE FROM reading WHERE id = ?1 RETURNING collection_id, position",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, reading_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return rp_store_set_reading_not_found (error);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  collection_id = sqlite3_column_int64 (stmt, 0);
  position = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);

  return !close_gap || rp_store_shift_reading_positions (self, collection_id, position + 1, -1, error);
}

gboolean
rp_store_count_collection_readings (RpStore  *self,
                                    gint64    collection_id,
                                    int      *out_count,
                                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT count(*) FROM reading WHERE collection_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

gboolean
rp_store_next_reading_position (RpStore  *self,
                                gint64    collection_id,
                                int      *out_position,
                                GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (self->database,
                              "SELECT coalesce (max (position) + 1, 0) FROM reading"
                              " WHERE collection_id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, collection_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  *out_position = sqlite3_column_int (stmt, 0);
  return TRUE;
}
