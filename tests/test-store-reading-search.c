/* test-store-reading-search.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-reading-search"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rp-store-private.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* The full-text search of readings against a real database: the index
 * follows every add, edit and delete (checked against an index rebuilt
 * from the table), ranking, highlighted titles and snippets, prefixes as
 * the user types, accents, and typed text that never makes an error. */

/* Written as RpStore writes a reading: the index told in the same
 * transaction, the row's old values taken out before it changes. */
static gint64
add_reading_to (RpTestStore *f,
                const char  *collection_condition,
                const char  *title,
                const char  *description,
                const char  *body)
{
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  g_assert_true (rp_database_begin_write (f->database, &error));
  sql = g_strdup_printf ("INSERT INTO reading (collection_id, kind, origin, title, description,"
                         "                     body, position, created, updated)"
                         " SELECT id, 0, 1, ?1, ?2, ?3,"
                         "        (SELECT count (*) FROM reading),"
                         "        '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'"
                         " FROM reading_collection WHERE %s"
                         " RETURNING id",
                         collection_condition);
  stmt = rp_database_prepare (f->database, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, sqlite3_finalize);

  g_assert_true (rp_store_reading_fts_add (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_true (rp_database_commit (f->database, &error));

  return id;
}

static gint64
add_reading (RpTestStore *f,
             const char  *title,
             const char  *description,
             const char  *body)
{
  return add_reading_to (f, "kind = 1", title, description, body);
}

static void
update_reading (RpTestStore *f,
                gint64       id,
                const char  *title,
                const char  *description,
                const char  *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_true (rp_database_begin_write (f->database, &error));
  g_assert_true (rp_store_reading_fts_remove (f->store, id, &error));
  g_assert_no_error (error);
  stmt = rp_database_prepare (f->database,
                              "UPDATE reading SET title = ?2, description = ?3, body = ?4 WHERE id = ?1",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, body, -1, SQLITE_STATIC);
  g_assert_true (rp_database_step_done (f->database, stmt, &error));
  g_assert_true (rp_store_reading_fts_add (f->store, id, &error));
  g_assert_true (rp_database_commit (f->database, &error));
}

static void
delete_reading (RpTestStore *f,
                gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_true (rp_database_begin_write (f->database, &error));
  g_assert_true (rp_store_reading_fts_remove (f->store, id, &error));
  g_assert_no_error (error);
  stmt = rp_database_prepare (f->database, "DELETE FROM reading WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_true (rp_database_step_done (f->database, stmt, &error));
  g_assert_true (rp_database_commit (f->database, &error));
}

/* FTS5's own check, then every (term, row, column, offset) of the index
 * compared with an index rebuilt from the reading table: the integrity
 * check alone does not compare an external-content index with its table. */
static void
assert_index_in_sync (RpTestStore *f)
{
  g_autofree char *missing = NULL;
  g_autofree char *stale = NULL;

  rp_test_exec (f->database, "INSERT INTO reading_fts (reading_fts) VALUES ('integrity-check')");
  rp_test_exec (f->database,
                "CREATE VIRTUAL TABLE reading_fts_check USING fts5 ("
                "  title, description, body, content = 'reading', content_rowid = 'id',"
                "  tokenize = 'unicode61 remove_diacritics 2');"
                "INSERT INTO reading_fts_check (reading_fts_check) VALUES ('rebuild');"
                "CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab (main, reading_fts, instance);"
                "CREATE VIRTUAL TABLE temp.check_terms USING fts5vocab (main, reading_fts_check, instance);");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count (*) FROM check_terms"), >, 0);
  missing = rp_test_query_text (f->database,
                                "SELECT * FROM check_terms EXCEPT SELECT * FROM index_terms");
  stale = rp_test_query_text (f->database,
                              "SELECT * FROM index_terms EXCEPT SELECT * FROM check_terms");
  g_assert_cmpstr (missing, ==, "");
  g_assert_cmpstr (stale, ==, "");
  rp_test_exec (f->database,
                "DROP TABLE temp.index_terms; DROP TABLE temp.check_terms; DROP TABLE reading_fts_check;");
}

static GPtrArray *
search (RpTestStore *f,
        const char  *text,
        guint        limit)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *matches = rp_store_search_readings (f->store, text, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matches);

  return matches;
}

/* The titles found, best first, joined by ",". */
static char *
search_titles (RpTestStore *f,
               const char  *text)
{
  g_autoptr(GPtrArray) matches = search (f, text, 0);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      RpReadingMatch *match = g_ptr_array_index (matches, i);

      RpReadingMatch *previous = i > 0 ? g_ptr_array_index (matches, i - 1) : NULL;

      g_string_append_printf (titles, "%s%s", i > 0 ? "," : "", match->title);
      /* Title matches first, then bm25 order within each group. */
      if (previous != NULL && previous->title_ranges->len > 0 && match->title_ranges->len == 0)
        continue;
      if (previous != NULL)
        {
          g_assert_cmpuint (previous->title_ranges->len > 0, >=, match->title_ranges->len > 0);
          g_assert_cmpfloat (previous->rank, <=, match->rank);
        }
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* When the order does not matter: the titles found, sorted. */
static void
assert_found_sorted (RpTestStore *f,
                     const char  *text,
                     const char  *expected_titles)
{
  g_autofree char *titles = search_titles (f, text);
  g_auto(GStrv) split = g_strsplit (titles, ",", -1);
  g_autofree char *sorted = NULL;

  qsort (split, g_strv_length (split), sizeof (char *), compare_strings);
  sorted = g_strjoinv (",", split);
  g_assert_cmpstr (sorted, ==, expected_titles);
}

static void
assert_found (RpTestStore *f,
              const char  *text,
              const char  *expected_titles)
{
  g_autofree char *titles = search_titles (f, text);

  g_assert_cmpstr (titles, ==, expected_titles);
}

/* @n_words of ordinary text that none of the searched words are in. */
static char *
filler (guint n_words,
        guint seed)
{
  static const char *const words[] = {
    "the", "meeting", "was", "held", "on", "a", "quiet", "evening", "with", "friends",
    "who", "shared", "their", "stories", "about", "hope", "and", "change", "over", "tea",
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            words[(i * 7 + seed) % G_N_ELEMENTS (words)]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The text of @match's first snippet range. */
static char *
first_snippet_range (RpReadingMatch *match)
{
  RpTextRange *range;

  g_assert_cmpuint (match->snippet_ranges->len, >, 0);
  range = &g_array_index (match->snippet_ranges, RpTextRange, 0);
  g_assert_cmpuint (range->end, <=, strlen (match->snippet));

  return g_strndup (match->snippet + range->start, range->end - range->start);
}

static void
test_sync_edit_delete (RpTestStore   *f,
                       gconstpointer  user_data)
{
  g_autofree char *plain = filler (30, 1);
  g_autofree char *gratitude_body = g_strdup_printf ("%s gratitude every night", plain);
  g_autofree char *serenity_body = g_strdup_printf ("%s serenity every morning", plain);
  gint64 first, second;

  first = add_reading (f, "Nightly review", NULL, gratitude_body);
  second = add_reading (f, "Service", "Making coffee at the meeting", plain);
  add_reading (f, "Slips", "Without shame", plain);
  assert_index_in_sync (f);
  assert_found (f, "gratitude", "Nightly review");
  assert_found (f, "coffee", "Service");
  assert_found (f, "shame", "Slips");

  /* Edit: the old words no longer match, the new ones do. */
  update_reading (f, first, "Morning review", "A gratitude list", serenity_body);
  assert_index_in_sync (f);
  assert_found (f, "nightly", "");
  assert_found (f, "night", "");
  assert_found (f, "morning review", "Morning review");
  assert_found (f, "serenity", "Morning review");
  assert_found (f, "gratitude", "Morning review");

  /* A description taken away, and given to a reading that had none. */
  update_reading (f, first, "Morning review", NULL, serenity_body);
  update_reading (f, second, "Service", "Setting up chairs", plain);
  assert_index_in_sync (f);
  assert_found (f, "gratitude", "");
  assert_found (f, "coffee", "");
  assert_found (f, "chairs", "Service");

  /* Delete: gone from the index, and searching never trips over it. */
  delete_reading (f, first);
  assert_index_in_sync (f);
  assert_found (f, "serenity", "");
  assert_found (f, "review", "");
  delete_reading (f, second);
  assert_index_in_sync (f);
  assert_found (f, "chairs", "");
  assert_found (f, "shame", "Slips");

  /* Removing a row that does not exist changes nothing. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (rp_store_reading_fts_remove (f->store, 9999, &error));
    g_assert_no_error (error);
    assert_index_in_sync (f);
  }
}

static void
test_sync_delete_collection (RpTestStore   *f,
                             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 collection_id;

  rp_test_exec (f->database,
                "INSERT INTO reading_collection (kind, name, position, created, updated)"
                " VALUES (2, 'A book', 2, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
  collection_id = rp_test_query_int (f->database, "SELECT id FROM reading_collection WHERE kind = 2");
  add_reading_to (f, "kind = 2", "January 1", "Hope", "Begin again.");
  add_reading_to (f, "kind = 2", "January 2", NULL, "Hope again.");
  add_reading (f, "Mine", NULL, "Hope, my own.");
  assert_found (f, "again", "January 2,January 1");
  assert_index_in_sync (f);

  /* The collection's readings leave the index before the cascade takes
   * them from the table. */
  g_assert_true (rp_database_begin_write (f->database, &error));
  g_assert_true (rp_store_reading_fts_remove_collection (f->store, collection_id, &error));
  g_assert_no_error (error);
  rp_test_exec (f->database, "DELETE FROM reading_collection WHERE kind = 2");
  g_assert_true (rp_database_commit (f->database, &error));

  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count (*) FROM reading"), ==, 1);
  assert_index_in_sync (f);
  assert_found (f, "hope", "Mine");
  assert_found (f, "again", "");
}

static void
test_stale_index_rebuilt (RpTestStore   *f,
                          gconstpointer  user_data)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;

  add_reading (f, "Hope", NULL, "Keep coming back.");
  add_reading (f, "Hope again", NULL, "One day at a time.");

  /* A write that forgot the index (a bug, or another program): FTS5 would
   * call the database damaged. The search rebuilds the index and goes on. */
  rp_test_exec (f->database, "DELETE FROM reading WHERE title = 'Hope'");
  g_test_expect_message ("rp-store", G_LOG_LEVEL_WARNING, "*index*rebuilt*");
  matches = rp_store_search_readings (f->store, "hope", 0, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpstr (((RpReadingMatch *) g_ptr_array_index (matches, 0))->title, ==, "Hope again");
  assert_index_in_sync (f);
}

static void
add_unrelated (RpTestStore *f,
               guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Unrelated %u", i);
      g_autofree char *body = filler (60, i);

      add_reading (f, title, NULL, body);
    }
}

static void
test_rank_title_description_body (RpTestStore   *f,
                                  gconstpointer  user_data)
{
  g_autofree char *plain = filler (60, 3);
  g_autofree char *with_word = g_strdup_printf ("%s gratitude", plain);

  add_unrelated (f, 6);
  add_reading (f, "In the body", NULL, with_word);
  add_reading (f, "In the description", "A gratitude list", plain);
  add_reading (f, "Gratitude", NULL, plain);
  assert_found (f, "gratitude", "Gratitude,In the description,In the body");
}

/* A long text named for the word comes before a link whose one short
 * description holds it, which bm25 alone (favouring short documents) puts
 * first. */
static void
test_rank_title_before_short_description (RpTestStore   *f,
                                          gconstpointer  user_data)
{
  g_autofree char *long_body = filler (600, 7);
  g_autofree char *with_word = g_strdup_printf ("%s sponsor %s sponsors", long_body, long_body);

  add_unrelated (f, 6);
  add_reading (f, "Family Groups", "Support for families: how to find a sponsor.", "");
  add_reading (f, "Asking for a Sponsor", NULL, with_word);
  assert_found (f, "spons", "Asking for a Sponsor,Family Groups");
}

static void
test_rank_more_occurrences (RpTestStore   *f,
                            gconstpointer  user_data)
{
  g_autofree char *plain = filler (57, 5);
  g_autofree char *once = g_strdup_printf ("serenity %s acceptance courage", plain);
  g_autofree char *thrice = g_strdup_printf ("serenity %s serenity serenity", plain);
  g_autofree char *twice = g_strdup_printf ("serenity %s serenity courage", plain);

  add_unrelated (f, 6);
  add_reading (f, "Once", NULL, once);
  add_reading (f, "Thrice", NULL, thrice);
  add_reading (f, "Twice", NULL, twice);
  assert_found (f, "serenity", "Thrice,Twice,Once");
}

static void
test_all_words_prefix (RpTestStore   *f,
                       gconstpointer  user_data)
{
  add_reading (f, "A gratitude list", NULL, "Three things, every night.");
  add_reading (f, "Grateful", NULL, "Thankful for today.");
  add_reading (f, "Graduation", NULL, "One year of gratitude.");

  /* As the user types: each keystroke narrows. */
  assert_found_sorted (f, "g", "A gratitude list,Graduation,Grateful");
  assert_found_sorted (f, "gra", "A gratitude list,Graduation,Grateful");
  assert_found_sorted (f, "grat", "A gratitude list,Graduation,Grateful");
  assert_found (f, "grate", "Grateful");
  assert_found (f, "gratx", "");

  /* Every word must be there; only the last is a prefix. */
  assert_found (f, "gratitude night", "A gratitude list");
  assert_found (f, "grat year", "");
  assert_found (f, "gratitude yea", "Graduation");
  assert_found (f, "THANKFUL today", "Grateful");
}

static void
test_diacritics (RpTestStore   *f,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) matches = NULL;
  RpReadingMatch *match;

  add_reading (f, "Café meeting", NULL, "We met at the cafe after work.");
  add_reading (f, "Ñandú", NULL, "Señor, über naïve coöperation.");

  assert_found (f, "cafe", "Café meeting");
  assert_found (f, "CAFÉ", "Café meeting");
  assert_found (f, "nandu", "Ñandú");
  assert_found (f, "senor uber naive", "Ñandú");
  assert_found (f, "cooper", "Ñandú");
  assert_found (f, "caf", "Café meeting");
  assert_found (f, "ÑAN", "Ñandú");

  /* The highlighted range covers "Café" as written: five bytes. */
  matches = search (f, "cafe", 0);
  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->title, ==, "Café meeting");
  g_assert_cmpuint (match->title_ranges->len, ==, 1);
  g_assert_cmpuint (g_array_index (match->title_ranges, RpTextRange, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (match->title_ranges, RpTextRange, 0).end, ==, strlen ("Café"));
}

static void
test_snippets (RpTestStore   *f,
               gconstpointer  user_data)
{
  g_autofree char *before = filler (40, 2);
  g_autofree char *after = filler (40, 9);
  g_autofree char *body = g_strdup_printf ("# Heading\n\n%s\n\nThe **gratitude**\nlist %s", before, after);
  g_autoptr(GPtrArray) matches = NULL;
  g_autofree char *range_text = NULL;
  RpReadingMatch *match;

  add_reading (f, "Nightly review", "Before sleep", body);
  matches = search (f, "gratitude", 0);
  g_assert_cmpuint (matches->len, ==, 1);
  match = g_ptr_array_index (matches, 0);

  /* The title, matched nowhere, has no range; the snippet is a few words
   * of the body around the match, cut with "…", on one line. */
  g_assert_cmpstr (match->title, ==, "Nightly review");
  g_assert_cmpuint (match->title_ranges->len, ==, 0);
  g_assert_true (g_str_has_prefix (match->snippet, "…"));
  g_assert_true (g_str_has_suffix (match->snippet, "…"));
  g_assert_null (strchr (match->snippet, '\n'));
  g_assert_null (strstr (match->snippet, "  "));
  /* The Markdown's emphasis marks are not shown. */
  g_assert_nonnull (strstr (match->snippet, "The gratitude list"));
  g_assert_cmpuint (g_utf8_strlen (match->snippet, -1), <, 200);
  g_assert_cmpuint (match->snippet_ranges->len, ==, 1);
  range_text = first_snippet_range (match);
  g_assert_cmpstr (range_text, ==, "gratitude");
  g_assert_cmpint (match->reading_id, >, 0);
}

static void
test_snippet_marks_title_and_words (RpTestStore   *f,
                                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) matches = NULL;
  RpReadingMatch *match;

  add_reading (f, "Gratitude and service", NULL,
               "Service keeps us sober; gratitude keeps us humble. Service again.");
  matches = search (f, "service grat", 0);
  g_assert_cmpuint (matches->len, ==, 1);
  match = g_ptr_array_index (matches, 0);

  /* Both words marked in the title, each place in the snippet. */
  g_assert_cmpuint (match->title_ranges->len, ==, 2);
  g_assert_cmpuint (g_array_index (match->title_ranges, RpTextRange, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (match->title_ranges, RpTextRange, 0).end, ==, 9);
  g_assert_cmpuint (g_array_index (match->title_ranges, RpTextRange, 1).start, ==, 14);
  g_assert_cmpuint (g_array_index (match->title_ranges, RpTextRange, 1).end, ==, 21);
  g_assert_cmpstr (match->snippet, ==, "Service keeps us sober; gratitude keeps us humble. Service again.");
  g_assert_cmpuint (match->snippet_ranges->len, ==, 3);
  g_assert_cmpuint (g_array_index (match->snippet_ranges, RpTextRange, 1).start, ==, 24);
  g_assert_cmpuint (g_array_index (match->snippet_ranges, RpTextRange, 1).end, ==, 33);
}

static void
test_snippet_source (RpTestStore   *f,
                     gconstpointer  user_data)
{
  g_autofree char *range_text = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  RpReadingMatch *match;

  add_reading (f, "Serenity", "A prayer for hard days", "God grant me the serenity.");
  add_reading (f, "Step one", "We admitted we were powerless", "");
  add_reading (f, "Acceptance", NULL, "The things I cannot change.");

  /* The title alone matched: the snippet is the description's start... */
  matches = search (f, "step", 0);
  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->snippet, ==, "We admitted we were powerless");
  g_assert_cmpuint (match->snippet_ranges->len, ==, 0);
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* ...or the body's, without a description. */
  matches = search (f, "acceptance", 0);
  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->snippet, ==, "The things I cannot change.");
  g_assert_cmpuint (match->snippet_ranges->len, ==, 0);
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* The description matched and not the body: the description. */
  matches = search (f, "prayer", 0);
  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->snippet, ==, "A prayer for hard days");
  range_text = first_snippet_range (match);
  g_assert_cmpstr (range_text, ==, "prayer");
  g_clear_pointer (&matches, g_ptr_array_unref);
  g_clear_pointer (&range_text, g_free);

  /* Title and body matched: the body. */
  matches = search (f, "serenity", 0);
  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->snippet, ==, "God grant me the serenity.");
  range_text = first_snippet_range (match);
  g_assert_cmpstr (range_text, ==, "serenity");
}

/* "w<first> … w<last>" */
static char *
numbered_words (guint first,
                guint last)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    g_string_append_printf (text, "%sw%u", i > first ? " " : "", i);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static RpReadingMatch *
search_one (RpTestStore  *f,
            const char   *text,
            GPtrArray   **out_matches)
{
  *out_matches = search (f, text, 0);
  g_assert_cmpuint ((*out_matches)->len, ==, 1);

  return g_ptr_array_index (*out_matches, 0);
}

static void
test_snippet_window (RpTestStore   *f,
                     gconstpointer  user_data)
{
  g_autofree char *w0_4 = numbered_words (0, 4);
  g_autofree char *w6_39 = numbered_words (6, 39);
  g_autofree char *w43_59 = numbered_words (43, 59);
  g_autofree char *w0_20 = numbered_words (0, 20);
  g_autofree char *w23_40 = numbered_words (23, 40);
  g_autofree char *spread = g_strdup_printf ("%s hope %s faith w41 hope %s", w0_4, w6_39, w43_59);
  g_autofree char *sentence = g_strdup_printf ("%s. Then courage %s", w0_20, w23_40);
  g_autofree char *line = g_strnfill (3000, '-');
  g_autofree char *dashes = g_strdup_printf ("%s patience %s", line, line);
  g_autoptr(GPtrArray) matches = NULL;
  RpReadingMatch *match;

  add_reading (f, "Spread", NULL, spread);
  add_reading (f, "Sentence", NULL, sentence);
  add_reading (f, "Heading", NULL, "# Serenity\n\nKeep coming back.");
  add_reading (f, "Phrase", NULL, "Working a twelve-step program, one day at a time.");
  add_reading (f, "Dashes", NULL, dashes);

  /* Both words beat one word alone, a few words in. */
  match = search_one (f, "hope faith", &matches);
  g_assert_cmpstr (match->snippet, ==,
                   "…w36 w37 w38 w39 faith w41 hope w43 w44 w45 w46 w47 w48 w49 w50 w51…");
  g_assert_cmpuint (match->snippet_ranges->len, ==, 2);
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* A sentence that starts just before the match starts the snippet. */
  match = search_one (f, "courage", &matches);
  g_assert_cmpstr (match->snippet, ==,
                   "…Then courage w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36…");
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* At the ends of the text, what lies before the first word and after
   * the last is kept; the heading's mark is not shown. */
  match = search_one (f, "serenity", &matches);
  g_assert_cmpstr (match->snippet, ==, "Serenity Keep coming back.");
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* Not a page of dashes, though. */
  match = search_one (f, "patience", &matches);
  g_assert_cmpstr (match->snippet, ==, "patience");
  g_clear_pointer (&matches, g_ptr_array_unref);

  /* A phrase is one range. */
  match = search_one (f, "twelve-step", &matches);
  g_assert_cmpstr (match->snippet, ==, "Working a twelve-step program, one day at a time.");
  g_assert_cmpuint (match->snippet_ranges->len, ==, 1);
  g_assert_cmpuint (g_array_index (match->snippet_ranges, RpTextRange, 0).start, ==, 10);
  g_assert_cmpuint (g_array_index (match->snippet_ranges, RpTextRange, 0).end, ==, 21);
}

static void
test_snippet_control_characters (RpTestStore   *f,
                                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autofree char *range_text = NULL;
  RpReadingMatch *match;

  /* A body may hold the bytes rp-reading-search marks with (an imported
   * file can): they never pass for marks, and never reach the screen. */
  add_reading (f, "Odd bytes", NULL, "before \x02 three\x03 \x03things \x02 at\x7f night");
  matches = search (f, "things", 0);
  g_assert_cmpuint (matches->len, ==, 1);
  match = g_ptr_array_index (matches, 0);
  g_assert_cmpstr (match->snippet, ==, "before three things at night");
  g_assert_cmpuint (match->snippet_ranges->len, ==, 1);
  range_text = first_snippet_range (match);
  g_assert_cmpstr (range_text, ==, "things");
}

static void
test_limit (RpTestStore   *f,
            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) three = NULL;
  g_autoptr(GPtrArray) all = NULL;

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *title = g_strdup_printf ("Hope %u", i);
      g_autofree char *body = filler (10 + i, i);

      add_reading (f, title, NULL, body);
    }

  three = search (f, "hope", 3);
  all = search (f, "hope", 0);
  g_assert_cmpuint (three->len, ==, 3);
  g_assert_cmpuint (all->len, ==, 10);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (((RpReadingMatch *) g_ptr_array_index (three, i))->reading_id, ==,
                     ((RpReadingMatch *) g_ptr_array_index (all, i))->reading_id);
}

static void
assert_search_works (RpTestStore *f,
                     const char  *text)
{
  g_autoptr(GPtrArray) matches = search (f, text, 20);

  for (guint i = 0; i < matches->len; i++)
    {
      RpReadingMatch *match = g_ptr_array_index (matches, i);

      g_assert_true (g_utf8_validate (match->title, -1, NULL));
      g_assert_true (g_utf8_validate (match->snippet, -1, NULL));
    }
}

static void
test_hostile_text (RpTestStore   *f,
                   gconstpointer  user_data)
{
  static const char *const texts[] = {
    "\"", "\"\"", "\"a", "a\"", "AND", "OR", "NOT", "a AND", "AND a", "a OR b", "NOT a", "a NOT",
    "NEAR(", "NEAR(a b)", "NEAR(a b, 2)", "NEAR", "-x", "- x", "--", "col:x", "title:x", "title:",
    ":", "*", "a*", "*a", "**", "^", "^x", "x^", "(", ")", "(a", "a)", "()", "((((a))))", "{", "}",
    "{title body}: x", "+", "a + b", ",", ";", "'", "'; DROP TABLE reading; --", "%", "_", "\\",
    "\\\"", "☃", "感謝", "é", "e\xcc\x81", "\xf0\x9f\x98\x80 smile", "\xff\xfe", "a\xc3",
    "rank:bm25", "reading_fts:x", "x MATCH y", "NEAR/3", "a NEAR b", "\t\n\r", "\x01\x02\x03",
  };
  g_autofree char *body = filler (50, 4);
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  static const char alphabet[] = "\"*^:()-+{},. aANDORNEARNOTé\t";
  static const char *const odd_texts[] = {
    "empty", "body", "punctuation", "only", "long", "line", "word", "needle", "w", "combining",
    "cafe", "naive", "café", "zero", "width", "e",
  };

  g_autoptr(GString) long_line = g_string_new (NULL);

  for (guint i = 0; i < 4000; i++)
    g_string_append (long_line, i % 500 == 250 ? "needle " : "word ");
  add_reading (f, "AND OR NOT", "NEAR title:col", body);
  add_reading (f, "Smile \xf0\x9f\x98\x80", NULL, "\"quoted\" (parens) col:x -x ^y");
  /* Odd texts for the snippets to cut. */
  add_reading (f, "Empty body", NULL, "");
  add_reading (f, "Only punctuation", "—", "— … ¡! ¿? ***");
  add_reading (f, "Long line", NULL, long_line->str);
  add_reading (f, "Combining", NULL, "cafe\xcc\x81 na\xcc\x88ive \xe2\x80\x8b zero\xe2\x80\x8bwidth");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_search_works (f, texts[i]);

  /* Random runs of FTS5's punctuation and operator words. */
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      guint length = g_rand_int_range (rand, 1, 24);

      for (guint j = 0; j < length; j++)
        g_string_append_c (text, alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]);
      assert_search_works (f, text->str);
    }

  for (guint i = 0; i < G_N_ELEMENTS (odd_texts); i++)
    assert_search_works (f, odd_texts[i]);

  /* Operators are words to find. */
  assert_found (f, "AND", "AND OR NOT");
  assert_found (f, "near", "AND OR NOT");
  assert_found (f, "col:x -x ^y", "Smile \xf0\x9f\x98\x80");
  assert_found (f, "\"quoted", "Smile \xf0\x9f\x98\x80");
}

static void
test_nothing_to_search (RpTestStore   *f,
                        gconstpointer  user_data)
{
  add_reading (f, "Hope", NULL, "Hope");

  assert_found (f, NULL, "");
  assert_found (f, "", "");
  assert_found (f, "   ", "");
  assert_found (f, "* - (", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-reading-search/" path, RpTestStore, NULL, \
              rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("sync/edit-delete", test_sync_edit_delete);
  ADD ("sync/delete-collection", test_sync_delete_collection);
  ADD ("sync/stale-index-rebuilt", test_stale_index_rebuilt);
  ADD ("rank/title-description-body", test_rank_title_description_body);
  ADD ("rank/more-occurrences", test_rank_more_occurrences);
  ADD ("rank/title-before-short-description", test_rank_title_before_short_description);
  ADD ("all-words-prefix", test_all_words_prefix);
  ADD ("diacritics", test_diacritics);
  ADD ("snippet/body", test_snippets);
  ADD ("snippet/marks", test_snippet_marks_title_and_words);
  ADD ("snippet/source", test_snippet_source);
  ADD ("snippet/window", test_snippet_window);
  ADD ("snippet/control-characters", test_snippet_control_characters);
  ADD ("limit", test_limit);
  ADD ("hostile-text", test_hostile_text);
  ADD ("nothing-to-search", test_nothing_to_search);

#undef ADD

  return g_test_run ();
}
