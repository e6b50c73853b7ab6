/* test-directory-async.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-directory-async"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-test-store.h"
#include "rp-test-util.h"

/* Directory imports in a worker thread: progress on the main thread, the
 * list brought up to date before the callback, one import at a time, all
 * or nothing, cancelling; and every feed of the shared corpus through the
 * whole path. Corpus feeds carry group contacts: nothing here prints a
 * value from a feed, only counts and our own messages. */

#define MAX_IMPORT_USEC (2 * G_USEC_PER_SEC)

typedef struct
{
  RpStore           *store;
  GThread           *main_thread;
  gboolean           done;
  RpDirectoryImport *result;
  GError            *error;
  GArray            *fractions;
  guint              n_destroyed;
  guint              n_destroyed_at_callback;
  guint              n_items_at_callback;
  guint              n_changed;
  guint              n_changed_at_callback;
} Wait;

static void
wait_init (Wait    *wait,
           RpStore *store)
{
  memset (wait, 0, sizeof *wait);
  wait->store = store;
  wait->main_thread = g_thread_self ();
  wait->fractions = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
wait_clear (Wait *wait)
{
  g_clear_pointer (&wait->result, rp_directory_import_unref);
  g_clear_error (&wait->error);
  g_clear_pointer (&wait->fractions, g_array_unref);
}

static void
wait_for (Wait *wait)
{
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Wait *wait = user_data;

  g_assert_true (g_thread_self () == wait->main_thread);
  g_assert_false (wait->done);
  g_array_append_val (wait->fractions, fraction);
}

static void
progress_destroy_cb (gpointer user_data)
{
  Wait *wait = user_data;

  g_assert_true (g_thread_self () == wait->main_thread);
  wait->n_destroyed++;
}

static void
changed_cb (RpStore    *store,
            const char *kind,
            Wait       *wait)
{
  wait->n_changed++;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Wait *wait = user_data;

  g_assert_true (g_thread_self () == wait->main_thread);
  wait->result = rp_store_import_directory_file_finish (RP_STORE (source), result, &wait->error);
  wait->n_items_at_callback = g_list_model_get_n_items (rp_store_get_directory (wait->store));
  wait->n_changed_at_callback = wait->n_changed;
  wait->n_destroyed_at_callback = wait->n_destroyed;
  wait->done = TRUE;
}

static void
preview_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = rp_store_preview_directory_file_finish (RP_STORE (source), result, &wait->error);
  wait->done = TRUE;
}

static void
apply_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = rp_store_apply_directory_import_finish (RP_STORE (source), result, &wait->error);
  wait->done = TRUE;
}

static GFile *
write_feed_file (RpTestStore *f,
                 const char  *name,
                 GBytes      *feed)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (feed, &length);

  g_file_set_contents (path, data, (gssize) length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
import_file (RpStore *store,
             GFile   *file,
             Wait    *wait)
{
  rp_store_import_directory_file_async (store, file, NULL, progress_cb, wait,
                                        progress_destroy_cb, import_done_cb, wait);
}

static void
test_import_file (RpTestStore   *f,
                  gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (600, "example.org");
  g_autoptr(GFile) file = write_feed_file (f, "meetings.json", feed);
  g_autoptr(RpTestShadow) shadow = NULL;
  g_autoptr(RpDirectoryImport) refused = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait;
  Wait second;
  double previous = 0.0;

  wait_init (&wait, f->store);
  wait_init (&second, f->store);
  shadow = rp_test_shadow_new (rp_store_get_directory (f->store));
  g_signal_connect (f->store, "changed::directory", G_CALLBACK (changed_cb), &wait);

  import_file (f->store, file, &wait);

  /* One import at a time; reading goes on meanwhile. */
  refused = rp_store_import_directory (f->store, feed, "meetings.json", &error);
  g_assert_null (refused);
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (rp_store_remove_directory_feed (f->store, 1, &error));
  g_assert_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_clear_error (&error);
  import_file (f->store, file, &second);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);

  wait_for (&wait);
  wait_for (&second);
  g_assert_no_error (wait.error);
  g_assert_error (second.error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_BUSY);
  g_assert_cmpuint (second.n_destroyed, ==, 1);

  g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==, 600);
  g_assert_true (rp_directory_import_get_applied (wait.result));
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 600);

  /* The list was up to date, and the signal sent, before the callback;
   * the caller's progress data was let go before it too. */
  g_assert_cmpuint (wait.n_items_at_callback, ==, 600);
  g_assert_cmpuint (wait.n_changed_at_callback, ==, 1);
  g_assert_cmpuint (wait.n_destroyed_at_callback, ==, 1);
  rp_test_shadow_check (shadow);

  g_assert_cmpuint (wait.fractions->len, >=, 3);
  for (guint i = 0; i < wait.fractions->len; i++)
    {
      double fraction = g_array_index (wait.fractions, double, i);

      g_assert_cmpfloat (fraction, >=, previous);
      g_assert_cmpfloat (fraction, <=, 1.0);
      previous = fraction;
    }
  g_assert_cmpfloat (previous, ==, 1.0);

  /* Again: nothing changes, the list keeps its objects. */
  wait_clear (&wait);
  wait_clear (&second);
  wait_init (&wait, f->store);
  import_file (f->store, file, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (rp_directory_import_get_n_unchanged (wait.result), ==, 600);
  g_assert_cmpuint (rp_test_shadow_get_n_signals (shadow), ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 600);
  wait_clear (&wait);
}

static void
test_preview_and_apply (RpTestStore   *f,
                        gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (40, NULL);
  g_autoptr(GFile) file = write_feed_file (f, "list.json", feed);
  g_autoptr(RpDirectoryImport) preview = NULL;
  Wait wait;

  wait_init (&wait, f->store);
  rp_store_preview_directory_file_async (f->store, file, NULL, preview_done_cb, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==, 40);
  g_assert_cmpstr (rp_directory_import_get_file_name (wait.result), ==, "list.json");
  g_assert_false (rp_directory_import_get_applied (wait.result));
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 0);
  preview = g_steal_pointer (&wait.result);
  wait_clear (&wait);

  /* The file may change after the preview: what was shown is written. */
  g_assert_cmpint (g_remove (g_file_peek_path (file)), ==, 0);

  wait_init (&wait, f->store);
  rp_store_apply_directory_import_async (f->store, preview, NULL, progress_cb, &wait,
                                         progress_destroy_cb, apply_done_cb, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==, 40);
  g_assert_cmpuint (wait.n_destroyed, ==, 1);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 40);
  /* Read on first use, after the import. */
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 40);
  wait_clear (&wait);
}

/* The worker's write fails halfway: nothing is kept, and the next import
 * may run. A trigger in the file reaches the worker's connection. */
static void
test_failure (RpTestStore   *f,
              gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (300, "example.org");
  g_autoptr(GFile) file = write_feed_file (f, "meetings.json", feed);
  g_autoptr(RpDirectoryImport) result = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait;

  wait_init (&wait, f->store);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  g_signal_connect (f->store, "changed::directory", G_CALLBACK (changed_cb), &wait);
  rp_test_exec (f->database,
                "CREATE TRIGGER fail_late BEFORE INSERT ON directory_meeting"
                " WHEN NEW.slug = 'm-250' BEGIN SELECT RAISE (ABORT, 'injected'); END");

  import_file (f->store, file, &wait);
  wait_for (&wait);
  g_assert_error (wait.error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_FAILED);
  g_assert_null (wait.result);
  g_assert_cmpuint (wait.n_destroyed_at_callback, ==, 1);
  g_assert_cmpuint (wait.n_changed, ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_feed"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  wait_clear (&wait);

  rp_test_exec (f->database, "DROP TRIGGER fail_late");
  result = rp_store_import_directory (f->store, feed, "meetings.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_directory_import_get_n_new (result), ==, 300);
}

static void
test_refusals (RpTestStore   *f,
               gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (10, NULL);
  g_autoptr(GFile) file = write_feed_file (f, "meetings.json", feed);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/reprieve/meetings.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *huge_path = g_build_filename (f->dir, "huge.json", NULL);
  g_autoptr(GFile) huge = NULL;
  FILE *stream;
  Wait wait;

  /* Cancelled: nothing written. */
  wait_init (&wait, f->store);
  g_cancellable_cancel (cancellable);
  rp_store_import_directory_file_async (f->store, file, cancellable, NULL, NULL, NULL,
                                        import_done_cb, &wait);
  wait_for (&wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==, 0);
  wait_clear (&wait);

  wait_init (&wait, f->store);
  import_file (f->store, missing, &wait);
  wait_for (&wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (wait.n_destroyed, ==, 1);
  wait_clear (&wait);

  /* Over the parser's limit: refused without reading it all. */
  stream = g_fopen (huge_path, "w");
  g_assert_nonnull (stream);
  fputc ('[', stream);
  for (guint i = 0; i < RP_MEETING_GUIDE_MAX_BYTES / 1024 + 1; i++)
    fprintf (stream, "%1024s", "");
  fclose (stream);
  huge = g_file_new_for_path (huge_path);
  wait_init (&wait, f->store);
  import_file (f->store, huge, &wait);
  wait_for (&wait);
  g_assert_error (wait.error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE);
  wait_clear (&wait);
}

static void
cancel_when_written_cb (double   fraction,
                        gpointer user_data)
{
  GCancellable *cancellable = user_data;

  /* From 0.9 on, the transaction is committed. */
  if (fraction >= 0.9)
    g_cancellable_cancel (cancellable);
}

/* Cancelling once the import is committed is too late: it is reported as
 * done, and the list shows it. */
static void
test_cancel_after_commit (RpTestStore   *f,
                          gconstpointer  user_data)
{
  g_autoptr(GBytes) feed = rp_test_generated_feed (2000, "example.org");
  g_autoptr(GFile) file = write_feed_file (f, "meetings.json", feed);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Wait wait;

  wait_init (&wait, f->store);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  rp_store_import_directory_file_async (f->store, file, cancellable,
                                        cancel_when_written_cb, cancellable, NULL,
                                        import_done_cb, &wait);
  wait_for (&wait);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_assert_no_error (wait.error);
  g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==, 2000);
  g_assert_cmpuint (wait.n_items_at_callback, ==, 2000);
  wait_clear (&wait);
}

/* Every real feed is imported, or refused by the parser with a reason,
 * through the worker, each within 2 seconds; importing it again changes
 * nothing. */
static void
test_corpus (RpTestStore   *f,
             gconstpointer  user_data)
{
  g_autofree char *dir_path = rp_test_find_corpus_dir ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_imported = 0;

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("The shared corpus of Meeting Guide feeds is not there");
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_auto(GStrv) reasons = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 elapsed;
      Wait wait;

      wait_init (&wait, f->store);
      import_file (f->store, file, &wait);
      wait_for (&wait);
      elapsed = g_get_monotonic_time () - start;
      g_assert_cmpint (elapsed, <, MAX_IMPORT_USEC);

      if (wait.result == NULL)
        {
          g_assert_true (wait.error->domain == RP_IMPORT_ERROR);
          g_assert_cmpstr (wait.error->message, !=, "");
          g_test_message ("%s: refused (%s)", (char *) g_ptr_array_index (names, i),
                          wait.error->message);
          wait_clear (&wait);
          continue;
        }

      /* Each file is a feed of its own: none is taken for another. */
      g_assert_true (rp_directory_import_get_is_new_feed (wait.result));
      g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==,
                        rp_directory_import_get_n_meetings (wait.result));

      reasons = rp_directory_import_dup_skipped_reasons (wait.result);
      g_assert_cmpuint (g_strv_length (reasons), ==, rp_directory_import_get_n_skipped (wait.result));
      for (guint j = 0; reasons[j] != NULL; j++)
        g_assert_true (g_str_has_prefix (reasons[j], "Entry "));
      g_test_message ("%s: imported %u, updated %u, skipped %u; %u by appointment,"
                      " %u with warnings, %u entities, in %.1f ms",
                      (char *) g_ptr_array_index (names, i),
                      rp_directory_import_get_n_new (wait.result),
                      rp_directory_import_get_n_updated (wait.result),
                      rp_directory_import_get_n_skipped (wait.result),
                      rp_directory_import_get_n_by_appointment (wait.result),
                      rp_directory_import_get_n_with_warnings (wait.result),
                      g_strv_length ((char **) rp_directory_import_get_entities (wait.result)),
                      elapsed / 1000.0);
      n_imported++;
      wait_clear (&wait);

      wait_init (&wait, f->store);
      import_file (f->store, file, &wait);
      wait_for (&wait);
      g_assert_no_error (wait.error);
      g_assert_cmpuint (rp_directory_import_get_n_new (wait.result), ==, 0);
      g_assert_cmpuint (rp_directory_import_get_n_updated (wait.result), ==, 0);
      g_assert_cmpuint (rp_directory_import_get_n_removed (wait.result), ==, 0);
      g_assert_cmpuint (rp_directory_import_get_n_unchanged (wait.result), ==,
                        rp_directory_import_get_n_meetings (wait.result));
      wait_clear (&wait);
    }

  g_assert_cmpuint (n_imported, >, 0);
  g_assert_cmpint (rp_test_query_int (f->database, "SELECT count(*) FROM directory_meeting"), ==,
                   (int) g_list_model_get_n_items (rp_store_get_directory (f->store)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(name, func) \
  g_test_add (name, RpTestStore, NULL, rp_test_store_set_up, func, rp_test_store_tear_down)

  ADD_TEST ("/directory-async/import-file", test_import_file);
  ADD_TEST ("/directory-async/preview-and-apply", test_preview_and_apply);
  ADD_TEST ("/directory-async/failure", test_failure);
  ADD_TEST ("/directory-async/refusals", test_refusals);
  ADD_TEST ("/directory-async/cancel-after-commit", test_cancel_after_commit);
  ADD_TEST ("/directory-async/corpus", test_corpus);

#undef ADD_TEST

  return g_test_run ();
}
