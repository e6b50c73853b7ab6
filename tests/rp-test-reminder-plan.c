/* rp-test-reminder-plan.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reminder planner's tests' shared pieces (see
 * rp-test-reminder-plan.h), one copy for both test programs. */

#define G_LOG_DOMAIN "test-reminder-plan"

#include "config.h"

#include "rp-meeting-private.h"
#include "rp-reminder-plan.h"
#include "rp-test-reminder-plan.h"
#include "rp-test-util.h"

GTimeZone *
zone (const char *zone_id)
{
  GTimeZone *time_zone = g_time_zone_new_identifier (zone_id);

  g_assert_nonnull (time_zone);

  return time_zone;
}

GDateTime *
zoned (const char *zone_id,
       int         year,
       int         month,
       int         day,
       int         hour,
       int         minute)
{
  g_autoptr(GTimeZone) time_zone = zone (zone_id);

  return g_date_time_new (time_zone, year, month, day, hour, minute, 0);
}

GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

/* An instant as UTC text, so that a failure shows both sides readably. */
char *
utc_text (GDateTime *moment)
{
  g_autoptr(GDateTime) in_utc = g_date_time_to_utc (moment);

  return g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%SZ");
}

RpMeeting *
meeting_new (gint64      id,
             const char *name,
             RpSchedule *schedule,
             int         reminder)
{
  RpMeeting *meeting = rp_meeting_new ();

  rp_meeting_set_name (meeting, name);
  rp_meeting_set_schedule (meeting, schedule);
  rp_meeting_set_reminder (meeting, reminder);
  rp_meeting_set_id (meeting, id);

  return meeting;
}

RpMeeting *
once_meeting (gint64      id,
              int         year,
              int         month,
              int         day,
              guint       start_minute,
              const char *zone_id,
              int         reminder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpSchedule) schedule = NULL;
  GDate date = rp_test_make_date (year, month, day);

  schedule = rp_schedule_new_once (&date, start_minute, 60, zone_id, &error);
  g_assert_no_error (error);

  return meeting_new (id, "Once", schedule, reminder);
}

/* A list of meetings, taking the references given. */
GListStore *
meetings_new (RpMeeting *first,
              ...)
{
  GListStore *store = g_list_store_new (RP_TYPE_MEETING);
  va_list args;

  va_start (args, first);
  for (RpMeeting *meeting = first; meeting != NULL; meeting = va_arg (args, RpMeeting *))
    {
      g_list_store_append (store, meeting);
      g_object_unref (meeting);
    }
  va_end (args);

  return store;
}

static int
compare_reminders (gconstpointer a,
                   gconstpointer b)
{
  return rp_reminder_compare (*(RpReminder * const *) a, *(RpReminder * const *) b);
}

GPtrArray *
collect (gpointer   source,
         GDateTime *from,
         GDateTime *until)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_reminder_free);

  rp_reminder_source_collect (RP_REMINDER_SOURCE (source), from, until, out);
  g_ptr_array_sort (out, compare_reminders);

  return out;
}

void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}
