/* rp-application-reminders.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpApplication's reminders: the one timer of the process, and what the
 * buttons of its notifications do (Open, Call Sponsor), and the reminders
 * kept for the window when no notification server was there. */

#define G_LOG_DOMAIN "rp-application"

#include "config.h"

#include "rp-application-private.h"
#include "rp-daily-reading-settings.h"
#include "rp-libnotify-notifier.h"
#include "rp-schedule.h"

/* Reminders that could not be shown as notifications (no notification
 * server was running) are told in the window, once; those whose meeting
 * is over are dropped, as a late notification would be. */
void
rp_application_show_pending_reminders (RpApplication *self,
                                       RpWindow      *window)
{
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  pending = rp_store_take_pending_reminders (self->store, now, &error);
  if (pending == NULL)
    {
      g_message ("Could not read the reminders kept for the window: %s", error->message);
      return;
    }

  for (guint i = 0; i < pending->len; i++)
    {
      RpFiredReminder *record = g_ptr_array_index (pending, i);
      g_autoptr(RpMeeting) meeting = NULL;
      g_autofree char *date_text = NULL;
      g_autoptr(GDateTime) end = NULL;
      RpSchedule *schedule;
      GDate date;

      if (record->kind != RP_REMINDER_MEETING)
        continue;

      /* The occurrence key starts with the meeting's local date. */
      date_text = g_strndup (record->occurrence, 10);
      meeting = rp_store_load_meeting (self->store, record->source_id, NULL);
      if (meeting == NULL || !rp_schedule_parse_storage_date (date_text, &date, NULL))
        continue;

      /* Like a late notification: only while the meeting has not ended. */
      schedule = rp_meeting_get_schedule (meeting);
      end = g_date_time_add_minutes (record->event_start,
                                     (int) rp_schedule_get_duration_minutes (schedule));
      if (g_date_time_compare (end, now) <= 0)
        continue;

      rp_window_show_missed_reminder (window, meeting, &date, record->event_start);
    }
}

/* The daily reading's reminder was opened: the reading of the day it was
 * for (a late one, opened after midnight, still shows its own day's). */
static void
show_daily_reading (RpApplication *self,
                    RpWindow      *window,
                    const char    *date_text)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  if (self->store != NULL && rp_schedule_parse_storage_date (date_text, &date, NULL))
    reading = rp_daily_reading_settings_choose (self->store, self->settings, &date, TRUE, &error);

  if (error != NULL)
    g_message ("Could not choose the daily reading: %s", error->message);

  if (reading != NULL)
    {
      /* The id only: what the user reads stays out of logs. */
      g_debug ("Daily reading opened: %" G_GINT64_FORMAT, rp_reading_get_id (reading));
      rp_window_show_reading (window, rp_reading_get_id (reading));
    }
  else
    rp_window_show_page (window, "reading");
}

static void
reminder_open_cb (RpReminders   *reminders,
                  int            kind,
                  gint64         source_id,
                  const char    *date_text,
                  RpApplication *self)
{
  RpWindow *window = rp_application_get_or_create_window (self);
  GDate date;

  if (kind == RP_REMINDER_MEETING && rp_schedule_parse_storage_date (date_text, &date, NULL))
    rp_window_show_meeting (window, source_id, &date);
  else if (kind == RP_REMINDER_READING)
    show_daily_reading (self, window, date_text);
  else if (kind == RP_REMINDER_MILESTONE || kind == RP_REMINDER_CHECK_IN)
    rp_window_show_page (window, "today");

  gtk_window_present (GTK_WINDOW (window));
}

static void
reminder_call_sponsor_cb (RpReminders   *reminders,
                          RpApplication *self)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "call-sponsor", NULL);
}

/* A reminder was kept for the window while it is open: show it now. */
static void
store_reminder_changed_cb (RpStore       *store,
                           const char    *kind,
                           RpApplication *self)
{
  RpWindow *window = rp_application_find_main_window (self);

  if (window != NULL)
    rp_application_show_pending_reminders (self, window);
}

void
rp_application_start_reminders (RpApplication *self)
{
  g_autoptr(RpClock) clock = NULL;
  g_autoptr(RpLibnotifyNotifier) notifier = NULL;

  if (self->store == NULL)
    return;

  clock = g_object_ref (rp_application_get_clock (self));
  notifier = rp_libnotify_notifier_new ();
  self->reminders = rp_reminders_new (self->store, clock, RP_NOTIFIER (notifier));
  rp_reminders_bind_settings (self->reminders, self->settings);
  g_signal_connect_object (self->reminders, "open",
                           G_CALLBACK (reminder_open_cb), self, 0);
  g_signal_connect_object (self->reminders, "call-sponsor",
                           G_CALLBACK (reminder_call_sponsor_cb), self, 0);
  g_signal_connect_object (self->store, "changed::reminder",
                           G_CALLBACK (store_reminder_changed_cb), self, 0);
}
