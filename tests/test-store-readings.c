/* test-store-readings.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-readings"

#include "config.h"

#include "rp-database-private.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's reading library: the two models (no bodies in them), adding,
 * editing, moving, deleting and Undo, what the built-in collections and
 * the starter texts refuse, favourites, the reader's place and progress,
 * collections (their counts, and a delete that keeps the read marks), a
 * reload after another process wrote, the search index kept in step, and
 * the migration to schema 6. Imports, the starter library and the daily
 * reading are in test-store-reading-import.c. */

static gint64
mine_id (RpStore *store)
{
  g_autoptr(RpReadingCollection) mine = rp_store_get_builtin_collection (store, RP_READING_COLLECTION_MINE);

  g_assert_nonnull (mine);
  return rp_reading_collection_get_id (mine);
}

static gint64
add_collection (RpStore    *store,
                const char *name)
{
  g_autoptr(RpReadingCollection) collection = rp_reading_collection_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_add_reading_collection (store, collection, &error));
  g_assert_no_error (error);

  return rp_reading_collection_get_id (collection);
}

static void
assert_titles (RpStore    *store,
               const char *expected)
{
  g_autofree char *titles = rp_test_reading_titles (store);

  g_assert_cmpstr (titles, ==, expected);
}

/* How many readings the search index finds for @word. */
static int
fts_count (RpDatabase *database,
           const char *word)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rp_database_prepare (database,
                                                      "SELECT count(*) FROM reading_fts"
                                                      " WHERE reading_fts MATCH ?1",
                                                      &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, word, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* The index matches the table exactly: FTS5's own check. */
static void
assert_fts_in_step (RpDatabase *database)
{
  rp_test_exec (database, "INSERT INTO reading_fts (reading_fts, rank) VALUES ('integrity-check', 1)");
}

/* One starter text, through the sync, for the refusals. */
static gint64
add_starter_text (RpStore *store)
{
  g_autoptr(GPtrArray) shipped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpReading) text = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(RpReading) saved = NULL;
  g_autoptr(GError) error = NULL;

  rp_reading_set_origin (text, RP_READING_ORIGIN_STARTER);
  rp_reading_set_title (text, "One Day at a Time");
  rp_reading_set_body (text, "Just for today.");
  rp_reading_set_import_key (text, "one-day-at-a-time");
  g_ptr_array_add (shipped, g_object_ref (text));
  g_assert_true (rp_store_sync_starter_library (store, shipped, "v1", &error));
  g_assert_no_error (error);

  saved = g_list_model_get_item (rp_store_get_readings (store), 0);
  g_assert_cmpint (rp_reading_get_origin (saved), ==, RP_READING_ORIGIN_STARTER);

  return rp_reading_get_id (saved);
}

static void
test_models (RpTestStore   *f,
             gconstpointer  user_data)
{
  GListModel *collections = rp_store_get_reading_collections (f->store);
  GListModel *readings = rp_store_get_readings (f->store);
  g_autoptr(RpTestShadow) shadow = rp_test_shadow_new (readings);
  g_autoptr(RpReadingCollection) starter = NULL;
  g_autoptr(RpReadingCollection) mine = NULL;
  g_autoptr(RpReading) link = rp_reading_new (RP_READING_KIND_LINK);
  g_autoptr(RpReading) item = NULL;
  g_autoptr(RpReading) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  gint64 first;

  g_signal_connect_swapped (f->store, "changed::reading", G_CALLBACK (rp_test_count_signal), &n_changed);

  /* A new database has the two built-in collections, in order. */
  g_assert_cmpuint (g_list_model_get_n_items (collections), ==, 2);
  starter = g_list_model_get_item (collections, 0);
  mine = g_list_model_get_item (collections, 1);
  g_assert_cmpint (rp_reading_collection_get_kind (starter), ==, RP_READING_COLLECTION_STARTER);
  g_assert_cmpint (rp_reading_collection_get_kind (mine), ==, RP_READING_COLLECTION_MINE);
  {
    g_autoptr(RpReadingCollection) builtin = rp_store_get_builtin_collection (f->store, RP_READING_COLLECTION_MINE);

    g_assert_true (builtin == mine);
  }
  g_assert_cmpuint (g_list_model_get_n_items (readings), ==, 0);

  /* Collection 0 is My Readings; each goes to the end. */
  first = rp_test_add_reading (f->store, 0, "A Share", "We **stay** sober together.");
  rp_test_add_reading (f->store, 0, "A Prayer", "Grant me the serenity.");
  rp_reading_set_title (link, "Daily Reflection");
  rp_reading_set_uri (link, "https://example.org/daily");
  g_assert_true (rp_store_add_reading (f->store, link, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_collection_id (link), ==, rp_reading_collection_get_id (mine));
  g_assert_cmpint (rp_reading_get_position (link), ==, 2);
  g_assert_nonnull (rp_reading_get_created (link));
  assert_titles (f->store, "A Share,A Prayer,Daily Reflection");
  g_assert_cmpuint (n_changed, ==, 3);
  g_assert_cmpuint (rp_reading_collection_get_n_readings (mine), ==, 3);
  g_assert_false (rp_reading_collection_get_dated (mine));
  rp_test_shadow_check (shadow);

  /* The model carries no body; loading does. */
  item = rp_store_find_reading (f->store, first);
  g_assert_nonnull (item);
  g_assert_null (rp_reading_get_body (item));
  g_assert_cmpint (rp_reading_get_position (item), ==, 0);
  loaded = rp_store_load_reading (f->store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_body (loaded), ==, "We **stay** sober together.");
  g_assert_cmpstr (rp_reading_get_title (loaded), ==, "A Share");
  g_assert_true (loaded != item);

  g_assert_null (rp_store_find_reading (f->store, 9999));
  g_assert_null (rp_store_load_reading (f->store, 9999, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Invalid readings write nothing. */
  {
    g_autoptr(RpReading) untitled = rp_reading_new (RP_READING_KIND_TEXT);

    rp_reading_set_body (untitled, "Words.");
    g_assert_false (rp_store_add_reading (f->store, untitled, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (rp_reading_get_id (untitled), ==, 0);
  }
  {
    g_autoptr(RpReading) nowhere = rp_reading_new (RP_READING_KIND_TEXT);

    rp_reading_set_title (nowhere, "Lost");
    rp_reading_set_body (nowhere, "Words.");
    rp_reading_set_collection_id (nowhere, 9999);
    g_assert_false (rp_store_add_reading (f->store, nowhere, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (rp_reading_get_id (nowhere), ==, 0);
    g_assert_cmpint (rp_reading_get_collection_id (nowhere), ==, 9999);
  }
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading"), ==, 3);
  g_assert_cmpuint (n_changed, ==, 3);

  /* Indexed as they were added. */
  g_assert_cmpint (fts_count (f->database, "serenity"), ==, 1);
  g_assert_cmpint (fts_count (f->database, "reflection"), ==, 1);
  assert_fts_in_step (f->database);
  rp_test_shadow_check (shadow);
}

static void
test_update (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(RpTestShadow) shadow = rp_test_shadow_new (rp_store_get_readings (f->store));
  g_autoptr(RpReading) before = NULL;
  g_autoptr(RpReading) after = NULL;
  g_autoptr(RpReading) edited = NULL;
  g_autoptr(GError) error = NULL;
  gint64 book = add_collection (f->store, "Book");
  gint64 a = rp_test_add_reading (f->store, 0, "A", "alpha words");
  gint64 b = rp_test_add_reading (f->store, 0, "B", "bravo words");
  gint64 c = rp_test_add_reading (f->store, 0, "C", "charlie words");

  g_assert_true (rp_store_set_reading_favourite (f->store, b, TRUE, &error));
  before = rp_store_find_reading (f->store, b);

  edited = rp_store_load_reading (f->store, b, &error);
  g_assert_no_error (error);
  rp_reading_set_title (edited, "B2");
  rp_reading_set_body (edited, "delta words");
  /* The editor's copy cannot change what has its own calls. */
  rp_reading_set_favourite (edited, FALSE);
  g_assert_true (rp_store_update_reading (f->store, edited, &error));
  g_assert_no_error (error);
  assert_titles (f->store, "A,B2,C");

  /* A new object for a new text; the favourite stays. */
  after = rp_store_find_reading (f->store, b);
  g_assert_true (after != before);
  g_assert_true (rp_reading_get_favourite (after));
  g_assert_cmpint (rp_reading_get_position (after), ==, 1);
  g_assert_cmpint (fts_count (f->database, "bravo"), ==, 0);
  g_assert_cmpint (fts_count (f->database, "delta"), ==, 1);
  assert_fts_in_step (f->database);
  rp_test_shadow_check (shadow);

  /* Invalid: nothing written. */
  rp_reading_set_title (edited, "   ");
  g_assert_false (rp_store_update_reading (f->store, edited, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *title = rp_test_query_text (f->database, "SELECT title FROM reading ORDER BY id");

    g_assert_cmpstr (title, ==, "A\nB2\nC\n");
  }

  /* Moved to another collection: at its end, the old place closed. */
  rp_reading_set_title (edited, "B2");
  rp_reading_set_collection_id (edited, book);
  g_assert_true (rp_store_update_reading (f->store, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_position (edited), ==, 0);
  assert_titles (f->store, "A,C,B2");
  {
    g_autoptr(RpReading) moved_c = rp_store_find_reading (f->store, c);
    g_autoptr(RpReadingCollection) collection = rp_store_find_reading_collection (f->store, book);

    g_assert_cmpint (rp_reading_get_position (moved_c), ==, 1);
    g_assert_cmpuint (rp_reading_collection_get_n_readings (collection), ==, 1);
  }
  rp_test_shadow_check (shadow);

  /* Into a collection deleted meanwhile. */
  rp_reading_set_collection_id (edited, 9999);
  g_assert_false (rp_store_update_reading (f->store, edited, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A reading deleted meanwhile. */
  g_assert_true (rp_store_delete_reading (f->store, a, &error));
  {
    g_autoptr(RpReading) stale = rp_store_load_reading (f->store, c, &error);

    g_assert_true (rp_store_delete_reading (f->store, c, &error));
    g_assert_false (rp_store_update_reading (f->store, stale, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_false (rp_store_delete_reading (f->store, c, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_titles (f->store, "B2");
  g_assert_cmpint (fts_count (f->database, "words"), ==, 1);
  assert_fts_in_step (f->database);
  rp_test_shadow_check (shadow);
}

static void
test_builtin (RpTestStore   *f,
              gconstpointer  user_data)
{
  g_autoptr(RpReadingCollection) starter = NULL;
  g_autoptr(RpReading) text = NULL;
  g_autoptr(GError) error = NULL;
  gint64 starter_text = add_starter_text (f->store);

  starter = rp_store_get_builtin_collection (f->store, RP_READING_COLLECTION_STARTER);

  /* Starter texts are read, not edited nor deleted. */
  text = rp_store_load_reading (f->store, starter_text, &error);
  g_assert_false (rp_reading_is_editable (text));
  rp_reading_set_title (text, "Mine Now");
  g_assert_false (rp_store_update_reading (f->store, text, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
  g_clear_error (&error);
  g_assert_false (rp_store_delete_reading (f->store, starter_text, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
  g_clear_error (&error);

  /* Nothing of the user's goes into the starter library. */
  {
    g_autoptr(RpReading) into_starter = rp_reading_new (RP_READING_KIND_TEXT);
    g_autoptr(RpReading) as_starter = rp_reading_new (RP_READING_KIND_TEXT);

    rp_reading_set_title (into_starter, "Mine");
    rp_reading_set_body (into_starter, "Words.");
    rp_reading_set_collection_id (into_starter, rp_reading_collection_get_id (starter));
    g_assert_false (rp_store_add_reading (f->store, into_starter, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
    g_clear_error (&error);

    rp_reading_set_title (as_starter, "Mine");
    rp_reading_set_body (as_starter, "Words.");
    rp_reading_set_origin (as_starter, RP_READING_ORIGIN_STARTER);
    g_assert_false (rp_store_add_reading (f->store, as_starter, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
    g_clear_error (&error);
  }
  {
    g_autoptr(RpReading) moved = rp_store_load_reading (f->store, rp_test_add_reading (f->store, 0, "Mine", "Words."), &error);

    rp_reading_set_collection_id (moved, rp_reading_collection_get_id (starter));
    g_assert_false (rp_store_update_reading (f->store, moved, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
    g_clear_error (&error);
  }

  /* The built-in collections stay as they are. */
  for (RpReadingCollectionKind kind = RP_READING_COLLECTION_STARTER; kind <= RP_READING_COLLECTION_MINE; kind++)
    {
      g_autoptr(RpReadingCollection) builtin = rp_store_get_builtin_collection (f->store, kind);
      gint64 id = rp_reading_collection_get_id (builtin);

      g_assert_false (rp_store_rename_reading_collection (f->store, id, "Renamed", &error));
      g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
      g_clear_error (&error);
      g_assert_false (rp_store_delete_reading_collection (f->store, id, &error));
      g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_BUILTIN);
      g_clear_error (&error);
    }
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading_collection"), ==, 2);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading"), ==, 2);
  {
    g_autofree char *names = rp_test_query_text (f->database, "SELECT name FROM reading_collection ORDER BY id");

    g_assert_cmpstr (names, ==, "Starter Library\nMy Readings\n");
  }

  /* A starter text can still be a favourite, and read. */
  g_assert_true (rp_store_set_reading_favourite (f->store, starter_text, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_delete_restore (RpTestStore   *f,
                     gconstpointer  user_data)
{
  g_autoptr(RpTestShadow) shadow = rp_test_shadow_new (rp_store_get_readings (f->store));
  g_autoptr(RpReading) removed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 book = add_collection (f->store, "Book");
  gint64 b;

  rp_test_add_reading (f->store, book, "A", "alpha");
  b = rp_test_add_reading (f->store, book, "B", "bravo");
  rp_test_add_reading (f->store, book, "C", "charlie");
  g_assert_true (rp_store_set_reading_favourite (f->store, b, TRUE, &error));
  g_assert_true (rp_store_set_reading_read_offset (f->store, b, 120, &error));

  removed = rp_store_load_reading (f->store, b, &error);
  g_assert_true (rp_store_delete_reading (f->store, b, &error));
  g_assert_no_error (error);
  assert_titles (f->store, "A,C");
  g_assert_cmpint (fts_count (f->database, "bravo"), ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT max (position) FROM reading"), ==, 1);

  /* Undo: the same id, place, favourite and read offset. */
  g_assert_true (rp_store_restore_reading (f->store, removed, &error));
  g_assert_no_error (error);
  assert_titles (f->store, "A,B,C");
  {
    g_autoptr(RpReading) back = rp_store_find_reading (f->store, b);
    g_autoptr(RpReading) loaded = rp_store_load_reading (f->store, b, &error);

    g_assert_nonnull (back);
    g_assert_cmpint (rp_reading_get_collection_id (back), ==, book);
    g_assert_cmpint (rp_reading_get_position (back), ==, 1);
    g_assert_true (rp_reading_get_favourite (back));
    g_assert_cmpint (rp_reading_get_read_offset (back), ==, 120);
    g_assert_cmpstr (rp_reading_get_created (back), ==, rp_reading_get_created (removed));
    g_assert_cmpstr (rp_reading_get_body (loaded), ==, "bravo");
  }
  g_assert_cmpint (fts_count (f->database, "bravo"), ==, 1);
  assert_fts_in_step (f->database);

  /* Restoring twice fails cleanly. */
  g_assert_false (rp_store_restore_reading (f->store, removed, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_titles (f->store, "A,B,C");
  rp_test_shadow_check (shadow);

  /* Its collection deleted meanwhile: back at the end of My Readings. */
  rp_test_add_reading (f->store, 0, "Mine", "mine");
  g_assert_true (rp_store_delete_reading_collection (f->store, book, &error));
  g_assert_no_error (error);
  assert_titles (f->store, "Mine");
  g_assert_true (rp_store_restore_reading (f->store, removed, &error));
  g_assert_no_error (error);
  assert_titles (f->store, "Mine,B");
  {
    g_autoptr(RpReading) back = rp_store_find_reading (f->store, b);

    g_assert_cmpint (rp_reading_get_collection_id (back), ==, mine_id (f->store));
    g_assert_cmpint (rp_reading_get_position (back), ==, 1);
  }
  assert_fts_in_step (f->database);
  rp_test_shadow_check (shadow);
}

static void
test_favourite_offset (RpTestStore   *f,
                       gconstpointer  user_data)
{
  g_autoptr(RpReading) item = NULL;
  g_autoptr(RpReading) doc = rp_reading_new (RP_READING_KIND_LINK);
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  guint n_favourite = 0;
  guint n_offset = 0;
  guint n_items_changed = 0;
  gint64 id = rp_test_add_reading (f->store, 0, "A", "alpha");

  item = rp_store_find_reading (f->store, id);
  g_signal_connect_swapped (f->store, "changed::reading", G_CALLBACK (rp_test_count_signal), &n_changed);
  g_signal_connect_swapped (rp_store_get_readings (f->store), "items-changed",
                            G_CALLBACK (rp_test_count_signal), &n_items_changed);
  g_signal_connect_swapped (item, "notify::favourite", G_CALLBACK (rp_test_count_signal), &n_favourite);
  g_signal_connect_swapped (item, "notify::read-offset", G_CALLBACK (rp_test_count_signal), &n_offset);

  /* Set on the model's own object: rows and selections stay. */
  g_assert_true (rp_store_set_reading_favourite (f->store, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rp_reading_get_favourite (item));
  g_assert_cmpuint (n_favourite, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT favourite FROM reading"), ==, 1);

  /* The reader's place: the item's notify only. */
  g_assert_true (rp_store_set_reading_read_offset (f->store, id, 345, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_read_offset (item), ==, 345);
  g_assert_cmpuint (n_offset, ==, 1);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT read_offset FROM reading"), ==, 345);
  g_assert_cmpuint (n_items_changed, ==, 0);

  g_assert_false (rp_store_set_reading_favourite (f->store, 9999, TRUE, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (rp_store_set_reading_read_offset (f->store, 9999, 1, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A document's progress, by hand. */
  rp_reading_set_title (doc, "The Book");
  rp_reading_set_uri (doc, "file:///home/user/book.pdf");
  g_assert_true (rp_store_add_reading (f->store, doc, &error));
  g_assert_true (rp_reading_is_document (doc));
  g_clear_object (&item);
  item = rp_store_find_reading (f->store, rp_reading_get_id (doc));
  g_assert_true (rp_store_set_reading_progress (f->store, rp_reading_get_id (doc), 40, 160, 25, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_progress_page (item), ==, 40);
  g_assert_cmpint (rp_reading_get_progress_pages (item), ==, 160);
  g_assert_cmpint (rp_reading_get_progress_percent (item), ==, 25);

  g_assert_false (rp_store_set_reading_progress (f->store, rp_reading_get_id (doc), 200, 160, -1, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rp_reading_get_progress_page (item), ==, 40);

  /* Unset again: stored as NULL. */
  g_assert_true (rp_store_set_reading_progress (f->store, rp_reading_get_id (doc), -1, 0, -1, &error));
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count(*) FROM reading WHERE progress_page IS NULL"
                                      " AND progress_pages IS NULL AND progress_percent IS NULL"), ==, 2);

  /* All of it survives a fresh read. */
  {
    g_autoptr(RpStore) other = rp_store_new (f->database);
    g_autoptr(RpReading) again = rp_store_find_reading (other, id);

    g_assert_true (rp_reading_get_favourite (again));
    g_assert_cmpint (rp_reading_get_read_offset (again), ==, 345);
  }
}

static void
test_collections (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(RpReadingCollection) collection = rp_reading_collection_new ("Thoughts for the Day");
  g_autoptr(RpReadingCollection) item = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  guint n_name = 0;
  guint count = 0;
  gint64 id;
  gint64 dated;

  g_assert_true (rp_store_add_reading_collection (f->store, collection, &error));
  g_assert_no_error (error);
  id = rp_reading_collection_get_id (collection);
  g_assert_cmpint (rp_reading_collection_get_kind (collection), ==, RP_READING_COLLECTION_USER);
  g_assert_cmpint (rp_reading_collection_get_position (collection), ==, 2);

  item = rp_store_find_reading_collection (f->store, id);
  g_assert_nonnull (item);
  g_assert_cmpstr (rp_reading_collection_get_display_name (item), ==, "Thoughts for the Day");
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_reading_collections (f->store)), ==, 3);

  {
    g_autoptr(RpReadingCollection) unnamed = rp_reading_collection_new (" ");

    g_assert_false (rp_store_add_reading_collection (f->store, unnamed, &error));
    g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Renamed: the same object, told. */
  g_signal_connect_swapped (item, "notify::name", G_CALLBACK (rp_test_count_signal), &n_name);
  g_assert_true (rp_store_rename_reading_collection (f->store, id, "Morning", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_collection_get_name (item), ==, "Morning");
  g_assert_cmpuint (n_name, ==, 1);
  g_assert_false (rp_store_rename_reading_collection (f->store, id, "", &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_store_rename_reading_collection (f->store, 9999, "X", &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Counts, and dated once an entry carries a date. */
  rp_test_add_reading (f->store, id, "Plain", "plain");
  g_assert_cmpuint (rp_reading_collection_get_n_readings (item), ==, 1);
  g_assert_false (rp_reading_collection_get_dated (item));
  {
    g_autoptr(RpReading) entry = rp_reading_new (RP_READING_KIND_TEXT);

    rp_reading_set_collection_id (entry, id);
    rp_reading_set_title (entry, "January 2");
    rp_reading_set_body (entry, "entry");
    rp_reading_set_entry_date (entry, 1, 2);
    g_assert_true (rp_store_add_reading (f->store, entry, &error));
    dated = rp_reading_get_id (entry);
  }
  g_assert_cmpuint (rp_reading_collection_get_n_readings (item), ==, 2);
  g_assert_true (rp_reading_collection_get_dated (item));
  g_assert_true (rp_store_mark_reading_read (f->store, dated, now, &error));
  g_assert_no_error (error);

  /* Deleting it takes its readings and their index entries, not the marks. */
  rp_test_add_reading (f->store, 0, "Kept", "kept");
  g_assert_true (rp_store_delete_reading_collection (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (rp_store_find_reading_collection (f->store, id));
  assert_titles (f->store, "Kept");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading"), ==, 1);
  g_assert_cmpint (fts_count (f->database, "entry"), ==, 0);
  g_assert_cmpint (fts_count (f->database, "kept"), ==, 1);
  assert_fts_in_step (f->database);
  g_assert_true (rp_store_count_readings_read (f->store, from, now, &count, &error));
  g_assert_cmpuint (count, ==, 0);
  {
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 1);

    g_assert_true (rp_store_count_readings_read (f->store, from, later, &count, &error));
    g_assert_cmpuint (count, ==, 1);
  }

  g_assert_false (rp_store_delete_reading_collection (f->store, id, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_NOT_FOUND);
}

static void
test_reload (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autoptr(RpDatabase) other = NULL;
  g_autoptr(RpStore) other_store = NULL;
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(RpReading) kept = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;
  guint n_log = 0;
  gint64 a;

  g_signal_connect_swapped (f->store, "changed::reading", G_CALLBACK (rp_test_count_signal), &n_changed);
  g_signal_connect_swapped (f->store, "changed::reading-log", G_CALLBACK (rp_test_count_signal), &n_log);

  /* Before the models are read, a reload says readings may have changed. */
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_log, ==, 1);

  a = rp_test_add_reading (f->store, 0, "A", "alpha");
  shadow = rp_test_shadow_new (rp_store_get_readings (f->store));
  kept = rp_store_find_reading (f->store, a);
  n_changed = 0;

  /* Another process (the command line) imports a reading and favours A. */
  other = rp_database_open (rp_database_get_path (f->database), &error);
  g_assert_no_error (error);
  other_store = rp_store_new (other);
  rp_test_add_reading (other_store, 0, "B", "bravo");
  g_assert_true (rp_store_set_reading_favourite (other_store, a, TRUE, &error));

  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  assert_titles (f->store, "A,B");
  {
    g_autoptr(RpReading) item = rp_store_find_reading (f->store, a);

    /* The same object, its favourite set on it. */
    g_assert_true (item == kept);
    g_assert_true (rp_reading_get_favourite (kept));
  }
  {
    g_autoptr(RpReadingCollection) mine = rp_store_get_builtin_collection (f->store, RP_READING_COLLECTION_MINE);

    g_assert_cmpuint (rp_reading_collection_get_n_readings (mine), ==, 2);
  }
  rp_test_shadow_check (shadow);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, 1);

  /* Nothing new: no signal. */
  g_assert_true (rp_store_reload (f->store, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, 1);
}

/* Schema 5 → 6 keeps what was there and adds the library: the two
 * built-in collections, empty, and the search index. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("reprieve-readings-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "reprieve.db", NULL);
  g_autofree char *collections = NULL;
  const RpMigration *builtin;
  guint n_builtin = 0;
  RpDatabase *db;

  g_assert_no_error (error);
  builtin = rp_database_get_builtin_migrations (&n_builtin);
  g_assert_cmpuint (n_builtin, >=, 6);
  g_assert_cmpint (builtin[5].version, ==, 6);

  db = rp_database_open_with_migrations (path, builtin, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, 5);
  rp_test_exec (db,
                "INSERT INTO meeting (name, rrule, first_date, start_time, duration_minutes,"
                " time_zone, created, updated)"
                " VALUES ('Kept', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-05', '19:00', 60, 'UTC', 'c', 'u');"
                "INSERT INTO contact (display_name, role, position, created, updated)"
                " VALUES ('Sam', 0, 0, 'c', 'u');"
                "INSERT INTO call_log (contact_id, kind, at) VALUES (1, 0, '2026-01-05T10:00:00Z');");
  g_assert_finalize_object (db);

  db = rp_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_database_get_schema_version (db), ==, rp_database_get_latest_version ());
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM meeting WHERE name = 'Kept'"), ==, 1);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM contact WHERE display_name = 'Sam'"), ==, 1);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM call_log"), ==, 1);
  collections = rp_test_query_text (db, "SELECT kind, name, position FROM reading_collection ORDER BY id");
  g_assert_cmpstr (collections, ==, "0|Starter Library|0\n1|My Readings|1\n");
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM reading"), ==, 0);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM reading_log"), ==, 0);
  g_assert_cmpint (rp_test_query_int (db, "SELECT count(*) FROM reading_fts"), ==, 0);

  /* The store works on the migrated file. */
  {
    g_autoptr(RpStore) store = rp_store_new (db);

    rp_test_add_reading (store, 0, "First", "first words");
    g_assert_cmpint (fts_count (db, "first"), ==, 1);
  }
  g_assert_finalize_object (db);

  rp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store/readings/models", test_models);
  ADD ("/store/readings/update", test_update);
  ADD ("/store/readings/builtin", test_builtin);
  ADD ("/store/readings/delete-restore", test_delete_restore);
  ADD ("/store/readings/favourite-offset", test_favourite_offset);
  ADD ("/store/readings/collections", test_collections);
  ADD ("/store/readings/reload", test_reload);
  g_test_add_func ("/store/readings/migration", test_migration);

  return g_test_run ();
}
