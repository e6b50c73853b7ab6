/* test-gui-meetings-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Meetings page under a real (Xvfb) display, with a throw-away store
 * of weekly, monthly, single, online and archived meetings and a fixed
 * "now" (Monday 23 November 2026, 19:30 in New York, the viewer's zone):
 * the agenda's sections and rows, the calendar's marks and day list, the
 * detail and the way back, the page freed with its widgets, and the
 * window's Add Meeting — with not one warning or critical logged. My
 * Meetings, the Directory view, widths, the refresh timer and join links
 * are in test-gui-meetings-page-views.c, to keep each file short; the
 * fixture is in rp-test-meetings-page. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-agenda-row.h"
#include "rp-agenda-view.h"
#include "rp-application.h"
#include "rp-meeting-detail.h"
#include "rp-meeting-editor.h"
#include "rp-meeting-list.h"
#include "rp-meetings-page.h"
#include "rp-month-calendar.h"
#include "rp-test-gui.h"
#include "rp-test-meetings-page.h"
#include "rp-test-util.h"
#include "rp-window.h"

static RpApplication *app;

/* --- finding widgets ---------------------------------------------------- */

/* The titles of the rows under an agenda heading, or NULL when the
 * section is hidden. */
static GStrv
section_titles (GtkWidget  *agenda,
                const char *heading)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *label = find_label (agenda, heading);
  GtkWidget *list;

  g_assert_nonnull (label);
  if (!is_shown (label, agenda))
    return NULL;

  list = gtk_widget_get_next_sibling (label);
  g_assert_true (GTK_IS_LIST_BOX (list));
  collect_descendants (list, RP_TYPE_AGENDA_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    g_strv_builder_add (builder,
                        adw_preferences_row_get_title (g_ptr_array_index (rows, i)));

  return g_strv_builder_end (builder);
}

static GtkWidget *
find_join_button (GtkWidget *row)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_descendants (row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Join") == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* --- the page in a window ----------------------------------------------- */

static void
test_empty_state (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  GtkStack *page_stack = GTK_STACK (find_descendant (GTK_WIDGET (page), GTK_TYPE_STACK));
  GtkWidget *status;
  gint64 id;

  /* No meeting: the first steps, Add and Import. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "empty");
  status = gtk_stack_get_visible_child (page_stack);
  g_assert_true (ADW_IS_STATUS_PAGE (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Meetings Yet");
  g_assert_nonnull (find_label (status, "_Add Meeting"));
  g_assert_nonnull (find_label (status, "_Import Meeting List…"));

  /* The first meeting brings the views. */
  id = add_meeting (f, "Saturday Serenity",
                    weekly (RP_WEEKDAY_SATURDAY, 10 * 60, "America/New_York"),
                    NULL, NULL, FALSE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "meetings");
  g_assert_cmpstr (rp_meetings_page_get_visible_view (page), ==, "agenda");

  /* An archived meeting alone still needs the views: it can come back. */
  rp_store_set_meeting_archived (f->store, id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "meetings");
  rp_store_delete_meeting (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "empty");

  destroy_window (window);
}

static void
assert_titles (GtkWidget          *agenda,
               const char         *heading,
               const char * const *expected)
{
  g_auto(GStrv) titles = section_titles (agenda, heading);

  g_test_message ("section %s", heading);
  if (expected == NULL)
    g_assert_null (titles);
  else
    g_assert_cmpstrv (titles, expected);
}

static void
test_agenda (Fixture       *f,
             gconstpointer  user_data)
{
  static const char * const in_progress[] = { "Monday Night Step Study", NULL };
  static const char * const today[] = { "Candlelight", NULL };
  static const char * const tomorrow[] = { "Berlin Morning", NULL };
  static const char * const later[] = {
    "Online Big Book", "Berlin Morning", "Online Big Book", NULL
  };
  static const char * const today_added[] = { "Candlelight", "Late Meditation", NULL };
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) expected_change = g_date_time_new (new_york, 2026, 11, 23, 20, 0, 0);
  g_autoptr(GDateTime) long_ago = g_date_time_new (new_york, 2025, 6, 2, 12, 0, 0);
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  GtkWidget *agenda = find_descendant (GTK_WIDGET (page), RP_TYPE_AGENDA_VIEW);
  RpAgendaRow *row;
  GtkStack *stack;

  g_assert_nonnull (agenda);
  g_assert_true (gtk_widget_get_mapped (agenda));

  assert_titles (agenda, "In Progress", in_progress);
  assert_titles (agenda, "Today", today);
  assert_titles (agenda, "Tomorrow", tomorrow);
  /* Wednesday 12:00, Thursday 03:00 (09:00 in Berlin), Friday 12:00; not
   * the first Saturday (5 December) nor the archived group. */
  assert_titles (agenda, "Later This Week", later);

  /* A row in another zone shows the meeting's own time and zone. */
  row = find_agenda_row (agenda, "Berlin Morning");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Online · 09:00 CET");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, "Europe/Berlin");
  g_assert_nonnull (find_label (GTK_WIDGET (row), "03:00"));
  g_assert_nonnull (find_join_button (GTK_WIDGET (row)));
  /* In-person meetings show their place and no Join. */
  row = find_agenda_row (agenda, "Monday Night Step Study");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "St. Mark’s Hall");
  g_assert_nonnull (find_label (GTK_WIDGET (row), "19:00"));
  g_assert_nonnull (find_label (GTK_WIDGET (row), "20:00"));
  g_assert_null (find_join_button (GTK_WIDGET (row)));
  /* Rows later in the week say which day. */
  g_assert_nonnull (find_label (agenda, "Wed 25"));

  /* One timer, for the in-progress meeting's end. */
  g_assert_true (g_date_time_equal (rp_agenda_view_get_next_change (RP_AGENDA_VIEW (agenda)),
                                    expected_change));

  /* The store changes, the agenda follows. */
  {
    g_autoptr(GError) error = NULL;
    GDate date = rp_test_make_date (2026, 11, 23);

    add_meeting (f, "Late Meditation",
                 rp_schedule_new_once (&date, 22 * 60, 30, "America/New_York", &error),
                 NULL, NULL, FALSE);
    g_assert_no_error (error);
    assert_titles (agenda, "Today", today_added);
  }

  /* Nothing in the next seven days: the empty state. */
  rp_meetings_page_set_now (page, long_ago);
  rp_test_gui_iterate (50);
  stack = GTK_STACK (find_descendant (agenda, GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_nonnull (find_label (agenda, "No Meetings in the Next 7 Days"));

  destroy_window (window);
}

static void
test_calendar (Fixture       *f,
               gconstpointer  user_data)
{
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  RpMonthCalendar *calendar;
  const GDate *selected;
  GDate date;
  RpAgendaRow *row;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *today_button = NULL;

  rp_meetings_page_show_view (page, "calendar");
  rp_test_gui_iterate (50);
  calendar = RP_MONTH_CALENDAR (find_descendant (GTK_WIDGET (page), RP_TYPE_MONTH_CALENDAR));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (calendar)));

  /* Today is selected in its month. */
  selected = rp_month_calendar_get_selected_date (calendar);
  date = rp_test_make_date (2026, 11, 23);
  g_assert_cmpint (g_date_compare (selected, &date), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (calendar), "November 2026"));

  /* Mondays, Monday-Wednesday-Friday, Tuesdays and Thursdays (03:00 here),
   * the first Saturday and the single date; the weekend days stay empty. */
  for (guint day = 1; day <= 30; day++)
    {
      GDate d = rp_test_make_date (2026, 11, (int) day);
      GDateWeekday weekday = g_date_get_weekday (&d);
      RpDayMarks expected = RP_DAY_MARK_NONE;

      if (weekday <= G_DATE_FRIDAY || day == 7)
        expected |= RP_DAY_MARK_MEETING;
      /* The step study on the 16th; the archived group's own date, the
       * 14th; the missed Big Book on the 18th is not marked. */
      if (day == 16 || day == 14)
        expected |= RP_DAY_MARK_ATTENDED;

      g_test_message ("day %u", day);
      g_assert_cmpint (rp_month_calendar_get_day_marks (calendar, day), ==, expected);
    }

  /* The cell for today and the selected one are styled so. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    guint n_today = 0;

    collect_descendants (GTK_WIDGET (calendar), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      {
        GtkWidget *button = g_ptr_array_index (buttons, i);

        if (gtk_widget_has_css_class (button, "today"))
          {
            n_today++;
            g_assert_true (gtk_widget_has_css_class (button, "selected"));
            g_assert_nonnull (find_label (button, "23"));
          }
        if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
                       "calendar.today") == 0)
          today_button = button;
      }
    g_assert_cmpuint (n_today, ==, 1);
    g_assert_nonnull (today_button);
  }

  /* Today's meetings, listed under the month. */
  collect_descendants (GTK_WIDGET (calendar), RP_TYPE_AGENDA_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 3);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Another day: its meetings, the attended one checked, no Join for a
   * meeting that is over. */
  date = rp_test_make_date (2026, 11, 16);
  rp_month_calendar_select_date (calendar, &date);
  rows = g_ptr_array_new ();
  collect_descendants (GTK_WIDGET (calendar), RP_TYPE_AGENDA_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Online Big Book");
  g_assert_null (find_join_button (g_ptr_array_index (rows, 0)));
  row = find_agenda_row (GTK_WIDGET (calendar), "Monday Night Step Study");
  {
    g_autoptr(GPtrArray) images = g_ptr_array_new ();
    gboolean checked = FALSE;

    collect_descendants (GTK_WIDGET (row), GTK_TYPE_IMAGE, images);
    for (guint i = 0; i < images->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (images, i), "success") &&
          gtk_widget_get_visible (g_ptr_array_index (images, i)))
        checked = TRUE;
    g_assert_true (checked);
  }
  g_assert_nonnull (find_label (GTK_WIDGET (calendar), "Monday 16 November"));

  /* A day without meetings says so. */
  date = rp_test_make_date (2026, 11, 22);
  rp_month_calendar_select_date (calendar, &date);
  g_assert_true (is_shown (find_label (GTK_WIDGET (calendar), "No meetings on this day"),
                           GTK_WIDGET (calendar)));

  /* Months move; the selection goes to the new month's first day. */
  gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.next-month", NULL);
  g_assert_nonnull (find_label (GTK_WIDGET (calendar), "December 2026"));
  date = rp_test_make_date (2026, 12, 1);
  g_assert_cmpint (g_date_compare (rp_month_calendar_get_selected_date (calendar), &date), ==, 0);
  /* The first Saturday of December is the 5th. */
  g_assert_cmpint (rp_month_calendar_get_day_marks (calendar, 5), ==, RP_DAY_MARK_MEETING);
  g_assert_cmpint (rp_month_calendar_get_day_marks (calendar, 6), ==, RP_DAY_MARK_NONE);
  gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.previous-month", NULL);
  gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.previous-month", NULL);
  g_assert_nonnull (find_label (GTK_WIDGET (calendar), "October 2026"));
  gtk_widget_activate_action (GTK_WIDGET (calendar), "calendar.today", NULL);
  date = rp_test_make_date (2026, 11, 23);
  g_assert_cmpint (g_date_compare (rp_month_calendar_get_selected_date (calendar), &date), ==, 0);

  /* Attendance recorded now shows at once. */
  {
    g_autoptr(GError) error = NULL;

    date = rp_test_make_date (2026, 11, 20);
    rp_store_set_attendance (f->store, f->big_book, &date, RP_ATTENDANCE_ATTENDED, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (rp_month_calendar_get_day_marks (calendar, 20), ==,
                     RP_DAY_MARK_MEETING | RP_DAY_MARK_ATTENDED);
  }

  destroy_window (window);
}

static void
test_detail_and_back (Fixture       *f,
                      gconstpointer  user_data)
{
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  GtkWidget *agenda = find_descendant (GTK_WIDGET (page), RP_TYPE_AGENDA_VIEW);
  RpMeetingDetail *detail;
  RpAgendaRow *row;
  GtkWidget *back = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GDate date;

  detail = RP_MEETING_DETAIL (find_descendant (GTK_WIDGET (page), RP_TYPE_MEETING_DETAIL));
  g_assert_false (rp_meetings_page_get_showing_detail (page));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (detail)));

  /* Activating an agenda row opens that meeting's detail. */
  row = find_agenda_row (agenda, "Berlin Morning");
  g_signal_emit_by_name (row, "activated");
  rp_test_gui_iterate (400);
  g_assert_true (rp_meetings_page_get_showing_detail (page));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (detail)));
  g_assert_cmpint (rp_meeting_get_id (rp_meeting_detail_get_meeting (detail)), ==, f->berlin);

  /* The back button: icon only, with a tooltip and a name. */
  collect_descendants (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "meetings.back") == 0)
      back = g_ptr_array_index (buttons, i);
  g_assert_nonnull (back);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, "Back");
  g_assert_true (gtk_widget_get_mapped (back));

  gtk_widget_activate_action (GTK_WIDGET (page), "meetings.back", NULL);
  rp_test_gui_iterate (400);
  g_assert_false (rp_meetings_page_get_showing_detail (page));
  g_assert_true (gtk_widget_get_mapped (agenda));

  /* From the calendar's day list and from My Meetings too. */
  rp_meetings_page_show_view (page, "calendar");
  rp_test_gui_iterate (50);
  row = find_agenda_row (find_descendant (GTK_WIDGET (page), RP_TYPE_MONTH_CALENDAR),
                         "Candlelight");
  g_signal_emit_by_name (row, "activated");
  rp_test_gui_iterate (50);
  g_assert_true (rp_meetings_page_get_showing_detail (page));
  g_assert_cmpint (rp_meeting_get_id (rp_meeting_detail_get_meeting (detail)), ==,
                   f->candlelight);
  rp_meetings_page_go_back (page);

  rp_meetings_page_show_view (page, "my-meetings");
  rp_test_gui_iterate (50);
  {
    GtkWidget *list = find_descendant (GTK_WIDGET (page), RP_TYPE_MEETING_LIST);
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect_descendants (list, ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                     "First Saturday Speaker") == 0)
        g_signal_emit_by_name (g_ptr_array_index (rows, i), "activated");
  }
  rp_test_gui_iterate (50);
  g_assert_true (rp_meetings_page_get_showing_detail (page));
  g_assert_cmpint (rp_meeting_get_id (rp_meeting_detail_get_meeting (detail)), ==, f->speaker);

  /* The detail's "closed" (deleted or archived) goes back. */
  g_signal_emit_by_name (detail, "closed");
  rp_test_gui_iterate (50);
  g_assert_false (rp_meetings_page_get_showing_detail (page));
  g_assert_cmpstr (rp_meetings_page_get_visible_view (page), ==, "my-meetings");

  /* What reminders will call: an archived meeting opens as well. */
  date = rp_test_make_date (2026, 11, 17);
  rp_meetings_page_show_meeting (page, f->archived, &date);
  rp_test_gui_iterate (50);
  g_assert_true (rp_meetings_page_get_showing_detail (page));
  g_assert_cmpint (rp_meeting_get_id (rp_meeting_detail_get_meeting (detail)), ==, f->archived);

  /* A meeting deleted while its detail is open: back to the views. */
  {
    g_autoptr(GError) error = NULL;

    rp_store_delete_meeting (f->store, f->archived, &error);
    g_assert_no_error (error);
    rp_test_gui_iterate (50);
    g_assert_false (rp_meetings_page_get_showing_detail (page));
  }

  /* One that does not exist keeps the views (the toast says why). */
  rp_meetings_page_show_meeting (page, 987654, NULL);
  g_assert_false (rp_meetings_page_get_showing_detail (page));

  destroy_window (window);
}

/* The page's widgets are freed with it, and nothing holds the store. */
static void
test_finalize (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = test_now ();
  RpMeetingsPage *page = g_object_ref_sink (g_object_new (RP_TYPE_MEETINGS_PAGE, NULL));
  RpAgendaView *agenda;

  rp_meetings_page_set_now (page, now);
  rp_meetings_page_set_store (page, f->store);
  agenda = RP_AGENDA_VIEW (find_descendant (GTK_WIDGET (page), RP_TYPE_AGENDA_VIEW));
  g_object_add_weak_pointer (G_OBJECT (agenda), (gpointer *) &agenda);
  g_assert_true (rp_meetings_page_get_store (page) == f->store);

  g_assert_finalize_object (page);
  g_assert_null (agenda);
}

/* The window: Add Meeting opens the editor, and the Meetings page shows
 * the views once the application's store has a meeting. */
static void
test_window (void)
{
  g_autoptr(GError) error = NULL;
  RpStore *store = rp_application_get_store (app);
  RpWindow *window = rp_window_new (app);
  RpMeetingsPage *page;
  GtkStack *page_stack;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *editor = NULL;
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  GDate first = rp_test_make_date (2026, 1, 1);
  g_autoptr(RpSchedule) schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_SUNDAY, 18 * 60,
                                                           60, "America/New_York", &error);

  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (200);

  page = RP_MEETINGS_PAGE (find_descendant (GTK_WIDGET (window), RP_TYPE_MEETINGS_PAGE));
  g_assert_true (rp_meetings_page_get_store (page) == store);
  page_stack = GTK_STACK (find_descendant (GTK_WIDGET (page), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "empty");

  /* Reprieve opens on Today: the agenda, the month and the list are given
   * the store (and build their rows) only once the page is shown. */
  {
    GtkWidget *agenda = find_descendant (GTK_WIDGET (page), RP_TYPE_AGENDA_VIEW);

    g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
    g_assert_null (rp_agenda_view_get_store (RP_AGENDA_VIEW (agenda)));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "meetings");
    rp_test_gui_iterate (50);
    g_assert_true (rp_agenda_view_get_store (RP_AGENDA_VIEW (agenda)) == store);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-meeting", NULL);
  rp_test_gui_iterate (200);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (RP_IS_MEETING_EDITOR (toplevel))
        editor = GTK_WINDOW (toplevel);
    }
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (window));
  gtk_window_destroy (editor);

  rp_meeting_set_name (meeting, "Sunday Evening");
  rp_meeting_set_schedule (meeting, schedule);
  rp_store_add_meeting (store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "meetings");

  rp_window_show_meeting (window, rp_meeting_get_id (meeting), NULL);
  rp_test_gui_iterate (50);
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "meetings");
  g_assert_true (rp_meetings_page_get_showing_detail (page));

  rp_store_delete_meeting (store, rp_meeting_get_id (meeting), &error);
  g_assert_no_error (error);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_null (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = rp_test_meetings_page_init (&argc, &argv);
  if (app == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/gui/meetings-page/empty-state", Fixture, "empty",
              fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/gui/meetings-page/agenda", Fixture, NULL,
              fixture_set_up, test_agenda, fixture_tear_down);
  g_test_add ("/gui/meetings-page/calendar", Fixture, NULL,
              fixture_set_up, test_calendar, fixture_tear_down);
  g_test_add ("/gui/meetings-page/detail-and-back", Fixture, NULL,
              fixture_set_up, test_detail_and_back, fixture_tear_down);
  g_test_add ("/gui/meetings-page/finalize", Fixture, NULL,
              fixture_set_up, test_finalize, fixture_tear_down);
  g_test_add_func ("/gui/meetings-page/window", test_window);

  ret = g_test_run ();

  g_object_unref (app);
  rp_test_gui_cleanup ();

  return ret;
}
