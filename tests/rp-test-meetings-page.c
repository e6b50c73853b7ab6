/* rp-test-meetings-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Meetings page's GUI tests' shared pieces (see
 * rp-test-meetings-page.h), one copy for both test programs. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-test-gui.h"
#include "rp-test-meetings-page.h"
#include "rp-test-util.h"

/* --- finding widgets ---------------------------------------------------- */

void
collect_descendants (GtkWidget *root,
                     GType      type,
                     GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, found);
}

GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_descendants (root, type, found);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_descendants (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_label (label), text) == 0)
        return GTK_WIDGET (label);
    }

  return NULL;
}

/* Whether @widget and all its ancestors up to @root are visible. */
gboolean
is_shown (GtkWidget *widget,
          GtkWidget *root)
{
  for (; widget != NULL && widget != root; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;

  return TRUE;
}

RpAgendaRow *
find_agenda_row (GtkWidget  *root,
                 const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_descendants (root, RP_TYPE_AGENDA_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* --- the store ---------------------------------------------------------- */

gint64
add_meeting (Fixture    *f,
             const char *name,
             RpSchedule *schedule,
             const char *location,
             const char *online_url,
             gboolean    home_group)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(GError) error = NULL;

  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_location (meeting, location);
  rp_meeting_set_online_url (meeting, online_url);
  rp_meeting_set_home_group (meeting, home_group);
  rp_store_add_meeting (f->store, meeting, &error);
  g_assert_no_error (error);
  rp_schedule_unref (schedule);

  return rp_meeting_get_id (meeting);
}

RpSchedule *
weekly (RpWeekdays  weekdays,
        guint       start_minute,
        const char *zone_id)
{
  g_autoptr(GError) error = NULL;
  GDate first = rp_test_make_date (2026, 1, 1);
  RpSchedule *schedule = rp_schedule_new_weekly (&first, weekdays, start_minute, 60, zone_id,
                                                 &error);

  g_assert_no_error (error);

  return schedule;
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("reprieve-meetings-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "reprieve.db", NULL);
  f->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  f->store = rp_store_new (f->database);
}

void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  fixture_open (f);
  if (user_data != NULL)
    return;

  f->step_study = add_meeting (f, "Monday Night Step Study",
                               weekly (RP_WEEKDAY_MONDAY, 19 * 60, "America/New_York"),
                               "St. Mark’s Hall", NULL, TRUE);
  f->big_book = add_meeting (f, "Online Big Book",
                             weekly (RP_WEEKDAY_MONDAY | RP_WEEKDAY_WEDNESDAY | RP_WEEKDAY_FRIDAY,
                                     12 * 60, "America/New_York"),
                             NULL, "https://meet.example.org/big-book", FALSE);
  date = rp_test_make_date (2026, 1, 1);
  f->speaker = add_meeting (f, "First Saturday Speaker",
                            rp_schedule_new_monthly (&date, 1, G_DATE_SATURDAY, 10 * 60, 90,
                                                     "America/New_York", &error),
                            "Community Center", NULL, FALSE);
  g_assert_no_error (error);
  /* 09:00 in Berlin is 03:00 in New York in November. */
  f->berlin = add_meeting (f, "Berlin Morning",
                           weekly (RP_WEEKDAY_TUESDAY | RP_WEEKDAY_THURSDAY, 9 * 60,
                                   "Europe/Berlin"),
                           NULL, "https://meet.example.org/berlin", FALSE);
  date = rp_test_make_date (2026, 11, 23);
  f->candlelight = add_meeting (f, "Candlelight",
                                rp_schedule_new_once (&date, 21 * 60 + 30, 60,
                                                      "America/New_York", &error),
                                "Chapel", NULL, FALSE);
  g_assert_no_error (error);
  f->archived = add_meeting (f, "Old Tuesday Group",
                             weekly (RP_WEEKDAY_TUESDAY, 18 * 60, "America/New_York"),
                             "Library", NULL, FALSE);
  rp_store_set_meeting_archived (f->store, f->archived, TRUE, &error);
  g_assert_no_error (error);

  date = rp_test_make_date (2026, 11, 16);
  rp_store_set_attendance (f->store, f->step_study, &date, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  date = rp_test_make_date (2026, 11, 14);
  rp_store_set_attendance (f->store, f->archived, &date, RP_ATTENDANCE_ATTENDED, NULL, &error);
  g_assert_no_error (error);
  date = rp_test_make_date (2026, 11, 18);
  rp_store_set_attendance (f->store, f->big_book, &date, RP_ATTENDANCE_MISSED, NULL, &error);
  g_assert_no_error (error);
}

void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (f->store);
  g_assert_finalize_object (f->database);
  rp_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* --- the page in a window ----------------------------------------------- */

GDateTime *
test_now (void)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");

  return g_date_time_new (new_york, 2026, 11, 23, 19, 30, 0);
}

RpMeetingsPage *
new_page (Fixture   *f,
          int        width,
          GtkWindow **out_window)
{
  g_autoptr(GDateTime) now = test_now ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();
  RpMeetingsPage *page = g_object_new (RP_TYPE_MEETINGS_PAGE, NULL);

  rp_meetings_page_set_now (page, now);
  rp_meetings_page_set_store (page, f->store);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_child (window, overlay);
  gtk_window_set_default_size (window, width, 720);
  gtk_window_present (window);
  rp_test_gui_iterate (150);

  *out_window = window;

  return page;
}

void
destroy_window (GtkWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (window);
  rp_test_gui_iterate (50);
  g_assert_null (window);
}

/* Both test programs run with the viewer in New York and a registered
 * application; %NULL without a display. */
RpApplication *
rp_test_meetings_page_init (int    *argc,
                            char ***argv)
{
  g_autoptr(GError) error = NULL;
  RpApplication *app;

  /* The viewer is in New York: every time below is worked out for it.
   * Before anything asks GLib for the local zone (it caches it). */
  g_setenv ("TZ", "America/New_York", TRUE);

  if (!rp_test_gui_init (argc, argv))
    return NULL;

  /* The application loads style.css, as it does for the real window. */
  app = rp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}
