/* test-gui-meetings-page-views.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Meetings page under a real (Xvfb) display, with the throw-away
 * store and fixed "now" of rp-test-meetings-page: My Meetings and its
 * archive, the Directory view read when first shown, every view at 360 px,
 * the one refresh timer that follows the clock, and join links through
 * the link policy — with not one warning or critical logged. Apart from
 * test-gui-meetings-page.c (the agenda, the calendar, the detail, the
 * window) to keep each file short. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-agenda-view.h"
#include "rp-directory-view.h"
#include "rp-link-opener.h"
#include "rp-meeting-detail.h"
#include "rp-meeting-list.h"
#include "rp-meetings-page.h"
#include "rp-month-calendar.h"
#include "rp-test-gui.h"
#include "rp-test-meetings-page.h"
#include "rp-test-util.h"

static void
test_my_meetings (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  RpMeetingList *list;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *badge;
  GtkWidget *switch_row;

  rp_meetings_page_show_view (page, "my-meetings");
  rp_test_gui_iterate (50);
  list = RP_MEETING_LIST (find_descendant (GTK_WIDGET (page), RP_TYPE_MEETING_LIST));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  g_assert_nonnull (find_label (GTK_WIDGET (list), "5 meetings"));

  /* Sorted by name, with the schedule in words and the place. */
  collect_descendants (GTK_WIDGET (list), ADW_TYPE_ACTION_ROW, rows);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Berlin Morning");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "Every Tuesday and Thursday at 09:00 (Europe/Berlin) · Online");
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 2)), ==,
                   "First Saturday Speaker");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 2)), ==,
                   "First Saturday of the month at 10:00 · Community Center");
  /* Only the home group has its badge. */
  badge = find_label (GTK_WIDGET (list), "Home Group");
  g_assert_nonnull (badge);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     gtk_widget_get_ancestor (badge, ADW_TYPE_ACTION_ROW))),
                   ==, "Monday Night Step Study");

  /* The archive is behind a switch. */
  g_assert_cmpuint (rp_meeting_list_get_n_archived (list), ==, 1);
  switch_row = gtk_widget_get_ancestor (find_descendant (GTK_WIDGET (list), GTK_TYPE_SWITCH),
                                        ADW_TYPE_ACTION_ROW);
  g_assert_true (is_shown (switch_row, GTK_WIDGET (list)));
  g_assert_null (find_agenda_row (GTK_WIDGET (list), "Old Tuesday Group"));
  g_assert_false (is_shown (gtk_widget_get_ancestor (find_label (GTK_WIDGET (list),
                                                                 "Old Tuesday Group"),
                                                     ADW_TYPE_ACTION_ROW),
                            GTK_WIDGET (list)));
  rp_meeting_list_set_show_archived (list, TRUE);
  g_assert_true (is_shown (gtk_widget_get_ancestor (find_label (GTK_WIDGET (list),
                                                                "Old Tuesday Group"),
                                                    ADW_TYPE_ACTION_ROW),
                           GTK_WIDGET (list)));

  /* Brought back: no archive left to show. */
  rp_store_set_meeting_archived (f->store, f->archived, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_meeting_list_get_n_archived (list), ==, 0);
  g_assert_false (is_shown (switch_row, GTK_WIDGET (list)));
  g_assert_nonnull (find_label (GTK_WIDGET (list), "6 meetings"));

  destroy_window (window);
}

/* The Directory view is read only when first shown; a user with an
 * imported feed but no meeting of their own yet sees it, not the empty
 * page. */
static void
test_directory_view (Fixture       *f,
                     gconstpointer  user_data)
{
  static const char feed[] =
    "[{\"name\": \"Noon Group\", \"slug\": \"noon\", \"day\": 2, \"time\": \"12:00\","
    " \"address\": \"1 Main St\", \"entity\": \"Test Intergroup\"}]";
  g_autoptr(GBytes) bytes = g_bytes_new_static (feed, sizeof feed - 1);
  g_autoptr(RpDirectoryImport) imported = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *meetings = rp_store_get_meetings (f->store);
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  AdwViewStack *stack;
  GtkWidget *directory;
  GtkStack *page_stack;

  stack = ADW_VIEW_STACK (find_descendant (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK));
  directory = adw_view_stack_get_child_by_name (stack, "directory");
  g_assert_true (RP_IS_DIRECTORY_VIEW (directory));
  g_assert_null (rp_directory_view_get_store (RP_DIRECTORY_VIEW (directory)));

  rp_meetings_page_show_view (page, "directory");
  rp_test_gui_iterate (50);
  g_assert_true (gtk_widget_get_mapped (directory));
  g_assert_true (rp_directory_view_get_store (RP_DIRECTORY_VIEW (directory)) == f->store);

  /* No meeting of one's own, then a feed imported. */
  rp_meetings_page_show_view (page, "agenda");
  while (g_list_model_get_n_items (meetings) > 0)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (meetings, 0);

      rp_store_delete_meeting (f->store, rp_meeting_get_id (meeting), &error);
      g_assert_no_error (error);
    }
  {
    g_autoptr(GPtrArray) archived = rp_store_list_archived_meetings (f->store, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < archived->len; i++)
      {
        rp_store_delete_meeting (f->store, rp_meeting_get_id (g_ptr_array_index (archived, i)),
                                 &error);
        g_assert_no_error (error);
      }
  }
  rp_test_gui_iterate (50);
  page_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (page)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "empty");

  imported = rp_store_import_directory (f->store, bytes, "feed.json", &error);
  g_assert_no_error (error);
  rp_test_gui_iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "meetings");
  g_assert_cmpstr (rp_meetings_page_get_visible_view (page), ==, "directory");
  g_assert_cmpuint (g_list_model_get_n_items (rp_directory_view_get_results (RP_DIRECTORY_VIEW (directory))),
                    ==, 1);

  destroy_window (window);
}

/* Every view fits 360 px; at 1000 px the wide switcher is used. */
static void
test_widths (Fixture       *f,
             gconstpointer  user_data)
{
  static const char * const views[] = { "agenda", "calendar", "my-meetings", "directory" };
  static const int widths[] = { 360, 1000 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWindow *window;
      RpMeetingsPage *page = new_page (f, widths[w], &window);
      g_autoptr(GPtrArray) switchers = g_ptr_array_new ();

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          int minimum = 0;

          rp_meetings_page_show_view (page, views[v]);
          rp_test_gui_iterate (100);
          gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1,
                              &minimum, NULL, NULL, NULL);
          g_test_message ("%s at %d: needs %d px", views[v], widths[w], minimum);
          g_assert_cmpint (minimum, <=, 360);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, widths[w]);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), >=, minimum);
        }

      /* The detail fits too. */
      rp_meetings_page_show_meeting (page, f->berlin, NULL);
      rp_test_gui_iterate (100);
      {
        int minimum = 0;

        gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1,
                            &minimum, NULL, NULL, NULL);
        g_test_message ("detail at %d: needs %d px", widths[w], minimum);
        g_assert_cmpint (minimum, <=, 360);
      }

      /* The squeezer shows the wide switcher only where it fits. */
      collect_descendants (GTK_WIDGET (page), ADW_TYPE_VIEW_SWITCHER, switchers);
      g_assert_cmpuint (switchers->len, ==, 2);
      rp_meetings_page_go_back (page);
      rp_test_gui_iterate (400);
      {
        AdwViewSwitcher *shown = NULL;

        for (guint i = 0; i < switchers->len; i++)
          if (gtk_widget_get_child_visible (g_ptr_array_index (switchers, i)) &&
              gtk_widget_get_mapped (g_ptr_array_index (switchers, i)))
            shown = g_ptr_array_index (switchers, i);
        g_assert_nonnull (shown);
        g_assert_cmpint (adw_view_switcher_get_policy (shown), ==,
                         widths[w] >= 1000 ? ADW_VIEW_SWITCHER_POLICY_WIDE
                                           : ADW_VIEW_SWITCHER_POLICY_NARROW);
      }

      destroy_window (window);
    }
}

/* Following the clock, the page arms one timer (for the in-progress or
 * next meeting's boundary); with a fixed "now" it arms none. */
static void
test_refresh_timer (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = test_now ();
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  GSource *source;
  g_autoptr(GDateTime) real_now = g_date_time_new_now_local ();
  GDateTime *next_change;

  g_assert_null (g_main_context_find_source_by_user_data (NULL, page));

  rp_meetings_page_set_now (page, NULL);
  source = g_main_context_find_source_by_user_data (NULL, page);
  g_assert_nonnull (source);
  g_assert_cmpstr (g_source_get_name (source), ==, "[reprieve] meetings page refresh");

  /* Armed for the agenda's next change, which is in the next day. */
  next_change = rp_agenda_view_get_next_change (
    RP_AGENDA_VIEW (find_descendant (GTK_WIDGET (page), RP_TYPE_AGENDA_VIEW)));
  g_assert_cmpint (g_date_time_compare (next_change, real_now), >, 0);
  g_assert_cmpint (g_date_time_difference (next_change, real_now), <=, 25 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_source_get_ready_time (source), >, g_get_monotonic_time ());
  g_assert_cmpint (g_source_get_ready_time (source), <=,
                   g_get_monotonic_time () + g_date_time_difference (next_change, real_now) +
                   2 * G_TIME_SPAN_SECOND);

  /* Re-armed when the store changes. */
  add_meeting (f, "Another", weekly (RP_WEEKDAY_SUNDAY, 8 * 60, "America/New_York"),
               NULL, NULL, FALSE);
  g_assert_nonnull (g_main_context_find_source_by_user_data (NULL, page));

  rp_meetings_page_set_now (page, now);
  g_assert_null (g_main_context_find_source_by_user_data (NULL, page));

  destroy_window (window);
}

/* Join links go through rp-uri-policy: http asks first, others are
 * refused (in a toast), never opened. */
static void
test_join_link_policy (Fixture       *f,
                       gconstpointer  user_data)
{
  GtkWindow *window;
  RpMeetingsPage *page = new_page (f, 800, &window);
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;
  guint n_toplevels = g_list_model_get_n_items (toplevels);

  rp_link_opener_open (GTK_WIDGET (page), "javascript:alert(1)");
  rp_link_opener_open (GTK_WIDGET (page), "file:///etc/passwd");
  rp_test_gui_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_toplevels);

  rp_link_opener_open (GTK_WIDGET (page), "http://meet.example.org/plain");
  rp_test_gui_iterate (100);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        dialog = ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Open an Unencrypted Link?");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  /* Cancel opens nothing. */
  adw_message_dialog_response (dialog, "cancel");
  rp_test_gui_iterate (100);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  RpApplication *app;
  int ret;

  app = rp_test_meetings_page_init (&argc, &argv);
  if (app == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add ("/gui/meetings-page/my-meetings", Fixture, NULL,
              fixture_set_up, test_my_meetings, fixture_tear_down);
  g_test_add ("/gui/meetings-page/directory-view", Fixture, NULL,
              fixture_set_up, test_directory_view, fixture_tear_down);
  g_test_add ("/gui/meetings-page/widths", Fixture, NULL,
              fixture_set_up, test_widths, fixture_tear_down);
  g_test_add ("/gui/meetings-page/refresh-timer", Fixture, NULL,
              fixture_set_up, test_refresh_timer, fixture_tear_down);
  g_test_add ("/gui/meetings-page/join-link-policy", Fixture, NULL,
              fixture_set_up, test_join_link_policy, fixture_tear_down);

  ret = g_test_run ();

  g_object_unref (app);
  rp_test_gui_cleanup ();

  return ret;
}
