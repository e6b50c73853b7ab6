/* rp-test-directory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Directory's GUI tests' shared pieces (see rp-test-directory.h): the
 * generated feed and its oracle, the fixture and the widget look-ups. They
 * are here, not in each test program, so that there is one copy of each. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-test-directory.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

/* --- a generated feed ---------------------------------------------------- */

static const char * const name_words[] = {
  "Serenity", "Hope", "Freedom", "Sunrise", "Lakeside", "Gratitude", "Courage", "Harmony",
  "Beacon", "Fellowship", "Acceptance", "Unity", "Promise", "Lifeline", "Keystone", "Daybreak",
};
static const char * const name_kinds[] = {
  "Group", "Discussion", "Big Book", "Step Study", "Speakers", "Women", "Men", "Newcomers",
};
static const char * const locations[] = {
  "St Mark’s Church", "Library Hall", "Grace Chapel", "Civic Center", "Fire Station",
};
static const char * const streets[] = { "Oak", "Maple", "Cedar", "Pine", "Elm", "Birch", "Walnut" };
static const char * const cities[] = { "Springfield", "Riverton", "Fairview", "Greenville", "Madison" };

void
expected_clear (Expected *expected)
{
  g_clear_pointer (&expected->text, g_ptr_array_unref);
  g_clear_pointer (&expected->weekday, g_array_unref);
  g_clear_pointer (&expected->start_minute, g_array_unref);
  g_clear_pointer (&expected->kind, g_array_unref);
  g_clear_pointer (&expected->mode, g_array_unref);
}

/* Deterministic: meeting i's every field is a function of i. Every 50th
 * meeting is by appointment; i % 4 == 0 is online only, 1 hybrid, the
 * rest in person; types cycle through O D / C B / O W. */
GBytes *
generate_feed (const FeedOptions *options,
               Expected          *expected)
{
  g_autoptr(GString) json = g_string_new ("[");
  gboolean first = TRUE;

  if (expected != NULL)
    {
      expected->text = g_ptr_array_new_with_free_func (g_free);
      expected->weekday = g_array_new (FALSE, FALSE, sizeof (int));
      expected->start_minute = g_array_new (FALSE, FALSE, sizeof (int));
      expected->kind = g_array_new (FALSE, FALSE, sizeof (int));
      expected->mode = g_array_new (FALSE, FALSE, sizeof (int));
    }

  for (guint i = 0; i < options->n_meetings; i++)
    {
      static const char * const types[] = { "\"O\", \"D\"", "\"C\", \"B\"", "\"O\", \"W\"" };
      g_autofree char *name = g_strdup_printf ("%s %s", name_words[i % G_N_ELEMENTS (name_words)],
                                               name_kinds[(i / 16) % G_N_ELEMENTS (name_kinds)]);
      g_autofree char *address = g_strdup_printf ("%u %s St", 100 + i,
                                                  streets[i % G_N_ELEMENTS (streets)]);
      const char *location = locations[i % G_N_ELEMENTS (locations)];
      const char *city = cities[(i / 3) % G_N_ELEMENTS (cities)];
      gboolean by_appointment = i % 50 == 49;
      int day = (int) (i % 7);                   /* Meeting Guide: 0 is Sunday */
      int hour = 6 + (int) ((i * 7) % 17);
      int minute = (int) (i % 4) * 15;
      int mode = (int) (i % 4);
      int kind = (int) (i % 3);
      int weekday = day == 0 ? G_DATE_SUNDAY : day;
      int start = hour * 60 + minute;

      if ((int) i == options->omitted_index)
        continue;
      if ((int) i == options->changed_index)
        {
          hour = (hour + 1) % 24;
          start = hour * 60 + minute;
        }

      g_string_append_printf (json, "%s{\"slug\": \"gen-%u\", \"name\": \"%s\","
                              " \"entity\": \"Test Intergroup\","
                              " \"timezone\": \"America/Chicago\", \"types\": [%s]",
                              first ? "" : ",", i, name, types[kind]);
      first = FALSE;
      if (!by_appointment)
        g_string_append_printf (json, ", \"day\": %d, \"time\": \"%02d:%02d\","
                                " \"end_time\": \"%02d:%02d\"",
                                day, hour, minute, (hour + 1) % 24, minute);
      if (mode != 0)
        g_string_append_printf (json, ", \"location\": \"%s\", \"address\": \"%s\","
                                " \"city\": \"%s\", \"state\": \"IL\", \"country\": \"US\"",
                                location, address, city);
      if (mode <= 1)
        g_string_append_printf (json, ", \"conference_url\": \"https://zoom.us/j/%u\"",
                                900000 + i);
      g_string_append_c (json, '}');

      if (expected != NULL)
        {
          int expected_weekday = by_appointment ? 0 : weekday;
          int expected_start = by_appointment ? -1 : start;

          g_autofree char *text = mode != 0
                                   ? g_strjoin (" ", name, location, address, city, "IL US", NULL)
                                   : g_strdup (name);

          g_ptr_array_add (expected->text, g_ascii_strdown (text, -1));
          g_array_append_val (expected->weekday, expected_weekday);
          g_array_append_val (expected->start_minute, expected_start);
          g_array_append_val (expected->kind, kind);
          g_array_append_val (expected->mode, mode);
        }
    }

  g_string_append_c (json, ']');

  return g_string_free_to_bytes (g_steal_pointer (&json));
}

/* --- fixture ------------------------------------------------------------- */

void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("reprieve-gui-directory-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "data", "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
}

/* A window holding a toast overlay and the view, like the main window. */
void
show_view (Fixture *f,
           int      width,
           int      height)
{
  f->window = GTK_WINDOW (adw_window_new ());
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  f->view = RP_DIRECTORY_VIEW (rp_directory_view_new ());
  rp_directory_view_set_store (f->view, f->store);
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->view));
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->overlay));
  gtk_window_set_default_size (f->window, width, height);
  gtk_window_present (f->window);
  rp_test_gui_iterate (200);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  if (f->window != NULL)
    {
      /* The window takes the view with it: nothing else may hold it. */
      g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
      gtk_window_destroy (f->window);
      rp_test_gui_iterate (50);
      g_assert_null (f->view);
    }

  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

void
import_bytes (Fixture    *f,
              GBytes     *feed,
              const char *file_name)
{
  g_autoptr(RpDirectoryImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = rp_store_import_directory (f->store, feed, file_name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
}

GFile *
write_file (Fixture    *f,
            const char *name,
            GBytes     *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents),
                       &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

char *
find_corpus_file (const char *name)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *default_corpora = NULL;
  g_autofree char *path = NULL;

  if (corpora == NULL || *corpora == '\0')
    {
      g_autofree char *relative = g_build_filename (g_test_get_dir (G_TEST_DIST),
                                                    "..", "..", "shared", "corpora", NULL);

      corpora = default_corpora = g_canonicalize_filename (relative, NULL);
    }

  path = g_build_filename (corpora, "meeting-guide", name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *folder = g_path_get_dirname (path);

      /* Only an absent corpus folder skips; a missing file is a failure. */
      if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
        return NULL;
      g_error ("The corpus has no %s", name);
    }

  return g_steal_pointer (&path);
}

/* --- widget look-ups ---------------------------------------------------- */

GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gpointer         data)
{
  if (predicate (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_type (GtkWidget *widget,
         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  return find_widget (root, is_type, GSIZE_TO_POINTER (type));
}

gboolean
is_label_containing (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

const char *
visible_page_name (GtkWidget *root)
{
  GtkWidget *stack = find_descendant (root, GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

GtkEditable *
search_entry (RpDirectoryView *view)
{
  return GTK_EDITABLE (find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY));
}

guint
n_results (RpDirectoryView *view)
{
  return g_list_model_get_n_items (rp_directory_view_get_results (view));
}

void
wait_for_state (RpImportDialog      *dialog,
                RpImportDialogState  state)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (rp_import_dialog_get_state (dialog) != state && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (rp_import_dialog_get_state (dialog), ==, state);
}

void
wait_for_destroyed (gpointer *weak)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (*weak != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (*weak);
}

RpImportDialog *
open_dialog (Fixture *f,
             GFile   *file)
{
  RpImportDialog *dialog = rp_import_dialog_new (f->window, f->store);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  rp_import_dialog_load_file (dialog, file);
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  return dialog;
}
