/* test-gui-today.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Today page under a real (Xvfb) display, for injected times (a fixed
 * clock, or one a few seconds before a boundary): the next meeting card
 * ("Today at", "Now, until", "Tomorrow at", the next week's day after it
 * ends; its own timer at the end of a meeting; Join and Directions reaching
 * a fake browser), the Getting Started steps turning done as a meeting, a
 * sponsor and a clean date (a row written by SQL, as another process
 * would) are added, and the page at an injected midnight. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-database.h"
#include "rp-next-meeting-card.h"
#include "rp-schedule.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-test-today.h"
#include "rp-test-util.h"
#include "rp-today-page.h"

typedef RpTestToday Fixture;

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour,
            int minute,
            int second)
{
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

/* Mondays 19:30 to 20:30, in the test's zone, from 2 Nov 2026. */
static RpMeeting *
add_weekly_meeting (Fixture    *f,
                    const char *online_url,
                    const char *address)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  RpMeeting *meeting = rp_meeting_new ();
  GDate first = rp_test_make_date (2026, 11, 2);

  schedule = rp_schedule_new_weekly (&first, RP_WEEKDAY_MONDAY, 19 * 60 + 30, 60,
                                     "Europe/London", &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, "Monday Night Step Study");
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_online_url (meeting, online_url);
  rp_meeting_set_address (meeting, address);
  g_assert_true (rp_store_add_meeting (f->data.store, meeting, &error));
  g_assert_no_error (error);

  return meeting;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = local_time (2026, 11, 23, 9, 0, 0);   /* a Monday */

  rp_test_today_set_up (f, now, 900, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  rp_test_today_tear_down (f);
}

static void
set_now (Fixture *f,
         int      year,
         int      month,
         int      day,
         int      hour,
         int      minute)
{
  g_autoptr(GDateTime) now = local_time (year, month, day, hour, minute, 0);

  rp_clock_set_now (f->data.clock, now);
  rp_test_gui_iterate (20);
}

static GtkWidget *
card (Fixture *f)
{
  GtkWidget *found = rp_test_gui_find_descendant (GTK_WIDGET (f->page),
                                                  RP_TYPE_NEXT_MEETING_CARD);

  g_assert_nonnull (found);

  return found;
}

/* A label of the card showing exactly @text, mapped. */
static gboolean
card_shows (Fixture    *f,
            const char *text)
{
  GtkWidget *label = rp_test_gui_find_label_containing (card (f), text);

  return label != NULL && gtk_widget_get_mapped (label) &&
         g_str_equal (gtk_label_get_text (GTK_LABEL (label)), text);
}

static gboolean
page_shows (Fixture    *f,
            const char *text)
{
  GtkWidget *label = rp_test_gui_find_label_containing (GTK_WIDGET (f->page), text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
button_shown (Fixture    *f,
              const char *label)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (card (f), label);

  g_assert_nonnull (button);

  return gtk_widget_get_mapped (button);
}

static void
test_next_meeting (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GDateTime) start = local_time (2026, 11, 23, 19, 30, 0);
  g_autofree char *joined = NULL;
  g_autofree char *map = NULL;
  GDateTime *next_change;

  /* No meeting: no card (Getting Started says how to add one). */
  rp_test_today_bind (f, f->data.clock);
  g_assert_false (gtk_widget_get_visible (card (f)));

  meeting = add_weekly_meeting (f, "https://meet.example/room", NULL);
  rp_test_gui_iterate (20);
  g_assert_true (gtk_widget_get_mapped (card (f)));
  g_assert_true (card_shows (f, "Monday Night Step Study"));
  g_assert_true (card_shows (f, "Today at 19:30"));
  g_assert_true (card_shows (f, "Online"));
  g_assert_true (button_shown (f, "_Join"));
  g_assert_false (button_shown (f, "_Directions"));
  g_assert_true (button_shown (f, "Show _All Meetings"));
  /* One timer, for its start. */
  next_change = rp_next_meeting_card_get_next_change (RP_NEXT_MEETING_CARD (card (f)));
  g_assert_nonnull (next_change);
  g_assert_true (g_date_time_equal (next_change, start));

  /* Join opens its link through the link opener. */
  gtk_widget_activate_action (card (f), "next-meeting.join", NULL);
  joined = rp_test_gui_wait_for_opened ();
  g_assert_cmpstr (joined, ==, "https://meet.example/room");

  /* In progress; then, once it ended, next week's. */
  set_now (f, 2026, 11, 23, 19, 45);
  g_assert_true (card_shows (f, "Now, until 20:30"));
  set_now (f, 2026, 11, 23, 20, 31);
  g_assert_true (card_shows (f, "Mon 30 Nov at 19:30"));
  g_assert_false (card_shows (f, "Now, until 20:30"));

  /* The day before: tomorrow. */
  set_now (f, 2026, 11, 29, 10, 0);
  g_assert_true (card_shows (f, "Tomorrow at 19:30"));

  /* Hybrid: an address too, with Directions (the detail page's map
   * search). */
  rp_meeting_set_address (meeting, "1 Main St, Springfield");
  g_assert_true (rp_store_update_meeting (f->data.store, meeting, NULL));
  rp_test_gui_iterate (20);
  g_assert_true (card_shows (f, "1 Main St, Springfield\nAlso online"));
  g_assert_true (button_shown (f, "_Join"));
  g_assert_true (button_shown (f, "_Directions"));
  gtk_widget_activate_action (card (f), "next-meeting.directions", NULL);
  map = rp_test_gui_wait_for_opened ();
  g_assert_cmpstr (map, ==,
                   "https://www.openstreetmap.org/search?query=1%20Main%20St%2C%20Springfield");

  /* In person only: Directions, no Join. */
  rp_meeting_set_online_url (meeting, NULL);
  g_assert_true (rp_store_update_meeting (f->data.store, meeting, NULL));
  rp_test_gui_iterate (20);
  g_assert_true (card_shows (f, "1 Main St, Springfield"));
  g_assert_false (button_shown (f, "_Join"));
  g_assert_true (button_shown (f, "_Directions"));

  /* Archived: nothing in My meetings, no card. */
  g_assert_true (rp_store_set_meeting_archived (f->data.store, rp_meeting_get_id (meeting), TRUE,
                                                NULL));
  rp_test_gui_iterate (20);
  g_assert_false (gtk_widget_get_visible (card (f)));
}

/* The card's own timer: a running clock two seconds before the meeting
 * ends, and no jump; the card moves on to next week by itself. */
static void
test_next_meeting_timer (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(RpMeeting) meeting = add_weekly_meeting (f, "https://meet.example/room", NULL);
  g_autoptr(GDateTime) real_now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) before_end = local_time (2026, 11, 23, 20, 29, 58);
  g_autoptr(RpClock) clock = rp_clock_new_with_offset (g_date_time_difference (before_end,
                                                                                real_now));
  gint64 end;

  rp_test_today_bind (f, clock);
  g_assert_true (card_shows (f, "Now, until 20:30"));

  end = g_get_monotonic_time () + 8 * G_USEC_PER_SEC;
  while (!card_shows (f, "Mon 30 Nov at 19:30") && g_get_monotonic_time () < end)
    rp_test_gui_iterate (50);
  g_assert_true (card_shows (f, "Mon 30 Nov at 19:30"));

  /* Let go of the running clock with its watch. */
  rp_test_today_bind (f, f->data.clock);
}

static gboolean
step_done (Fixture    *f,
           const char *title)
{
  GtkWidget *row = rp_test_gui_find_row (GTK_WIDGET (f->page), title);

  g_assert_nonnull (row);

  return !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row));
}

static GtkWidget *
getting_started (Fixture *f)
{
  GtkWidget *group = rp_test_gui_find_descendant (GTK_WIDGET (f->page),
                                                  ADW_TYPE_PREFERENCES_GROUP);

  g_assert_nonnull (group);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                   "Getting Started");

  return group;
}

static void
test_getting_started (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(RpContact) sponsor = NULL;
  g_autoptr(GError) error = NULL;
  gboolean has_recovery = TRUE;

  /* Without a store: nothing to start. */
  g_assert_false (gtk_widget_get_visible (getting_started (f)));

  rp_test_today_bind (f, f->data.clock);
  g_assert_true (gtk_widget_get_mapped (getting_started (f)));
  g_assert_false (step_done (f, "Set your clean date"));
  g_assert_false (step_done (f, "Add a meeting"));
  g_assert_false (step_done (f, "Add your sponsor"));
  g_assert_false (page_shows (f, "Call Sponsor"));

  meeting = add_weekly_meeting (f, NULL, "1 Main St, Springfield");
  rp_test_gui_iterate (20);
  g_assert_true (step_done (f, "Add a meeting"));
  g_assert_false (step_done (f, "Set your clean date"));
  g_assert_false (step_done (f, "Add your sponsor"));
  g_assert_true (gtk_widget_get_mapped (getting_started (f)));

  sponsor = rp_test_contacts_add (f->data.store, "Sam S.", RP_CONTACT_ROLE_SPONSOR, TRUE,
                                  "+15551234567", NULL);
  rp_test_gui_iterate (20);
  g_assert_true (step_done (f, "Add your sponsor"));
  g_assert_false (step_done (f, "Set your clean date"));
  g_assert_true (gtk_widget_get_mapped (getting_started (f)));
  /* …and the Call Sponsor button, now that there is someone to call. */
  g_assert_true (page_shows (f, "Call Sponsor"));

  /* A clean date written as another process would, then announced. */
  g_assert_true (rp_store_has_recovery (f->data.store, &has_recovery, &error));
  g_assert_no_error (error);
  g_assert_false (has_recovery);
  g_assert_true (rp_database_exec (f->data.database,
                                   "INSERT INTO recovery (label, start_date, position, created, updated)"
                                   " VALUES ('alcohol', '2025-01-01', 0,"
                                   "         '2026-11-23T09:00:00Z', '2026-11-23T09:00:00Z')",
                                   &error));
  g_assert_no_error (error);
  g_assert_true (rp_store_has_recovery (f->data.store, &has_recovery, &error));
  g_assert_no_error (error);
  g_assert_true (has_recovery);
  /* Not yet told: still shown as to do. */
  g_assert_false (step_done (f, "Set your clean date"));
  g_signal_emit_by_name (f->data.store, "changed::recovery", "recovery");
  rp_test_gui_iterate (20);
  g_assert_true (step_done (f, "Set your clean date"));
  /* All three done: the group goes. */
  g_assert_false (gtk_widget_get_visible (getting_started (f)));

  /* The meeting gone again: the step is back. */
  g_assert_true (rp_store_delete_meeting (f->data.store, rp_meeting_get_id (meeting), &error));
  g_assert_no_error (error);
  rp_test_gui_iterate (20);
  g_assert_true (gtk_widget_get_mapped (getting_started (f)));
  g_assert_false (step_done (f, "Add a meeting"));
}

static gint64
add_reading (Fixture    *f,
             gint64      collection_id,
             const char *title)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_TEXT);
  g_autoptr(GError) error = NULL;

  rp_reading_set_collection_id (reading, collection_id);
  rp_reading_set_title (reading, title);
  rp_reading_set_body (reading, "Some words for the day.");
  g_assert_true (rp_store_add_reading (f->data.store, reading, &error));
  g_assert_no_error (error);

  return rp_reading_get_id (reading);
}

/* The fixed clock moved past midnight: the watch's ::day-changed brings
 * the new day's reading, and the meeting card's "Tomorrow" becomes
 * "Today". */
static void
test_midnight (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(RpReadingCollection) collection = rp_reading_collection_new ("Just for Testing");
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_store_add_reading_collection (f->data.store, collection, &error));
  g_assert_no_error (error);
  add_reading (f, rp_reading_collection_get_id (collection), "Sunday’s Reading");
  add_reading (f, rp_reading_collection_get_id (collection), "Monday’s Reading");
  g_settings_set_int64 (f->settings, "daily-reading-collection",
                        rp_reading_collection_get_id (collection));
  g_settings_set_string (f->settings, "daily-reading-start", "2026-11-22");
  meeting = add_weekly_meeting (f, "https://meet.example/room", NULL);

  set_now (f, 2026, 11, 22, 23, 59);
  rp_test_today_bind (f, f->data.clock);
  g_assert_true (page_shows (f, "Sunday’s Reading"));
  g_assert_true (card_shows (f, "Tomorrow at 19:30"));

  set_now (f, 2026, 11, 23, 0, 0);
  g_assert_true (page_shows (f, "Monday’s Reading"));
  g_assert_false (page_shows (f, "Sunday’s Reading"));
  g_assert_true (card_shows (f, "Today at 19:30"));
}

/* The page Reprieve opens on shows the clean time for the day the clock
 * says, and moves on at midnight; a milestone day is celebrated. */
static void
test_clean_time (Fixture       *f,
                 gconstpointer  user_data)
{
  GDate start = rp_test_make_date (2026, 8, 24);
  g_autoptr(RpRecovery) recovery = rp_recovery_new ("Alcohol", &start, -1);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  set_now (f, 2026, 11, 21, 12, 0);
  rp_test_today_bind (f, f->data.clock);
  g_assert_false (page_shows (f, "89 days"));

  now = rp_clock_now (f->data.clock);
  g_assert_true (rp_store_add_recovery (f->data.store, recovery, now, &error));
  g_assert_no_error (error);
  rp_test_gui_iterate (20);
  g_assert_true (page_shows (f, "89 days"));
  g_assert_true (page_shows (f, "2 months, 28 days"));
  g_assert_false (page_shows (f, "Today: 90 days!"));

  set_now (f, 2026, 11, 22, 0, 1);
  rp_test_gui_iterate (20);
  g_assert_true (page_shows (f, "90 days"));
  g_assert_true (page_shows (f, "Today: 90 days!"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib caches the local zone: the meetings' own. */
  g_setenv ("TZ", "Europe/London", TRUE);

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  rp_test_gui_install_fake_browser ();

  g_test_add ("/today/clean-time", Fixture, NULL,
              fixture_set_up, test_clean_time, fixture_tear_down);
  g_test_add ("/today/next-meeting", Fixture, NULL,
              fixture_set_up, test_next_meeting, fixture_tear_down);
  g_test_add ("/today/next-meeting-timer", Fixture, NULL,
              fixture_set_up, test_next_meeting_timer, fixture_tear_down);
  g_test_add ("/today/getting-started", Fixture, NULL,
              fixture_set_up, test_getting_started, fixture_tear_down);
  g_test_add ("/today/midnight", Fixture, NULL,
              fixture_set_up, test_midnight, fixture_tear_down);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
