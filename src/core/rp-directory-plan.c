/* rp-directory-plan.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-directory-import"

#include "config.h"

#include <string.h>

#include "rp-directory-import-private.h"
#include "rp-directory-meeting-private.h"

/* The database side of a directory import (see rp-directory-import.c for
 * how a feed is recognised again): the plan compares a parsed feed with
 * the Directory, reading only, for the preview; the write makes the plan
 * again under the write lock and applies it in one transaction. Both may
 * run in a worker thread on a connection of its own. */

#define NOW_SQL "strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* How many rows are written between progress reports and cancel checks. */
#define ROWS_PER_STEP 256

/* --- plan ------------------------------------------------------------- */

typedef struct
{
  gint64    id;
  char     *fingerprint;
  gboolean  seen;
} ExistingRow;

static void
existing_row_free (gpointer data)
{
  ExistingRow *row = data;

  g_free (row->fingerprint);
  g_free (row);
}

typedef struct
{
  gint64      feed_id;     /* 0: a new feed */
  char       *old_key;     /* the key it had, when it is re-keyed */
  GHashTable *existing;    /* slug → ExistingRow */
} Plan;

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->old_key, g_free);
  g_clear_pointer (&plan->existing, g_hash_table_unref);
}

static gboolean
step_error (RpDatabase  *database,
            int          rc,
            GError     **error)
{
  return rp_database_set_error_from_sqlite (database, rc, error);
}

static gboolean
feed_key_exists (RpDatabase  *database,
                 const char  *key,
                 gint64      *out_id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (database, "SELECT id FROM directory_feed WHERE feed_key = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return step_error (database, rc, error);

  *out_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;

  return TRUE;
}

typedef struct
{
  gint64    id;
  char     *key;
  gboolean  same_name;
  guint     n_rows;
  guint     n_matching;
} FileFeed;

static void
file_feed_clear (gpointer data)
{
  g_free (((FileFeed *) data)->key);
}

/* Finds the file-named feed that holds the meetings of @self. IDs alone
 * do not tell: many feeds number their meetings 1, 2, 3... So a meeting
 * matches when it has the same ID and the same name (or is the same
 * entry). The feed holding at least half of @self's meetings so, or any
 * when its file had the same name (or it is empty), is the one; the one
 * matching most wins, the oldest on a tie. */
static gboolean
find_file_feed (RpDirectoryImport  *self,
                RpDatabase         *database,
                gint64             *out_id,
                char              **out_key,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) new_meetings = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) feeds = g_array_new (FALSE, TRUE, sizeof (FileFeed));
  const FileFeed *best = NULL;
  int rc;

  g_array_set_clear_func (feeds, file_feed_clear);

  for (guint i = 0; i < self->meetings->len; i++)
    {
      RpDirectoryMeetingData *data = g_ptr_array_index (self->meetings, i);

      g_hash_table_insert (new_meetings, data->slug, data);
    }

  stmt = rp_database_prepare (database,
                              "SELECT f.id, f.feed_key, f.file_name IS ?1, d.slug, d.name,"
                              " d.fingerprint"
                              " FROM directory_feed f"
                              " LEFT JOIN directory_meeting d ON d.feed_id = f.id"
                              " WHERE f.feed_key GLOB 'file:*'"
                              " ORDER BY f.id",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->file_name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *slug = rp_database_column_text (stmt, 3);
      const RpDirectoryMeetingData *data;
      FileFeed *feed;

      if (feeds->len == 0 || g_array_index (feeds, FileFeed, feeds->len - 1).id != id)
        {
          FileFeed new_feed = { id, g_strdup (rp_database_column_text (stmt, 1)),
                                sqlite3_column_int (stmt, 2) != 0, 0, 0 };

          g_array_append_val (feeds, new_feed);
        }

      feed = &g_array_index (feeds, FileFeed, feeds->len - 1);
      if (slug == NULL)
        continue;

      feed->n_rows++;
      data = g_hash_table_lookup (new_meetings, slug);
      if (data != NULL &&
          (g_strcmp0 (data->name, rp_database_column_text (stmt, 4)) == 0 ||
           g_strcmp0 (data->fingerprint, rp_database_column_text (stmt, 5)) == 0))
        feed->n_matching++;
    }

  if (rc != SQLITE_DONE)
    return step_error (database, rc, error);

  for (guint i = 0; i < feeds->len; i++)
    {
      const FileFeed *feed = &g_array_index (feeds, FileFeed, i);
      gboolean same = feed->n_matching * 2 >= self->meetings->len ||
                      (feed->same_name && (feed->n_matching > 0 || feed->n_rows == 0));

      if (same && (best == NULL || feed->n_matching > best->n_matching))
        best = feed;
    }

  *out_id = best != NULL ? best->id : 0;
  *out_key = best != NULL ? g_strdup (best->key) : NULL;

  return TRUE;
}

static gboolean
load_existing (RpDatabase  *database,
               gint64       feed_id,
               GHashTable  *existing,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (database,
                              "SELECT id, slug, fingerprint FROM directory_meeting WHERE feed_id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, feed_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ExistingRow *row = g_new0 (ExistingRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->fingerprint = g_strdup (rp_database_column_text (stmt, 2));
      g_hash_table_insert (existing, g_strdup (rp_database_column_text (stmt, 1)), row);
    }

  if (rc != SQLITE_DONE)
    return step_error (database, rc, error);

  return TRUE;
}

/* Whether the Directory's objects, which carry their feed's name, must
 * be made again even if no meeting changed. */
static gboolean
check_feed_name (RpDirectoryImport  *result,
                 RpDatabase         *database,
                 gint64              feed_id,
                 GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (database, "SELECT name, feed_key FROM directory_feed WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, feed_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_error (database, rc, error);

  result->feed_renamed = g_strcmp0 (rp_database_column_text (stmt, 0), result->feed_name) != 0 ||
                         g_strcmp0 (rp_database_column_text (stmt, 1), result->feed_key) != 0;

  return TRUE;
}

/* Decides which feed @result updates and counts what changes. Reads only. */
static gboolean
make_plan (RpDirectoryImport  *result,
           RpDatabase         *database,
           Plan               *plan,
           GError            **error)
{
  g_autofree char *file_key = NULL;

  plan->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, existing_row_free);

  if (result->publisher_key != NULL &&
      !feed_key_exists (database, result->publisher_key, &plan->feed_id, error))
    return FALSE;

  if (plan->feed_id == 0 && !find_file_feed (result, database, &plan->feed_id, &plan->old_key, error))
    return FALSE;

  if (result->publisher_key != NULL)
    {
      result->feed_key = g_strdup (result->publisher_key);
    }
  else if (plan->old_key != NULL)
    {
      result->feed_key = g_steal_pointer (&plan->old_key);
    }
  else
    {
      gint64 taken = 0;

      file_key = g_strconcat ("file:", result->file_name, NULL);
      result->feed_key = g_strdup (file_key);
      for (guint n = 2; ; n++)
        {
          if (!feed_key_exists (database, result->feed_key, &taken, error))
            return FALSE;
          if (taken == 0)
            break;
          g_free (result->feed_key);
          result->feed_key = g_strdup_printf ("%s#%u", file_key, n);
        }
    }

  if (g_strcmp0 (plan->old_key, result->feed_key) == 0)
    g_clear_pointer (&plan->old_key, g_free);

  result->new_feed = plan->feed_id == 0;
  if (plan->feed_id != 0 &&
      (!load_existing (database, plan->feed_id, plan->existing, error) ||
       !check_feed_name (result, database, plan->feed_id, error)))
    return FALSE;

  for (guint i = 0; i < result->meetings->len; i++)
    {
      const RpDirectoryMeetingData *data = g_ptr_array_index (result->meetings, i);
      ExistingRow *row = g_hash_table_lookup (plan->existing, data->slug);

      if (row == NULL)
        result->n_new++;
      else if (strcmp (row->fingerprint, data->fingerprint) != 0)
        result->n_updated++;
      else
        result->n_unchanged++;

      if (row != NULL)
        row->seen = TRUE;
    }

  result->n_removed = g_hash_table_size (plan->existing) - result->n_updated - result->n_unchanged;

  return TRUE;
}

/**
 * rp_directory_import_plan:
 * @parsed: a parsed feed
 * @database: the database, read only
 * @error: return location for a #RpDatabaseError
 *
 * The preview: what importing @parsed would change, written nowhere.
 *
 * Returns: (transfer full): an import with its counts, or %NULL with
 *   @error set
 */
RpDirectoryImport *
rp_directory_import_plan (RpDirectoryImport  *parsed,
                          RpDatabase         *database,
                          GError            **error)
{
  g_autoptr(RpDirectoryImport) result = NULL;
  Plan plan = { 0, };
  gboolean ok;

  g_return_val_if_fail (parsed != NULL, NULL);
  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  result = rp_directory_import_new_from_parsed (parsed);
  ok = make_plan (result, database, &plan, error);
  plan_clear (&plan);

  return ok ? g_steal_pointer (&result) : NULL;
}

/* --- write ------------------------------------------------------------ */

/* bind_row() binds RP_DIRECTORY_ROW_COLUMNS in their order from ?2. */
static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           column,
                   int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_row (sqlite3_stmt                 *stmt,
          const RpDirectoryMeetingData *data)
{
  g_autofree char *types = g_strjoinv (",", data->types);
  g_autofree char *custom_tags = g_strjoinv ("\n", data->custom_tags);

  sqlite3_bind_text (stmt, 2, data->slug, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, data->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, data->group_name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, data->weekdays);
  bind_optional_int (stmt, 6, data->start_minute);
  bind_optional_int (stmt, 7, data->end_minute);
  sqlite3_bind_text (stmt, 8, data->time_zone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, data->location, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, data->address, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 11, data->approximate ? 1 : 0);
  sqlite3_bind_text (stmt, 12, data->region, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, data->online_url, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, data->conference_phone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, types, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 16, custom_tags, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, data->notes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 18, data->entity, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 19, data->entity_url, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 20, data->url, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 21, data->fingerprint, -1, SQLITE_STATIC);
}

static gboolean
write_feed (RpDirectoryImport  *result,
            RpDatabase         *database,
            Plan               *plan,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (database,
                              "INSERT INTO directory_feed"
                              " (id, feed_key, name, file_name, entity, entity_url, imported)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, " NOW_SQL ")"
                              " ON CONFLICT (id) DO UPDATE SET feed_key = excluded.feed_key,"
                              " name = excluded.name, file_name = excluded.file_name,"
                              " entity = excluded.entity, entity_url = excluded.entity_url,"
                              " imported = excluded.imported"
                              " RETURNING id",
                              error);
  if (stmt == NULL)
    return FALSE;

  if (plan->feed_id != 0)
    sqlite3_bind_int64 (stmt, 1, plan->feed_id);
  sqlite3_bind_text (stmt, 2, result->feed_key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, result->feed_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, result->file_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, result->entity, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, result->entity_url, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_error (database, rc, error);
  plan->feed_id = sqlite3_column_int64 (stmt, 0);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return step_error (database, rc, error);

  /* A file-named feed that now names its publisher: its links follow. */
  if (plan->old_key != NULL)
    {
      g_autoptr(sqlite3_stmt) relink = NULL;

      relink = rp_database_prepare (database,
                                    "UPDATE meeting SET directory_feed = ?2"
                                    " WHERE directory_feed = ?1",
                                    error);
      if (relink == NULL)
        return FALSE;

      sqlite3_bind_text (relink, 1, plan->old_key, -1, SQLITE_STATIC);
      sqlite3_bind_text (relink, 2, result->feed_key, -1, SQLITE_STATIC);
      if (!rp_database_step_done (database, relink, error))
        return FALSE;
    }

  return TRUE;
}

static void
report_progress (RpImportProgressFunc  progress,
                 gpointer              progress_data,
                 guint                 done,
                 guint                 total)
{
  if (progress != NULL)
    progress (total > 0 ? (double) done / total : 1.0, progress_data);
}

static gboolean
write_rows (RpDirectoryImport     *result,
            RpDatabase            *database,
            Plan                  *plan,
            GCancellable          *cancellable,
            RpImportProgressFunc   progress,
            gpointer               progress_data,
            GError               **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) delete = NULL;
  GHashTableIter iter;
  gpointer value;
  guint total = result->n_new + result->n_updated + result->n_removed;
  guint done = 0;

  insert = rp_database_prepare (database,
                                "INSERT INTO directory_meeting (feed_id, " RP_DIRECTORY_ROW_COLUMNS ")"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                " ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
                                error);
  if (insert == NULL)
    return FALSE;

  update = rp_database_prepare (database,
                                "UPDATE directory_meeting SET (" RP_DIRECTORY_ROW_COLUMNS ")"
                                " = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                " ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"
                                " WHERE id = ?1",
                                error);
  if (update == NULL)
    return FALSE;

  delete = rp_database_prepare (database, "DELETE FROM directory_meeting WHERE id = ?1", error);
  if (delete == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, plan->feed_id);

  for (guint i = 0; i < result->meetings->len; i++)
    {
      const RpDirectoryMeetingData *data = g_ptr_array_index (result->meetings, i);
      ExistingRow *row = g_hash_table_lookup (plan->existing, data->slug);
      sqlite3_stmt *stmt;

      if (row != NULL && strcmp (row->fingerprint, data->fingerprint) == 0)
        continue;

      stmt = row != NULL ? update : insert;
      if (row != NULL)
        sqlite3_bind_int64 (update, 1, row->id);
      bind_row (stmt, data);
      if (!rp_database_step_done (database, stmt, error))
        return FALSE;

      if (++done % ROWS_PER_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          report_progress (progress, progress_data, done, total);
        }
    }

  g_hash_table_iter_init (&iter, plan->existing);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ExistingRow *row = value;

      if (row->seen)
        continue;

      sqlite3_bind_int64 (delete, 1, row->id);
      if (!rp_database_step_done (database, delete, error))
        return FALSE;
      done++;
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
count_links (RpDirectoryImport  *result,
             RpDatabase         *database,
             GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rp_database_prepare (database,
                              "SELECT count (*) FILTER (WHERE d.id IS NULL),"
                              " count (*) FILTER (WHERE d.fingerprint IS NOT m.directory_fingerprint)"
                              " FROM meeting m"
                              " JOIN directory_feed f ON f.feed_key = m.directory_feed"
                              " LEFT JOIN directory_meeting d"
                              "  ON d.feed_id = f.id AND d.slug = m.directory_slug"
                              " WHERE m.directory_feed = ?1 AND m.directory_slug IS NOT NULL"
                              "  AND m.archived = 0",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, result->feed_key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return step_error (database, rc, error);

  result->n_linked_vanished = (guint) sqlite3_column_int (stmt, 0);
  result->n_linked_changed = (guint) sqlite3_column_int (stmt, 1) - result->n_linked_vanished;

  return TRUE;
}

/**
 * rp_directory_import_write:
 * @parsed: a parsed feed (or a planned one: the plan is made again)
 * @database: the database
 * @cancellable: (nullable): cancels before the commit
 * @progress: (nullable) (scope call): called from this thread as rows are written
 * @progress_data: its data
 * @error: return location for a #RpDatabaseError or %G_IO_ERROR_CANCELLED
 *
 * Imports @parsed in one transaction, planned again under the write lock
 * so that the counts are exact: all or nothing.
 *
 * Returns: (transfer full): the applied import with its counts, or %NULL
 *   with @error set and nothing written
 */
RpDirectoryImport *
rp_directory_import_write (RpDirectoryImport     *parsed,
                           RpDatabase            *database,
                           GCancellable          *cancellable,
                           RpImportProgressFunc   progress,
                           gpointer               progress_data,
                           GError               **error)
{
  g_autoptr(RpDirectoryImport) result = NULL;
  Plan plan = { 0, };
  gboolean ok;

  g_return_val_if_fail (parsed != NULL, NULL);
  g_return_val_if_fail (RP_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  result = rp_directory_import_new_from_parsed (parsed);

  if (!rp_database_begin_write (database, error))
    return NULL;

  ok = make_plan (result, database, &plan, error) &&
       write_feed (result, database, &plan, error) &&
       write_rows (result, database, &plan, cancellable, progress, progress_data, error) &&
       count_links (result, database, error) &&
       rp_database_commit (database, error);
  plan_clear (&plan);

  if (!ok)
    {
      rp_database_rollback (database);
      return NULL;
    }

  result->applied = TRUE;
  report_progress (progress, progress_data, 1, 1);

  return g_steal_pointer (&result);
}
