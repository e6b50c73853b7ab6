/* test-gui-preferences.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Reminders, Daily Reading and Background groups of Preferences under a
 * real (Xvfb) display: each row bound to its GSettings key both ways, the
 * "Remind Me" lead times (and one set elsewhere), the daily reading's
 * collection (from the store; choosing one starts it today), order and
 * reminder time, Start at Login writing and removing the autostart file in
 * the test's own $XDG_CONFIG_HOME, its failure told in a toast, and the
 * 360 px layout. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>

#include "rp-autostart.h"
#include "rp-database.h"
#include "rp-preferences-window.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

static GSettings *settings;

static RpPreferencesWindow *
open_preferences (void)
{
  RpPreferencesWindow *preferences = rp_preferences_window_new (NULL, settings);

  gtk_window_present (GTK_WINDOW (preferences));
  rp_test_gui_iterate (100);

  return preferences;
}

static void
close_preferences (RpPreferencesWindow *preferences)
{
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));
  rp_test_gui_iterate (50);
  g_assert_null (preferences);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static GtkWidget *
find_row (RpPreferencesWindow *preferences,
          const char          *title)
{
  GtkWidget *row = rp_test_gui_find_row (GTK_WIDGET (preferences), title);

  g_assert_nonnull (row);

  return row;
}

static GtkSwitch *
find_switch (RpPreferencesWindow *preferences,
             const char          *title)
{
  GtkWidget *row = find_row (preferences, title);
  GtkWidget *found = rp_test_gui_find_descendant (row, GTK_TYPE_SWITCH);

  g_assert_nonnull (found);
  /* Clicking anywhere on the row toggles it. */
  g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == found);

  return GTK_SWITCH (found);
}

static void
assert_switch_bound (RpPreferencesWindow *preferences,
                     const char          *title,
                     const char          *key)
{
  GtkSwitch *toggle = find_switch (preferences, title);

  g_assert_true (gtk_switch_get_active (toggle) == g_settings_get_boolean (settings, key));

  gtk_switch_set_active (toggle, FALSE);
  g_assert_false (g_settings_get_boolean (settings, key));
  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (g_settings_get_boolean (settings, key));

  g_settings_set_boolean (settings, key, FALSE);
  g_assert_false (gtk_switch_get_active (toggle));
  g_settings_reset (settings, key);
  g_assert_true (gtk_switch_get_active (toggle));
}

static void
test_switches_bound_to_settings (void)
{
  RpPreferencesWindow *preferences = open_preferences ();
  GtkWidget *remind_row = find_row (preferences, "Remind Me");

  /* The defaults: everything on, notifications private. */
  g_assert_true (gtk_switch_get_active (find_switch (preferences, "Meeting Reminders")));
  g_assert_true (gtk_switch_get_active (find_switch (preferences, "Private Notifications")));
  g_assert_true (gtk_switch_get_active (find_switch (preferences,
                                                    "Keep Running in the Background")));

  assert_switch_bound (preferences, "Meeting Reminders", "meeting-reminders");
  assert_switch_bound (preferences, "Private Notifications", "private-notifications");
  assert_switch_bound (preferences, "Keep Running in the Background", "run-in-background");

  /* No lead time to choose while meeting reminders are off. */
  g_assert_true (gtk_widget_get_sensitive (remind_row));
  gtk_switch_set_active (find_switch (preferences, "Meeting Reminders"), FALSE);
  g_assert_false (gtk_widget_get_sensitive (remind_row));
  g_settings_reset (settings, "meeting-reminders");
  g_assert_true (gtk_widget_get_sensitive (remind_row));

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (remind_row)), ==,
                   "For meetings set to the default reminder");

  close_preferences (preferences);
}

static char *
get_item (AdwComboRow *row,
          guint        position)
{
  GListModel *model = adw_combo_row_get_model (row);
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);

  return g_strdup (gtk_string_object_get_string (item));
}

static char *
get_selected_item (AdwComboRow *row)
{
  return get_item (row, adw_combo_row_get_selected (row));
}

static void
test_reminder_minutes (void)
{
  static const char * const expected[] = {
    "5 minutes before", "10 minutes before", "15 minutes before", "30 minutes before",
    "45 minutes before", "1 hour before", "2 hours before",
  };
  RpPreferencesWindow *preferences;
  AdwComboRow *row;
  char *label;

  g_settings_reset (settings, "default-reminder-minutes");
  preferences = open_preferences ();
  row = ADW_COMBO_ROW (find_row (preferences, "Remind Me"));

  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==,
                    G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      label = get_item (row, i);
      g_assert_cmpstr (label, ==, expected[i]);
      g_free (label);
    }

  /* The default, 30 minutes. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 3);

  /* Chosen in the row → written to the key. */
  adw_combo_row_set_selected (row, 4);
  g_assert_cmpint (g_settings_get_int (settings, "default-reminder-minutes"), ==, 45);
  adw_combo_row_set_selected (row, 6);
  g_assert_cmpint (g_settings_get_int (settings, "default-reminder-minutes"), ==, 120);
  adw_combo_row_set_selected (row, 0);
  g_assert_cmpint (g_settings_get_int (settings, "default-reminder-minutes"), ==, 5);

  /* Set elsewhere → shown. */
  g_settings_set_int (settings, "default-reminder-minutes", 60);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 5);
  g_settings_set_int (settings, "default-reminder-minutes", 45);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 4);

  /* A lead time the row does not offer joins it, in order. */
  g_settings_set_int (settings, "default-reminder-minutes", 20);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==,
                    G_N_ELEMENTS (expected) + 1);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 3);
  label = get_selected_item (row);
  g_assert_cmpstr (label, ==, "20 minutes before");
  g_free (label);
  g_assert_cmpint (g_settings_get_int (settings, "default-reminder-minutes"), ==, 20);

  /* …and stays there when another is chosen. */
  adw_combo_row_set_selected (row, 4);
  g_assert_cmpint (g_settings_get_int (settings, "default-reminder-minutes"), ==, 30);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (row)), ==,
                    G_N_ELEMENTS (expected) + 1);

  close_preferences (preferences);
  g_settings_reset (settings, "default-reminder-minutes");
}

/* Any value the key allows has words. */
static void
test_reminder_minutes_unusual (void)
{
  static const struct {
    int minutes;
    const char *label;
  } cases[] = {
    { 0, "When it starts" },
    { 1, "1 minute before" },
    { 90, "90 minutes before" },
    { 180, "3 hours before" },
    { 1440, "1 day before" },
    { 10080, "7 days before" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RpPreferencesWindow *preferences;
      g_autofree char *label = NULL;

      g_settings_set_int (settings, "default-reminder-minutes", cases[i].minutes);
      preferences = open_preferences ();
      label = get_selected_item (ADW_COMBO_ROW (find_row (preferences, "Remind Me")));
      g_assert_cmpstr (label, ==, cases[i].label);
      close_preferences (preferences);
    }

  g_settings_reset (settings, "default-reminder-minutes");
}

static void
test_start_at_login (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autoptr(GError) error = NULL;
  RpPreferencesWindow *preferences;
  GtkSwitch *toggle;

  /* The test's own folder, never the user's. */
  g_assert_true (g_str_has_prefix (path, g_get_tmp_dir ()));
  g_assert_true (rp_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);

  preferences = open_preferences ();
  toggle = find_switch (preferences, "Start at Login");
  g_assert_false (gtk_switch_get_active (toggle));

  gtk_switch_set_active (toggle, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (rp_autostart_is_enabled ());

  gtk_switch_set_active (toggle, FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The row activates the switch, as a click or Enter on it would. */
  adw_action_row_activate (ADW_ACTION_ROW (find_row (preferences, "Start at Login")));
  /* The switch animates to its new state. */
  rp_test_gui_iterate (500);
  g_assert_true (gtk_switch_get_active (toggle));
  g_assert_true (rp_autostart_is_enabled ());
  close_preferences (preferences);

  /* The file is the truth, read when the window opens: on… */
  preferences = open_preferences ();
  g_assert_true (gtk_switch_get_active (find_switch (preferences, "Start at Login")));
  close_preferences (preferences);

  /* …and off once another tool has removed it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  preferences = open_preferences ();
  g_assert_false (gtk_switch_get_active (find_switch (preferences, "Start at Login")));
  close_preferences (preferences);
}

static void
test_start_at_login_error (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autofree char *blocker = g_build_filename (path, "blocker", NULL);
  RpPreferencesWindow *preferences;
  GtkSwitch *toggle;

  /* A folder where the file should go: it cannot be written. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));

  preferences = open_preferences ();
  toggle = find_switch (preferences, "Start at Login");
  g_assert_false (gtk_switch_get_active (toggle));
  g_assert_null (rp_test_gui_find_label_containing (GTK_WIDGET (preferences),
                                                    "Could not turn on Start at Login"));

  gtk_switch_set_active (toggle, TRUE);
  rp_test_gui_iterate (50);

  /* The switch says what is true; a toast says why. */
  g_assert_false (gtk_switch_get_active (toggle));
  g_assert_false (rp_autostart_is_enabled ());
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (preferences),
                                                       "Could not turn on Start at Login"));
  close_preferences (preferences);

  g_assert_cmpint (g_unlink (blocker), ==, 0);
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static char *
get_collection_name (AdwComboRow *row,
                     guint        position)
{
  g_autoptr(RpReadingCollection) collection =
    g_list_model_get_item (adw_combo_row_get_model (row), position);

  g_assert_nonnull (collection);

  return g_strdup (rp_reading_collection_get_display_name (collection));
}

static void
test_daily_reading (void)
{
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *dir = g_build_filename (data_home, "preferences-reading", NULL);
  g_autofree char *path = g_build_filename (dir, "reprieve.db", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 3, 10, 9, 30, 0);
  g_autoptr(RpClock) clock = rp_clock_new_fixed (now);
  g_autoptr(RpReadingCollection) book = rp_reading_collection_new ("A Year of Days");
  g_autoptr(RpReadingCollection) later = rp_reading_collection_new ("Added Later");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpReadingCollection) mine = NULL;
  RpDatabase *database;
  RpStore *store;
  RpPreferencesWindow *preferences;
  AdwComboRow *collection_row;
  AdwComboRow *order_row;
  GtkWidget *reminder_row;
  GtkWidget *time_row;
  GtkSpinButton *spins[2];
  char *text;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  database = rp_database_open (path, &error);
  g_assert_no_error (error);
  store = rp_store_new (database);
  g_assert_true (rp_store_add_reading_collection (store, book, &error));
  g_assert_no_error (error);
  mine = rp_store_get_builtin_collection (store, RP_READING_COLLECTION_MINE);

  /* Without a store (the data could not be opened), no collection row. */
  preferences = open_preferences ();
  g_assert_false (gtk_widget_get_visible (find_row (preferences, "_Collection")));
  close_preferences (preferences);

  preferences = open_preferences ();
  rp_preferences_window_set_store (preferences, store, clock);
  rp_test_gui_iterate (50);
  collection_row = ADW_COMBO_ROW (find_row (preferences, "_Collection"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (collection_row)));

  /* The collections by their display names; 0 is the starter library. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (collection_row)), ==, 3);
  text = get_collection_name (collection_row, 0);
  g_assert_cmpstr (text, ==, "Starter Library");
  g_free (text);
  text = get_collection_name (collection_row, 1);
  g_assert_cmpstr (text, ==, "My Readings");
  g_free (text);
  text = get_collection_name (collection_row, 2);
  g_assert_cmpstr (text, ==, "A Year of Days");
  g_free (text);
  g_assert_cmpuint (adw_combo_row_get_selected (collection_row), ==, 0);

  /* Chosen → written, and it starts today (the clock's day). */
  g_settings_set_string (settings, "daily-reading-start", "2025-01-01");
  adw_combo_row_set_selected (collection_row, 2);
  g_assert_cmpint (g_settings_get_int64 (settings, "daily-reading-collection"), ==,
                   rp_reading_collection_get_id (book));
  text = g_settings_get_string (settings, "daily-reading-start");
  g_assert_cmpstr (text, ==, "2026-03-10");
  g_free (text);

  /* Set elsewhere (the Reading page's "Use for Daily Reading") → shown,
   * and the start is left as it was set. */
  g_settings_set_string (settings, "daily-reading-start", "2026-01-01");
  g_settings_set_int64 (settings, "daily-reading-collection", rp_reading_collection_get_id (mine));
  g_assert_cmpuint (adw_combo_row_get_selected (collection_row), ==, 1);
  text = g_settings_get_string (settings, "daily-reading-start");
  g_assert_cmpstr (text, ==, "2026-01-01");
  g_free (text);

  /* A collection added while the window is open: the choice stays. */
  g_assert_true (rp_store_add_reading_collection (store, later, &error));
  g_assert_no_error (error);
  rp_test_gui_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (collection_row)), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (collection_row), ==, 1);
  g_assert_cmpint (g_settings_get_int64 (settings, "daily-reading-collection"), ==,
                   rp_reading_collection_get_id (mine));

  /* A collection that is gone shows as the starter library it falls back
   * to, without writing anything. */
  g_settings_set_int64 (settings, "daily-reading-collection", 424242);
  g_assert_cmpuint (adw_combo_row_get_selected (collection_row), ==, 0);
  g_assert_cmpint (g_settings_get_int64 (settings, "daily-reading-collection"), ==, 424242);

  /* The order, with what it means under it. */
  order_row = ADW_COMBO_ROW (find_row (preferences, "_Order"));
  g_assert_cmpuint (adw_combo_row_get_selected (order_row), ==, 0);
  text = get_selected_item (order_row);
  g_assert_cmpstr (text, ==, "In Order");
  g_free (text);
  adw_combo_row_set_selected (order_row, 1);
  g_assert_cmpint (g_settings_get_enum (settings, "daily-reading-order"), ==,
                   RP_DAILY_READING_BY_DATE);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (order_row)), ==,
                   "The entry for today’s date, in a collection with dated entries");
  g_settings_set_string (settings, "daily-reading-order", "random-favourite");
  g_assert_cmpuint (adw_combo_row_get_selected (order_row), ==, 2);
  text = get_selected_item (order_row);
  g_assert_cmpstr (text, ==, "Random Favourite");
  g_free (text);

  /* The reminder: off by default, its switch bound to the key. */
  reminder_row = find_row (preferences, "Daily Reading Reminder");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (reminder_row)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (reminder_row), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "daily-reading-reminder"));
  g_settings_set_boolean (settings, "daily-reading-reminder", FALSE);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (reminder_row)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (reminder_row), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (reminder_row), TRUE);
  rp_test_gui_iterate (300);

  /* Its time, hours and minutes, two digits each: 08:00 by default. */
  time_row = find_row (preferences, "_Time");
  g_assert_true (gtk_widget_get_mapped (time_row));
  spins[0] = GTK_SPIN_BUTTON (rp_test_gui_find_descendant (time_row, GTK_TYPE_SPIN_BUTTON));
  spins[1] = GTK_SPIN_BUTTON (rp_test_gui_find_descendant (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (GTK_WIDGET (spins[0]))),
                                                           GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins[0]), ==, 8);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins[1]), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spins[0])), ==, "08");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spins[1])), ==, "00");

  gtk_spin_button_set_value (spins[0], 21);
  g_assert_cmpint (g_settings_get_int (settings, "daily-reading-time"), ==, 21 * 60);
  gtk_spin_button_set_value (spins[1], 45);
  g_assert_cmpint (g_settings_get_int (settings, "daily-reading-time"), ==, 21 * 60 + 45);
  g_settings_set_int (settings, "daily-reading-time", 6 * 60 + 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins[0]), ==, 6);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins[1]), ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spins[1])), ==, "05");
  /* Still what was set: the spin buttons showing it wrote nothing else. */
  g_assert_cmpint (g_settings_get_int (settings, "daily-reading-time"), ==, 6 * 60 + 5);

  /* The daily check-in's reminder, in the Progress group: off by
   * default, at 21:00. */
  reminder_row = find_row (preferences, "Daily Check-In Reminder");
  g_assert_nonnull (reminder_row);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (reminder_row)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (reminder_row), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "check-in-reminder"));
  spins[0] = GTK_SPIN_BUTTON (rp_test_gui_find_descendant (reminder_row, GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spins[0]), ==, 21);
  gtk_spin_button_set_value (spins[0], 22);
  g_assert_cmpint (g_settings_get_int (settings, "check-in-time"), ==, 22 * 60);
  g_settings_set_boolean (settings, "check-in-reminder", FALSE);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (reminder_row)));

  close_preferences (preferences);

  g_settings_reset (settings, "check-in-reminder");
  g_settings_reset (settings, "check-in-time");
  g_settings_reset (settings, "daily-reading-collection");
  g_settings_reset (settings, "daily-reading-order");
  g_settings_reset (settings, "daily-reading-start");
  g_settings_reset (settings, "daily-reading-reminder");
  g_settings_reset (settings, "daily-reading-time");
  g_clear_object (&mine);
  g_assert_finalize_object (store);
  g_assert_finalize_object (database);
  rp_test_remove_tree (dir);
}

/* Milestone celebrations: on at 9:00 by default, switch and time bound. */
static void
test_milestones (void)
{
  RpPreferencesWindow *preferences = rp_preferences_window_new (NULL, settings);
  GtkWidget *row;
  GtkWidget *time_row;
  GtkSpinButton *hour;

  gtk_window_present (GTK_WINDOW (preferences));
  rp_test_gui_iterate (200);

  row = find_row (preferences, "Milestone Celebrations");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "milestone-reminders"));
  g_settings_set_boolean (settings, "milestone-reminders", TRUE);
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));

  time_row = find_row (preferences, "T_ime");
  hour = GTK_SPIN_BUTTON (rp_test_gui_find_descendant (time_row, GTK_TYPE_SPIN_BUTTON));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 9);
  gtk_spin_button_set_value (hour, 7);
  g_assert_cmpint (g_settings_get_int (settings, "milestone-time"), ==, 7 * 60);
  g_settings_set_int (settings, "milestone-time", 10 * 60 + 30);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hour), ==, 10);
  g_assert_cmpint (g_settings_get_int (settings, "milestone-time"), ==, 10 * 60 + 30);

  close_preferences (preferences);
  g_settings_reset (settings, "milestone-reminders");
  g_settings_reset (settings, "milestone-time");
}

static void
test_narrow (void)
{
  RpPreferencesWindow *preferences = rp_preferences_window_new (NULL, settings);
  GtkWidget *content;
  int minimum = 0;

  gtk_window_set_default_size (GTK_WINDOW (preferences), 360, 640);
  gtk_window_present (GTK_WINDOW (preferences));
  rp_test_gui_iterate (200);

  /* What is inside the client-side shadow asks for no more than 360 px
   * (the long row titles wrap), and gets what it asks for. */
  content = rp_test_gui_find_descendant (GTK_WIDGET (preferences), ADW_TYPE_TOAST_OVERLAY);
  g_assert_nonnull (content);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (content), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (content), >=, minimum);
  g_assert_true (gtk_widget_get_mapped (find_row (preferences, "Keep Running in the Background")));

  close_preferences (preferences);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  settings = g_settings_new (APPLICATION_ID);

  g_test_add_func ("/gui/preferences/switches", test_switches_bound_to_settings);
  g_test_add_func ("/gui/preferences/reminder-minutes", test_reminder_minutes);
  g_test_add_func ("/gui/preferences/reminder-minutes-unusual", test_reminder_minutes_unusual);
  g_test_add_func ("/gui/preferences/daily-reading", test_daily_reading);
  g_test_add_func ("/gui/preferences/start-at-login", test_start_at_login);
  g_test_add_func ("/gui/preferences/start-at-login-error", test_start_at_login_error);
  g_test_add_func ("/gui/preferences/narrow", test_narrow);
  g_test_add_func ("/gui/preferences/milestones", test_milestones);

  ret = g_test_run ();

  g_clear_object (&settings);
  rp_test_gui_cleanup ();

  return ret;
}
