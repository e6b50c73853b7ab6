/* rp-reminder.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One reminder (what the planner hands the reminders timer), the record
 * that one fired (what the store keeps so it never fires twice), their
 * keys, and the text of a reminder's notification. Pure: the clock and the
 * viewer's zone are given. */

#define G_LOG_DOMAIN "rp-reminder"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-agenda.h"
#include "rp-reminder.h"

G_DEFINE_BOXED_TYPE (RpReminder, rp_reminder, rp_reminder_copy, rp_reminder_free)
G_DEFINE_BOXED_TYPE (RpFiredReminder, rp_fired_reminder,
                     rp_fired_reminder_copy, rp_fired_reminder_free)

/* Indexed by RpReminderKind; stored in the database: never change one. */
static const char * const kind_names[] = {
  "meeting",
  "reading",
  "check-in",
  "milestone",
};

/* --- kinds and keys ---------------------------------------------------- */

/**
 * rp_reminder_kind_to_string:
 * @kind: a #RpReminderKind
 *
 * Returns: the stored name of @kind: "meeting", "reading", "check-in" or
 *   "milestone"
 */
const char *
rp_reminder_kind_to_string (RpReminderKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

/**
 * rp_reminder_kind_from_string:
 * @text: a stored kind name
 * @out_kind: (out): the kind it names
 *
 * Returns: whether @text names a kind
 */
gboolean
rp_reminder_kind_from_string (const char     *text,
                              RpReminderKind *out_kind)
{
  g_return_val_if_fail (out_kind != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_str_equal (text, kind_names[i]))
        {
          *out_kind = (RpReminderKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rp_reminder_make_key:
 * @kind: what the reminder is about
 * @source_id: which meeting, reading or recovery date
 * @occurrence: which occurrence, "YYYY-MM-DDTHH:MM"
 *
 * Returns: (transfer full): the key of a reminder and of its fired record,
 *   e.g. "meeting:12:2026-11-21T19:00"
 */
char *
rp_reminder_make_key (RpReminderKind  kind,
                      gint64          source_id,
                      const char     *occurrence)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  g_return_val_if_fail (occurrence != NULL, NULL);

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%s", kind_names[kind], source_id, occurrence);
}

/* --- RpReminder -------------------------------------------------------- */

/**
 * rp_reminder_new:
 * @kind: what it is about
 * @source_id: which meeting, reading or recovery date
 * @event_start: when the event starts, in any zone
 * @event_time_zone: the event's own zone: its occurrence and date are
 *   read on that clock
 * @event_end: until when the reminder is useful
 * @lead_minutes: how long before @event_start it is due: elapsed minutes,
 *   so a reminder across a clock change is still that long before
 *
 * Returns: (transfer full): the reminder, with @meeting and @title unset
 */
RpReminder *
rp_reminder_new (RpReminderKind  kind,
                 gint64          source_id,
                 GDateTime      *event_start,
                 GTimeZone      *event_time_zone,
                 GDateTime      *event_end,
                 int             lead_minutes)
{
  RpReminder *self;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  g_return_val_if_fail (event_start != NULL, NULL);
  g_return_val_if_fail (event_time_zone != NULL, NULL);
  g_return_val_if_fail (event_end != NULL, NULL);
  g_return_val_if_fail (lead_minutes >= 0, NULL);

  self = g_new0 (RpReminder, 1);
  self->kind = kind;
  self->source_id = source_id;
  self->event_start = g_date_time_to_timezone (event_start, event_time_zone);
  self->occurrence = g_date_time_format (self->event_start, "%Y-%m-%dT%H:%M");
  g_date_clear (&self->date, 1);
  g_date_set_dmy (&self->date,
                  g_date_time_get_day_of_month (self->event_start),
                  g_date_time_get_month (self->event_start),
                  g_date_time_get_year (self->event_start));
  self->event_end = g_date_time_ref (event_end);
  self->lead_minutes = lead_minutes;
  self->due = g_date_time_add_minutes (self->event_start, -lead_minutes);

  return self;
}

/**
 * rp_reminder_copy:
 * @self: a #RpReminder
 *
 * Returns: (transfer full): a copy of @self
 */
RpReminder *
rp_reminder_copy (const RpReminder *self)
{
  RpReminder *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpReminder, 1);
  copy->kind = self->kind;
  copy->source_id = self->source_id;
  copy->occurrence = g_strdup (self->occurrence);
  copy->date = self->date;
  copy->due = g_date_time_ref (self->due);
  copy->event_start = g_date_time_ref (self->event_start);
  copy->event_end = g_date_time_ref (self->event_end);
  copy->lead_minutes = self->lead_minutes;
  copy->meeting = self->meeting != NULL ? g_object_ref (self->meeting) : NULL;
  copy->title = g_strdup (self->title);
  copy->late = self->late;
  copy->snoozed = self->snoozed;

  return copy;
}

void
rp_reminder_free (RpReminder *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->occurrence, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->event_start, g_date_time_unref);
  g_clear_pointer (&self->event_end, g_date_time_unref);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->title, g_free);
  g_free (self);
}

/**
 * rp_reminder_dup_key:
 * @self: a #RpReminder
 *
 * Returns: (transfer full): its key, see rp_reminder_make_key()
 */
char *
rp_reminder_dup_key (const RpReminder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return rp_reminder_make_key (self->kind, self->source_id, self->occurrence);
}

/**
 * rp_reminder_compare:
 * @a: a #RpReminder
 * @b: another
 *
 * Orders reminders by due moment, then event start, kind, source id and
 * occurrence, so the same reminders always come in the same order.
 *
 * Returns: negative, 0 or positive, as strcmp()
 */
int
rp_reminder_compare (const RpReminder *a,
                     const RpReminder *b)
{
  int result;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  result = g_date_time_compare (a->due, b->due);
  if (result != 0)
    return result;

  result = g_date_time_compare (a->event_start, b->event_start);
  if (result != 0)
    return result;

  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;

  if (a->source_id != b->source_id)
    return a->source_id < b->source_id ? -1 : 1;

  return g_strcmp0 (a->occurrence, b->occurrence);
}

/* --- the notification's text ------------------------------------------ */

/* Whole minutes from @now to @event_start, rounded to the nearest: a
 * timer that fires a few hundred milliseconds late still says "in 30
 * minutes". */
static gint64
minutes_until (GDateTime *now,
               GDateTime *event_start)
{
  GTimeSpan span = g_date_time_difference (event_start, now);
  GTimeSpan half = G_TIME_SPAN_MINUTE / 2;

  if (span >= 0)
    return (span + half) / G_TIME_SPAN_MINUTE;

  return -((-span + half) / G_TIME_SPAN_MINUTE);
}

static char *
describe_minutes (int minutes)
{
  /* Translators: the minutes part of “in 1 hour 15 minutes” or “started 2
   * hours 5 minutes ago” */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes),
                          minutes);
}

static char *
describe_future (gint64 minutes)
{
  int hours = (int) MIN (minutes / 60, G_MAXINT);
  int rest = (int) (minutes % 60);

  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "in %d minute", "in %d minutes", rest),
                            rest);

  if (rest == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "in %d hour", "in %d hours", hours),
                            hours);

  {
    g_autofree char *rest_text = describe_minutes (rest);

    /* Translators: how soon an event starts: “in 1 hour 15 minutes”; %d is
     * the hours, %s the minutes (“15 minutes”) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "in %d hour %s", "in %d hours %s", hours),
                            hours, rest_text);
  }
}

static char *
describe_past (gint64 minutes)
{
  int hours = (int) MIN (minutes / 60, G_MAXINT);
  int rest = (int) (minutes % 60);

  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "started %d minute ago", "started %d minutes ago", rest),
                            rest);

  if (rest == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "started %d hour ago", "started %d hours ago", hours),
                            hours);

  {
    g_autofree char *rest_text = describe_minutes (rest);

    /* Translators: how long ago an event started: “started 1 hour 15
     * minutes ago”; %d is the hours, %s the minutes (“15 minutes”) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "started %d hour %s ago", "started %d hours %s ago", hours),
                            hours, rest_text);
  }
}

static char *
describe_relative (GDateTime *now,
                   GDateTime *event_start)
{
  gint64 minutes = minutes_until (now, event_start);

  if (minutes == 0)
    /* Translators: an event starts now, as in “Event at 19:00 — now” */
    return g_strdup (C_("event starts", "now"));
  if (minutes > 0)
    return describe_future (minutes);

  return describe_past (-minutes);
}

/* Where a meeting is, for a notification that may name it. */
static const char *
describe_place (RpMeeting *meeting)
{
  const char *location = rp_meeting_get_location (meeting);
  const char *address = rp_meeting_get_address (meeting);

  if (location != NULL)
    return location;
  if (address != NULL)
    return address;
  if (rp_meeting_get_online_url (meeting) != NULL ||
      rp_meeting_get_conference_phone (meeting) != NULL)
    return _("Online");

  return NULL;
}

/* The start in the viewer's zone; when the meeting keeps another zone,
 * followed by its own time and zone, as the agenda shows it. */
static char *
describe_meeting_time (const RpReminder *self,
                       GTimeZone        *viewer_time_zone)
{
  g_autoptr(GDateTime) local_start = g_date_time_to_timezone (self->event_start, viewer_time_zone);
  g_autofree char *local_time = rp_agenda_format_time_of_day (local_start);
  RpSchedule *schedule = self->meeting != NULL ? rp_meeting_get_schedule (self->meeting) : NULL;
  GTimeZone *meeting_zone;
  g_autoptr(GDateTime) there = NULL;
  g_autofree char *there_time = NULL;

  if (schedule == NULL ||
      g_strcmp0 (rp_schedule_get_time_zone_id (schedule),
                 g_time_zone_get_identifier (viewer_time_zone)) == 0)
    return g_steal_pointer (&local_time);

  meeting_zone = rp_schedule_get_time_zone (schedule);
  there = g_date_time_to_timezone (self->event_start, meeting_zone);
  there_time = rp_agenda_format_time_of_day (there);

  /* Translators: a reminder's start time where the user is, then the
   * meeting's own time and its zone's abbreviation: “14:00 (19:00 GMT)” */
  return g_strdup_printf (C_("reminder time in two zones", "%s (%s %s)"),
                          local_time, there_time,
                          g_date_time_get_timezone_abbreviation (there));
}

static const char *
generic_line (RpReminderKind kind)
{
  switch (kind)
    {
    case RP_REMINDER_READING:
      return _("Time for your daily reading");
    case RP_REMINDER_CHECK_IN:
      return _("Time for your daily check-in");
    case RP_REMINDER_MILESTONE:
      return _("Something to celebrate today");
    case RP_REMINDER_MEETING:
    default:
      return _("Reminder");
    }
}

/**
 * rp_reminder_format:
 * @self: a #RpReminder
 * @private_text: whether the text must not name the meeting, place, group,
 *   program or person (Preferences, "Private notifications")
 * @now: when it is shown
 * @viewer_time_zone: the zone to show times in
 * @out_summary: (out) (transfer full): the notification's summary
 * @out_body: (out) (transfer full): the notification's body
 *
 * The notification's text, in plain text: the caller escapes it where
 * bodies are read as markup.
 *
 * A private meeting reminder says only "Reminder" (or "Late reminder")
 * and "Event at 19:00 — in 30 minutes". Otherwise the summary is the
 * meeting's name and the body "19:00 · Place — in 30 minutes", the place
 * being the location, the address or "Online"; when the meeting keeps
 * another zone than the viewer's, its own time and zone follow the time.
 * Other kinds say what is due ("Time for your daily reading"), under
 * their title when not private.
 */
void
rp_reminder_format (const RpReminder  *self,
                    gboolean           private_text,
                    GDateTime         *now,
                    GTimeZone         *viewer_time_zone,
                    char             **out_summary,
                    char             **out_body)
{
  g_autofree char *relative = NULL;
  g_autofree char *time_text = NULL;
  const char *place;

  g_return_if_fail (self != NULL);
  g_return_if_fail (now != NULL);
  g_return_if_fail (viewer_time_zone != NULL);
  g_return_if_fail (out_summary != NULL);
  g_return_if_fail (out_body != NULL);

  if (self->kind != RP_REMINDER_MEETING)
    {
      if (private_text || self->title == NULL || self->title[0] == '\0')
        *out_summary = g_strdup (self->late ? _("Late reminder") : _("Reminder"));
      else
        *out_summary = g_strdup (self->title);
      *out_body = g_strdup (generic_line (self->kind));
      return;
    }

  relative = describe_relative (now, self->event_start);

  if (private_text || self->meeting == NULL)
    {
      g_autoptr(GDateTime) local_start = g_date_time_to_timezone (self->event_start,
                                                                  viewer_time_zone);

      time_text = rp_agenda_format_time_of_day (local_start);
      *out_summary = g_strdup (self->late ? _("Late reminder") : _("Reminder"));
      /* Translators: a private reminder, which names no meeting or place:
       * “Event at 19:00 — in 30 minutes”; the second %s is “in 30
       * minutes”, “now” or “started 5 minutes ago” */
      *out_body = g_strdup_printf (_("Event at %s — %s"), time_text, relative);
      return;
    }

  time_text = describe_meeting_time (self, viewer_time_zone);
  place = describe_place (self->meeting);
  *out_summary = g_strdup (rp_meeting_get_name (self->meeting));

  if (place != NULL)
    /* Translators: a meeting reminder: “19:00 · Saint Mark’s — in 30
     * minutes”: the time, the place (or “Online”), then when it starts */
    *out_body = g_strdup_printf (_("%s · %s — %s"), time_text, place, relative);
  else
    /* Translators: a meeting reminder without a place: “19:00 — in 30
     * minutes” */
    *out_body = g_strdup_printf (_("%s — %s"), time_text, relative);
}

/* --- RpFiredReminder --------------------------------------------------- */

/**
 * rp_fired_reminder_copy:
 * @self: a #RpFiredReminder
 *
 * Returns: (transfer full): a copy of @self
 */
RpFiredReminder *
rp_fired_reminder_copy (const RpFiredReminder *self)
{
  RpFiredReminder *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpFiredReminder, 1);
  copy->kind = self->kind;
  copy->source_id = self->source_id;
  copy->occurrence = g_strdup (self->occurrence);
  copy->event_start = self->event_start != NULL ? g_date_time_ref (self->event_start) : NULL;
  copy->fired_at = self->fired_at != NULL ? g_date_time_ref (self->fired_at) : NULL;
  copy->late = self->late;
  copy->state = self->state;
  copy->snoozed_until = self->snoozed_until != NULL ? g_date_time_ref (self->snoozed_until) : NULL;

  return copy;
}

void
rp_fired_reminder_free (RpFiredReminder *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->occurrence, g_free);
  g_clear_pointer (&self->event_start, g_date_time_unref);
  g_clear_pointer (&self->fired_at, g_date_time_unref);
  g_clear_pointer (&self->snoozed_until, g_date_time_unref);
  g_free (self);
}

/**
 * rp_fired_reminder_dup_key:
 * @self: a #RpFiredReminder
 *
 * Returns: (transfer full): its key, the same as the reminder's
 */
char *
rp_fired_reminder_dup_key (const RpFiredReminder *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return rp_reminder_make_key (self->kind, self->source_id, self->occurrence);
}
