/* test-gui-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window under a real (Xvfb) display: built from its template,
 * every page shown, the narrow layout, the remembered size, the primary
 * menu's windows — and not one warning or critical logged on the way. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-application.h"
#include "rp-meeting-form.h"
#include "rp-meetings-page.h"
#include "rp-preferences-window.h"
#include "rp-progress-page.h"
#include "rp-reading-page.h"
#include "rp-support-page.h"
#include "rp-test-gui.h"
#include "rp-today-page.h"
#include "rp-toast.h"
#include "rp-window.h"

static RpApplication *app;

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_by_action (GtkWidget  *root,
                       const char *action_name)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_by_action (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The Today page's empty state: "Getting Started", shown, with a
 * description and steps to take: rows that are activatable and lead
 * somewhere (an action). */
static void
check_getting_started (GtkWidget *page)
{
  static const char * const steps[] = {
    "Set your clean date", "Add a meeting", "Add your sponsor",
  };
  GtkWidget *group = find_descendant (page, ADW_TYPE_PREFERENCES_GROUP);

  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_mapped (group));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                   "Getting Started");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), !=, "");

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *row = rp_test_gui_find_row (group, steps[i]);

      g_assert_nonnull (row);
      g_assert_true (gtk_widget_get_mapped (row));
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
      g_assert_nonnull (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)));
    }
}

/* The Progress page's empty state is in its sections: each says what it
 * holds and offers its first step. */
static void
check_progress_first_steps (GtkWidget *page)
{
  static const char * const first_steps[] = { "_Set Clean Date", "_Add a Goal" };

  for (guint i = 0; i < G_N_ELEMENTS (first_steps); i++)
    {
      GtkWidget *button = rp_test_gui_find_button_by_label (page, first_steps[i]);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_nonnull (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
    }
  g_assert_nonnull (rp_test_gui_find_label_containing (page, "clean date"));
}

static RpWindow *
new_window (void)
{
  RpWindow *window = rp_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (200);

  return window;
}

static void
destroy_window (RpWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_null (window);
}

static void
test_window_pages (void)
{
  static const struct {
    const char *name;
    const char *title;
    GType (*get_type) (void);
  } expected[] = {
    { "today", "Today", rp_today_page_get_type },
    { "meetings", "Meetings", rp_meetings_page_get_type },
    { "support", "Support", rp_support_page_get_type },
    { "reading", "Reading", rp_reading_page_get_type },
    { "progress", "Progress", rp_progress_page_get_type },
  };
  RpWindow *window = new_window ();
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Reprieve");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "today");

  stack = ADW_VIEW_STACK (find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);
      GtkWidget *status;

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, expected[i].name);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected[i].title);
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (child, expected[i].get_type ()));

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", expected[i].name);
      rp_test_gui_iterate (50);
      g_assert_cmpstr (rp_window_get_visible_page (window), ==, expected[i].name);
      g_assert_true (gtk_widget_get_mapped (child));

      /* Every page shows an empty state with a title, a description and a
       * first step to take. Today's is its Getting Started group, whose
       * rows are the steps. */
      if (g_str_equal (expected[i].name, "today"))
        {
          check_getting_started (child);
          continue;
        }
      if (g_str_equal (expected[i].name, "progress"))
        {
          check_progress_first_steps (child);
          continue;
        }
      status = find_descendant (child, ADW_TYPE_STATUS_PAGE);
      g_assert_nonnull (status);
      g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), !=, "");
      g_assert_nonnull (adw_status_page_get_description (ADW_STATUS_PAGE (status)));
      g_assert_nonnull (find_descendant (status, GTK_TYPE_BUTTON));
    }

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_window_narrow (void)
{
  RpWindow *window = rp_window_new (app);
  AdwViewSwitcherBar *bar;
  GtkWidget *content;
  int minimum = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (300);

  /* Nothing in the window asks for more than 360 px. */
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  /* …and what it got at 360 px (less the client-side shadow) is enough. */
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (content), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (content), >=, minimum);

  /* Too narrow for the switcher in the header: the bottom bar takes over. */
  bar = ADW_VIEW_SWITCHER_BAR (find_descendant (GTK_WIDGET (window),
                                                ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_nonnull (bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_window_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RpWindow *window;
  int width = 0;
  int height = 0;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 500);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = new_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);

  gtk_window_set_default_size (GTK_WINDOW (window), 810, 620);
  rp_test_gui_iterate (100);
  gtk_window_close (GTK_WINDOW (window));
  rp_test_gui_iterate (100);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 810);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 620);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_call_sponsor_without_sponsor (void)
{
  RpWindow *window = new_window ();
  GtkWidget *button;

  g_assert_false (rp_store_get_has_sponsor (rp_application_get_store (app)));

  /* The header-bar button says what is missing. */
  button = find_button_by_action (GTK_WIDGET (window), "app.call-sponsor");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add a sponsor first");

  /* Calling without a sponsor leads to the Support page, never nowhere. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "call-sponsor", NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "support");

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* The Support page's buttons and the main menu name these window actions;
 * a missing one would leave a dead button, with no warning at all. */
static void
test_support_actions_installed (void)
{
  const char *expected[] = { "win.add-contact", "win.import-contacts", "win.talk-now" };
  GtkWidgetClass *klass = g_type_class_ref (RP_TYPE_WINDOW);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;
      const char *name = NULL;
      const GVariantType *parameter_type = NULL;
      const char *property_name = NULL;
      GType owner = G_TYPE_INVALID;

      /* GTK 4.8 fills every out argument: none may be NULL. */
      for (guint j = 0;
           gtk_widget_class_query_action (klass, j, &owner, &name, &parameter_type, &property_name);
           j++)
        found |= g_str_equal (name, expected[i]);

      g_test_message ("%s", expected[i]);
      g_assert_true (found);
    }

  g_type_class_unref (klass);
}

/* The Today page gets the store, the clock and the settings from the
 * window: its reading card is there; its Read button's action opens the
 * reading on the Reading page. */
static void
test_today_reading (void)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(GError) error = NULL;
  RpWindow *window = new_window ();
  GtkWidget *today;
  GtkWidget *heading;

  today = find_descendant (GTK_WIDGET (window), RP_TYPE_TODAY_PAGE);
  heading = rp_test_gui_find_label_containing (today, "Today’s Reading");
  g_assert_nonnull (heading);
  g_assert_true (gtk_widget_get_mapped (heading));

  rp_reading_set_title (reading, "A Reading of My Own");
  rp_reading_set_body (reading, "Some words.");
  g_assert_true (rp_store_add_reading (rp_application_get_store (app), reading, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reading", "x",
                                             rp_reading_get_id (reading)));
  rp_test_gui_iterate (100);
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "reading");

  g_assert_true (rp_store_delete_reading (rp_application_get_store (app),
                                          rp_reading_get_id (reading), &error));
  g_assert_no_error (error);
  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_preferences_bound_to_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RpPreferencesWindow *preferences;
  AdwComboRow *row;

  g_settings_set_string (settings, "color-scheme", "default");
  preferences = rp_preferences_window_new (NULL, settings);
  gtk_window_present (GTK_WINDOW (preferences));
  rp_test_gui_iterate (100);

  row = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 2);
  g_assert_cmpstr (g_settings_get_string (settings, "color-scheme"), ==, "dark");
  rp_test_gui_iterate (50);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);

  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_settings_reset (settings, "color-scheme");

  gtk_window_destroy (GTK_WINDOW (preferences));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_about_and_shortcuts (void)
{
  RpWindow *window = new_window ();
  AdwAboutWindow *about = NULL;
  GtkWindow *shortcuts;
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GtkBuilder) builder = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  rp_test_gui_iterate (100);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = ADW_ABOUT_WINDOW (toplevel);
    }
  g_assert_nonnull (about);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (strstr (adw_about_window_get_comments (about), "stays on this computer"));
  gtk_window_destroy (GTK_WINDOW (about));

  /* GtkApplication loads the shortcuts window from the resource base path. */
  builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/gtk/help-overlay.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  gtk_window_destroy (shortcuts);

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_storage_error_page (void)
{
  RpWindow *window = new_window ();
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                 "The file “/home/a&b/<x>.db” is damaged.");
  GtkStack *main_stack;
  GtkWidget *button;

  rp_window_show_storage_error (window, error);
  rp_test_gui_iterate (50);

  main_stack = GTK_STACK (find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "storage-error");
  {
    GtkWidget *child = gtk_stack_get_visible_child (main_stack);
    AdwStatusPage *page = ADW_IS_STATUS_PAGE (child)
      ? ADW_STATUS_PAGE (child)
      : ADW_STATUS_PAGE (find_descendant (child, ADW_TYPE_STATUS_PAGE));

    g_assert_cmpstr (adw_status_page_get_description (page), ==,
                     "The file “/home/a&amp;b/&lt;x&gt;.db” is damaged.");
  }
  button = find_button_by_action (GTK_WIDGET (window), "app.call-sponsor");
  g_assert_false (gtk_widget_get_sensitive (button));

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* Toast text is shown as written: meeting names and paths may hold
 * "&" or "<", and libadwaita 1.2 reads a toast's title as markup. */
static void
test_toast_text (void)
{
  RpWindow *window = new_window ();
  g_autoptr(AdwToast) toast = rp_toast_new ("Tom & Jerry <Group>");

  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Tom &amp; Jerry &lt;Group&gt;");

  rp_window_add_toast (window, "Tom & Jerry <Group> was archived");
  rp_toast_show (GTK_WIDGET (window), "Could not open “a&b”");
  rp_test_gui_iterate (50);

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static gint64
add_meeting_at (RpStore   *store,
                GDateTime *start)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) local_zone = g_time_zone_new_local ();
  g_autofree char *zone = rp_meeting_form_dup_local_time_zone (local_zone);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
  schedule = rp_schedule_new_once (&date,
                                   g_date_time_get_hour (local) * 60 +
                                   g_date_time_get_minute (local),
                                   60, zone, &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, "Kept for the window");
  rp_meeting_set_schedule (meeting, schedule);
  rp_store_add_meeting (store, meeting, &error);
  g_assert_no_error (error);

  return rp_meeting_get_id (meeting);
}

static int
count_pending (RpStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = rp_database_prepare (rp_store_get_database (store),
                              "SELECT count(*) FROM fired_reminder WHERE state = 1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);

  return sqlite3_column_int (stmt, 0);
}

/* Reminders that no notification server took are taken by the window when
 * it opens (shown as toasts), once; the toast's button shows the meeting. */
static void
test_pending_reminders (void)
{
  RpStore *store = rp_application_get_store (app);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_minutes (now, 20);
  g_autoptr(GDateTime) gone = g_date_time_add_hours (now, -3);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  RpWindow *window;
  gboolean claimed = FALSE;
  gint64 ids[2];

  ids[0] = add_meeting_at (store, soon);
  ids[1] = add_meeting_at (store, gone);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(RpMeeting) meeting = rp_store_load_meeting (store, ids[i], &error);
      g_autoptr(RpOccurrence) occurrence = NULL;
      g_autoptr(GDateTime) from = g_date_time_add_hours (now, -6);
      g_autoptr(RpReminder) reminder = NULL;

      g_assert_no_error (error);
      occurrence = rp_schedule_next_occurrence (rp_meeting_get_schedule (meeting), from);
      g_assert_nonnull (occurrence);
      reminder = rp_reminder_new (RP_REMINDER_MEETING, ids[i], occurrence->start, zone,
                                  occurrence->end, 30);
      rp_store_claim_reminder (store, reminder, RP_FIRED_REMINDER_PENDING, gone, &claimed,
                               &error);
      g_assert_no_error (error);
      g_assert_true (claimed);
    }
  g_assert_cmpint (count_pending (store), ==, 2);

  g_application_activate (G_APPLICATION (app));
  rp_test_gui_iterate (100);
  window = RP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_assert_cmpint (count_pending (store), ==, 0);

  /* The toast's button. */
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (soon);
    g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "(xs)", ids[0], date);
    rp_test_gui_iterate (50);
    g_assert_cmpstr (rp_window_get_visible_page (window), ==, "meetings");
  }

  destroy_window (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* These tests close windows as a user would; the first close's
   * explanation is tested in test-gui-background. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_settings_set_boolean (settings, "background-hint-shown", TRUE);
  }

  app = rp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rp_application_get_store (app));

  g_test_add_func ("/gui/window/pages", test_window_pages);
  g_test_add_func ("/gui/window/narrow", test_window_narrow);
  g_test_add_func ("/gui/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/gui/window/call-sponsor-without-sponsor", test_call_sponsor_without_sponsor);
  g_test_add_func ("/gui/window/support-actions", test_support_actions_installed);
  g_test_add_func ("/gui/window/today-reading", test_today_reading);
  g_test_add_func ("/gui/window/storage-error-page", test_storage_error_page);
  g_test_add_func ("/gui/window/toast-text", test_toast_text);
  g_test_add_func ("/gui/window/pending-reminders", test_pending_reminders);
  g_test_add_func ("/gui/preferences/bound-to-settings", test_preferences_bound_to_settings);
  g_test_add_func ("/gui/about-and-shortcuts", test_about_and_shortcuts);

  ret = g_test_run ();

  /* A registered GtkApplication is only torn down by g_application_run(),
   * so the windows, not the application, are checked for leaks here. */
  g_object_unref (app);
  rp_test_gui_cleanup ();

  return ret;
}
