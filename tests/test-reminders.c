/* test-reminders.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReminders over a real store, a fixed clock and a recording notifier:
 * on time and once, across a restart, late but useful, dropped when over,
 * snooze, "I'm going", Open, private text, no notification server, and the
 * settings it follows. The clock only moves when a test moves it, and
 * moving it is the same signal a wall-clock jump gives. */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "rp-reminders.h"
#include "rp-test-notifier.h"
#include "rp-test-store.h"
#include "rp-test-util.h"

#define ZONE "America/New_York"
#define NAME "Tuesday Night Serenity Group"
#define PLACE "St. Anne's Hall"

typedef struct
{
  RpTestStore     store;
  RpClock        *clock;
  RpTestNotifier *notifier;
  RpReminders    *reminders;
  gint64          meeting_id;
} Fixture;

static GDateTime *
new_york (int day,
          int hour,
          int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (ZONE);

  return g_date_time_new (zone, 2026, 11, day, hour, minute, 0);
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A one-off meeting on 24 November 2026, 19:00–20:00 New York time. */
static gint64
add_meeting (Fixture    *f,
             int         reminder,
             const char *online_url)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  GDate date = rp_test_make_date (2026, 11, 24);

  schedule = rp_schedule_new_once (&date, 19 * 60, 60, ZONE, &error);
  g_assert_no_error (error);
  rp_meeting_set_name (meeting, NAME);
  rp_meeting_set_location (meeting, PLACE);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_reminder (meeting, reminder);
  rp_meeting_set_online_url (meeting, online_url);
  rp_store_add_meeting (f->store.store, meeting, &error);
  g_assert_no_error (error);

  return rp_meeting_get_id (meeting);
}

static void
start (Fixture   *f,
       GDateTime *now)
{
  if (f->clock == NULL)
    f->clock = rp_clock_new_fixed (now);
  else
    rp_clock_set_now (f->clock, now);
  if (f->notifier == NULL)
    f->notifier = rp_test_notifier_new ();
  f->reminders = rp_reminders_new (f->store.store, f->clock, RP_NOTIFIER (f->notifier));
  drain ();
}

/* A new process on the same data: new RpReminders and notifier. */
static void
restart (Fixture *f)
{
  g_clear_object (&f->reminders);
  g_clear_object (&f->notifier);
  f->notifier = rp_test_notifier_new ();
  f->reminders = rp_reminders_new (f->store.store, f->clock, RP_NOTIFIER (f->notifier));
  drain ();
}

static void
move_to (Fixture   *f,
         GDateTime *now)
{
  rp_clock_set_now (f->clock, now);
  drain ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  rp_test_store_set_up (&f->store, user_data);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_object (&f->reminders);
  g_clear_object (&f->notifier);
  g_clear_object (&f->clock);
  rp_test_store_tear_down (&f->store, user_data);
}

static void
assert_private (const RpTestNotification *notification)
{
  g_assert_null (strstr (notification->summary, "Serenity"));
  g_assert_null (strstr (notification->body, "Serenity"));
  g_assert_null (strstr (notification->summary, "Anne"));
  g_assert_null (strstr (notification->body, "Anne"));
}

static void
test_on_time_once (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GDateTime) before = new_york (24, 18, 44);
  g_autoptr(GDateTime) due = new_york (24, 18, 45);
  g_autoptr(GDateTime) later = new_york (24, 18, 50);
  const RpTestNotification *shown;

  add_meeting (f, 15, NULL);
  start (f, before);

  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), due));

  move_to (f, due);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  shown = rp_test_notifier_get_shown (f->notifier, 0);
  g_assert_cmpstr (shown->summary, ==, "Reminder");
  g_assert_nonnull (strstr (shown->body, "19:00"));
  g_assert_nonnull (strstr (shown->body, "15 minutes"));
  assert_private (shown);
  g_assert_true (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_OPEN));
  g_assert_true (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_SNOOZE));
  g_assert_true (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_GOING));
  /* No sponsor is saved yet. */
  g_assert_false (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_CALL_SPONSOR));

  move_to (f, later);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);

  /* A restart, even with the meeting still ahead, does not repeat it. */
  restart (f);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
}

static void
test_missed_while_off (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GDateTime) during = new_york (24, 19, 10);
  g_autoptr(GDateTime) after = new_york (24, 20, 30);
  const RpTestNotification *shown;

  add_meeting (f, 30, NULL);

  /* Started after the meeting ended: nothing, ever. */
  start (f, after);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
  g_clear_object (&f->reminders);

  /* Started while it is on: once, marked late. */
  rp_clock_set_now (f->clock, during);
  restart (f);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  shown = rp_test_notifier_get_shown (f->notifier, 0);
  g_assert_cmpstr (shown->summary, ==, "Late reminder");
  assert_private (shown);

  restart (f);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
}

static void
test_snooze (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(GDateTime) due = new_york (24, 18, 30);
  g_autoptr(GDateTime) nine = new_york (24, 18, 39);
  g_autoptr(GDateTime) ten = new_york (24, 18, 40);

  add_meeting (f, 30, NULL);
  start (f, due);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);

  rp_test_notifier_invoke (f->notifier, 0, RP_REMINDER_ACTION_SNOOZE);
  drain ();
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), ten));

  move_to (f, nine);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);

  /* A snooze survives a restart: it is in the database. */
  restart (f);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
  move_to (f, ten);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  g_assert_nonnull (strstr (rp_test_notifier_get_shown (f->notifier, 0)->body, "20 minutes"));

  move_to (f, due);
  restart (f);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
}

typedef struct
{
  int     kind;
  gint64  source_id;
  char   *date;
} Opened;

static void
open_cb (RpReminders *reminders,
         int          kind,
         gint64       source_id,
         const char  *date,
         Opened      *opened)
{
  opened->kind = kind;
  opened->source_id = source_id;
  g_free (opened->date);
  opened->date = g_strdup (date);
}

static void
test_going_and_open (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GDateTime) due = new_york (24, 18, 30);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  RpAttendanceRecord *record;
  GDate date = rp_test_make_date (2026, 11, 24);
  Opened opened = { -1, 0, NULL };
  gint64 id;

  id = add_meeting (f, 30, NULL);
  start (f, due);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);

  rp_test_notifier_invoke (f->notifier, 0, RP_REMINDER_ACTION_GOING);
  history = rp_store_get_attendance_history (f->store.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  record = g_ptr_array_index (history, 0);
  g_assert_cmpint (record->status, ==, RP_ATTENDANCE_ATTENDED);
  g_assert_cmpint (g_date_compare (&record->date, &date), ==, 0);

  g_signal_connect (f->reminders, "open", G_CALLBACK (open_cb), &opened);
  rp_test_notifier_invoke (f->notifier, 0, RP_REMINDER_ACTION_OPEN);
  g_assert_cmpint (opened.kind, ==, RP_REMINDER_MEETING);
  g_assert_cmpint (opened.source_id, ==, id);
  g_assert_cmpstr (opened.date, ==, "2026-11-24");
  g_free (opened.date);
}

/* With a primary sponsor saved, a reminder offers Call Sponsor, and the
 * action reaches whoever places the call (app.call-sponsor). */
static void
test_call_sponsor (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GDateTime) due = new_york (24, 18, 30);
  g_autoptr(RpContact) sponsor = rp_contact_new ();
  g_autoptr(GError) error = NULL;
  const RpTestNotification *shown;
  guint n_calls = 0;

  rp_contact_set_display_name (sponsor, "Pat");
  rp_contact_add_phone (sponsor, NULL, "555 1000");
  rp_contact_set_primary_sponsor (sponsor, TRUE);
  g_assert_true (rp_store_add_contact (f->store.store, sponsor, FALSE, &error));
  g_assert_no_error (error);

  add_meeting (f, 30, NULL);
  start (f, due);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  shown = rp_test_notifier_get_shown (f->notifier, 0);
  g_assert_true (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_CALL_SPONSOR));
  /* The sponsor's name is not on a private notification either. */
  g_assert_null (strstr (shown->body, "Pat"));

  g_signal_connect_swapped (f->reminders, "call-sponsor", G_CALLBACK (rp_test_count_signal), &n_calls);
  rp_test_notifier_invoke (f->notifier, 0, RP_REMINDER_ACTION_CALL_SPONSOR);
  g_assert_cmpuint (n_calls, ==, 1);
}

/* Private off: the meeting's name and place, and Join for an https link
 * (never for plain http, which the window asks about first). */
static void
test_not_private (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GDateTime) due = new_york (24, 18, 30);
  const RpTestNotification *shown;

  add_meeting (f, 30, "https://meet.example.org/serenity");
  start (f, due);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  shown = rp_test_notifier_get_shown (f->notifier, 0);
  assert_private (shown);
  g_assert_false (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_JOIN));

  g_clear_object (&f->reminders);
  rp_test_exec (f->store.database, "DELETE FROM fired_reminder");
  f->reminders = rp_reminders_new (f->store.store, f->clock, RP_NOTIFIER (f->notifier));
  rp_reminders_set_private (f->reminders, FALSE);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 2);
  shown = rp_test_notifier_get_shown (f->notifier, 1);
  g_assert_cmpstr (shown->summary, ==, NAME);
  g_assert_nonnull (strstr (shown->body, PLACE));
  g_assert_true (rp_test_notification_has_action (shown, RP_REMINDER_ACTION_JOIN));
}

/* No notification server: nothing is lost. The reminder is kept pending
 * (the window shows it), or shown as soon as a server appears. */
static void
test_no_server (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) due = new_york (24, 18, 30);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;

  add_meeting (f, 30, NULL);
  f->notifier = rp_test_notifier_new ();
  rp_test_notifier_set_failing (f->notifier, TRUE);
  g_test_expect_message ("rp-reminders", G_LOG_LEVEL_MESSAGE, "No notification server*");
  start (f, due);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
  g_assert_cmpint (rp_test_query_int (f->store.database,
                                      "SELECT count(*) FROM fired_reminder WHERE state = 1"),
                   ==, 1);

  /* While the server is away, planning again does not retry in a loop. */
  rp_reminders_plan (f->reminders);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);

  /* The server comes back: shown once, and no longer pending. */
  rp_test_notifier_set_failing (f->notifier, FALSE);
  rp_test_notifier_set_available (f->notifier, TRUE);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  pending = rp_store_take_pending_reminders (f->store.store, due, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 0);
  restart (f);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
}

/* Without a server, the window takes the pending reminder: it is then
 * not shown again when a server appears. */
static void
test_pending_taken_by_window (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(GDateTime) due = new_york (24, 18, 30);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;
  RpFiredReminder *record;
  gint64 id;

  id = add_meeting (f, 30, NULL);
  f->notifier = rp_test_notifier_new ();
  rp_test_notifier_set_failing (f->notifier, TRUE);
  g_test_expect_message ("rp-reminders", G_LOG_LEVEL_MESSAGE, "No notification server*");
  start (f, due);
  g_test_assert_expected_messages ();

  pending = rp_store_take_pending_reminders (f->store.store, due, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 1);
  record = g_ptr_array_index (pending, 0);
  g_assert_cmpint (record->kind, ==, RP_REMINDER_MEETING);
  g_assert_cmpint (record->source_id, ==, id);

  rp_test_notifier_set_failing (f->notifier, FALSE);
  rp_test_notifier_set_available (f->notifier, TRUE);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
}

/* Preferences: the default lead time, and reminders off altogether. */
static void
test_settings (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  g_autoptr(GDateTime) before = new_york (24, 18, 0);
  g_autoptr(GDateTime) at_45 = new_york (24, 18, 15);
  g_autoptr(GDateTime) at_30 = new_york (24, 18, 30);

  add_meeting (f, RP_MEETING_REMINDER_DEFAULT, NULL);
  start (f, before);
  rp_reminders_bind_settings (f->reminders, settings);
  drain ();
  g_assert_true (rp_reminders_get_private (f->reminders));
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), at_30));

  g_settings_set_int (settings, "default-reminder-minutes", 45);
  drain ();
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), at_45));

  g_settings_set_boolean (settings, "meeting-reminders", FALSE);
  drain ();
  move_to (f, at_30);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);

  g_settings_set_boolean (settings, "private-notifications", FALSE);
  g_assert_false (rp_reminders_get_private (f->reminders));
}

static void
record_open (RpReminders *reminders,
             int          kind,
             gint64       source_id,
             const char  *date,
             GString     *opened)
{
  g_string_append_printf (opened, "%d %s;", kind, date);
}

/* The daily reading's reminder: off by default, then at the chosen local
 * time once a day, with the generic text; Open says which day. */
static void
test_daily_reading (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  g_autoptr(GDateTime) morning = new_york (24, 6, 0);
  g_autoptr(GDateTime) at_seven = new_york (24, 7, 0);
  g_autoptr(GDateTime) next_morning = new_york (25, 6, 0);
  g_autoptr(GDateTime) next_seven = new_york (25, 7, 0);
  g_autoptr(GString) opened = g_string_new ("");
  const RpTestNotification *shown;

  start (f, morning);
  rp_reminders_bind_settings (f->reminders, settings);
  g_signal_connect (f->reminders, "open", G_CALLBACK (record_open), opened);
  drain ();
  g_assert_true (rp_reminders_get_wake_up (f->reminders) == NULL ||
                 !g_date_time_equal (rp_reminders_get_wake_up (f->reminders), at_seven));

  g_settings_set_int (settings, "daily-reading-time", 7 * 60);
  g_settings_set_boolean (settings, "daily-reading-reminder", TRUE);
  drain ();
  g_assert_nonnull (rp_reminders_get_wake_up (f->reminders));
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), at_seven));

  move_to (f, at_seven);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  shown = rp_test_notifier_get_shown (f->notifier, 0);
  g_assert_cmpstr (shown->body, ==, "Time for your daily reading");
  g_assert_cmpstr (shown->summary, ==, "Reminder");

  rp_test_notifier_invoke (f->notifier, 0, RP_REMINDER_ACTION_OPEN);
  drain ();
  g_assert_cmpstr (opened->str, ==, "1 2026-11-24;");

  /* Once a day: a restart that morning shows nothing new; the next day's
   * comes at seven again, and turning it off stops it. */
  restart (f);
  rp_reminders_bind_settings (f->reminders, settings);
  drain ();
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
  move_to (f, next_morning);
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), next_seven));
  g_settings_set_boolean (settings, "daily-reading-reminder", FALSE);
  drain ();
  move_to (f, next_seven);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 0);
}

/* The daily check-in's reminder: off by default, its switch adds and
 * removes it; at 21:00 by default, with the generic text; Open says it
 * is the check-in (the application shows the Today page). */
static void
test_daily_check_in (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GSettings) settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  g_autoptr(GDateTime) evening = new_york (24, 20, 0);
  g_autoptr(GDateTime) at_nine = new_york (24, 21, 0);
  g_autoptr(GDateTime) next_evening = new_york (25, 20, 0);
  g_autoptr(GDateTime) next_nine = new_york (25, 21, 0);
  g_autoptr(GString) opened = g_string_new ("");
  const RpTestNotification *shown;

  g_assert_false (g_settings_get_boolean (settings, "check-in-reminder"));
  g_assert_cmpint (g_settings_get_int (settings, "check-in-time"), ==, 21 * 60);

  start (f, evening);
  rp_reminders_bind_settings (f->reminders, settings);
  g_signal_connect (f->reminders, "open", G_CALLBACK (record_open), opened);
  drain ();
  g_assert_true (rp_reminders_get_wake_up (f->reminders) == NULL ||
                 !g_date_time_equal (rp_reminders_get_wake_up (f->reminders), at_nine));

  g_settings_set_boolean (settings, "check-in-reminder", TRUE);
  drain ();
  g_assert_nonnull (rp_reminders_get_wake_up (f->reminders));
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), at_nine));

  move_to (f, at_nine);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
  shown = rp_test_notifier_get_shown (f->notifier, 0);
  g_assert_cmpstr (shown->body, ==, "Time for your daily check-in");

  rp_test_notifier_invoke (f->notifier, 0, RP_REMINDER_ACTION_OPEN);
  drain ();
  g_assert_cmpstr (opened->str, ==, "2 2026-11-24;");

  /* Turned off, the next day's is not planned. */
  move_to (f, next_evening);
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), next_nine));
  g_settings_set_boolean (settings, "check-in-reminder", FALSE);
  drain ();
  g_assert_true (rp_reminders_get_wake_up (f->reminders) == NULL ||
                 !g_date_time_equal (rp_reminders_get_wake_up (f->reminders), next_nine));
  move_to (f, next_nine);
  g_assert_cmpuint (rp_test_notifier_get_n_shown (f->notifier), ==, 1);
}

/* Editing the meeting plans again: the new time is reminded. */
static void
test_replan_on_change (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GDateTime) before = new_york (24, 17, 0);
  g_autoptr(GDateTime) new_due = new_york (24, 17, 50);
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = add_meeting (f, 30, NULL);
  start (f, before);

  meeting = rp_store_load_meeting (f->store.store, id, &error);
  g_assert_no_error (error);
  rp_meeting_set_reminder (meeting, 70);
  rp_store_update_meeting (f->store.store, meeting, &error);
  g_assert_no_error (error);
  drain ();
  g_assert_true (g_date_time_equal (rp_reminders_get_wake_up (f->reminders), new_due));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", ZONE, TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/reminders/on-time-once", Fixture, NULL,
              fixture_set_up, test_on_time_once, fixture_tear_down);
  g_test_add ("/reminders/missed-while-off", Fixture, NULL,
              fixture_set_up, test_missed_while_off, fixture_tear_down);
  g_test_add ("/reminders/snooze", Fixture, NULL,
              fixture_set_up, test_snooze, fixture_tear_down);
  g_test_add ("/reminders/going-and-open", Fixture, NULL,
              fixture_set_up, test_going_and_open, fixture_tear_down);
  g_test_add ("/reminders/call-sponsor", Fixture, NULL,
              fixture_set_up, test_call_sponsor, fixture_tear_down);
  g_test_add ("/reminders/not-private", Fixture, NULL,
              fixture_set_up, test_not_private, fixture_tear_down);
  g_test_add ("/reminders/no-server", Fixture, NULL,
              fixture_set_up, test_no_server, fixture_tear_down);
  g_test_add ("/reminders/pending-taken-by-window", Fixture, NULL,
              fixture_set_up, test_pending_taken_by_window, fixture_tear_down);
  g_test_add ("/reminders/settings", Fixture, NULL,
              fixture_set_up, test_settings, fixture_tear_down);
  g_test_add ("/reminders/daily-reading", Fixture, NULL,
              fixture_set_up, test_daily_reading, fixture_tear_down);
  g_test_add ("/reminders/daily-check-in", Fixture, NULL,
              fixture_set_up, test_daily_check_in, fixture_tear_down);
  g_test_add ("/reminders/replan-on-change", Fixture, NULL,
              fixture_set_up, test_replan_on_change, fixture_tear_down);

  return g_test_run ();
}
