/* test-gui-directory-feeds.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Directory's import dialog under a real (Xvfb) display: the preview,
 * import and refusals of a real feed of the shared corpora and of a
 * generated one, an .ics that goes to My meetings, and a backup of all
 * the data that is not imported. A program of its own, apart from
 * test-gui-directory.c, with which it shares rp-test-directory. Each test
 * uses a throw-away store, and not one warning or critical may be logged.
 *
 * The corpus feeds carry group contacts' names, emails and phones: this
 * file never prints a value from them, only counts. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "rp-backup-json.h"
#include "rp-directory-changes-bar.h"
#include "rp-directory-feed-list.h"
#include "rp-test-directory.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

#define REFUSED_FEED "tsml-ui__public__data__invalid.json"

/* --- widget look-ups ---------------------------------------------------- */

static gboolean
is_row_titled (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_count_label (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_name (widget), "count") == 0;
}

/* The number a preview row shows, or -1 when there is no such row. */
static int
row_count (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = find_widget (root, is_row_titled, (gpointer) title);
  GtkWidget *label;

  if (row == NULL)
    return -1;

  label = find_widget (row, is_count_label, NULL);
  g_assert_nonnull (label);

  return atoi (gtk_label_get_text (GTK_LABEL (label)));
}

/* The page of the outermost stack: the view's "empty" or "directory",
 * the dialog's "preview", "failed"... */
static GtkWidget *
visible_page (GtkWidget *root)
{
  GtkWidget *stack = find_descendant (root, GTK_TYPE_STACK);

  g_assert_nonnull (stack);

  return gtk_stack_get_visible_child (GTK_STACK (stack));
}

static gboolean
is_label_titled (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* --- tests -------------------------------------------------------------- */

static void
close_dialog (RpImportDialog *dialog)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
}

static void
test_import_dialog_corpus (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autofree char *path = find_corpus_file (CORPUS_FEED);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDirectoryImport) expected = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  RpImportDialog *dialog;
  guint n_meetings;

  if (path == NULL)
    {
      g_test_skip ("The corpora folder is absent");
      return;
    }

  file = g_file_new_for_path (path);
  feed = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  expected = rp_store_preview_directory_import (f->store, feed, CORPUS_FEED, &error);
  g_assert_no_error (error);
  n_meetings = rp_directory_import_get_n_meetings (expected);
  g_assert_cmpuint (n_meetings, >, 100);

  show_view (f, 800, 600);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  rp_test_gui_iterate (50);

  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Meetings in the list"), ==, n_meetings);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, n_meetings);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Updated"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Removed"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "By appointment"), ==,
                   rp_directory_import_get_n_by_appointment (expected));
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "With warnings"), ==,
                   rp_directory_import_get_n_with_warnings (expected));
  if (rp_directory_import_get_n_skipped (expected) > 0)
    g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Skipped entries"), ==,
                     rp_directory_import_get_n_skipped (expected));

  /* Nothing is written before Import. */
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);
  g_clear_pointer (&feeds, g_ptr_array_unref);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);

  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==,
                    n_meetings);
  g_assert_cmpuint (n_results (f->view), ==, n_meetings);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);

  /* The same file again: nothing new, all unchanged. */
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Unchanged"), ==, n_meetings);
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==,
                    n_meetings);
}

static void
test_import_dialog_generated (Fixture       *f,
                              gconstpointer  user_data)
{
  FeedOptions options = { 120, -1, -1 };
  FeedOptions update = { 120, 3, 7 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GBytes) updated_feed = generate_feed (&update, NULL);
  g_autoptr(GFile) file = NULL;
  RpImportDialog *dialog;

  show_view (f, 800, 600);
  file = write_file (f, "generated.json", feed);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Meetings in the list"), ==, 120);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, 120);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "By appointment"), ==, 2);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "With warnings"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Skipped entries"), ==, -1);

  /* The publisher names the list, once. */
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), is_label_titled, "Test Intergroup"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_label_containing, "From Test Intergroup"));

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
  g_assert_cmpuint (n_results (f->view), ==, 120);

  /* A new version of the feed: one meeting moved, one gone. */
  g_clear_object (&file);
  file = write_file (f, "generated.json", updated_feed);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Meetings in the list"), ==, 119);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "New"), ==, 0);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Updated"), ==, 1);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Unchanged"), ==, 118);
  g_assert_cmpint (row_count (GTK_WIDGET (dialog), "Removed"), ==, 1);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  wait_for_destroyed ((gpointer *) &dialog);
  g_assert_cmpuint (n_results (f->view), ==, 119);
}

static void
test_import_dialog_refused (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autofree char *path = find_corpus_file (REFUSED_FEED);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  g_autoptr(RpDirectoryImport) preview = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GPtrArray) feeds = NULL;
  AdwStatusPage *page;
  RpImportDialog *dialog;

  if (path == NULL)
    {
      g_test_skip ("The corpora folder is absent");
      return;
    }

  file = g_file_new_for_path (path);
  feed = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  preview = rp_store_preview_directory_import (f->store, feed, REFUSED_FEED, &expected);
  g_assert_null (preview);
  g_assert_error (expected, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON);

  show_view (f, 800, 600);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_FAILED);
  rp_test_gui_iterate (50);

  /* The core's reason is shown, and Import is not offered. */
  page = ADW_STATUS_PAGE (visible_page (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "This File Can’t Be Imported");
  escaped = g_markup_escape_text (expected->message, -1);
  g_assert_cmpstr (adw_status_page_get_description (page), ==, escaped);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpint (rp_import_dialog_get_state (dialog), ==, RP_IMPORT_DIALOG_STATE_FAILED);

  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 0);
}

/* An .ics goes to My meetings, not the Directory: a preview saying how
 * many meetings and why the others were left out, then one import that a
 * second run of the same file does not duplicate. */
static void
test_import_dialog_icalendar (Fixture       *f,
                              gconstpointer  user_data)
{
  static const char ics[] =
    "\xef\xbb\xbf" "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:1@test\r\nDTSTART;TZID=America/New_York:20260105T190000\r\n"
    "DURATION:PT1H\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:2@test\r\nDTSTART:20260105T190000Z\r\nRRULE:FREQ=HOURLY\r\n"
    "SUMMARY:Too often\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GBytes) contents = g_bytes_new_static (ics, sizeof ics - 1);
  g_autoptr(GFile) file = NULL;
  GListModel *meetings = rp_store_get_meetings (f->store);
  AdwStatusPage *page;
  RpImportDialog *dialog;

  show_view (f, 800, 600);
  /* By content, not by name. */
  file = write_file (f, "calendar.json", contents);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);

  page = ADW_STATUS_PAGE (visible_page (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Add 1 Meeting to My Meetings");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);

  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_PREVIEW);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
}

/* A backup of all the data, opened here, is not imported as meetings: the
 * dialog says where restoring it is done, and nothing changes. */
static void
test_import_dialog_backup (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 21, 9, 30, 0);
  g_autoptr(GBytes) backup = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  RpImportDialog *dialog;
  AdwStatusPage *page;
  int fd;

  backup = rp_backup_json_export (rp_store_get_database (f->store), now, NULL, &error);
  g_assert_no_error (error);
  fd = g_file_open_tmp ("reprieve-backup-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (backup, NULL),
                                      (gssize) g_bytes_get_size (backup), &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  show_view (f, 800, 600);
  dialog = open_dialog (f, file);
  wait_for_state (dialog, RP_IMPORT_DIALOG_STATE_FAILED);
  rp_test_gui_iterate (50);

  page = ADW_STATUS_PAGE (visible_page (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "This Is a Backup of All Your Data");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "Restore from File"));
  close_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_directory (f->store)), ==, 0);
  g_unlink (path);
}

static void
test_remove_feed (Fixture       *f,
                  gconstpointer  user_data)
{
  FeedOptions options = { 40, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  RpDirectoryFeed *listed;
  GtkWidget *feed_list;
  GtkWidget *list_box;
  AdwMessageDialog *dialog;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);

  feed_list = find_descendant (GTK_WIDGET (f->view), RP_TYPE_DIRECTORY_FEED_LIST);
  g_assert_nonnull (feed_list);
  list_box = find_descendant (feed_list, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 1));

  feeds = rp_store_list_directory_feeds (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);
  listed = g_ptr_array_index (feeds, 0);
  g_assert_cmpuint (listed->n_meetings, ==, 40);

  /* It asks first; cancelling keeps the feed. */
  gtk_widget_activate_action (feed_list, "feeds.remove", "x", listed->id);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 40);

  gtk_widget_activate_action (feed_list, "feeds.remove", "x", listed->id);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);

  g_assert_cmpuint (n_results (f->view), ==, 0);
  g_assert_cmpstr (visible_page_name (GTK_WIDGET (f->view)), ==, "empty");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
}

static void
test_link_changes (Fixture       *f,
                   gconstpointer  user_data)
{
  FeedOptions options = { 20, -1, -1 };
  FeedOptions update = { 20, 2, 5 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  g_autoptr(GBytes) updated_feed = generate_feed (&update, NULL);
  GListModel *directory;
  RpDirectoryChangesBar *bar;
  GtkRevealer *revealer;
  AdwMessageDialog *dialog;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);
  bar = RP_DIRECTORY_CHANGES_BAR (find_descendant (GTK_WIDGET (f->view),
                                                   RP_TYPE_DIRECTORY_CHANGES_BAR));
  revealer = GTK_REVEALER (find_descendant (GTK_WIDGET (bar), GTK_TYPE_REVEALER));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* Add gen-2 and gen-5 to My meetings. */
  directory = rp_store_get_directory (f->store);
  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (directory, i);
      const char *slug = rp_directory_meeting_get_slug (entry);

      if (g_str_equal (slug, "gen-2") || g_str_equal (slug, "gen-5"))
        gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                                    rp_directory_meeting_get_id (entry));
    }
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 2);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* The intergroup moves gen-2 and drops gen-5. */
  import_bytes (f, updated_feed, "generated.json");
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_changed (bar), ==, 1);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_vanished (bar), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* Review, later: still there. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "changes.review", NULL);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "later");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));

  /* Reviewed: the notice goes, My meetings keep their details. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "changes.review", NULL);
  rp_test_gui_iterate (50);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "reviewed");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_changed (bar), ==, 0);
  g_assert_cmpuint (rp_directory_changes_bar_get_n_vanished (bar), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 2);
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

  ADD ("import-dialog/corpus", test_import_dialog_corpus);
  ADD ("import-dialog/generated", test_import_dialog_generated);
  ADD ("import-dialog/refused", test_import_dialog_refused);
  ADD ("import-dialog/icalendar", test_import_dialog_icalendar);
  ADD ("import-dialog/backup", test_import_dialog_backup);
  ADD ("remove-feed", test_remove_feed);
  ADD ("link-changes", test_link_changes);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
