/* test-store-reading-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-reading-import"

#include "config.h"

#include "rp-test-store.h"
#include "rp-test-util.h"

/* RpStore's readings from elsewhere: the starter library synced by
 * version (added, updated, removed, the user's favourite and marks kept),
 * dated collections imported and found again, imports all or nothing,
 * and the daily reading chosen through the store for injected days. */

static RpReading *
make_text (const char *key,
           const char *title,
           const char *body)
{
  RpReading *reading = rp_reading_new (RP_READING_KIND_TEXT);

  rp_reading_set_import_key (reading, key);
  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, body);

  return reading;
}

static RpReading *
make_starter (const char *key,
              const char *title,
              const char *body)
{
  RpReading *reading = make_text (key, title, body);

  rp_reading_set_origin (reading, RP_READING_ORIGIN_STARTER);
  rp_reading_set_source_note (reading, "Written for Reprieve; CC BY-SA 4.0");

  return reading;
}

static RpReading *
make_entry (int         month,
            int         day,
            const char *body)
{
  g_autofree char *key = g_strdup_printf ("%02d-%02d", month, day);
  g_autofree char *title = g_strdup_printf ("Entry %d/%d", month, day);
  RpReading *reading = make_text (key, title, body);

  rp_reading_set_origin (reading, RP_READING_ORIGIN_IMPORTED);
  rp_reading_set_entry_date (reading, month, day);

  return reading;
}

/* The starter texts' import keys in the model's order, joined by ",". */
static char *
starter_keys (RpStore *store)
{
  g_autoptr(RpReadingCollection) starter = rp_store_get_builtin_collection (store, RP_READING_COLLECTION_STARTER);
  GListModel *model = rp_store_get_readings (store);
  g_autoptr(GString) text = g_string_new (NULL);
  int position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpReading) reading = g_list_model_get_item (model, i);

      if (rp_reading_get_collection_id (reading) != rp_reading_collection_get_id (starter))
        continue;
      g_assert_cmpint (rp_reading_get_position (reading), ==, position++);
      g_assert_cmpint (rp_reading_get_origin (reading), ==, RP_READING_ORIGIN_STARTER);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "", rp_reading_get_import_key (reading));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
find_by_key (RpStore    *store,
             const char *key)
{
  GListModel *model = rp_store_get_readings (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpReading) reading = g_list_model_get_item (model, i);

      if (g_strcmp0 (rp_reading_get_import_key (reading), key) == 0)
        return rp_reading_get_id (reading);
    }

  return 0;
}

static void
test_starter_sync (RpTestStore   *f,
                   gconstpointer  user_data)
{
  g_autoptr(GPtrArray) v1 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) v2 = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) read_at = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 3, 1, 0, 0, 0);
  g_autoptr(GDateTime) until = g_date_time_new_utc (2026, 4, 1, 0, 0, 0);
  g_autoptr(RpReading) item_b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *keys = NULL;
  guint n_changed = 0;
  guint count = 0;
  gint64 b;
  gint64 c;

  g_signal_connect_swapped (f->store, "changed::reading", G_CALLBACK (rp_test_count_signal), &n_changed);

  g_ptr_array_add (v1, make_starter ("first-meeting", "Your First Meeting", "Come early."));
  g_ptr_array_add (v1, make_starter ("halt", "HALT", "Hungry, angry, lonely, tired."));
  g_ptr_array_add (v1, make_starter ("old-text", "An Old Text", "Gone in the next version."));
  g_assert_true (rp_store_sync_starter_library (f->store, v1, "v1", &error));
  g_assert_no_error (error);
  keys = starter_keys (f->store);
  g_assert_cmpstr (keys, ==, "first-meeting,halt,old-text");
  g_assert_cmpuint (n_changed, ==, 1);
  /* The shipped objects are not the saved ones. */
  g_assert_cmpint (rp_reading_get_id (g_ptr_array_index (v1, 0)), ==, 0);

  /* The user's: a favourite, a place in the text, a read mark. */
  b = find_by_key (f->store, "halt");
  c = find_by_key (f->store, "old-text");
  g_assert_true (rp_store_set_reading_favourite (f->store, b, TRUE, &error));
  g_assert_true (rp_store_set_reading_read_offset (f->store, b, 12, &error));
  g_assert_true (rp_store_mark_reading_read (f->store, b, read_at, &error));
  g_assert_true (rp_store_mark_reading_read (f->store, c, read_at, &error));
  g_assert_no_error (error);
  item_b = rp_store_find_reading (f->store, b);

  /* The same version again: nothing to do, whatever it holds. */
  n_changed = 0;
  g_ptr_array_add (v2, make_starter ("first-meeting", "Your First Meeting", "Come early."));
  g_ptr_array_add (v2, make_starter ("halt", "HALT", "Hungry, angry, lonely or tired? Call someone."));
  g_ptr_array_add (v2, make_starter ("one-day", "One Day at a Time", "Just for today."));
  g_assert_true (rp_store_sync_starter_library (f->store, v2, "v1", &error));
  g_assert_cmpuint (n_changed, ==, 0);
  g_clear_pointer (&keys, g_free);
  keys = starter_keys (f->store);
  g_assert_cmpstr (keys, ==, "first-meeting,halt,old-text");

  /* v2: one changed, one new, one no longer shipped. */
  g_assert_true (rp_store_sync_starter_library (f->store, v2, "v2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_clear_pointer (&keys, g_free);
  keys = starter_keys (f->store);
  g_assert_cmpstr (keys, ==, "first-meeting,halt,one-day");
  g_assert_cmpint (find_by_key (f->store, "halt"), ==, b);
  {
    g_autoptr(RpReading) loaded = rp_store_load_reading (f->store, b, &error);
    g_autoptr(GPtrArray) days = rp_store_list_reading_days (f->store, b, utc, &error);
    g_autoptr(RpReading) item = rp_store_find_reading (f->store, b);

    g_assert_cmpstr (rp_reading_get_body (loaded), ==, "Hungry, angry, lonely or tired? Call someone.");
    g_assert_true (rp_reading_get_favourite (item));
    g_assert_cmpint (rp_reading_get_read_offset (item), ==, 12);
    g_assert_cmpstr (rp_reading_get_last_read (item), ==, "2026-03-02");
    g_assert_cmpuint (days->len, ==, 1);
    /* Only the body changed, which the model's items do not carry. */
    g_assert_true (item == item_b);
  }
  g_assert_null (rp_store_find_reading (f->store, c));

  /* The removed text's mark still counts. */
  g_assert_true (rp_store_count_readings_read (f->store, from, until, &count, &error));
  g_assert_cmpuint (count, ==, 2);

  {
    g_autofree char *version = rp_test_query_text (f->database,
                                                   "SELECT value FROM app_meta"
                                                   " WHERE key = 'starter-library-version'");

    g_assert_cmpstr (version, ==, "v2\n");
  }

  /* A new version with nothing new in it writes no text. */
  n_changed = 0;
  g_assert_true (rp_store_sync_starter_library (f->store, v2, "v3", &error));
  g_assert_cmpuint (n_changed, ==, 0);
}

/* What rp_import_markdown_parse() gives, built and freed here: these
 * tests are about the store, not the Markdown importer. */
typedef RpReadingImport TestImport;

static void
test_import_free (TestImport *import)
{
  g_free (import->collection_name);
  g_free (import->import_key);
  g_clear_pointer (&import->readings, g_ptr_array_unref);
  g_clear_pointer (&import->skipped, g_ptr_array_unref);
  g_free (import);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestImport, test_import_free)

static TestImport *
make_dated_import (void)
{
  TestImport *import = g_new0 (TestImport, 1);

  import->collection_name = g_strdup ("Thoughts for Each Day");
  import->import_key = g_strdup ("thoughts.md");
  import->readings = g_ptr_array_new_with_free_func (g_object_unref);
  import->skipped = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (import->readings, make_entry (1, 1, "A new year."));
  g_ptr_array_add (import->readings, make_entry (1, 2, "The second day."));
  g_ptr_array_add (import->readings, make_entry (1, 3, "The third day."));
  g_ptr_array_add (import->skipped, g_strdup ("Line 40: a second entry for January 2"));

  return import;
}

static void
test_import_dated (RpTestStore   *f,
                   gconstpointer  user_data)
{
  g_autoptr(TestImport) import = make_dated_import ();
  g_autoptr(RpReadingCollection) collection = NULL;
  g_autoptr(GError) error = NULL;
  guint imported = 0, updated = 0, skipped = 0;
  gint64 collection_id = 0;
  gint64 again_id = 0;
  gint64 second;

  g_assert_true (rp_store_import_readings (f->store, import, &imported, &updated, &skipped,
                                           &collection_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, 3);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (skipped, ==, 1);
  collection = rp_store_find_reading_collection (f->store, collection_id);
  g_assert_nonnull (collection);
  g_assert_cmpint (rp_reading_collection_get_kind (collection), ==, RP_READING_COLLECTION_USER);
  g_assert_cmpstr (rp_reading_collection_get_name (collection), ==, "Thoughts for Each Day");
  g_assert_cmpuint (rp_reading_collection_get_n_readings (collection), ==, 3);
  g_assert_true (rp_reading_collection_get_dated (collection));
  /* The parsed readings are not the saved ones. */
  g_assert_cmpint (rp_reading_get_id (g_ptr_array_index (import->readings, 0)), ==, 0);

  second = find_by_key (f->store, "01-02");
  {
    g_autoptr(RpReading) entry = rp_store_find_reading (f->store, second);

    g_assert_cmpint (rp_reading_get_origin (entry), ==, RP_READING_ORIGIN_IMPORTED);
    g_assert_cmpint (rp_reading_get_entry_month (entry), ==, 1);
    g_assert_cmpint (rp_reading_get_entry_day (entry), ==, 2);
    g_assert_cmpint (rp_reading_get_position (entry), ==, 1);
  }
  g_assert_true (rp_store_set_reading_favourite (f->store, second, TRUE, &error));

  /* The user renames it; the same file is found again, unchanged. */
  g_assert_true (rp_store_rename_reading_collection (f->store, collection_id, "Mornings", &error));
  g_assert_true (rp_store_import_readings (f->store, import, &imported, &updated, &skipped,
                                           &again_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again_id, ==, collection_id);
  g_assert_cmpuint (imported, ==, 0);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_cmpuint (rp_reading_collection_get_n_readings (collection), ==, 3);
  g_assert_cmpstr (rp_reading_collection_get_name (collection), ==, "Mornings");
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading_collection"), ==, 3);

  /* One entry changed in the file: updated in place. */
  rp_reading_set_body (g_ptr_array_index (import->readings, 1), "The second day, revised.");
  g_assert_true (rp_store_import_readings (f->store, import, &imported, &updated, &skipped,
                                           &again_id, &error));
  g_assert_cmpuint (imported, ==, 0);
  g_assert_cmpuint (updated, ==, 1);
  g_assert_cmpint (find_by_key (f->store, "01-02"), ==, second);
  {
    g_autoptr(RpReading) loaded = rp_store_load_reading (f->store, second, &error);

    g_assert_cmpstr (rp_reading_get_body (loaded), ==, "The second day, revised.");
    g_assert_true (rp_reading_get_favourite (loaded));
    g_assert_cmpint (rp_reading_get_position (loaded), ==, 1);
  }
  rp_test_exec (f->database, "INSERT INTO reading_fts (reading_fts, rank) VALUES ('integrity-check', 1)");

  /* A single reading goes to My Readings, and is found there again. */
  {
    g_autoptr(TestImport) single = g_new0 (TestImport, 1);
    g_autoptr(RpReadingCollection) mine = rp_store_get_builtin_collection (f->store, RP_READING_COLLECTION_MINE);
    gint64 target = 0;

    single->import_key = g_strdup ("notes.txt");
    single->readings = g_ptr_array_new_with_free_func (g_object_unref);
    g_ptr_array_add (single->readings, make_text ("notes.txt", "Notes", "From a meeting."));
    rp_reading_set_format (g_ptr_array_index (single->readings, 0), RP_READING_FORMAT_PLAIN);

    g_assert_true (rp_store_import_readings (f->store, single, &imported, &updated, &skipped,
                                             &target, &error));
    g_assert_no_error (error);
    g_assert_cmpint (target, ==, rp_reading_collection_get_id (mine));
    g_assert_cmpuint (imported, ==, 1);
    g_assert_cmpuint (skipped, ==, 0);
    g_assert_true (rp_store_import_readings (f->store, single, &imported, &updated, &skipped,
                                             &target, &error));
    g_assert_cmpuint (imported, ==, 0);
    g_assert_cmpuint (updated, ==, 0);
    g_assert_cmpuint (rp_reading_collection_get_n_readings (mine), ==, 1);
  }
}

static void
test_import_all_or_nothing (RpTestStore   *f,
                            gconstpointer  user_data)
{
  g_autoptr(TestImport) import = make_dated_import ();
  g_autoptr(RpTestShadow) readings = NULL;
  g_autoptr(RpTestShadow) collections = NULL;
  g_autoptr(GError) error = NULL;
  guint imported = 0, updated = 0, skipped = 0;
  guint n_changed = 0;

  rp_test_add_reading (f->store, 0, "Already here", "kept words");
  readings = rp_test_shadow_new (rp_store_get_readings (f->store));
  collections = rp_test_shadow_new (rp_store_get_reading_collections (f->store));
  g_signal_connect_swapped (f->store, "changed::reading", G_CALLBACK (rp_test_count_signal), &n_changed);

  /* The third reading of the file fails, after a collection and two
   * readings were written. */
  rp_test_exec (f->database,
                "CREATE TEMP TRIGGER fail_third AFTER INSERT ON main.reading"
                " WHEN (SELECT count(*) FROM main.reading) >= 4"
                " BEGIN SELECT RAISE (ABORT, 'injected'); END;");
  g_assert_false (rp_store_import_readings (f->store, import, &imported, &updated, &skipped,
                                            NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading"), ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading_collection"), ==, 2);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading_fts"), ==, 1);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (readings), ==, 0);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (collections), ==, 0);
  rp_test_shadow_check (readings);
  rp_test_shadow_check (collections);
  g_assert_cmpint (rp_reading_get_id (g_ptr_array_index (import->readings, 0)), ==, 0);

  /* An invalid reading refuses the whole file before writing. */
  rp_test_exec (f->database, "DROP TRIGGER fail_third");
  rp_reading_set_title (g_ptr_array_index (import->readings, 2), "");
  g_assert_false (rp_store_import_readings (f->store, import, &imported, &updated, &skipped,
                                            NULL, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM reading"), ==, 1);
}

static void
test_daily (RpTestStore   *f,
            gconstpointer  user_data)
{
  g_autoptr(TestImport) import = make_dated_import ();
  g_autoptr(GPtrArray) shipped = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RpReadingCollection) collection = rp_reading_collection_new ("Empty");
  g_autoptr(GError) error = NULL;
  GDate start = rp_test_make_date (2026, 3, 1);
  gint64 book = 0;

  g_ptr_array_add (shipped, make_starter ("first-meeting", "Your First Meeting", "Come early."));
  g_assert_true (rp_store_sync_starter_library (f->store, shipped, "v1", &error));
  g_assert_true (rp_store_import_readings (f->store, import, NULL, NULL, NULL, &book, &error));
  g_assert_no_error (error);

  /* In order from the start day, round again after the last; loaded. */
  for (int offset = -1; offset <= 3; offset++)
    {
      const char *expected[] = { "The third day.", "A new year.", "The second day.",
                                 "The third day.", "A new year." };
      GDate day = start;
      g_autoptr(RpReading) daily = NULL;

      if (offset >= 0)
        g_date_add_days (&day, offset);
      else
        g_date_subtract_days (&day, 1);
      daily = rp_store_get_daily_reading (f->store, book, RP_DAILY_READING_IN_ORDER, &start, &day, &error);
      g_assert_no_error (error);
      g_assert_nonnull (daily);
      g_assert_cmpstr (rp_reading_get_body (daily), ==, expected[offset + 1]);
    }

  /* By date: the entry of the day's month and day, whatever the year. */
  {
    GDate day = rp_test_make_date (2031, 1, 3);
    g_autoptr(RpReading) daily = rp_store_get_daily_reading (f->store, book, RP_DAILY_READING_BY_DATE,
                                                             &start, &day, &error);

    g_assert_no_error (error);
    g_assert_cmpint (rp_reading_get_entry_day (daily), ==, 3);
    g_assert_cmpstr (rp_reading_get_body (daily), ==, "The third day.");
  }

  /* At random among favourites: the only one there is, from any collection. */
  {
    GDate day = rp_test_make_date (2026, 7, 9);
    g_autoptr(RpReading) daily = NULL;
    gint64 starter_text = find_by_key (f->store, "first-meeting");

    g_assert_true (rp_store_set_reading_favourite (f->store, starter_text, TRUE, &error));
    daily = rp_store_get_daily_reading (f->store, book, RP_DAILY_READING_RANDOM_FAVOURITE,
                                        &start, &day, &error);
    g_assert_no_error (error);
    g_assert_cmpint (rp_reading_get_id (daily), ==, starter_text);
    g_assert_cmpstr (rp_reading_get_body (daily), ==, "Come early.");
  }

  /* A collection deleted since it was chosen: the starter library. */
  {
    g_autoptr(RpReading) daily = NULL;

    g_assert_true (rp_store_delete_reading_collection (f->store, book, &error));
    daily = rp_store_get_daily_reading (f->store, book, RP_DAILY_READING_IN_ORDER, &start, &start, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (rp_reading_get_title (daily), ==, "Your First Meeting");
  }

  /* Without a start day: still one of them, loaded. */
  {
    g_autoptr(RpReading) daily = rp_store_get_daily_reading (f->store, 0, RP_DAILY_READING_IN_ORDER,
                                                             NULL, &start, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (rp_reading_get_body (daily), ==, "Come early.");
  }

  /* An empty collection: nothing, and no error. */
  g_assert_true (rp_store_add_reading_collection (f->store, collection, &error));
  g_assert_null (rp_store_get_daily_reading (f->store, rp_reading_collection_get_id (collection),
                                             RP_DAILY_READING_IN_ORDER, &start, &start, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  /* Last-read days are local: make local time known. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD ("/store/reading-import/starter-sync", test_starter_sync);
  ADD ("/store/reading-import/dated", test_import_dated);
  ADD ("/store/reading-import/all-or-nothing", test_import_all_or_nothing);
  ADD ("/store/reading-import/daily", test_daily);

  return g_test_run ();
}
