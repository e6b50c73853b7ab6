/* test-gui-meeting-detail.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The meeting detail under a real (Xvfb) display: every field shown,
 * attendance marked and taken back, archive with Undo, delete after a
 * question, live updates from the store, copy address, and Join / Open map
 * reaching a (fake) browser through the desktop's default handler — with
 * no GTK warning on the way and no network. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-meeting-detail.h"
#include "rp-meeting-editor.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

typedef struct
{
  RpDatabase *database;
  RpStore    *store;
  RpMeeting  *meeting;
  GtkWindow  *window;
  RpMeetingDetail *detail;
  guint       n_closed;
  GDate       date;
} Fixture;

static void
closed_cb (RpMeetingDetail *detail,
           Fixture         *f)
{
  f->n_closed++;
}

static RpMeeting *
new_meeting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  RpMeeting *meeting = rp_meeting_new ();
  const char * const types[] = { "O", "12x12", NULL };
  const char * const tags[] = { "coffee", "stairs", NULL };
  GDate first = rp_test_make_date (2026, 1, 5);

  schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY | RP_WEEKDAY_THURSDAY,
                                     19 * 60, 90, "America/New_York", &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, "Hope & Serenity <Group>");
  rp_meeting_set_group_name (meeting, "Hope Group");
  rp_meeting_set_program (meeting, "AA");
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_location (meeting, "Church hall");
  rp_meeting_set_address (meeting, "1 Main St, Springfield");
  rp_meeting_set_online_url (meeting, "https://meet.example/room");
  rp_meeting_set_conference_phone (meeting, "+1 555 123 4567");
  rp_meeting_set_types (meeting, types);
  rp_meeting_set_tags (meeting, tags);
  rp_meeting_set_notes (meeting, "Side door.");
  rp_meeting_set_home_group (meeting, TRUE);
  rp_meeting_set_reminder (meeting, 45);

  return meeting;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *name = g_strdup_printf ("detail-%d.db", g_random_int ());
  g_autofree char *path = g_build_filename (data_home, name, NULL);
  GtkWidget *overlay;

  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
  f->meeting = new_meeting ();
  rp_store_add_meeting (f->store, f->meeting, &error);
  g_assert_no_error (error);
  f->date = rp_test_make_date (2026, 11, 23);

  /* The window's toast overlay, as in RpWindow. */
  f->window = GTK_WINDOW (adw_window_new ());
  overlay = adw_toast_overlay_new ();
  f->detail = RP_MEETING_DETAIL (rp_meeting_detail_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->detail));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 700, 700);
  g_signal_connect (f->detail, "closed", G_CALLBACK (closed_cb), f);
  rp_meeting_detail_set_meeting (f->detail, f->store, f->meeting, &f->date);
  gtk_window_present (f->window);
  rp_test_gui_iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  GtkWindow *window = f->window;
  RpMeetingDetail *detail = f->detail;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_object_add_weak_pointer (G_OBJECT (detail), (gpointer *) &detail);
  gtk_window_destroy (window);
  rp_test_gui_iterate (50);
  g_assert_null (window);
  g_assert_null (detail);

  /* The store's list holds the meeting: the store goes first. */
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->meeting);
  g_assert_finalize_object (f->database);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* --- finding things ------------------------------------------------------ */

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
row_subtitle (Fixture    *f,
              const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (f->detail), title);

  if (row == NULL)
    g_error ("No row “%s”", title);
  if (!gtk_widget_get_visible (row))
    return NULL;

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
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
find_label (GtkWidget  *root,
            const char *fragment)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), fragment) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, fragment);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_label (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *root,
                          const char *tooltip)
{
  if ((GTK_IS_BUTTON (root) || GTK_IS_MENU_BUTTON (root)) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first toplevel of @type other than the fixture's window. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* As a click on the dialog's button: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *label)
{
  GtkWidget *button = find_button_with_label (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (100);
}

static GtkToggleButton *
attended_button (Fixture *f)
{
  return GTK_TOGGLE_BUTTON (find_button_with_label (GTK_WIDGET (f->detail), "_Attended"));
}

/* What the attendance part says: the occurrence's date, and its status. */
static void
assert_occurrence (Fixture    *f,
                   const char *date,
                   const char *status)
{
  GtkWidget *row = find_named (GTK_WIDGET (f->detail), "occurrence");
  GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==, date);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, status);
}

static GPtrArray *
history (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = rp_store_get_attendance_history (f->store, rp_meeting_get_id (f->meeting),
                                                        &error);

  g_assert_no_error (error);
  return records;
}

/* --- tests ------------------------------------------------------------------ */

static void
test_detail_fields (Fixture       *f,
                    gconstpointer  user_data)
{
  GtkWidget *detail = GTK_WIDGET (f->detail);

  g_assert_true (rp_meeting_detail_get_meeting (f->detail) == f->meeting);

  /* Markup characters in user text are shown as typed. */
  g_assert_nonnull (find_label (detail, "Hope & Serenity <Group>"));
  g_assert_nonnull (find_label (detail, "Hope Group · AA"));

  /* The schedule on the meeting's clock, its zone named (the viewer is in
   * London); the next meeting in the viewer's time. */
  g_assert_cmpstr (row_subtitle (f, "Schedule"), ==,
                   "Every Monday and Thursday at 19:00 (America/New_York)");
  g_assert_true (g_str_has_suffix (row_subtitle (f, "Next"), ", your time") ||
                 g_str_has_prefix (row_subtitle (f, "Next"), "In progress"));

  g_assert_cmpstr (row_subtitle (f, "Place"), ==, "Church hall");
  g_assert_cmpstr (row_subtitle (f, "Address"), ==, "1 Main St, Springfield");
  g_assert_cmpstr (row_subtitle (f, "Online"), ==, "https://meet.example/room");
  g_assert_cmpstr (row_subtitle (f, "Conference Phone"), ==, "+1 555 123 4567");
  g_assert_cmpstr (row_subtitle (f, "Open"), ==, "O");
  g_assert_cmpstr (row_subtitle (f, "12 Steps & 12 Traditions"), ==, "12x12");
  g_assert_cmpstr (row_subtitle (f, "Tags"), ==, "coffee, stairs");
  g_assert_cmpstr (row_subtitle (f, "Notes"), ==, "Side door.");
  g_assert_cmpstr (row_subtitle (f, "Home Group"), ==, "This is your home group");
  g_assert_cmpstr (row_subtitle (f, "Reminder"), ==, "45 minutes before");
  assert_occurrence (f, "Monday 23 November 2026", "Not recorded");
  g_assert_true (gtk_widget_get_visible (find_row (detail, "Nothing recorded yet")));

  /* Icon-only buttons say what they do. */
  g_assert_nonnull (find_button_with_tooltip (find_row (detail, "Address"), "Copy Address"));
  g_assert_nonnull (find_button_with_tooltip (find_row (detail, "Address"), "Open Map"));
  g_assert_nonnull (find_button_with_tooltip (detail, "More Actions"));

  /* A meeting without a place hides the rows and their actions. */
  {
    g_autoptr(RpMeeting) bare = rp_meeting_copy (f->meeting);

    rp_meeting_set_address (bare, NULL);
    rp_meeting_set_online_url (bare, NULL);
    rp_meeting_set_location (bare, NULL);
    rp_meeting_set_conference_phone (bare, NULL);
    rp_meeting_set_types (bare, NULL);
    g_assert_true (rp_store_update_meeting (f->store, bare, NULL));
    rp_test_gui_iterate (20);
    g_assert_null (row_subtitle (f, "Address"));
    g_assert_null (find_row (detail, "Open"));
    g_assert_false (gtk_widget_is_visible (find_row (detail, "Place")));
    /* Buttons follow their actions' enabled state. */
    g_assert_false (gtk_widget_get_sensitive (find_button_with_tooltip (detail, "Copy Address")));
    g_assert_false (gtk_widget_get_sensitive (find_button_with_tooltip (detail, "Open Map")));
    g_assert_false (gtk_widget_get_visible (find_button_with_label (detail, "_Join")));
  }
}

static void
test_detail_attendance (Fixture       *f,
                        gconstpointer  user_data)
{
  GtkWidget *detail = GTK_WIDGET (f->detail);
  g_autoptr(GPtrArray) records = NULL;
  const RpAttendanceRecord *record;
  GtkWidget *note;

  note = find_row (detail, "_Note (Optional)");
  g_assert_nonnull (note);
  gtk_editable_set_text (GTK_EDITABLE (note), "Shared on step 3");

  gtk_widget_activate_action (detail, "meeting.mark-attended", NULL);
  rp_test_gui_iterate (20);
  records = history (f);
  g_assert_cmpuint (records->len, ==, 1);
  record = g_ptr_array_index (records, 0);
  g_assert_cmpint (g_date_compare (&record->date, &f->date), ==, 0);
  g_assert_cmpint (record->status, ==, RP_ATTENDANCE_ATTENDED);
  g_assert_cmpstr (record->note, ==, "Shared on step 3");
  g_clear_pointer (&records, g_ptr_array_unref);

  assert_occurrence (f, "Monday 23 November 2026", "You went");
  g_assert_cmpstr (row_subtitle (f, "Mon 23 November 2026"), ==, "Attended — Shared on step 3");
  g_assert_false (gtk_widget_get_visible (find_row (detail, "Nothing recorded yet")));
  g_assert_true (gtk_toggle_button_get_active (attended_button (f)));

  /* Marking it again takes the mark back. */
  gtk_widget_activate_action (detail, "meeting.mark-attended", NULL);
  rp_test_gui_iterate (20);
  records = history (f);
  g_assert_cmpuint (records->len, ==, 0);
  g_clear_pointer (&records, g_ptr_array_unref);
  assert_occurrence (f, "Monday 23 November 2026", "Not recorded");
  g_assert_false (gtk_toggle_button_get_active (attended_button (f)));

  /* The Missed button, as a click would. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_button_with_label (detail, "_Missed")), TRUE);
  rp_test_gui_iterate (20);
  records = history (f);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpint (((RpAttendanceRecord *) g_ptr_array_index (records, 0))->status, ==,
                   RP_ATTENDANCE_MISSED);
  g_clear_pointer (&records, g_ptr_array_unref);
  assert_occurrence (f, "Monday 23 November 2026", "You missed it");

  /* Recorded elsewhere (a notification's "I'm going"): shown at once. */
  {
    GDate other = rp_test_make_date (2026, 11, 26);

    g_assert_true (rp_store_set_attendance (f->store, rp_meeting_get_id (f->meeting), &other,
                                            RP_ATTENDANCE_ATTENDED, NULL, NULL));
    rp_test_gui_iterate (20);
    g_assert_cmpstr (row_subtitle (f, "Thu 26 November 2026"), ==, "Attended");
  }
}

static void
test_detail_default_occurrence (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) records = NULL;
  const RpAttendanceRecord *record;
  GDate today;
  int days;

  /* No occurrence given: the latest that has started, at most a week ago
   * for a meeting twice a week. */
  rp_meeting_detail_set_meeting (f->detail, f->store, f->meeting, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.mark-attended", NULL);
  rp_test_gui_iterate (20);

  records = history (f);
  g_assert_cmpuint (records->len, ==, 1);
  record = g_ptr_array_index (records, 0);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  days = g_date_days_between (&record->date, &today);
  g_assert_cmpint (days, >=, -1);
  g_assert_cmpint (days, <=, 5);
  g_assert_true (g_date_get_weekday (&record->date) == G_DATE_MONDAY ||
                 g_date_get_weekday (&record->date) == G_DATE_THURSDAY);
}

static void
test_detail_archive_undo (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(RpMeeting) stored = NULL;
  GListModel *meetings = rp_store_get_meetings (f->store);
  gint64 id = rp_meeting_get_id (f->meeting);
  GtkWidget *undo;

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.archive", NULL);
  rp_test_gui_iterate (300);

  g_assert_cmpuint (f->n_closed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
  stored = rp_store_load_meeting (f->store, id, NULL);
  g_assert_true (rp_meeting_get_archived (stored));
  g_clear_object (&stored);

  /* The toast is in the window's overlay, with Undo. */
  g_assert_nonnull (find_label (GTK_WIDGET (f->window), "archived"));
  undo = find_button_with_label (GTK_WIDGET (f->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  rp_test_gui_iterate (50);

  stored = rp_store_load_meeting (f->store, id, NULL);
  g_assert_false (rp_meeting_get_archived (stored));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_cmpuint (f->n_closed, ==, 1);
}

/* The page may show an archived meeting: it stays, and can come back. */
static void
test_detail_archived_meeting (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(RpMeeting) archived = NULL;
  g_autoptr(RpMeeting) stored = NULL;
  gint64 id = rp_meeting_get_id (f->meeting);

  g_assert_true (rp_store_set_meeting_archived (f->store, id, TRUE, NULL));
  rp_test_gui_iterate (20);
  g_assert_cmpuint (f->n_closed, ==, 1);

  archived = rp_store_load_meeting (f->store, id, NULL);
  rp_meeting_detail_set_meeting (f->detail, f->store, archived, NULL);
  rp_test_gui_iterate (20);
  g_assert_nonnull (find_label (GTK_WIDGET (f->detail), "Archived · Hope Group · AA"));

  /* Other changes in the store do not close it. */
  g_assert_true (rp_store_set_attendance (f->store, id, &f->date, RP_ATTENDANCE_ATTENDED, NULL, NULL));
  g_assert_true (rp_store_set_meeting_archived (f->store, id, TRUE, NULL));
  rp_test_gui_iterate (20);
  g_assert_cmpuint (f->n_closed, ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.unarchive", NULL);
  rp_test_gui_iterate (20);
  stored = rp_store_load_meeting (f->store, id, NULL);
  g_assert_false (rp_meeting_get_archived (stored));
  g_assert_null (find_label (GTK_WIDGET (f->detail), "Archived"));
  g_assert_nonnull (find_label (GTK_WIDGET (f->detail), "Hope Group · AA"));
  g_assert_cmpuint (f->n_closed, ==, 1);
}

static void
test_detail_delete (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpMeeting) stored = NULL;
  AdwMessageDialog *dialog;
  gint64 id = rp_meeting_get_id (f->meeting);

  g_assert_true (rp_store_set_attendance (f->store, id, &f->date, RP_ATTENDANCE_ATTENDED, NULL, NULL));
  rp_test_gui_iterate (20);

  /* Asked first, and told what goes with it; Cancel keeps everything. */
  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.delete", NULL);
  rp_test_gui_iterate (100);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "attendance history") != NULL);
  respond (dialog, "_Cancel");
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (f->n_closed, ==, 0);
  stored = rp_store_load_meeting (f->store, id, &error);
  g_assert_no_error (error);
  g_clear_object (&stored);

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.delete", NULL);
  rp_test_gui_iterate (100);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  respond (dialog, "_Delete");

  g_assert_cmpuint (f->n_closed, ==, 1);
  stored = rp_store_load_meeting (f->store, id, &error);
  g_assert_null (stored);
  g_assert_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_NOT_FOUND);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_detail_edit (Fixture       *f,
                  gconstpointer  user_data)
{
  RpMeetingEditor *editor;
  GtkWidget *name = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.edit", NULL);
  rp_test_gui_iterate (100);
  editor = RP_MEETING_EDITOR (find_toplevel (RP_TYPE_MEETING_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == f->window);

  name = find_row (GTK_WIDGET (editor), "_Name");
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Renamed Group");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rp_test_gui_iterate (100);

  /* The store said "changed": the detail shows what was saved. */
  g_assert_null (find_toplevel (RP_TYPE_MEETING_EDITOR));
  g_assert_nonnull (find_label (GTK_WIDGET (f->detail), "Renamed Group"));
  g_assert_cmpstr (rp_meeting_get_name (rp_meeting_detail_get_meeting (f->detail)), ==, "Renamed Group");
  g_assert_cmpuint (f->n_closed, ==, 0);
}

static void
test_detail_copy_address (Fixture       *f,
                          gconstpointer  user_data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->detail));
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.copy-address", NULL);
  rp_test_gui_iterate (50);

  content = gdk_clipboard_get_content (clipboard);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_cmpstr (g_value_get_string (&value), ==, "1 Main St, Springfield");
  g_assert_nonnull (find_label (GTK_WIDGET (f->window), "Address copied"));
}

static void
test_detail_links (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autofree char *map = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *insecure = NULL;
  g_autoptr(RpMeeting) http = NULL;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.open-map", NULL);
  map = rp_test_gui_wait_for_opened ();
  g_assert_cmpstr (map, ==, "https://www.openstreetmap.org/search?query=1%20Main%20St%2C%20Springfield");

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.join", NULL);
  joined = rp_test_gui_wait_for_opened ();
  g_assert_cmpstr (joined, ==, "https://meet.example/room");

  /* Plain http: asked first; Cancel opens nothing, Open Anyway opens it. */
  http = rp_meeting_copy (f->meeting);
  rp_meeting_set_online_url (http, "http://meet.example/room");
  g_assert_true (rp_store_update_meeting (f->store, http, NULL));
  rp_test_gui_iterate (20);

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.join", NULL);
  rp_test_gui_iterate (100);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  respond (dialog, "_Cancel");
  rp_test_gui_iterate (200);
  g_assert_false (rp_test_gui_was_opened ());

  gtk_widget_activate_action (GTK_WIDGET (f->detail), "meeting.join", NULL);
  rp_test_gui_iterate (100);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  respond (dialog, "_Open Anyway");
  insecure = rp_test_gui_wait_for_opened ();
  g_assert_cmpstr (insecure, ==, "http://meet.example/room");
}

static void
test_detail_finalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *path = g_build_filename (data_home, "finalize.db", NULL);
  g_autoptr(RpDatabase) database = rp_database_open (path, &error);
  g_autoptr(RpStore) store = rp_store_new (database);
  g_autoptr(RpMeeting) meeting = new_meeting ();
  GtkWidget *detail;

  g_assert_true (rp_store_add_meeting (store, meeting, NULL));

  /* Listening to the store keeps neither the view nor the store alive. */
  detail = g_object_ref_sink (rp_meeting_detail_new ());
  rp_meeting_detail_set_meeting (RP_MEETING_DETAIL (detail), store, meeting, NULL);
  g_assert_finalize_object (detail);

  rp_meeting_set_name (meeting, "Changed after the view is gone");
  g_assert_true (rp_store_update_meeting (store, meeting, NULL));
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib caches the local zone: not the meetings' zone. */
  g_setenv ("TZ", "Europe/London", TRUE);

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* XDG folders are the test's own (rp_test_gui_init), so no real
   * browser is ever started. */
  rp_test_gui_install_fake_browser ();

  g_test_add ("/meeting-detail/fields", Fixture, NULL,
              fixture_set_up, test_detail_fields, fixture_tear_down);
  g_test_add ("/meeting-detail/attendance", Fixture, NULL,
              fixture_set_up, test_detail_attendance, fixture_tear_down);
  g_test_add ("/meeting-detail/default-occurrence", Fixture, NULL,
              fixture_set_up, test_detail_default_occurrence, fixture_tear_down);
  g_test_add ("/meeting-detail/archive-undo", Fixture, NULL,
              fixture_set_up, test_detail_archive_undo, fixture_tear_down);
  g_test_add ("/meeting-detail/archived-meeting", Fixture, NULL,
              fixture_set_up, test_detail_archived_meeting, fixture_tear_down);
  g_test_add ("/meeting-detail/delete", Fixture, NULL,
              fixture_set_up, test_detail_delete, fixture_tear_down);
  g_test_add ("/meeting-detail/edit", Fixture, NULL,
              fixture_set_up, test_detail_edit, fixture_tear_down);
  g_test_add ("/meeting-detail/copy-address", Fixture, NULL,
              fixture_set_up, test_detail_copy_address, fixture_tear_down);
  g_test_add ("/meeting-detail/links", Fixture, NULL,
              fixture_set_up, test_detail_links, fixture_tear_down);
  g_test_add_func ("/meeting-detail/finalize", test_detail_finalize);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
