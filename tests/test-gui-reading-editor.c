/* test-gui-reading-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reading editor and the collection name dialog under a real (Xvfb)
 * display: the messages under the fields as the user types, Save only
 * when the reading can be saved, a text saved in the chosen collection,
 * an edit saved over the same reading, a link refusing javascript: and
 * plain http but taking https or a document, the question before
 * discarding changes, and a collection created and renamed — without a
 * GTK warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-reading-collection-dialog.h"
#include "rp-reading-editor.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

typedef RpTestContactsFixture Fixture;

static GtkWidget *
named (RpReadingEditor *editor,
       const char      *name)
{
  GtkWidget *widget = rp_test_find_named (GTK_WIDGET (editor), name);

  g_assert_nonnull (widget);

  return widget;
}

static void
type (RpReadingEditor *editor,
      const char      *name,
      const char      *text)
{
  GtkWidget *widget = named (editor, name);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  rp_test_gui_iterate (20);
}

static gboolean
can_save (RpReadingEditor *editor)
{
  return gtk_widget_get_sensitive (named (editor, "save"));
}

/* The message under a field, or NULL when none is shown. */
static const char *
problem (RpReadingEditor *editor,
         const char      *name)
{
  GtkWidget *widget = named (editor, name);

  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
}

/* adw_message_dialog_response() answers without closing, as a click
 * would: closed here. */
static void
respond (GtkWindow  *dialog,
         const char *response)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (dialog);
  rp_test_gui_iterate (50);
}

static RpReadingEditor *
open_editor (RpReadingEditor *editor)
{
  rp_reading_editor_present (editor, NULL);
  rp_test_gui_iterate (100);

  return editor;
}

static void
save (RpReadingEditor *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  rp_test_gui_iterate (50);
  /* Saved: it closed. */
  g_assert_null (editor);
}

static void
destroy_editor (RpReadingEditor *editor)
{
  gtk_window_destroy (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
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

/* Returns: (transfer full): the only reading titled @title in the store */
static RpReading *
find_by_title (RpStore    *store,
               const char *title)
{
  GListModel *readings = rp_store_get_readings (store);
  RpReading *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (readings); i++)
    {
      g_autoptr(RpReading) reading = g_list_model_get_item (readings, i);

      if (g_strcmp0 (rp_reading_get_title (reading), title) == 0)
        {
          g_assert_null (found);
          found = g_steal_pointer (&reading);
        }
    }

  return found;
}

static void
test_validation (Fixture       *f,
                 gconstpointer  user_data)
{
  RpReadingEditor *editor = open_editor (rp_reading_editor_new (f->store, RP_READING_KIND_TEXT, 0));
  g_autofree char *long_line = NULL;

  /* Hints before anything is typed, not errors. */
  g_assert_false (can_save (editor));
  g_assert_cmpstr (problem (editor, "title-problem"), ==, "Enter a title.");
  g_assert_true (gtk_widget_has_css_class (named (editor, "title-problem"), "dim-label"));
  g_assert_cmpstr (problem (editor, "body-problem"), ==, "Write the text of your reading.");
  g_assert_false (rp_reading_editor_get_modified (editor));

  type (editor, "title", "A prayer of my own");
  g_assert_null (problem (editor, "title-problem"));
  g_assert_false (can_save (editor));

  type (editor, "body", "   \n  ");
  g_assert_cmpstr (problem (editor, "body-problem"), ==, "Write the text of your reading.");
  g_assert_true (gtk_widget_has_css_class (named (editor, "body-problem"), "error"));

  type (editor, "body", "Grant me the **serenity**.");
  g_assert_null (problem (editor, "body-problem"));
  g_assert_true (can_save (editor));

  /* The core's rules reach the field: a line nobody writes. */
  long_line = g_strnfill (RP_READING_MAX_LINE_LENGTH + 1, 'a');
  type (editor, "body", long_line);
  g_assert_nonnull (problem (editor, "body-problem"));
  g_assert_nonnull (strstr (problem (editor, "body-problem"), "Line 1"));
  g_assert_false (can_save (editor));

  /* Emptied again after typing: an error now, in red. */
  type (editor, "body", "Back to normal.");
  type (editor, "title", "");
  g_assert_cmpstr (problem (editor, "title-problem"), ==, "Enter a title.");
  g_assert_true (gtk_widget_has_css_class (named (editor, "title-problem"), "error"));
  g_assert_false (can_save (editor));

  destroy_editor (editor);
}

static void
test_save_in_collection (Fixture       *f,
                         gconstpointer  user_data)
{
  gint64 book = add_collection (f->store, "Meeting Notes");
  RpReadingEditor *editor = open_editor (rp_reading_editor_new (f->store, RP_READING_KIND_TEXT, 0));
  AdwComboRow *collections = ADW_COMBO_ROW (named (editor, "collection"));
  GListModel *names = adw_combo_row_get_model (collections);
  g_autoptr(RpReading) saved = NULL;
  g_autoptr(RpReading) loaded = NULL;
  g_autoptr(GError) error = NULL;
  guint saved_signals = 0;

  /* My Readings first, then the user's; never the starter library. */
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "My Readings");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==, "Meeting Notes");
  g_assert_cmpuint (adw_combo_row_get_selected (collections), ==, 0);

  g_signal_connect_swapped (editor, "saved", G_CALLBACK (rp_test_count_signal), &saved_signals);
  type (editor, "title", "Tuesday's share");
  type (editor, "description", "What Sam said about step three");
  type (editor, "body", "# Step three\n\n> Let go.\n");
  adw_combo_row_set_selected (collections, 1);
  g_assert_true (rp_reading_editor_get_modified (editor));
  save (editor);
  g_assert_cmpuint (saved_signals, ==, 1);

  saved = find_by_title (f->store, "Tuesday's share");
  g_assert_nonnull (saved);
  g_assert_cmpint (rp_reading_get_collection_id (saved), ==, book);
  g_assert_cmpint (rp_reading_get_origin (saved), ==, RP_READING_ORIGIN_WRITTEN);
  g_assert_cmpstr (rp_reading_get_description (saved), ==, "What Sam said about step three");
  loaded = rp_store_load_reading (f->store, rp_reading_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_body (loaded), ==, "# Step three\n\n> Let go.");
}

static void
test_edit (Fixture       *f,
           gconstpointer  user_data)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(RpReading) loaded = NULL;
  g_autoptr(RpReading) edited = NULL;
  g_autoptr(GError) error = NULL;
  RpReadingEditor *editor;
  gint64 id;

  rp_reading_set_title (reading, "Old title");
  rp_reading_set_body (reading, "Old text");
  g_assert_true (rp_store_add_reading (f->store, reading, &error));
  g_assert_no_error (error);
  id = rp_reading_get_id (reading);

  loaded = rp_store_load_reading (f->store, id, &error);
  g_assert_no_error (error);
  editor = open_editor (rp_reading_editor_new_for_reading (f->store, loaded));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (editor, "title"))), ==,
                   "Old title");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Text");
  g_assert_true (can_save (editor));
  g_assert_false (rp_reading_editor_get_modified (editor));

  type (editor, "title", "New title");
  type (editor, "body", "New text");
  save (editor);

  edited = rp_store_load_reading (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_title (edited), ==, "New title");
  g_assert_cmpstr (rp_reading_get_body (edited), ==, "New text");
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_readings (f->store)), ==, 1);
}

static void
test_link (Fixture       *f,
           gconstpointer  user_data)
{
  RpReadingEditor *editor = open_editor (rp_reading_editor_new (f->store, RP_READING_KIND_LINK, 0));
  g_autoptr(RpReading) page = NULL;
  g_autoptr(RpReading) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Link");
  g_assert_false (gtk_widget_get_visible (named (editor, "body")) &&
                  gtk_widget_get_mapped (named (editor, "body")));
  type (editor, "title", "Today's reflection");

  type (editor, "uri", "javascript:alert(1)");
  g_assert_nonnull (problem (editor, "uri-problem"));
  g_assert_nonnull (strstr (problem (editor, "uri-problem"), "javascript"));
  g_assert_false (can_save (editor));

  type (editor, "uri", "http://example.org/daily");
  g_assert_nonnull (strstr (problem (editor, "uri-problem"), "https://"));
  g_assert_false (can_save (editor));

  type (editor, "uri", "https://example.org/daily?lang=en");
  g_assert_null (problem (editor, "uri-problem"));
  g_assert_true (can_save (editor));
  save (editor);

  page = find_by_title (f->store, "Today's reflection");
  g_assert_nonnull (page);
  g_assert_cmpint (rp_reading_get_kind (page), ==, RP_READING_KIND_LINK);
  g_assert_cmpstr (rp_reading_get_uri (page), ==, "https://example.org/daily?lang=en");

  /* A document on this computer: its name becomes the title. */
  editor = open_editor (rp_reading_editor_new (f->store, RP_READING_KIND_LINK, 0));
  path = g_build_filename (g_get_tmp_dir (), "Big Book 1939.pdf", NULL);
  file = g_file_new_for_path (path);
  rp_reading_editor_set_document (editor, file);
  rp_test_gui_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (editor, "title"))), ==,
                   "Big Book 1939");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (named (editor, "document"))),
                   ==, "Big Book 1939.pdf");
  g_assert_false (gtk_widget_get_sensitive (named (editor, "uri")));
  g_assert_true (can_save (editor));
  save (editor);

  document = find_by_title (f->store, "Big Book 1939");
  g_assert_nonnull (document);
  g_assert_true (rp_reading_is_document (document));
  g_assert_true (g_str_has_prefix (rp_reading_get_uri (document), "file:///"));
}

static void
test_discard (Fixture       *f,
              gconstpointer  user_data)
{
  RpReadingEditor *editor = open_editor (rp_reading_editor_new (f->store, RP_READING_KIND_TEXT, 0));
  GtkWindow *question;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  /* Nothing typed: it closes at once. */
  gtk_window_close (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
  g_assert_null (editor);

  editor = open_editor (rp_reading_editor_new (f->store, RP_READING_KIND_TEXT, 0));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  type (editor, "body", "Something worth keeping");

  /* Escape asks first; keeping on editing keeps it all. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  rp_test_gui_iterate (50);
  g_assert_nonnull (editor);
  question = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (question)), ==, "discard-changes");
  respond (question, "keep");
  g_assert_nonnull (editor);

  gtk_window_close (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
  question = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  respond (question, "discard");
  g_assert_null (editor);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_readings (f->store)), ==, 0);
}

static RpReadingCollection *
find_collection_by_name (RpStore    *store,
                         const char *name)
{
  GListModel *collections = rp_store_get_reading_collections (store);

  for (guint i = 0; i < g_list_model_get_n_items (collections); i++)
    {
      g_autoptr(RpReadingCollection) collection = g_list_model_get_item (collections, i);

      if (g_strcmp0 (rp_reading_collection_get_name (collection), name) == 0)
        return g_steal_pointer (&collection);
    }

  return NULL;
}

static void
test_collection_dialog (Fixture       *f,
                        gconstpointer  user_data)
{
  GtkWidget *dialog = rp_reading_collection_dialog_new (NULL, f->store, NULL);
  g_autoptr(RpReadingCollection) created = NULL;
  g_autoptr(RpReadingCollection) renamed = NULL;
  GtkWidget *entry;
  GtkWidget *message;

  gtk_window_present (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);
  entry = rp_test_find_named (dialog, "collection-name");
  message = rp_test_find_named (dialog, "collection-name-problem");
  g_assert_nonnull (entry);

  /* Empty: nothing to create, and no scolding either. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_false (gtk_widget_get_visible (message));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_false (gtk_widget_get_visible (message));

  /* Pasted with a control character: said under the entry. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Morning\tBook");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==,
                   "Shorten the name to one line of at most 100 characters.");

  gtk_editable_set_text (GTK_EDITABLE (entry), "Morning Book");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_false (gtk_widget_get_visible (message));
  respond (GTK_WINDOW (dialog), "save");

  created = find_collection_by_name (f->store, "Morning Book");
  g_assert_nonnull (created);
  g_assert_cmpint (rp_reading_collection_get_kind (created), ==, RP_READING_COLLECTION_USER);

  dialog = rp_reading_collection_dialog_new (NULL, f->store, created);
  gtk_window_present (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);
  entry = rp_test_find_named (dialog, "collection-name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Morning Book");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Evening Book ");
  respond (GTK_WINDOW (dialog), "save");

  renamed = rp_store_find_reading_collection (f->store, rp_reading_collection_get_id (created));
  g_assert_nonnull (renamed);
  g_assert_cmpstr (rp_reading_collection_get_name (renamed), ==, "Evening Book");
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_reading_collections (f->store)), ==, 3);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  user_data)
{
  for (int kind = RP_READING_KIND_TEXT; kind <= RP_READING_KIND_LINK; kind++)
    {
      RpReadingEditor *editor = rp_reading_editor_new (f->store, kind, 0);
      int minimum = 0;

      gtk_window_set_default_size (GTK_WINDOW (editor), 360, 600);
      open_editor (editor);
      gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
      destroy_editor (editor);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* Views switch at once: what is on screen is what the test looks at. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/reading-editor/validation", Fixture, NULL,
              rp_test_contacts_set_up, test_validation, rp_test_contacts_tear_down);
  g_test_add ("/reading-editor/save-in-collection", Fixture, NULL,
              rp_test_contacts_set_up, test_save_in_collection, rp_test_contacts_tear_down);
  g_test_add ("/reading-editor/edit", Fixture, NULL,
              rp_test_contacts_set_up, test_edit, rp_test_contacts_tear_down);
  g_test_add ("/reading-editor/link", Fixture, NULL,
              rp_test_contacts_set_up, test_link, rp_test_contacts_tear_down);
  g_test_add ("/reading-editor/discard", Fixture, NULL,
              rp_test_contacts_set_up, test_discard, rp_test_contacts_tear_down);
  g_test_add ("/reading-editor/collection-dialog", Fixture, NULL,
              rp_test_contacts_set_up, test_collection_dialog, rp_test_contacts_tear_down);
  g_test_add ("/reading-editor/narrow", Fixture, NULL,
              rp_test_contacts_set_up, test_narrow, rp_test_contacts_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
