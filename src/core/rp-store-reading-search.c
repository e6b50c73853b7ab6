/* rp-store-reading-search.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-store"

#include "config.h"

#include <string.h>

#include "rp-fts-snippet.h"
#include "rp-store-private.h"

/* RpStore's full-text search of readings: reading_fts, an external-content
 * FTS5 index of each reading's title, description and body, kept in step
 * by the store's writes (see migration 6 for why no trigger does it), and
 * the ranked search with highlighted titles and snippets. */

/* bm25 weights of title, description and body: a word in the title says
 * more about a reading than the same word somewhere in its text. */
#define RANK_FUNCTION "bm25(10.0, 4.0, 1.0)"

/* The snippet's length in tokens: about two lines of a result row. */
#define SNIPPET_TOKENS "16"

/* An external-content index forgets a row only when told the values it
 * indexed, so remove and add read them the same way from the row itself;
 * a NULL description is indexed as "" by both. */
#define FTS_REMOVE_SQL \
  "INSERT INTO reading_fts (reading_fts, rowid, title, description, body)" \
  " SELECT 'delete', id, title, coalesce (description, ''), body FROM reading WHERE id = ?1"
#define FTS_REMOVE_COLLECTION_SQL \
  "INSERT INTO reading_fts (reading_fts, rowid, title, description, body)" \
  " SELECT 'delete', id, title, coalesce (description, ''), body FROM reading" \
  " WHERE collection_id = ?1"
#define FTS_ADD_SQL \
  "INSERT INTO reading_fts (rowid, title, description, body)" \
  " SELECT id, title, coalesce (description, ''), body FROM reading WHERE id = ?1"

static gboolean
run_fts_statement (RpStore     *self,
                   const char  *sql,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rp_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return rp_database_step_done (self->database, stmt, error);
}

/**
 * rp_store_reading_fts_remove:
 * @reading_id: a reading whose row still holds what was indexed
 *
 * Takes the reading out of the search index. Call it inside the writing
 * transaction, before the row is changed or deleted. Nothing happens when
 * there is no such row.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reading_fts_remove (RpStore  *self,
                             gint64    reading_id,
                             GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_fts_statement (self, FTS_REMOVE_SQL, reading_id, error);
}

/**
 * rp_store_reading_fts_remove_collection:
 * @collection_id: a collection about to be deleted
 *
 * Takes all the collection's readings out of the search index. Call it
 * inside the writing transaction, before the collection is deleted.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reading_fts_remove_collection (RpStore  *self,
                                        gint64    collection_id,
                                        GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_fts_statement (self, FTS_REMOVE_COLLECTION_SQL, collection_id, error);
}

/**
 * rp_store_reading_fts_add:
 * @reading_id: a reading as it now is
 *
 * Puts the reading into the search index. Call it inside the writing
 * transaction, after the row was inserted or changed.
 *
 * Returns: %TRUE on success
 */
gboolean
rp_store_reading_fts_add (RpStore  *self,
                          gint64    reading_id,
                          GError  **error)
{
  g_return_val_if_fail (RP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_fts_statement (self, FTS_ADD_SQL, reading_id, error);
}

/* The marks FTS5 puts around matches. A body may hold any character but
 * NUL, \x02 and \x03 included, so they cannot be rp-reading-search's
 * marks here: these two bytes never occur in UTF-8, and every stored text
 * was checked to be UTF-8. clean_marked() turns them into those marks. */
#define FTS_OPEN  "\xfe"
#define FTS_CLOSE "\xff"

static gboolean
is_plain (char c)
{
  return !g_ascii_isspace (c) && !g_ascii_iscntrl (c) && c != FTS_OPEN[0] && c != FTS_CLOSE[0];
}

/* What FTS5 returned, ready for rp_reading_search_split_marks(): the
 * marks made its own, and the text made fit for one row of a list,
 * because snippets of Markdown cross line ends: each run of white space
 * becomes one space, and other control characters are dropped. */
static char *
clean_marked (const char *text)
{
  g_autoptr(GString) clean = g_string_sized_new (strlen (text));
  gboolean in_space = FALSE;
  const char *p = text;

  while (*p != '\0')
    {
      const char *run = p;
      char mark = '\0';

      while (is_plain (*p))
        p++;
      if (p == run)
        {
          char c = *p++;

          if (c == FTS_OPEN[0])
            mark = RP_READING_SEARCH_OPEN[0];
          else if (c == FTS_CLOSE[0])
            mark = RP_READING_SEARCH_CLOSE[0];
          else if (g_ascii_isspace (c))
            in_space = TRUE;
          if (mark == '\0')
            continue;
        }

      if (in_space && clean->len > 0)
        g_string_append_c (clean, ' ');
      in_space = FALSE;
      if (mark != '\0')
        g_string_append_c (clean, mark);
      else
        g_string_append_len (clean, run, p - run);
    }

  return g_string_free (g_steal_pointer (&clean), FALSE);
}

static char *
split_title (sqlite3_stmt  *stmt,
             GArray       **out_ranges)
{
  const char *marked = rp_database_column_text (stmt, 1);
  g_autofree char *clean = clean_marked (marked != NULL ? marked : "");

  return rp_reading_search_split_marks (clean, out_ranges);
}

static guint
count_marks (const char *marked)
{
  guint count = 0;

  for (const char *p = marked; (p = strchr (p, RP_READING_SEARCH_OPEN[0])) != NULL; p++)
    count++;

  return count;
}

/* The snippet comes from the body or the description, whichever matched
 * more (the title is shown anyway); when only the title matched, it is
 * the start of the description, or of the body when there is none. */
static void
choose_snippet (sqlite3_stmt   *stmt,
                RpReadingMatch *match)
{
  const char *description = rp_database_column_text (stmt, 2);
  const char *body = rp_database_column_text (stmt, 3);
  g_autofree char *clean_description = clean_marked (description != NULL ? description : "");
  g_autofree char *clean_body = clean_marked (body != NULL ? body : "");
  guint n_in_description = count_marks (clean_description);
  guint n_in_body = count_marks (clean_body);
  g_autofree char *plain = NULL;
  const char *snippet;

  if (n_in_body > 0 || n_in_description > 0)
    snippet = (n_in_body >= n_in_description) ? clean_body : clean_description;
  else
    snippet = (*clean_description != '\0') ? clean_description : clean_body;

  plain = rp_reading_search_plain_snippet (snippet);
  match->snippet = rp_reading_search_split_marks (plain, &match->snippet_ranges);
}

/* rp_snippet() is registered once on the store's connection. */
static gboolean
ensure_snippet_function (RpStore  *self,
                         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  fts5_api *api = NULL;
  int rc;

  if (self->reading_snippet_registered)
    return TRUE;

  stmt = rp_database_prepare (self->database, "SELECT fts5 (?1)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rp_database_set_error_from_sqlite (self->database, rc, error);
  if (api == NULL)
    return rp_database_set_error_from_sqlite (self->database, SQLITE_ERROR, error);

  rc = rp_fts_snippet_register (api);
  if (rc != SQLITE_OK)
    return rp_database_set_error_from_sqlite (self->database, rc, error);

  self->reading_snippet_registered = TRUE;
  return TRUE;
}

/* One run of the search; NULL with @error set when the database failed. */
static int
compare_title_match (gconstpointer a,
                     gconstpointer b)
{
  const RpReadingMatch *match_a = *(RpReadingMatch * const *) a;
  const RpReadingMatch *match_b = *(RpReadingMatch * const *) b;
  gboolean title_a = match_a->title_ranges != NULL && match_a->title_ranges->len > 0;
  gboolean title_b = match_b->title_ranges != NULL && match_b->title_ranges->len > 0;

  return title_b - title_a;
}

static GPtrArray *
search_once (RpStore     *self,
             const char  *query,
             guint        limit,
             GError     **error)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* ORDER BY rank with the rank function given in the WHERE clause lets
   * FTS5 sort by itself; highlight() and rp_snippet() then run only on the
   * rows the LIMIT keeps. */
  stmt = rp_database_prepare (self->database,
                              "SELECT rowid,"
                              "  highlight (reading_fts, 0, ?3, ?4),"
                              "  rp_snippet (reading_fts, 1, ?3, ?4, ?5, " SNIPPET_TOKENS "),"
                              "  rp_snippet (reading_fts, 2, ?3, ?4, ?5, " SNIPPET_TOKENS "),"
                              "  rank"
                              " FROM reading_fts"
                              " WHERE reading_fts MATCH ?1 AND rank MATCH '" RANK_FUNCTION "'"
                              " ORDER BY rank"
                              " LIMIT ?2",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  sqlite3_bind_text (stmt, 3, FTS_OPEN, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, FTS_CLOSE, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, "…", -1, SQLITE_STATIC);

  matches = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reading_match_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RpReadingMatch *match = g_new0 (RpReadingMatch, 1);

      match->reading_id = sqlite3_column_int64 (stmt, 0);
      match->title = split_title (stmt, &match->title_ranges);
      choose_snippet (stmt, match);
      match->rank = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (matches, match);
    }
  if (rc != SQLITE_DONE)
    {
      rp_database_set_error_from_sqlite (self->database, rc, error);
      return NULL;
    }

  /* bm25 saturates and favours short documents: a link whose one-line
   * description holds the word would outrank the text named for it. What
   * the user searched for in a title comes first; bm25 orders the rest
   * (the sort is stable). */
  g_ptr_array_sort (matches, compare_title_match);

  return g_steal_pointer (&matches);
}

/**
 * rp_store_search_readings:
 * @text: what the user typed
 * @limit: the most results to return; 0 for all
 *
 * Full-text search of the readings' titles, descriptions and bodies:
 * every word of @text must appear (the last may be the start of a word),
 * case and accents aside ("cafe" finds "Café"). A title match ranks above
 * a description match, which ranks above a body match; more matches rank
 * higher. Any text can be given: nothing in it is an SQL or FTS5
 * operator.
 *
 * Returns: (transfer full) (element-type RpReadingMatch): the matches,
 *   best first, or %NULL with @error set when the database failed
 */
GPtrArray *
rp_store_search_readings (RpStore     *self,
                          const char  *text,
                          guint        limit,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *query = NULL;
  GPtrArray *matches;

  g_return_val_if_fail (RP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  query = rp_reading_search_build_query (text);
  if (query == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reading_match_free);

  if (!ensure_snippet_function (self, error))
    return NULL;

  matches = search_once (self, query, limit, &local_error);
  if (matches != NULL)
    return matches;

  /* An index that lists a reading no longer in the table makes FTS5 say
   * the database is damaged. The readings themselves are fine: the index
   * is rebuilt from them, once. */
  if (!g_error_matches (local_error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_CORRUPT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  g_warning ("The reading search index was out of step with the readings: rebuilt");
  g_clear_error (&local_error);
  if (!rp_database_exec (self->database,
                         "INSERT INTO reading_fts (reading_fts) VALUES ('rebuild')", error))
    return NULL;

  return search_once (self, query, limit, error);
}
