/* rp-test-store.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "rp-test-store.h"
#include "rp-test-util.h"

void
rp_test_store_set_up (RpTestStore   *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("reprieve-test-directory-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
}

void
rp_test_store_tear_down (RpTestStore   *f,
                         gconstpointer  user_data)
{
  /* Neither may be kept alive by a worker or a model. */
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

int
rp_test_query_int (RpDatabase *database,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rp_database_prepare (database, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* The rows of @sql, one line each, columns separated by "|". */
char *
rp_test_query_text (RpDatabase *database,
                    const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rp_database_prepare (database, sql, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *value = (const char *) sqlite3_column_text (stmt, i);

          g_string_append (text, i > 0 ? "|" : "");
          g_string_append (text, value != NULL ? value : "(null)");
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
rp_test_exec (RpDatabase *database,
              const char *sql)
{
  g_autoptr(GError) error = NULL;

  rp_database_exec (database, sql, &error);
  g_assert_no_error (error);
}

/* A feed of the given meeting objects (JSON text), NULL-terminated. */
GBytes *
rp_test_feed (const char *first_meeting,
              ...)
{
  g_autoptr(GString) json = g_string_new ("[");
  const char *meeting = first_meeting;
  va_list args;

  va_start (args, first_meeting);
  for (guint i = 0; meeting != NULL; i++, meeting = va_arg (args, const char *))
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append (json, meeting);
    }
  va_end (args);
  g_string_append_c (json, ']');

  return g_string_free_to_bytes (g_steal_pointer (&json));
}

/* @day -1 and @time NULL leave them out; @extra is more members, each
 * starting with a comma, or NULL. */
char *
rp_test_feed_meeting (const char *slug,
                      const char *name,
                      int         day,
                      const char *time,
                      const char *extra)
{
  g_autoptr(GString) json = g_string_new ("{");

  g_string_append_printf (json, "\"slug\": \"%s\", \"name\": \"%s\"", slug, name);
  if (day >= 0)
    g_string_append_printf (json, ", \"day\": %d", day);
  if (time != NULL)
    g_string_append_printf (json, ", \"time\": \"%s\"", time);
  if (extra != NULL)
    g_string_append (json, extra);
  g_string_append_c (json, '}');

  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* @n_meetings plain meetings whose pages are on @host (NULL for none). */
GBytes *
rp_test_generated_feed (guint       n_meetings,
                        const char *host)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n_meetings; i++)
    {
      g_string_append_printf (json,
                              "%s{\"slug\": \"m-%u\", \"name\": \"Meeting %u\", \"day\": %u,"
                              " \"time\": \"%02u:%02u\", \"address\": \"%u Oak St\","
                              " \"city\": \"Springfield\", \"types\": [\"O\"]",
                              i > 0 ? "," : "", i, i, i % 7, (i / 7) % 24, i % 60, i);
      if (host != NULL)
        g_string_append_printf (json, ", \"url\": \"https://%s/meetings/m-%u\"", host, i);
      g_string_append_c (json, '}');
    }
  g_string_append_c (json, ']');

  return g_string_free_to_bytes (g_steal_pointer (&json));
}

/* As in test-import-meeting-guide.c: $RP_CORPORA_DIR, else the shared
 * folder beside the repository. */
char *
rp_test_find_corpus_dir (void)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *default_corpora = NULL;

  if (corpora == NULL || *corpora == '\0')
    {
      g_autofree char *relative = g_build_filename (g_test_get_dir (G_TEST_DIST),
                                                    "..", "..", "shared", "corpora", NULL);

      corpora = default_corpora = g_canonicalize_filename (relative, NULL);
    }

  return g_build_filename (corpora, "meeting-guide", NULL);
}

/* --- readings --------------------------------------------------------- */

gint64
rp_test_add_reading (RpStore    *store,
                     gint64      collection_id,
                     const char *title,
                     const char *body)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(GError) error = NULL;

  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, body);
  g_assert_true (rp_store_add_reading (store, reading, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_id (reading), >, 0);

  return rp_reading_get_id (reading);
}

char *
rp_test_reading_titles (RpStore *store)
{
  GListModel *model = rp_store_get_readings (store);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpReading) reading = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", rp_reading_get_title (reading));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* --- shadow ----------------------------------------------------------- */

struct _RpTestShadow
{
  GListModel *model;
  GPtrArray  *items;
  gulong      handler;
  guint       n_signals;
};

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  RpTestShadow *shadow)
{
  g_assert_cmpuint (position + removed, <=, shadow->items->len);

  g_ptr_array_remove_range (shadow->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (shadow->items, position + i, g_list_model_get_item (model, position + i));
  shadow->n_signals++;
}

RpTestShadow *
rp_test_shadow_new (GListModel *model)
{
  RpTestShadow *shadow = g_new0 (RpTestShadow, 1);

  shadow->model = g_object_ref (model);
  shadow->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (shadow->items, g_list_model_get_item (model, i));
  shadow->handler = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), shadow);

  return shadow;
}

void
rp_test_shadow_check (RpTestShadow *shadow)
{
  g_assert_cmpuint (shadow->items->len, ==, g_list_model_get_n_items (shadow->model));
  for (guint i = 0; i < shadow->items->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shadow->model, i);

      g_assert_true (item == g_ptr_array_index (shadow->items, i));
    }
}

guint
rp_test_shadow_get_n_signals (RpTestShadow *shadow)
{
  return shadow->n_signals;
}

void
rp_test_shadow_free (RpTestShadow *shadow)
{
  g_signal_handler_disconnect (shadow->model, shadow->handler);
  g_object_unref (shadow->model);
  g_ptr_array_unref (shadow->items);
  g_free (shadow);
}
