/* test-gui-reading-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reading import dialog under a real (Xvfb) display: a dated book of a
 * whole (leap) year previewed at 360 px (the count, its first titles with
 * their first words, a skipped second entry for a day) then imported (a
 * toast, the collection and its readings in the store), the same file
 * again changing nothing; a single reading going to My Readings; refused
 * files (binary, invalid UTF-8, too big) showing why and writing nothing;
 * Cancel and Escape. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rp-reading-import-dialog.h"
#include "rp-test-gui.h"
#include "rp-test-import.h"
#include "rp-test-util.h"

#define WAIT_USEC (10 * G_USEC_PER_SEC)

typedef RpTestImportFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  rp_test_import_set_up (f, RP_TYPE_READING_IMPORT_DIALOG);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_import_tear_down (f);
}

static guint
count_readings (Fixture *f)
{
  return g_list_model_get_n_items (rp_store_get_readings (f->store));
}

static guint
count_collections (Fixture *f)
{
  return g_list_model_get_n_items (rp_store_get_reading_collections (f->store));
}

/* A book with one heading per day of 2024, a leap year, and a second
 * entry for March 1 (skipped). */
static char *
make_year_book (void)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  GString *book = g_string_new ("# A Year of Days\n\n");
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2024);
  while (g_date_get_year (&date) == 2024)
    {
      g_autofree char *heading = g_strdup_printf ("%s %u", months[g_date_get_month (&date) - 1],
                                                  g_date_get_day (&date));

      g_string_append_printf (book, "## %s\n\nThe words for *day %u* of the year, and more "
                              "words after them.\n\n",
                              heading, g_date_get_day_of_year (&date));
      if (g_date_get_month (&date) == G_DATE_MARCH && g_date_get_day (&date) == 1)
        g_string_append_printf (book, "## %s\n\nA second entry for the same day.\n\n", heading);
      g_date_add_days (&date, 1);
    }

  return g_string_free (book, FALSE);
}

static void
test_dated_book (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autofree char *book = make_year_book ();
  g_autoptr(GFile) file = rp_test_import_write_file (f, "year.md", book, -1);
  GtkWidget *overlay;
  GtkWidget *dialog;
  GtkWidget *row;
  guint n_collections = count_collections (f);

  rp_reading_import_dialog_present (f->anchor, f->store, file);
  dialog = rp_test_import_wait_for_label (f, "366 dated readings for “A Year of Days”");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  /* As narrow as a phone. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  rp_test_gui_iterate (100);

  /* The first titles, each with its first words as plain text; the rest
   * counted. */
  row = rp_test_gui_find_row (dialog, "January 1");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "The words for day 1 of the year, and more words after them.");
  g_assert_nonnull (rp_test_gui_find_row (dialog, "April 9"));
  g_assert_null (rp_test_gui_find_row (dialog, "April 10"));
  g_assert_nonnull (rp_test_gui_find_row (dialog, "and 266 more"));
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "collection of their own"));
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "1 part skipped"));
  /* Why, naming the line (the parser's words), above the long list. */
  g_assert_true (gtk_widget_get_mapped (rp_test_gui_find_label_containing (dialog, "Line 247")));

  /* Nothing is saved before Import. */
  g_assert_cmpuint (count_readings (f), ==, 0);
  g_assert_cmpuint (count_collections (f), ==, n_collections);

  g_assert_true (gtk_widget_activate_action (dialog, "reading-import.confirm", NULL));
  rp_test_gui_iterate (100);

  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_READING_IMPORT_DIALOG));
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (f->window),
                                                       "Imported 366 readings"));
  g_assert_cmpuint (count_readings (f), ==, 366);
  g_assert_cmpuint (count_collections (f), ==, n_collections + 1);

  /* The same file again: nothing new, and the toast says so (in a new
   * overlay: the first toast would hold this one in the queue). */
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new (""));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  rp_reading_import_dialog_present (GTK_WIDGET (f->window), f->store, file);
  dialog = rp_test_import_wait_for_label (f, "366 dated readings");
  gtk_widget_activate_action (dialog, "reading-import.confirm", NULL);
  rp_test_gui_iterate (100);
  g_assert_cmpuint (count_readings (f), ==, 366);
  g_assert_cmpuint (count_collections (f), ==, n_collections + 1);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (f->window),
                                                       "Your library already has these readings"));
}

static void
test_single_reading (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GFile) file = rp_test_import_write_file (f, "prayer.md",
                                      "# A Prayer of My Own\n\nFor today, *only* today: "
                                      "<b>keep</b> it simple & kind.\n", -1);
  g_autoptr(RpReadingCollection) mine = NULL;
  GtkWidget *dialog;
  GtkWidget *row;
  GtkWidget *label;
  g_autoptr(RpReading) reading = NULL;

  rp_reading_import_dialog_present (f->anchor, f->store, file);
  dialog = rp_test_import_wait_for_label (f, "One reading: “A Prayer of My Own”");
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "It goes into My Readings"));
  /* Its first words as plain text, raw HTML shown as the text it is (the
   * row's labels are markup: interpreted, the tags would vanish). */
  row = rp_test_gui_find_row (dialog, "A Prayer of My Own");
  g_assert_nonnull (row);
  label = rp_test_gui_find_label_containing (row, "For today");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   "For today, only today: <b>keep</b> it simple & kind.");
  g_assert_null (rp_test_gui_find_label_containing (dialog, "skipped"));

  gtk_widget_activate_action (dialog, "reading-import.confirm", NULL);
  rp_test_gui_iterate (100);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (f->window),
                                                       "Imported 1 reading"));
  g_assert_cmpuint (count_readings (f), ==, 1);
  reading = g_list_model_get_item (rp_store_get_readings (f->store), 0);
  mine = rp_store_get_builtin_collection (f->store, RP_READING_COLLECTION_MINE);
  g_assert_nonnull (mine);
  g_assert_cmpint (rp_reading_get_collection_id (reading), ==, rp_reading_collection_get_id (mine));
  g_assert_cmpstr (rp_reading_get_title (reading), ==, "A Prayer of My Own");
}

static void
assert_refused (Fixture    *f,
                const char *name,
                const char *contents,
                gssize      length,
                const char *reason)
{
  g_autoptr(GFile) file = rp_test_import_write_file (f, name, contents, length);
  guint n_collections = count_collections (f);
  GtkWidget *dialog;

  rp_reading_import_dialog_present (f->anchor, f->store, file);
  dialog = rp_test_import_wait_for_label (f, reason);
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "This File Can’t Be Imported"));

  /* Import does nothing: there is nothing to import. */
  gtk_widget_activate_action (dialog, "reading-import.confirm", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (count_readings (f), ==, 0);
  g_assert_cmpuint (count_collections (f), ==, n_collections);
  g_assert_nonnull (rp_test_gui_find_toplevel (RP_TYPE_READING_IMPORT_DIALOG));

  gtk_widget_activate_action (dialog, "reading-import.cancel", NULL);
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_READING_IMPORT_DIALOG));
}

static void
test_refused (Fixture       *f,
              gconstpointer  user_data)
{
  g_autofree char *huge = NULL;
  g_autofree char *path = NULL;
  int fd;

  assert_refused (f, "binary.md", "# Title\n\0\1\2", 11, "binary data");
  assert_refused (f, "latin1.txt", "Fine\nCaf\xe9\n", -1, "Line 2 is not valid UTF-8");

  /* Over the limit: refused unread (a sparse file, no disk used). */
  path = g_build_filename (f->dir, "huge.md", NULL);
  fd = g_open (path, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 64 * 1024 * 1024), ==, 0);
  g_assert_true (g_close (fd, NULL));
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    GtkWidget *dialog;

    rp_reading_import_dialog_present (f->anchor, f->store, file);
    dialog = rp_test_import_wait_for_label (f, "too big");
    gtk_widget_activate_action (dialog, "reading-import.cancel", NULL);
    rp_test_gui_iterate (50);
    g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_READING_IMPORT_DIALOG));
  }
  g_assert_cmpuint (count_readings (f), ==, 0);
}

static GtkWindow *
wait_for_chooser (void)
{
  gint64 end = g_get_monotonic_time () + WAIT_USEC;

  while (g_get_monotonic_time () < end)
    {
      GtkWindow *chooser = rp_test_gui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

      if (chooser != NULL)
        return chooser;
      rp_test_gui_iterate (20);
    }

  g_error ("No file chooser showed");
}

/* Without a file, a file chooser first (GTK's own dialog here: there is no
 * portal on the test's bus), its first filter the readings; cancelled,
 * nothing is shown; a file chosen, its preview. */
static void
test_chooser (Fixture       *f,
              gconstpointer  user_data)
{
  g_autoptr(GFile) file = rp_test_import_write_file (f, "notes.txt", "Plain words, *as written*.\n", -1);
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) first = NULL;
  GtkWindow *chooser;
  GtkWidget *dialog;

  rp_reading_import_dialog_present (f->anchor, f->store, NULL);
  chooser = wait_for_chooser ();
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_READING_IMPORT_DIALOG));
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 2);
  first = g_list_model_get_item (filters, 0);
  g_assert_cmpstr (gtk_file_filter_get_name (first), ==, "Readings (.md, .txt)");
  g_assert_true (gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == first);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  rp_test_gui_iterate (100);
  g_assert_null (rp_test_gui_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_READING_IMPORT_DIALOG));

  rp_reading_import_dialog_present (f->anchor, f->store, NULL);
  chooser = wait_for_chooser ();
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  rp_test_gui_iterate (100);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dialog = rp_test_import_wait_for_label (f, "One reading: “notes");
  /* A .txt is plain text: nothing in it is Markdown. */
  g_assert_nonnull (rp_test_gui_find_label_containing (dialog, "Plain words, *as written*."));
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

  g_test_add ("/reading-import/dated-book", Fixture, NULL,
              fixture_set_up, test_dated_book, fixture_tear_down);
  g_test_add ("/reading-import/single-reading", Fixture, NULL,
              fixture_set_up, test_single_reading, fixture_tear_down);
  g_test_add ("/reading-import/chooser", Fixture, NULL,
              fixture_set_up, test_chooser, fixture_tear_down);
  g_test_add ("/reading-import/refused", Fixture, NULL,
              fixture_set_up, test_refused, fixture_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
