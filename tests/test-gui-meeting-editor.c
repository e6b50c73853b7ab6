/* test-gui-meeting-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meeting editor under a real (Xvfb) display: fields filled as a user
 * would (row texts, toggles), messages next to each field as the user
 * types, Save only when nothing blocks it, saving a new meeting and an
 * edited one through the store, store errors kept in the window, the time
 * zone chooser, 360 px — and no GTK warning on the way. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-meeting-editor.h"
#include "rp-meeting-types-row.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"
#include "rp-time-zone-chooser.h"

typedef struct
{
  RpDatabase *database;
  RpStore    *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *name = g_strdup_printf ("editor-%d.db", g_random_int ());
  g_autofree char *path = g_build_filename (data_home, name, NULL);

  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_label (GtkWidget  *root,
           const char *fragment)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), fragment) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_label (child, fragment))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
field (RpMeetingEditor *editor,
       const char      *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (editor), name);

  if (widget == NULL)
    g_error ("No widget named %s", name);

  return widget;
}

static void
set_field (RpMeetingEditor *editor,
           const char      *name,
           const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (editor, name)), text);
}

static const char *
get_field (RpMeetingEditor *editor,
           const char      *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (editor, name)));
}

static void
toggle_weekday (RpMeetingEditor *editor,
                GDateWeekday     day,
                gboolean         active)
{
  g_autofree char *name = g_strdup_printf ("weekday-%d", day);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (field (editor, name)), active);
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

/* The header bar's Save button follows the save action. */
static gboolean
can_save (RpMeetingEditor *editor)
{
  GtkWidget *button = find_button_by_action (GTK_WIDGET (editor), "editor.save");

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

/* The problem shown under a field: NULL when there is none. */
static const char *
problem (RpMeetingEditor *editor,
         const char      *name)
{
  g_autofree char *problem_name = g_strconcat (name, "-problem", NULL);
  GtkWidget *widget = field (editor, problem_name);

  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
}

static void
assert_problem (RpMeetingEditor *editor,
                const char      *name,
                const char      *fragment,
                const char      *style)
{
  g_autofree char *problem_name = g_strconcat (name, "-problem", NULL);
  const char *message = problem (editor, name);

  if (message == NULL || strstr (message, fragment) == NULL)
    g_error ("%s: expected “%s”, got “%s”", name, fragment, message);
  g_assert_true (gtk_widget_has_css_class (field (editor, problem_name), style));
}

static RpMeetingEditor *
open_editor (Fixture   *f,
             RpMeeting *meeting)
{
  RpMeetingEditor *editor = rp_meeting_editor_new (f->store, meeting);

  gtk_window_present (GTK_WINDOW (editor));
  rp_test_gui_iterate (100);

  return editor;
}

static void
close_editor (RpMeetingEditor *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
  g_assert_null (editor);
}

/* A valid weekly meeting, typed in. */
static void
fill_valid (RpMeetingEditor *editor)
{
  set_field (editor, "name", "Tuesday Step Study");
  toggle_weekday (editor, G_DATE_TUESDAY, TRUE);
  set_field (editor, "first-date", "2026-11-23");
  set_field (editor, "start-time", "19:00");
  set_field (editor, "time-zone", "America/New_York");
  rp_test_gui_iterate (20);
}

static void
test_editor_new (Fixture       *f,
                 gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *hint;

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Meeting");
  g_assert_cmpstr (get_field (editor, "first-date"), ==, today);
  g_assert_cmpstr (get_field (editor, "time-zone"), ==, "Europe/London");
  g_assert_cmpstr (get_field (editor, "name"), ==, "");

  /* Nothing typed yet: Save waits, and the missing fields are hints, not
   * errors. */
  g_assert_false (can_save (editor));
  assert_problem (editor, "name", "Give the meeting a name", "dim-label");
  assert_problem (editor, "weekdays", "day of the week", "dim-label");
  assert_problem (editor, "start-time", "start time", "dim-label");
  g_assert_null (problem (editor, "time-zone"));
  g_assert_false (gtk_widget_get_visible (field (editor, "time-zone-hint")));

  /* The end follows the start, an hour later, until the user sets it. */
  fill_valid (editor);
  g_assert_cmpstr (get_field (editor, "end-time"), ==, "20:00");
  set_field (editor, "start-time", "7:30 pm");
  g_assert_cmpstr (get_field (editor, "end-time"), ==, "20:30");
  g_assert_true (can_save (editor));
  g_assert_null (problem (editor, "name"));
  g_assert_null (problem (editor, "weekdays"));

  /* Another zone than the user's is labelled. */
  hint = field (editor, "time-zone-hint");
  g_assert_true (gtk_widget_get_visible (hint));
  g_assert_true (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (hint)),
                         "Europe/London") != NULL);

  close_editor (editor);
}

static void
test_editor_validation (Fixture       *f,
                        gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  g_autofree char *long_name = g_strnfill (RP_MEETING_MAX_NAME_LENGTH + 1, 'x');

  fill_valid (editor);
  g_assert_true (can_save (editor));

  /* Each case: a message next to its field, Save off; fixed: both back. */
  set_field (editor, "name", "   ");
  assert_problem (editor, "name", "Give the meeting a name", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "name", long_name);
  assert_problem (editor, "name", "at most 200 characters", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "name", "Tuesday Step Study");
  g_assert_null (problem (editor, "name"));
  g_assert_true (can_save (editor));

  toggle_weekday (editor, G_DATE_TUESDAY, FALSE);
  assert_problem (editor, "weekdays", "at least one day", "error");
  g_assert_false (can_save (editor));
  toggle_weekday (editor, G_DATE_FRIDAY, TRUE);
  g_assert_true (can_save (editor));

  set_field (editor, "start-time", "25:00");
  assert_problem (editor, "start-time", "“25:00” is not a time of day", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "start-time", "19:00");
  g_assert_true (can_save (editor));

  set_field (editor, "end-time", "18:00");
  assert_problem (editor, "end-time", "Ends before it starts — set an end time after 19:00", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "end-time", "20:15");
  g_assert_true (can_save (editor));
  /* Once set by the user, the end stays where it is. */
  set_field (editor, "start-time", "19:30");
  g_assert_cmpstr (get_field (editor, "end-time"), ==, "20:15");

  set_field (editor, "time-zone", "Mars/Olympus_Mons");
  assert_problem (editor, "time-zone", "not a time zone", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "time-zone", "Europe/London");
  g_assert_true (can_save (editor));
  g_assert_false (gtk_widget_get_visible (field (editor, "time-zone-hint")));

  set_field (editor, "first-date", "2026-02-30");
  assert_problem (editor, "first-date", "is not a date", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "first-date", "2026-11-23");
  set_field (editor, "last-date", "2026-11-01");
  assert_problem (editor, "last-date", "on or after 2026-11-23", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "last-date", "");
  g_assert_true (can_save (editor));

  /* Links: https is fine, http warns but may be saved, others never. */
  set_field (editor, "online-url", "ftp://files.example/");
  assert_problem (editor, "online-url", "does not open “ftp:” links", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "online-url", "javascript:alert(1)");
  g_assert_false (can_save (editor));
  set_field (editor, "online-url", "http://meet.example/room");
  assert_problem (editor, "online-url", "not encrypted", "warning");
  g_assert_true (can_save (editor));
  set_field (editor, "online-url", "https://meet.example/room");
  g_assert_null (problem (editor, "online-url"));

  set_field (editor, "conference-phone", "call me");
  assert_problem (editor, "conference-phone", "phone number", "error");
  g_assert_false (can_save (editor));
  set_field (editor, "conference-phone", "+1 555 123 4567");
  g_assert_true (can_save (editor));

  /* Saving with Ctrl+Return while something blocks does nothing. */
  set_field (editor, "name", "");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 0);

  close_editor (editor);
}

static void
test_editor_kinds (Fixture       *f,
                   gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  AdwComboRow *kind = ADW_COMBO_ROW (field (editor, "kind"));
  AdwComboRow *end_kind = ADW_COMBO_ROW (field (editor, "end-kind"));

  fill_valid (editor);

  /* Monthly: the n-th weekday instead of the weekdays. */
  adw_combo_row_set_selected (kind, 1);
  rp_test_gui_iterate (20);
  g_assert_false (gtk_widget_get_visible (field (editor, "weekdays")));
  g_assert_true (gtk_widget_get_visible (field (editor, "monthly-nth")));
  g_assert_true (gtk_widget_get_visible (field (editor, "monthly-weekday")));
  g_assert_true (gtk_widget_get_visible (field (editor, "last-date")));
  g_assert_true (can_save (editor));

  /* Once: one date, no last date, no weekday needed. */
  toggle_weekday (editor, G_DATE_TUESDAY, FALSE);
  adw_combo_row_set_selected (kind, 2);
  rp_test_gui_iterate (20);
  g_assert_false (gtk_widget_get_visible (field (editor, "monthly-nth")));
  g_assert_false (gtk_widget_get_visible (field (editor, "last-date")));
  g_assert_null (problem (editor, "weekdays"));
  g_assert_true (can_save (editor));

  /* A duration instead of an end time. */
  adw_combo_row_set_selected (end_kind, 1);
  rp_test_gui_iterate (20);
  g_assert_false (gtk_widget_get_visible (field (editor, "end-time")));
  g_assert_true (gtk_widget_get_visible (field (editor, "duration")));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (editor, "duration-spin"))),
                   ==, 60);
  set_field (editor, "end-time", "nonsense");
  g_assert_true (can_save (editor));

  close_editor (editor);
}

static void
saved_cb (RpMeetingEditor  *editor,
          RpMeeting        *meeting,
          RpMeeting       **out)
{
  g_set_object (out, meeting);
}

static void
test_editor_save_new (Fixture       *f,
                      gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  g_autoptr(RpMeeting) saved = NULL;
  g_autoptr(RpMeeting) stored = NULL;
  GListModel *meetings = rp_store_get_meetings (f->store);
  RpMeetingTypesRow *types;
  GtkTextBuffer *notes;
  RpSchedule *schedule;
  const char * const expected_types[] = { "D", "O", NULL };
  const char * const expected_tags[] = { "coffee", "stairs", NULL };
  GDate first = rp_test_make_date (2026, 11, 23);

  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  fill_valid (editor);
  toggle_weekday (editor, G_DATE_THURSDAY, TRUE);
  set_field (editor, "group-name", "Hope Group");
  set_field (editor, "program", "NA");
  set_field (editor, "end-time", "20:30");
  set_field (editor, "last-date", "2027-06-30");
  set_field (editor, "location", "Church hall");
  set_field (editor, "address", "1 Main St, Springfield");
  set_field (editor, "online-url", "https://meet.example/room");
  set_field (editor, "conference-phone", "+1 555 123 4567");
  set_field (editor, "tags", "coffee, stairs,");
  types = RP_MEETING_TYPES_ROW (field (editor, "types"));
  rp_meeting_types_row_set_type_active (types, "O", TRUE);
  rp_meeting_types_row_set_type_active (types, "D", TRUE);
  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (editor, "notes")));
  gtk_text_buffer_set_text (notes, "Side door.", -1);
  gtk_switch_set_active (GTK_SWITCH (find_type (field (editor, "home-group"), GTK_TYPE_SWITCH)), TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (editor, "reminder")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (editor, "reminder-minutes-spin")), 45);
  rp_test_gui_iterate (20);
  g_assert_true (can_save (editor));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (50);

  /* Saved and closed. */
  g_assert_null (editor);
  g_assert_nonnull (saved);
  g_assert_cmpint (rp_meeting_get_id (saved), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);

  stored = rp_store_load_meeting (f->store, rp_meeting_get_id (saved), NULL);
  g_assert_nonnull (stored);
  g_assert_cmpstr (rp_meeting_get_name (stored), ==, "Tuesday Step Study");
  g_assert_cmpstr (rp_meeting_get_group_name (stored), ==, "Hope Group");
  g_assert_cmpstr (rp_meeting_get_program (stored), ==, "NA");
  g_assert_cmpstr (rp_meeting_get_location (stored), ==, "Church hall");
  g_assert_cmpstr (rp_meeting_get_address (stored), ==, "1 Main St, Springfield");
  g_assert_cmpstr (rp_meeting_get_online_url (stored), ==, "https://meet.example/room");
  g_assert_cmpstr (rp_meeting_get_conference_phone (stored), ==, "+1 555 123 4567");
  g_assert_true (g_strv_equal (rp_meeting_get_types (stored), expected_types));
  g_assert_true (g_strv_equal (rp_meeting_get_tags (stored), expected_tags));
  g_assert_cmpstr (rp_meeting_get_notes (stored), ==, "Side door.");
  g_assert_true (rp_meeting_get_home_group (stored));
  g_assert_cmpint (rp_meeting_get_reminder (stored), ==, 45);

  schedule = rp_meeting_get_schedule (stored);
  g_assert_cmpint (rp_schedule_get_kind (schedule), ==, RP_SCHEDULE_WEEKLY);
  g_assert_cmpint (rp_schedule_get_weekdays (schedule), ==, RP_WEEKDAY_TUESDAY | RP_WEEKDAY_THURSDAY);
  g_assert_cmpint (g_date_compare (rp_schedule_get_first_date (schedule), &first), ==, 0);
  g_assert_nonnull (rp_schedule_get_last_date (schedule));
  g_assert_cmpuint (rp_schedule_get_start_minute (schedule), ==, 19 * 60);
  g_assert_cmpuint (rp_schedule_get_duration_minutes (schedule), ==, 90);
  g_assert_cmpstr (rp_schedule_get_time_zone_id (schedule), ==, "America/New_York");
}

static RpMeeting *
add_monthly_meeting (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  RpMeeting *meeting = rp_meeting_new ();
  const char * const types[] = { "C", "xyz", NULL };
  GDate first = rp_test_make_date (2026, 1, 1);

  schedule = rp_schedule_new_monthly (&first, RP_SCHEDULE_LAST, G_DATE_FRIDAY, 23 * 60, 120,
                                      "America/New_York", &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, "Last Friday Speaker");
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_types (meeting, types);
  rp_meeting_set_reminder (meeting, RP_MEETING_REMINDER_OFF);
  rp_store_add_meeting (f->store, meeting, &error);
  g_assert_no_error (error);

  return meeting;
}

static void
test_editor_edit (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(RpMeeting) meeting = add_monthly_meeting (f);
  g_autoptr(RpMeeting) stored = NULL;
  g_auto(GStrv) types = NULL;
  const char * const expected_types[] = { "C", "xyz", NULL };
  RpMeetingEditor *editor = open_editor (f, meeting);
  gint64 id = rp_meeting_get_id (meeting);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Meeting");
  g_assert_cmpstr (get_field (editor, "name"), ==, "Last Friday Speaker");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "kind"))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "monthly-nth"))), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "monthly-weekday"))), ==,
                    G_DATE_FRIDAY - 1);
  g_assert_cmpstr (get_field (editor, "first-date"), ==, "2026-01-01");
  g_assert_cmpstr (get_field (editor, "start-time"), ==, "23:00");
  /* Past midnight: shown as a duration. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "end-kind"))), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field (editor, "duration-spin"))),
                   ==, 120);
  g_assert_cmpstr (get_field (editor, "time-zone"), ==, "America/New_York");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (editor, "reminder"))), ==, 2);
  /* An unknown code from a feed is kept, not dropped. */
  types = rp_meeting_types_row_dup_types (RP_MEETING_TYPES_ROW (field (editor, "types")));
  g_assert_true (g_strv_equal ((const char * const *) types, expected_types));
  g_assert_true (can_save (editor));

  set_field (editor, "name", "Last Friday Speaker Meeting");
  g_assert_cmpstr (rp_meeting_get_name (meeting), ==, "Last Friday Speaker");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (50);

  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 1);
  stored = rp_store_load_meeting (f->store, id, NULL);
  g_assert_cmpstr (rp_meeting_get_name (stored), ==, "Last Friday Speaker Meeting");
  g_assert_true (rp_schedule_equal (rp_meeting_get_schedule (stored), rp_meeting_get_schedule (meeting)));
  g_assert_cmpint (rp_meeting_get_reminder (stored), ==, RP_MEETING_REMINDER_OFF);
}

static void
test_editor_store_error (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(RpMeeting) meeting = add_monthly_meeting (f);
  RpMeetingEditor *editor = open_editor (f, meeting);
  g_autoptr(GError) error = NULL;

  set_field (editor, "name", "Renamed");
  /* Deleted meanwhile, say from the command line. */
  rp_store_delete_meeting (f->store, rp_meeting_get_id (meeting), &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (300);

  /* Still open, with what the user typed and the store's message. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (get_field (editor, "name"), ==, "Renamed");
  g_assert_true (has_label (GTK_WIDGET (editor), "This meeting has been deleted"));

  close_editor (editor);
}

static void
test_editor_cancel (Fixture       *f,
                    gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  fill_valid (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  rp_test_gui_iterate (50);

  g_assert_null (editor);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_meetings (f->store)), ==, 0);
}

static void
test_editor_time_zone_chooser (Fixture       *f,
                               gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  GtkMenuButton *button = GTK_MENU_BUTTON (find_type (field (editor, "time-zone"), GTK_TYPE_MENU_BUTTON));
  RpTimeZoneChooser *chooser = RP_TIME_ZONE_CHOOSER (gtk_menu_button_get_popover (button));
  GtkWidget *search = find_type (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY);
  guint n_all;

  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (button)));

  gtk_menu_button_popup (button);
  rp_test_gui_iterate (100);
  n_all = rp_time_zone_chooser_get_n_matches (chooser);
  g_assert_cmpuint (n_all, >, 100);

  /* "new york" finds America/New_York; Enter picks the first match. */
  gtk_editable_set_text (GTK_EDITABLE (search), "new york");
  rp_test_gui_iterate (300);
  g_assert_cmpuint (rp_time_zone_chooser_get_n_matches (chooser), ==, 1);
  g_signal_emit_by_name (search, "activate");
  rp_test_gui_iterate (100);
  g_assert_cmpstr (get_field (editor, "time-zone"), ==, "America/New_York");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chooser)));

  close_editor (editor);
}

static void
test_editor_date_row (Fixture       *f,
                      gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  GtkWidget *row = field (editor, "last-date");
  GtkMenuButton *button = GTK_MENU_BUTTON (find_type (row, GTK_TYPE_MENU_BUTTON));
  GtkCalendar *calendar = GTK_CALENDAR (find_type (GTK_WIDGET (gtk_menu_button_get_popover (button)),
                                                   GTK_TYPE_CALENDAR));
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2027, 3, 14, 12, 0, 0);

  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Pick From a Calendar");

  /* The calendar opens on the date typed… */
  set_field (editor, "last-date", "2026-12-31");
  gtk_menu_button_popup (button);
  rp_test_gui_iterate (100);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 31);
  g_assert_cmpstr (get_field (editor, "last-date"), ==, "2026-12-31");

  /* …and a day picked there is written in the row, as the form reads it. */
  gtk_calendar_select_day (calendar, chosen);
  g_signal_emit_by_name (calendar, "day-selected");
  rp_test_gui_iterate (100);
  g_assert_cmpstr (get_field (editor, "last-date"), ==, "2027-03-14");

  close_editor (editor);
}

static void
test_editor_types_search (Fixture       *f,
                          gconstpointer  user_data)
{
  RpMeetingEditor *editor = open_editor (f, NULL);
  RpMeetingTypesRow *types = RP_MEETING_TYPES_ROW (field (editor, "types"));
  guint n_all = rp_meeting_types_row_get_n_shown (types);
  g_auto(GStrv) chosen = NULL;

  g_assert_cmpuint (n_all, >, 50);
  rp_meeting_types_row_search (types, "wheelchair");
  g_assert_cmpuint (rp_meeting_types_row_get_n_shown (types), >=, 1);
  g_assert_cmpuint (rp_meeting_types_row_get_n_shown (types), <, 5);
  rp_meeting_types_row_search (types, "12X12");
  g_assert_cmpuint (rp_meeting_types_row_get_n_shown (types), ==, 1);
  rp_meeting_types_row_search (types, "");
  g_assert_cmpuint (rp_meeting_types_row_get_n_shown (types), ==, n_all);

  rp_meeting_types_row_set_type_active (types, "12x12", TRUE);
  rp_test_gui_iterate (20);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (types)), ==,
                   "12 Steps & 12 Traditions");
  chosen = rp_meeting_types_row_dup_types (types);
  g_assert_cmpuint (g_strv_length (chosen), ==, 1);

  close_editor (editor);
}

static void
test_editor_narrow (Fixture       *f,
                    gconstpointer  user_data)
{
  RpMeetingEditor *editor = rp_meeting_editor_new (f->store, NULL);
  GtkWidget *content;
  int minimum = 0;

  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 600);
  gtk_window_present (GTK_WINDOW (editor));
  rp_test_gui_iterate (200);

  gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  content = adw_window_get_content (ADW_WINDOW (editor));
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (content), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (content), >=, minimum);
  /* It scrolls: the form is taller than the screen. */
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, 360, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 600);

  close_editor (editor);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib caches the local zone: a fixed one the meetings are not in. */
  g_setenv ("TZ", "Europe/London", TRUE);

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/meeting-editor/new", Fixture, NULL,
              fixture_set_up, test_editor_new, fixture_tear_down);
  g_test_add ("/meeting-editor/validation", Fixture, NULL,
              fixture_set_up, test_editor_validation, fixture_tear_down);
  g_test_add ("/meeting-editor/kinds", Fixture, NULL,
              fixture_set_up, test_editor_kinds, fixture_tear_down);
  g_test_add ("/meeting-editor/save-new", Fixture, NULL,
              fixture_set_up, test_editor_save_new, fixture_tear_down);
  g_test_add ("/meeting-editor/edit", Fixture, NULL,
              fixture_set_up, test_editor_edit, fixture_tear_down);
  g_test_add ("/meeting-editor/store-error", Fixture, NULL,
              fixture_set_up, test_editor_store_error, fixture_tear_down);
  g_test_add ("/meeting-editor/cancel", Fixture, NULL,
              fixture_set_up, test_editor_cancel, fixture_tear_down);
  g_test_add ("/meeting-editor/time-zone-chooser", Fixture, NULL,
              fixture_set_up, test_editor_time_zone_chooser, fixture_tear_down);
  g_test_add ("/meeting-editor/date-row", Fixture, NULL,
              fixture_set_up, test_editor_date_row, fixture_tear_down);
  g_test_add ("/meeting-editor/types-search", Fixture, NULL,
              fixture_set_up, test_editor_types_search, fixture_tear_down);
  g_test_add ("/meeting-editor/narrow", Fixture, NULL,
              fixture_set_up, test_editor_narrow, fixture_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
