/* test-gui-reading-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Reading page under a real (Xvfb) display, over readings seeded
 * through the store: search as you type with the matched words in bold
 * and titles escaped, the favourites across collections, a collection's
 * readings (a 365-day book without 365 rows), Delete and Undo, opening
 * the reader and coming back, the collection's menu, 360 px; and the
 * window's rp_window_show_reading() — without a GTK warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-application.h"
#include "rp-reader.h"
#include "rp-reading-editor.h"
#include "rp-reading-page.h"
#include "rp-reading-row.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-window.h"

typedef RpTestContactsFixture Fixture;

typedef struct
{
  GtkWindow     *window;
  RpReadingPage *page;
  RpClock       *clock;
  GSettings     *settings;
} Page;

static RpApplication *app;

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

static gint64
add_reading (RpStore    *store,
             gint64      collection_id,
             const char *title,
             const char *body,
             gboolean    favourite)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(GError) error = NULL;

  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, body);
  g_assert_true (rp_store_add_reading (store, reading, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_id (reading), >, 0);

  if (favourite)
    {
      g_assert_true (rp_store_set_reading_favourite (store, rp_reading_get_id (reading), TRUE,
                                                     &error));
      g_assert_no_error (error);
    }

  return rp_reading_get_id (reading);
}

static gint64
mine_id (RpStore *store)
{
  g_autoptr(RpReadingCollection) mine =
    rp_store_get_builtin_collection (store, RP_READING_COLLECTION_MINE);

  return rp_reading_collection_get_id (mine);
}

static Page
open_page (RpStore *store,
           int      width)
{
  Page page;
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 14, 9, 30, 0);

  page.clock = rp_clock_new_fixed (now);
  page.settings = g_settings_new (APPLICATION_ID);
  page.window = GTK_WINDOW (adw_window_new ());
  page.page = g_object_new (RP_TYPE_READING_PAGE, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page.page));
  adw_window_set_content (ADW_WINDOW (page.window), overlay);
  gtk_window_set_default_size (page.window, width, 700);
  rp_reading_page_set_store (page.page, store, page.clock, page.settings);
  gtk_window_present (page.window);
  rp_test_gui_iterate (150);

  return page;
}

static void
close_page (Page *page)
{
  gtk_window_destroy (page->window);
  rp_test_gui_iterate (50);
  g_settings_reset (page->settings, "daily-reading-collection");
  g_settings_reset (page->settings, "daily-reading-order");
  g_settings_reset (page->settings, "daily-reading-start");
  g_clear_object (&page->settings);
  g_assert_finalize_object (page->clock);
}

static GtkWidget *
named (Page       *page,
       const char *name)
{
  return rp_test_find_named (GTK_WIDGET (page->window), name);
}

static GtkWidget *
named_id (Page       *page,
          const char *prefix,
          gint64      id)
{
  g_autofree char *name = g_strdup_printf ("%s-%" G_GINT64_FORMAT, prefix, id);

  return named (page, name);
}

static RpReader *
reader_of (Page *page)
{
  return RP_READER (rp_test_gui_find_descendant (GTK_WIDGET (page->page), RP_TYPE_READER));
}

static void
activate (Page       *page,
          const char *action,
          gint64      id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page->page), action, "x", id));
  rp_test_gui_iterate (100);
}

static void
activate_plain (Page       *page,
                const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page->page), action, NULL));
  rp_test_gui_iterate (100);
}

static void
collect_rows (GtkWidget *root,
              GPtrArray *titles)
{
  if (RP_IS_READING_ROW (root))
    {
      RpReading *reading = rp_reading_row_get_reading (RP_READING_ROW (root));

      if (reading != NULL && gtk_widget_get_mapped (root))
        g_ptr_array_add (titles, (gpointer) rp_reading_get_title (reading));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, titles);
}

/* The titles of the collection view's rows on screen, in order. */
static char *
shown_titles (Page *page)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  collect_rows (named (page, "readings"), titles);
  g_ptr_array_add (titles, NULL);

  return g_strjoinv ("|", (char **) titles->pdata);
}

static guint
count_rows (GtkWidget *root)
{
  guint n = RP_IS_READING_ROW (root) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);

  return n;
}

static void
type_search (Page       *page,
             const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (named (page, "search")), text);
  /* The entry waits 150 ms for a pause in typing. */
  rp_test_gui_iterate (350);
}

static void
test_search (Fixture       *f,
             gconstpointer  user_data)
{
  gint64 mine = mine_id (f->store);
  gint64 escaped = add_reading (f->store, mine, "Tom & <Jerry> on gratitude",
                                "A short note.", FALSE);
  gint64 in_body = add_reading (f->store, mine, "Evening review",
                                "Tonight I wrote a gratitude list <b>in bold</b>.", FALSE);
  gint64 other = add_reading (f->store, mine, "Other", "Nothing to see.", FALSE);
  Page page = open_page (f->store, 600);
  GtkWidget *row;
  GtkWidget *title;
  GtkWidget *snippet;
  GtkWidget *focus;

  g_assert_true (gtk_widget_get_mapped (named (&page, "collections")));

  type_search (&page, "gratitude");
  g_assert_true (gtk_widget_get_mapped (named (&page, "results")));
  g_assert_null (named_id (&page, "result", other));

  /* The title is escaped, and the matched word alone is bold. */
  row = named_id (&page, "result", escaped);
  g_assert_nonnull (row);
  title = rp_test_gui_find_descendant (row, GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Tom & <Jerry> on gratitude");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==,
                   "Tom &amp; &lt;Jerry&gt; on <b>gratitude</b>");

  /* A body's match is in the snippet, markup in the text shown as text. */
  row = named_id (&page, "result", in_body);
  g_assert_nonnull (row);
  snippet = gtk_widget_get_next_sibling (rp_test_gui_find_descendant (row, GTK_TYPE_LABEL));
  g_assert_nonnull (snippet);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (snippet)), "<b>gratitude</b>"));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (snippet)), "<b>in bold"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (snippet)), "<b>in bold</b>"));

  /* Opening a result, and back to the results. */
  g_signal_emit_by_name (named (&page, "results"), "row-activated", row);
  rp_test_gui_iterate (100);
  g_assert_cmpint (rp_reader_get_reading_id (reader_of (&page)), ==, in_body);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (reader_of (&page))));
  activate_plain (&page, "reading.back");
  g_assert_true (gtk_widget_get_mapped (named (&page, "results")));

  type_search (&page, "zzzqqq");
  g_assert_true (gtk_widget_get_mapped (named (&page, "no-results")));

  /* Escape in the entry clears it: the library again. */
  g_signal_emit_by_name (named (&page, "search"), "stop-search");
  rp_test_gui_iterate (350);
  g_assert_true (gtk_widget_get_mapped (named (&page, "collections")));

  /* Ctrl+F: the search entry, from another view. */
  activate (&page, "reading.show-collection", mine);
  activate_plain (&page, "reading.search");
  focus = gtk_window_get_focus (page.window);
  g_assert_nonnull (focus);
  g_assert_true (focus == named (&page, "search") ||
                 gtk_widget_is_ancestor (focus, named (&page, "search")));

  close_page (&page);
}

static void
test_favourites (Fixture       *f,
                 gconstpointer  user_data)
{
  gint64 mine = mine_id (f->store);
  gint64 book = add_collection (f->store, "Book");
  Page page;
  GtkWidget *empty;
  g_autofree char *titles = NULL;

  page = open_page (f->store, 600);
  activate (&page, "reading.show-collection", -1);
  empty = named (&page, "collection-empty");
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, "No Favourites Yet");
  close_page (&page);

  add_reading (f->store, mine, "Mine, kept", "a", TRUE);
  add_reading (f->store, mine, "Mine, not kept", "b", FALSE);
  add_reading (f->store, book, "Book, kept", "c", TRUE);

  page = open_page (f->store, 600);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (named (&page, "favourites"))),
                   ==, "2 readings");
  activate (&page, "reading.show-collection", -1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (&page, "collection-title"))), ==,
                   "Favourites");
  titles = shown_titles (&page);
  g_assert_cmpstr (titles, ==, "Mine, kept|Book, kept");
  close_page (&page);
}

static void
test_collection (Fixture       *f,
                 gconstpointer  user_data)
{
  gint64 mine = mine_id (f->store);
  gint64 book = add_collection (f->store, "A Book <of> Days");
  gint64 first;
  Page page;
  GtkWidget *row;
  GtkWidget *empty;
  g_autofree char *titles = NULL;

  /* My Readings, empty: the first step. */
  page = open_page (f->store, 600);
  activate (&page, "reading.show-collection", mine);
  empty = named (&page, "collection-empty");
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==,
                   "Write Your First Reading");
  g_assert_nonnull (rp_test_gui_find_button_by_label (empty, "_New Text…"));
  g_assert_true (gtk_widget_get_mapped (rp_test_gui_find_button_by_label (empty, "_New Text…")));
  close_page (&page);

  first = add_reading (f->store, book, "One", "1", FALSE);
  add_reading (f->store, book, "Two", "2", FALSE);
  add_reading (f->store, book, "Three", "3", FALSE);
  add_reading (f->store, mine, "Elsewhere", "4", FALSE);

  page = open_page (f->store, 600);
  row = named_id (&page, "collection", book);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "A Book <of> Days");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                   "3 readings"));

  g_signal_emit_by_name (row, "activated");
  rp_test_gui_iterate (100);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (&page, "collection-title"))), ==,
                   "A Book <of> Days");
  titles = shown_titles (&page);
  g_assert_cmpstr (titles, ==, "One|Two|Three");

  /* Opening one shows the reader; Back comes back to the collection. */
  g_signal_emit_by_name (named (&page, "readings"), "activate", 0);
  rp_test_gui_iterate (100);
  g_assert_cmpint (rp_reader_get_reading_id (reader_of (&page)), ==, first);
  g_assert_false (gtk_widget_get_mapped (named (&page, "readings")));
  activate_plain (&page, "reading.back");
  g_assert_true (gtk_widget_get_mapped (named (&page, "readings")));
  activate_plain (&page, "reading.back");
  g_assert_true (gtk_widget_get_mapped (named (&page, "collections")));

  /* Gone: FALSE, and nothing else changes. */
  g_assert_false (rp_reading_page_show_reading (page.page, 999999));
  g_assert_true (gtk_widget_get_mapped (named (&page, "collections")));
  g_assert_true (rp_reading_page_show_reading (page.page, first));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (reader_of (&page))));
  close_page (&page);
}

/* A 365-day book: the list view builds the rows on screen, not 365, and
 * scrolling to the end stays quick. */
static void
test_long_collection (Fixture       *f,
                      gconstpointer  user_data)
{
  gint64 book = add_collection (f->store, "Every Day");
  Page page;
  GtkAdjustment *adjustment;
  gint64 start;
  gint64 elapsed;

  for (int day = 1; day <= 365; day++)
    {
      g_autofree char *title = g_strdup_printf ("Day %d", day);

      add_reading (f->store, book, title, "Today is a good day.", FALSE);
    }

  page = open_page (f->store, 600);
  start = g_get_monotonic_time ();
  activate (&page, "reading.show-collection", book);
  g_assert_cmpuint (count_rows (named (&page, "readings")), <, 365);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (named (&page, "readings")));
  for (int step = 0; step < 20; step++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) * step / 20);
      rp_test_gui_iterate (10);
    }
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  rp_test_gui_iterate (100);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("365 readings shown and scrolled through in %" G_GINT64_FORMAT " ms",
                  elapsed / 1000);
  g_assert_cmpuint (count_rows (named (&page, "readings")), <, 365);
  {
    g_autofree char *titles = shown_titles (&page);

    g_assert_nonnull (strstr (titles, "Day 365"));
  }
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);

  close_page (&page);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  user_data)
{
  gint64 mine = mine_id (f->store);
  gint64 ann = add_reading (f->store, mine, "Ann's share", "First", FALSE);
  gint64 bo = add_reading (f->store, mine, "Bo's prayer", "God, grant me…", TRUE);
  gint64 cy = add_reading (f->store, mine, "Cy's quote", "Third", FALSE);
  Page page = open_page (f->store, 600);
  g_autoptr(RpReading) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after_delete = NULL;
  g_autofree char *after_undo = NULL;

  activate (&page, "reading.show-collection", mine);
  before = shown_titles (&page);
  g_assert_cmpstr (before, ==, "Ann's share|Bo's prayer|Cy's quote");

  activate (&page, "reading.delete", bo);
  g_assert_null (rp_store_find_reading (f->store, bo));
  after_delete = shown_titles (&page);
  g_assert_cmpstr (after_delete, ==, "Ann's share|Cy's quote");
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page.window),
                                                       "“Bo's prayer” deleted"));

  activate (&page, "reading.undo-delete", bo);
  back = rp_store_load_reading (f->store, bo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_title (back), ==, "Bo's prayer");
  g_assert_cmpstr (rp_reading_get_body (back), ==, "God, grant me…");
  g_assert_true (rp_reading_get_favourite (back));
  after_undo = shown_titles (&page);
  g_assert_cmpstr (after_undo, ==, "Ann's share|Bo's prayer|Cy's quote");

  /* The favourite toggle goes through the store. */
  activate (&page, "reading.toggle-favourite", ann);
  {
    g_autoptr(RpReading) kept = rp_store_find_reading (f->store, ann);

    g_assert_true (rp_reading_get_favourite (kept));
  }

  /* The reader leaves a reading deleted under it. */
  g_assert_true (rp_reading_page_show_reading (page.page, cy));
  g_assert_true (rp_store_delete_reading (f->store, cy, &error));
  g_assert_no_error (error);
  rp_test_gui_iterate (100);
  g_assert_true (gtk_widget_get_mapped (named (&page, "readings")));

  close_page (&page);
}

/* Starter texts are read-only: their menu has no Edit or Delete. */
static void
test_row_menu (void)
{
  g_autoptr(RpReading) starter = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(RpReading) written = rp_reading_new (RP_READING_KIND_LINK);
  GtkWidget *window = adw_window_new ();
  GtkWidget *row = rp_reading_row_new ();
  GtkWidget *button;
  GMenuModel *menu;

  rp_reading_set_origin (starter, RP_READING_ORIGIN_STARTER);
  rp_reading_set_title (starter, "The Twelve Steps (1939)");
  rp_reading_set_origin (written, RP_READING_ORIGIN_WRITTEN);
  rp_reading_set_title (written, "Daily reflection");
  rp_reading_set_description (written, "On the fellowship's site");
  rp_reading_set_uri (written, "https://example.org/daily");
  rp_reading_set_favourite (written, TRUE);

  adw_window_set_content (ADW_WINDOW (window), row);
  gtk_window_present (GTK_WINDOW (window));
  rp_reading_row_set_reading (RP_READING_ROW (row), starter);
  rp_test_gui_iterate (50);

  button = rp_test_gui_find_descendant (row, GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  rp_test_gui_iterate (50);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  rp_reading_row_set_reading (RP_READING_ROW (row), written);
  rp_test_gui_iterate (50);
  {
    GtkWidget *title = rp_test_gui_find_descendant (row, GTK_TYPE_INSCRIPTION);
    GtkWidget *subtitle = gtk_widget_get_next_sibling (title);

    g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (title)), ==, "Daily reflection");
    g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (subtitle)), ==,
                     "On the fellowship's site");
  }
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  rp_test_gui_iterate (50);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  /* Favourites, then a section with Edit and Delete. */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_collection_menu (Fixture       *f,
                      gconstpointer  user_data)
{
  gint64 book = add_collection (f->store, "Book");
  Page page;
  GtkWindow *dialog;
  g_autofree char *today = NULL;

  add_reading (f->store, book, "One", "1", FALSE);
  add_reading (f->store, book, "Two", "2", TRUE);
  page = open_page (f->store, 600);

  activate (&page, "reading.show-collection", book);
  activate_plain (&page, "reading.use-for-daily-reading");
  g_assert_cmpint (g_settings_get_int64 (page.settings, "daily-reading-collection"), ==, book);
  today = g_settings_get_string (page.settings, "daily-reading-start");
  g_assert_cmpstr (today, ==, "2026-03-14");
  g_assert_cmpint (g_settings_get_enum (page.settings, "daily-reading-order"), ==,
                   RP_DAILY_READING_IN_ORDER);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page.window),
                                                       "Your daily reading now comes from “Book”"));

  activate (&page, "reading.show-collection", -1);
  activate_plain (&page, "reading.use-for-daily-reading");
  g_assert_cmpint (g_settings_get_enum (page.settings, "daily-reading-order"), ==,
                   RP_DAILY_READING_RANDOM_FAVOURITE);

  /* Delete asks first, with the count. */
  activate (&page, "reading.show-collection", book);
  activate_plain (&page, "reading.delete-collection");
  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "2 readings"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "delete");
  gtk_window_destroy (dialog);
  rp_test_gui_iterate (100);
  {
    g_autoptr(RpReadingCollection) gone = rp_store_find_reading_collection (f->store, book);

    g_assert_null (gone);
  }
  /* Back in the library, which has nothing left to show but its first
   * steps. */
  g_assert_true (gtk_widget_get_mapped (named (&page, "library-empty")));

  /* The built-in collections cannot be renamed or deleted. */
  activate (&page, "reading.show-collection", mine_id (f->store));
  gtk_widget_activate_action (GTK_WIDGET (page.page), "reading.delete-collection", NULL);
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  close_page (&page);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  user_data)
{
  gint64 mine = mine_id (f->store);
  gint64 id = add_reading (f->store, mine,
                           "A rather long title for a reading that will not fit on one line",
                           "Body", TRUE);
  Page page = open_page (f->store, 360);
  const char *views[] = { "library", "collection", "reader" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int minimum = 0;

      if (i == 1)
        activate (&page, "reading.show-collection", mine);
      else if (i == 2)
        g_assert_true (rp_reading_page_show_reading (page.page, id));
      rp_test_gui_iterate (100);

      gtk_widget_measure (GTK_WIDGET (page.page), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      g_test_message ("%s: %d px", views[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page.window)), <=, 360);
    }

  close_page (&page);
}

static gboolean
has_class_action (GType       type,
                  const char *action)
{
  GtkWidgetClass *klass = g_type_class_ref (type);
  gboolean found = FALSE;
  const char *name = NULL;
  const GVariantType *parameter_type = NULL;
  const char *property_name = NULL;
  GType owner = G_TYPE_INVALID;

  /* GTK 4.8 fills every out argument: none may be NULL. */
  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property_name);
       i++)
    found |= g_str_equal (name, action);
  g_type_class_unref (klass);

  return found;
}

/* The daily reading's notification and the Today page open a reading
 * through the window. */
static void
test_window_show_reading (void)
{
  RpStore *store = rp_application_get_store (app);
  gint64 id = add_reading (store, mine_id (store), "For the window", "Text", FALSE);
  RpWindow *window = rp_window_new (app);
  GtkWidget *reader;

  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (200);
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "today");

  rp_window_show_reading (window, id);
  rp_test_gui_iterate (100);
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "reading");
  reader = rp_test_gui_find_descendant (GTK_WIDGET (window), RP_TYPE_READER);
  g_assert_true (gtk_widget_get_mapped (reader));
  g_assert_cmpint (rp_reader_get_reading_id (RP_READER (reader)), ==, id);

  /* One that is gone: said, not ignored. */
  rp_window_show_reading (window, 987654);
  rp_test_gui_iterate (100);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (window),
                                                       "no longer in your library"));

  /* win.add-reading opens the editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-reading", NULL));
  rp_test_gui_iterate (100);
  {
    GtkWindow *editor = rp_test_gui_find_toplevel (RP_TYPE_READING_EDITOR);

    g_assert_nonnull (editor);
    gtk_window_destroy (editor);
  }
  g_assert_true (has_class_action (RP_TYPE_WINDOW, "win.import-reading"));

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* Views switch at once: what is on screen is what the test looks at. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = rp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/reading-page/search", Fixture, NULL,
              rp_test_contacts_set_up, test_search, rp_test_contacts_tear_down);
  g_test_add ("/reading-page/favourites", Fixture, NULL,
              rp_test_contacts_set_up, test_favourites, rp_test_contacts_tear_down);
  g_test_add ("/reading-page/collection", Fixture, NULL,
              rp_test_contacts_set_up, test_collection, rp_test_contacts_tear_down);
  g_test_add ("/reading-page/long-collection", Fixture, NULL,
              rp_test_contacts_set_up, test_long_collection, rp_test_contacts_tear_down);
  g_test_add ("/reading-page/delete-undo", Fixture, NULL,
              rp_test_contacts_set_up, test_delete_undo, rp_test_contacts_tear_down);
  g_test_add_func ("/reading-page/row-menu", test_row_menu);
  g_test_add ("/reading-page/collection-menu", Fixture, NULL,
              rp_test_contacts_set_up, test_collection_menu, rp_test_contacts_tear_down);
  g_test_add ("/reading-page/narrow", Fixture, NULL,
              rp_test_contacts_set_up, test_narrow, rp_test_contacts_tear_down);
  g_test_add_func ("/reading-page/window-show-reading", test_window_show_reading);

  status = g_test_run ();

  g_object_unref (app);
  rp_test_gui_cleanup ();

  return status;
}
