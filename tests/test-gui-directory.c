/* test-gui-directory.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Directory under a real (Xvfb) display: search and filters over a
 * generated feed whose counts the generator knows, and over a real feed
 * of the shared corpora (checked against the core's matcher); adding to
 * My meetings; removing a feed; the notice about changed meetings; the
 * 360 px layout; and the list view's slot model. Each test uses a
 * throw-away store, and not one warning or critical may be logged. The
 * import dialog is in test-gui-directory-feeds.c and the time a
 * keystroke takes over 5,000 meetings in test-gui-directory-benchmark.c,
 * each a program of its own to keep this one short.
 *
 * The corpus feeds carry group contacts' names, emails and phones: this
 * file never prints a value from them, only counts. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-directory-changes-bar.h"
#include "rp-directory-feed-list.h"
#include "rp-directory-query.h"
#include "rp-directory-row.h"
#include "rp-slot-list-model.h"
#include "rp-test-directory.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

/* --- widget look-ups ---------------------------------------------------- */

static gboolean
is_bound_row_of (GtkWidget *widget,
                 gpointer   data)
{
  return RP_IS_DIRECTORY_ROW (widget) &&
         (gpointer) rp_directory_row_get_meeting (RP_DIRECTORY_ROW (widget)) == data;
}

/* What a directory row offers: "add" (the button, with its tooltip and
 * accessible label), "added", or "none". */
static const char *
row_offers (GtkWidget *row)
{
  GtkWidget *button = find_descendant (row, GTK_TYPE_BUTTON);
  GtkWidget *added = find_widget (row, is_label_containing, "Added");

  g_assert_nonnull (button);
  if (gtk_widget_get_visible (button))
    {
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add to My Meetings");
      g_assert_true (added == NULL || !gtk_widget_get_visible (added));
      return "add";
    }

  if (added != NULL && gtk_widget_get_visible (added))
    return "added";

  return "none";
}

static gboolean
is_results_stack (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_STACK (widget) &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "no-results") != NULL;
}

static GtkStack *
results_stack (RpDirectoryView *view)
{
  return GTK_STACK (find_widget (GTK_WIDGET (view), is_results_stack, NULL));
}

/* The results are exactly, and in order, the Directory's meetings that a
 * fresh query with the same settings matches. */
static void
assert_results_match (RpDirectoryView        *view,
                      const RpDirectoryQuery *query)
{
  GListModel *directory = rp_store_get_directory (rp_directory_view_get_store (view));
  GListModel *results = rp_directory_view_get_results (view);
  guint j = 0;

  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) meeting = g_list_model_get_item (directory, i);
      g_autoptr(RpDirectoryMeeting) shown = NULL;

      if (!rp_directory_query_matches (query, meeting))
        continue;

      shown = g_list_model_get_item (results, j++);
      g_assert_true (shown == meeting);
    }

  g_assert_cmpuint (j, ==, g_list_model_get_n_items (results));
}

/* --- tests -------------------------------------------------------------- */

static void
test_empty_directory (Fixture       *f,
                      gconstpointer  user_data)
{
  GtkWidget *status;
  GtkWidget *button;

  show_view (f, 800, 600);

  g_assert_cmpstr (visible_page_name (GTK_WIDGET (f->view)), ==, "empty");
  status = find_descendant (GTK_WIDGET (f->view), ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (status));
  button = find_descendant (status, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                   "win.import-meetings");
  g_assert_cmpuint (n_results (f->view), ==, 0);

  /* The Directory arrives: the list replaces the empty state. */
  {
    FeedOptions options = { 30, -1, -1 };
    g_autoptr(GBytes) feed = generate_feed (&options, NULL);

    import_bytes (f, feed, "generated.json");
  }
  rp_test_gui_iterate (50);
  g_assert_cmpstr (visible_page_name (GTK_WIDGET (f->view)), ==, "directory");
  g_assert_cmpuint (n_results (f->view), ==, 30);
}

static guint
count_expected (const Expected *expected,
                const char     *word,
                int             weekday,
                RpTimeOfDay     times,
                int             kind_with_type,
                int             mode)
{
  guint n = 0;

  for (guint i = 0; i < expected->text->len; i++)
    {
      int day = g_array_index (expected->weekday, int, i);
      int start = g_array_index (expected->start_minute, int, i);
      int kind = g_array_index (expected->kind, int, i);
      int meeting_mode = g_array_index (expected->mode, int, i);
      RpTimeOfDay part;

      if (start < 0)
        part = RP_TIME_OF_DAY_BY_APPOINTMENT;
      else if (start < 12 * 60)
        part = RP_TIME_OF_DAY_MORNING;
      else if (start < 17 * 60)
        part = RP_TIME_OF_DAY_AFTERNOON;
      else if (start < 21 * 60)
        part = RP_TIME_OF_DAY_EVENING;
      else
        part = RP_TIME_OF_DAY_NIGHT;

      if (word != NULL && strstr (g_ptr_array_index (expected->text, i), word) == NULL)
        continue;
      if (weekday != 0 && day != weekday)
        continue;
      if (times != RP_TIME_OF_DAY_ANY && (part & times) == 0)
        continue;
      if (kind_with_type >= 0 && kind != kind_with_type)
        continue;
      if (mode == RP_ATTENDANCE_MODE_ONLINE && meeting_mode > 1)
        continue;
      if (mode == RP_ATTENDANCE_MODE_IN_PERSON && meeting_mode == 0)
        continue;
      n++;
    }

  return n;
}

static void
test_search_and_filters_generated (Fixture       *f,
                                   gconstpointer  user_data)
{
  FeedOptions options = { 700, -1, -1 };
  g_auto(Expected) expected = { 0 };
  g_autoptr(GBytes) feed = generate_feed (&options, &expected);
  GtkDropDown *weekday_dropdown;
  GtkEditable *entry;
  guint previous;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);
  entry = search_entry (f->view);

  g_assert_cmpuint (n_results (f->view), ==, 700);

  /* Typing narrows as each letter comes. */
  previous = 700;
  for (guint length = 1; length <= strlen ("lakeside"); length++)
    {
      g_autofree char *prefix = g_strndup ("lakeside", length);

      gtk_editable_set_text (entry, prefix);
      g_assert_cmpuint (n_results (f->view), ==,
                        count_expected (&expected, prefix, 0, RP_TIME_OF_DAY_ANY, -1,
                                        RP_ATTENDANCE_MODE_ANY));
      g_assert_cmpuint (n_results (f->view), <=, previous);
      previous = n_results (f->view);
    }
  g_assert_cmpuint (previous, ==, count_expected (&expected, "lakeside", 0, RP_TIME_OF_DAY_ANY,
                                                  -1, RP_ATTENDANCE_MODE_ANY));
  g_assert_cmpuint (previous, >, 0);
  g_assert_cmpstr (rp_directory_view_get_search_text (f->view), ==, "lakeside");

  /* Two words must both be there, in any fields: a name and a street. */
  gtk_editable_set_text (entry, "Sunrise Oak");
  g_assert_cmpuint (n_results (f->view), >, 0);
  g_assert_cmpuint (n_results (f->view), <,
                    count_expected (&expected, "sunrise", 0, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ANY));

  /* Deleting widens again. */
  gtk_editable_set_text (entry, "");
  g_assert_cmpuint (n_results (f->view), ==, 700);

  /* Each filter, through its action, then the dropdowns. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", G_DATE_TUESDAY);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, G_DATE_TUESDAY, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ANY));
  g_assert_cmpuint (rp_directory_view_get_n_active_filters (f->view), ==, 1);
  weekday_dropdown = GTK_DROP_DOWN (find_descendant (GTK_WIDGET (f->view), GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (gtk_drop_down_get_selected (weekday_dropdown), ==, G_DATE_TUESDAY);

  gtk_drop_down_set_selected (weekday_dropdown, G_DATE_SUNDAY);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, G_DATE_SUNDAY, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ANY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.reset-filters", NULL);
  g_assert_cmpuint (n_results (f->view), ==, 700);
  g_assert_cmpuint (gtk_drop_down_get_selected (weekday_dropdown), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_EVENING);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_EVENING, -1,
                                    RP_ATTENDANCE_MODE_ANY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_BY_APPOINTMENT);
  g_assert_cmpuint (n_results (f->view), ==, 14);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.reset-filters", NULL);

  /* "W" (women) is on every third meeting, kind 2. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "W");
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_ANY, 2,
                                    RP_ATTENDANCE_MODE_ANY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "");
  g_assert_cmpuint (n_results (f->view), ==, 700);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.attendance-mode", "i",
                              RP_ATTENDANCE_MODE_ONLINE);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_ONLINE));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.attendance-mode", "i",
                              RP_ATTENDANCE_MODE_IN_PERSON);
  g_assert_cmpuint (n_results (f->view), ==,
                    count_expected (&expected, NULL, 0, RP_TIME_OF_DAY_ANY, -1,
                                    RP_ATTENDANCE_MODE_IN_PERSON));

  /* All together, and the text too. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", G_DATE_FRIDAY);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_MORNING);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "O");
  gtk_editable_set_text (entry, "hope");
  g_assert_cmpuint (rp_directory_view_get_n_active_filters (f->view), ==, 4);
  rp_test_gui_iterate (50);

  /* Nothing matches: the empty state offers to clear everything. */
  gtk_editable_set_text (entry, "hope zzz");
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results_stack (f->view)), ==, "no-results");

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.clear-filters", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 700);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpuint (rp_directory_view_get_n_active_filters (f->view), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results_stack (f->view)), ==, "list");
}

static void
test_search_and_filters_corpus (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autofree char *path = find_corpus_file (CORPUS_FEED);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) feed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDirectoryQuery) query = rp_directory_query_new ();
  g_autoptr(RpDirectoryMeeting) first = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const char *word = NULL;
  GListModel *directory;
  guint total;
  guint previous;

  if (path == NULL)
    {
      g_test_skip ("The corpora folder is absent");
      return;
    }

  file = g_file_new_for_path (path);
  feed = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  import_bytes (f, feed, CORPUS_FEED);
  show_view (f, 800, 600);

  directory = rp_store_get_directory (f->store);
  total = g_list_model_get_n_items (directory);
  g_assert_cmpuint (total, >, 100);
  g_assert_cmpuint (n_results (f->view), ==, total);

  /* A word of some meeting's name, typed letter by letter. */
  first = g_list_model_get_item (directory, total / 2);
  folded = rp_directory_fold_text (rp_directory_meeting_get_display_name (first));
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL && word == NULL; i++)
    {
      if (strlen (words[i]) >= 4)
        word = words[i];
    }
  g_assert_nonnull (word);

  previous = total;
  for (guint length = 1; length <= strlen (word); length++)
    {
      g_autofree char *prefix = g_strndup (word, length);

      gtk_editable_set_text (search_entry (f->view), prefix);
      rp_directory_query_set_text (query, prefix);
      assert_results_match (f->view, query);
      g_assert_cmpuint (n_results (f->view), <=, previous);
      previous = n_results (f->view);
    }
  g_assert_true (g_list_model_get_n_items (rp_directory_view_get_results (f->view)) > 0);
  g_assert_cmpuint (previous, <, total);
  gtk_editable_set_text (search_entry (f->view), "");
  rp_directory_query_set_text (query, "");

  /* Each filter alone narrows to what the core's matcher says. */
  for (int day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", day);
      rp_directory_query_set_weekdays (query, RP_WEEKDAY_BIT (day));
      assert_results_match (f->view, query);
      g_assert_cmpuint (n_results (f->view), <, total);
    }
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.weekday", "i", 0);
  rp_directory_query_set_weekdays (query, RP_WEEKDAYS_NONE);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_EVENING);
  rp_directory_query_set_times_of_day (query, RP_TIME_OF_DAY_EVENING);
  assert_results_match (f->view, query);
  g_assert_cmpuint (n_results (f->view), <, total);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u", 0u);
  rp_directory_query_set_times_of_day (query, RP_TIME_OF_DAY_ANY);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "C");
  rp_directory_query_set_type (query, "C");
  assert_results_match (f->view, query);
  g_assert_cmpuint (n_results (f->view), <, total);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.type-code", "s", "");
  rp_directory_query_set_type (query, NULL);

  for (int mode = RP_ATTENDANCE_MODE_IN_PERSON; mode <= RP_ATTENDANCE_MODE_ONLINE; mode++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.attendance-mode", "i", mode);
      rp_directory_query_set_attendance_mode (query, mode);
      assert_results_match (f->view, query);
      g_assert_cmpuint (n_results (f->view), <, total);
    }

  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.clear-filters", NULL);
  g_assert_cmpuint (n_results (f->view), ==, total);
}

static void
test_add_to_my_meetings (Fixture       *f,
                         gconstpointer  user_data)
{
  FeedOptions options = { 60, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  GListModel *meetings = rp_store_get_meetings (f->store);
  GListModel *results;
  g_autoptr(RpDirectoryMeeting) entry = NULL;
  g_autoptr(RpDirectoryMeeting) by_appointment = NULL;
  g_autoptr(RpMeeting) added = NULL;
  GtkWidget *row;

  import_bytes (f, feed, "generated.json");
  show_view (f, 800, 600);
  results = rp_directory_view_get_results (f->view);
  entry = g_list_model_get_item (results, 0);
  g_assert_false (rp_directory_meeting_get_by_appointment (entry));

  row = find_widget (GTK_WIDGET (f->view), is_bound_row_of, entry);
  g_assert_nonnull (row);
  g_assert_false (rp_directory_row_get_added (RP_DIRECTORY_ROW (row)));
  g_assert_cmpstr (row_offers (row), ==, "add");

  /* The row's button adds it. */
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
  g_signal_emit_by_name (find_descendant (row, GTK_TYPE_BUTTON), "clicked");
  rp_test_gui_iterate (50);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  added = g_list_model_get_item (meetings, 0);
  g_assert_cmpstr (rp_meeting_get_name (added), ==, rp_directory_meeting_get_name (entry));
  g_assert_cmpstr (rp_meeting_get_directory_slug (added), ==,
                   rp_directory_meeting_get_slug (entry));
  g_assert_true (rp_directory_row_get_added (RP_DIRECTORY_ROW (row)));
  g_assert_cmpstr (row_offers (row), ==, "added");

  /* Adding it again adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                              rp_directory_meeting_get_id (entry));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);

  /* A meeting by appointment offers no button, and cannot be added. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.time-of-day", "u",
                              (guint32) RP_TIME_OF_DAY_BY_APPOINTMENT);
  rp_test_gui_iterate (50);
  g_assert_cmpuint (n_results (f->view), ==, 1);
  by_appointment = g_list_model_get_item (results, 0);
  row = find_widget (GTK_WIDGET (f->view), is_bound_row_of, by_appointment);
  g_assert_nonnull (row);
  g_assert_cmpstr (row_offers (row), ==, "none");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                              rp_directory_meeting_get_id (by_appointment));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  user_data)
{
  FeedOptions options = { 50, -1, -1 };
  g_autoptr(GBytes) feed = generate_feed (&options, NULL);
  GtkWidget *button;
  GtkWidget *popover;
  int minimum = 0;

  import_bytes (f, feed, "generated.json");
  show_view (f, 360, 640);
  {
    g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (rp_directory_view_get_results (f->view), 0);

    gtk_widget_activate_action (GTK_WIDGET (f->view), "directory.add", "x",
                                rp_directory_meeting_get_id (entry));
  }
  rp_test_gui_iterate (50);

  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), <=, 360);

  /* The filters, open, fit too. */
  button = find_descendant (GTK_WIDGET (f->view), GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  rp_test_gui_iterate (100);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_mapped (popover));
  gtk_widget_measure (popover, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 340);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  rp_test_gui_iterate (50);
}

/* The list view's adapter: one slot per position, the same slot objects
 * as long as the position exists, each always holding the item of the
 * underlying model at its position; only the length changes are signalled. */
static void
count_notify_cb (GObject    *slot,
                 GParamSpec *pspec,
                 guint      *n_notifies)
{
  (*n_notifies)++;
}

static void
record_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GArray     *changes)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (changes, change, 3);
}

static void
assert_slots_match (GListModel *slots,
                    GListModel *store)
{
  g_assert_cmpuint (g_list_model_get_n_items (slots), ==, g_list_model_get_n_items (store));
  for (guint i = 0; i < g_list_model_get_n_items (store); i++)
    {
      g_autoptr(RpListSlot) slot = g_list_model_get_item (slots, i);
      g_autoptr(GObject) item = g_list_model_get_item (store, i);

      g_assert_true (rp_list_slot_get_item (slot) == item);
    }
}

static void
test_slot_list_model (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(RpSlotListModel) model = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(RpListSlot) first = NULL;
  g_autoptr(RpListSlot) second = NULL;
  g_autoptr(RpListSlot) again = NULL;
  GObject *objects[6];
  guint n_notifies = 0;

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    objects[i] = g_object_new (G_TYPE_OBJECT, NULL);
  g_list_store_splice (store, 0, 0, (gpointer *) objects, 4);

  model = rp_slot_list_model_new (G_LIST_MODEL (store));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == RP_TYPE_LIST_SLOT);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_signal_connect (model, "items-changed", G_CALLBACK (record_items_changed_cb), changes);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  second = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_signal_connect (second, "notify::item", G_CALLBACK (count_notify_cb), &n_notifies);

  /* Removing the first item shifts the others into the same slots. */
  g_list_store_remove (store, 0);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  again = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_true (again == second);
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (changes, guint, 0), ==, 3);
  g_assert_cmpuint (g_array_index (changes, guint, 1), ==, 1);
  g_assert_cmpuint (g_array_index (changes, guint, 2), ==, 0);

  /* A change after a slot leaves it alone; growth adds slots at the end. */
  g_list_store_splice (store, 2, 0, (gpointer *) objects + 4, 2);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_assert_cmpuint (n_notifies, ==, 1);
  g_assert_cmpuint (changes->len, ==, 6);
  g_assert_cmpuint (g_array_index (changes, guint, 3), ==, 3);
  g_assert_cmpuint (g_array_index (changes, guint, 4), ==, 0);
  g_assert_cmpuint (g_array_index (changes, guint, 5), ==, 2);

  g_list_store_remove_all (store);
  assert_slots_match (G_LIST_MODEL (model), G_LIST_MODEL (store));
  g_signal_handlers_disconnect_by_data (second, &n_notifies);

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_object_unref (objects[i]);
  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&again);
  g_assert_finalize_object (g_steal_pointer (&model));
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

  g_test_add_func ("/gui/directory/slot-list-model", test_slot_list_model);

  ADD ("empty", test_empty_directory);
  ADD ("search-and-filters/generated", test_search_and_filters_generated);
  ADD ("search-and-filters/corpus", test_search_and_filters_corpus);
  ADD ("add-to-my-meetings", test_add_to_my_meetings);
  ADD ("narrow", test_narrow);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
