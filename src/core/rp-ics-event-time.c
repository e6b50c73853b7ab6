/* rp-ics-event-time.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-ics-event-private.h"
#include "rp-schedule-private.h"

/* When an event takes place: DTSTART, DTEND or DURATION, RRULE with COUNT
 * or UNTIL, EXDATE, and the RECURRENCE-IDs of its changed occurrences, on
 * the meeting's clock. Zones are the system's (rp-ics-zones.c). */

/* --- time ---------------------------------------------------------------- */

static gboolean
date_in_range (const struct icaltimetype *time)
{
  return time->year >= RP_SCHEDULE_MIN_YEAR && time->year <= RP_SCHEDULE_MAX_YEAR &&
         g_date_valid_dmy (time->day, time->month, time->year);
}

static void
date_from_ical (const struct icaltimetype *time,
                GDate                     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, time->day, time->month, time->year);
}

static void
date_from_date_time (GDateTime *date_time,
                     GDate     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (date_time),
                  g_date_time_get_month (date_time), g_date_time_get_year (date_time));
}

static const char *
tzid_of (icalproperty *property)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);

  return parameter != NULL ? icalparameter_get_tzid (parameter) : NULL;
}

/* A TZID may be quoted in a reason when it is short and plain. */
static gboolean
skip_unknown_zone (RpIcsReader *self,
                   const char  *tzid)
{
  gboolean plain = tzid != NULL && strlen (tzid) <= 64 && g_utf8_validate (tzid, -1, NULL);

  for (const char *p = tzid; plain && *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      plain = FALSE;

  if (plain)
    /* Translators: %s is a time zone's name in the file, such as “Eastern Time” */
    return rp_ics_reader_skip (self, RP_ICS_SKIP_UNKNOWN_TIME_ZONE,
                               _("Its time zone “%s” is not one this computer knows."), tzid);

  return rp_ics_reader_skip (self, RP_ICS_SKIP_UNKNOWN_TIME_ZONE,
                             _("Its time zone is not one this computer knows."));
}

/* Where a DATE-TIME value of @property falls on the time line: UTC, in its
 * TZID's zone, or (floating) on the meeting's clock. */
static GDateTime *
instant_of (RpIcsReader               *self,
            icalproperty              *property,
            const struct icaltimetype *time)
{
  const char *tzid = tzid_of (property);
  const char *zone_id;
  g_autoptr(GTimeZone) zone = NULL;
  GDate date;

  if (!date_in_range (time))
    {
      rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID,
                          _("One of its dates is not between the years %d and %d."),
                          RP_SCHEDULE_MIN_YEAR, RP_SCHEDULE_MAX_YEAR);
      return NULL;
    }

  if (icaltime_is_utc (*time))
    return g_date_time_new_utc (time->year, time->month, time->day,
                                time->hour, time->minute, 0);

  date_from_ical (time, &date);

  if (tzid == NULL)
    return rp_schedule_wall_time_to_date_time (self->time_zone, &date,
                                               time->hour * 60 + time->minute);

  zone_id = rp_ics_zones_resolve (self->context->zones, tzid);
  if (zone_id != NULL)
    zone = rp_schedule_load_time_zone (zone_id, NULL);
  if (zone == NULL)
    {
      skip_unknown_zone (self, tzid);
      return NULL;
    }

  return rp_schedule_wall_time_to_date_time (zone, &date, time->hour * 60 + time->minute);
}

/* The date of an EXDATE or RECURRENCE-ID on the meeting's clock. */
static gboolean
date_on_meeting_clock (RpIcsReader               *self,
                       icalproperty              *property,
                       const struct icaltimetype *time,
                       GDate                     *date)
{
  const char *tzid = tzid_of (property);
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (!date_in_range (time))
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID,
                               _("One of its dates is not between the years %d and %d."),
                               RP_SCHEDULE_MIN_YEAR, RP_SCHEDULE_MAX_YEAR);

  /* Same clock as DTSTART: the written date is the meeting's date. */
  if (time->is_date || (!icaltime_is_utc (*time) && g_strcmp0 (tzid, self->start_tzid) == 0) ||
      (!icaltime_is_utc (*time) && tzid == NULL))
    {
      date_from_ical (time, date);
      return TRUE;
    }

  instant = instant_of (self, property, time);
  if (instant == NULL)
    return FALSE;

  local = g_date_time_to_timezone (instant, self->time_zone);
  date_from_date_time (local, date);

  return TRUE;
}

gboolean
rp_ics_reader_read_start (RpIcsReader *self)
{
  icalproperty *property = icalcomponent_get_first_property (self->event, ICAL_DTSTART_PROPERTY);
  struct icaltimetype time;
  const char *zone_id;

  if (property == NULL)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It has no start (DTSTART)."));

  time = icalproperty_get_dtstart (property);
  if (icaltime_is_null_time (time))
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It has no start (DTSTART)."));

  if (time.is_date)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_ALL_DAY,
                               _("It lasts all day, and a meeting needs a start time."));

  if (!date_in_range (&time))
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It starts outside the years %d to %d."),
                               RP_SCHEDULE_MIN_YEAR, RP_SCHEDULE_MAX_YEAR);

  self->start_tzid = tzid_of (property);

  if (icaltime_is_utc (time))
    {
      /* A repeating event in UTC repeats on UTC's clock; a single one is
       * shown on the calendar's (or the user's) own clock. */
      g_autoptr(GDateTime) instant = g_date_time_new_utc (time.year, time.month, time.day,
                                                          time.hour, time.minute, 0);
      g_autoptr(GDateTime) local = NULL;

      self->start_tzid = NULL;
      if (self->repeats)
        zone_id = "UTC";
      else if (self->context->calendar_time_zone_id != NULL)
        zone_id = self->context->calendar_time_zone_id;
      else if (self->context->default_time_zone_id != NULL)
        zone_id = self->context->default_time_zone_id;
      else
        zone_id = "UTC";

      self->time_zone = rp_schedule_load_time_zone (zone_id, NULL);
      if (self->time_zone == NULL || instant == NULL)
        return skip_unknown_zone (self, zone_id);

      local = g_date_time_to_timezone (instant, self->time_zone);
      date_from_date_time (local, &self->first_date);
      self->start_minute = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
    }
  else
    {
      if (self->start_tzid != NULL)
        zone_id = rp_ics_zones_resolve (self->context->zones, self->start_tzid);
      else if (self->context->calendar_time_zone_id != NULL)
        zone_id = self->context->calendar_time_zone_id;
      else
        zone_id = self->context->default_time_zone_id;

      if (zone_id == NULL && self->start_tzid == NULL)
        return rp_ics_reader_skip (self, RP_ICS_SKIP_UNKNOWN_TIME_ZONE,
                                   _("Its time has no time zone, and the calendar names none."));
      if (zone_id == NULL || (self->time_zone = rp_schedule_load_time_zone (zone_id, NULL)) == NULL)
        return skip_unknown_zone (self, self->start_tzid != NULL ? self->start_tzid : zone_id);

      date_from_ical (&time, &self->first_date);
      self->start_minute = time.hour * 60 + time.minute;
    }

  self->time_zone_id = g_strdup (zone_id);
  self->start = rp_schedule_wall_time_to_date_time (self->time_zone, &self->first_date,
                                                    self->start_minute);
  if (self->start == NULL)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("Its start is not a valid time."));

  return TRUE;
}

gboolean
rp_ics_reader_read_duration (RpIcsReader *self)
{
  icalproperty *end_property = icalcomponent_get_first_property (self->event, ICAL_DTEND_PROPERTY);
  icalproperty *duration_property = icalcomponent_get_first_property (self->event, ICAL_DURATION_PROPERTY);
  gint64 seconds;

  if (end_property != NULL)
    {
      struct icaltimetype end_time = icalproperty_get_dtend (end_property);
      g_autoptr(GDateTime) end = NULL;

      if (end_time.is_date)
        return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("Its end is a date without a time."));

      end = instant_of (self, end_property, &end_time);
      if (end == NULL)
        return FALSE;

      seconds = g_date_time_difference (end, self->start) / G_TIME_SPAN_SECOND;
    }
  else if (duration_property != NULL)
    {
      seconds = icaldurationtype_as_int (icalproperty_get_duration (duration_property));
    }
  else
    {
      seconds = RP_SCHEDULE_DEFAULT_DURATION * 60;
    }

  if (seconds < 0)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It ends before it starts."));

  if (seconds > RP_SCHEDULE_MAX_DURATION * 60)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It lasts more than 24 hours."));

  /* An event of no length (a reminder in a calendar) gets the editor's
   * default length. */
  self->duration_minutes = seconds / 60;
  if (self->duration_minutes == 0)
    self->duration_minutes = RP_SCHEDULE_DEFAULT_DURATION;

  return TRUE;
}

/* --- the schedule --------------------------------------------------------- */

static gboolean
skip_schedule_error (RpIcsReader  *self,
                     const GError *error)
{
  RpIcsSkipKind kind = RP_ICS_SKIP_INVALID;
  gsize length = strlen (error->message);
  gboolean ends_sentence = length > 0 && strchr (".!?", error->message[length - 1]) != NULL;

  if (error->domain == RP_SCHEDULE_ERROR)
    switch (error->code)
      {
      case RP_SCHEDULE_ERROR_UNSUPPORTED_RULE:
      case RP_SCHEDULE_ERROR_INVALID_RULE:
      case RP_SCHEDULE_ERROR_NO_WEEKDAY:
        kind = RP_ICS_SKIP_UNSUPPORTED_REPEAT;
        break;
      case RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE:
        kind = RP_ICS_SKIP_UNKNOWN_TIME_ZONE;
        break;
      default:
        break;
      }

  return rp_ics_reader_skip (self, kind, ends_sentence ? "%s" : "%s.", error->message);
}

/* The date of the COUNT-th occurrence, by libical's iterator over the
 * meeting's wall clock. */
static gboolean
last_date_from_count (RpIcsReader               *self,
                      struct icalrecurrencetype  rule,
                      GDate                     *last_date)
{
  struct icaltimetype start = icaltime_null_time ();
  struct icaltimetype last = icaltime_null_time ();
  icalrecur_iterator *iterator;

  g_date_clear (last_date, 1);
  if (rule.count > RP_ICS_MAX_COUNT)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_UNSUPPORTED_REPEAT,
                               _("It repeats more than %d times (COUNT)."), RP_ICS_MAX_COUNT);

  start.year = g_date_get_year (&self->first_date);
  start.month = g_date_get_month (&self->first_date);
  start.day = g_date_get_day (&self->first_date);
  start.hour = self->start_minute / 60;
  start.minute = self->start_minute % 60;

  iterator = icalrecur_iterator_new (rule, start);
  if (iterator == NULL)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_UNSUPPORTED_REPEAT, _("Its repeat rule cannot be read."));

  for (int i = 0; i < rule.count; i++)
    {
      struct icaltimetype next = icalrecur_iterator_next (iterator);

      if (icaltime_is_null_time (next))
        break;
      last = next;

      if (i % 1024 == 1023 && rp_ics_deadline_expired (self->context->deadline))
        {
          rp_ics_set_timed_out_error (&self->error);
          icalrecur_iterator_free (iterator);
          return FALSE;
        }
    }
  icalrecur_iterator_free (iterator);

  if (!icaltime_is_null_time (last) && date_in_range (&last))
    date_from_ical (&last, last_date);

  return TRUE;
}

static gboolean
add_excluded_date (RpIcsReader               *self,
                   GArray                    *dates,
                   icalproperty              *property,
                   const struct icaltimetype *time)
{
  GDate date;

  if (dates->len >= RP_ICS_MAX_EXCLUDED_DATES)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It has more than %d excluded dates."),
                               RP_ICS_MAX_EXCLUDED_DATES);

  if (!date_on_meeting_clock (self, property, time, &date))
    return FALSE;

  g_array_append_val (dates, date);

  return TRUE;
}

RpSchedule *
rp_ics_reader_read_schedule (RpIcsReader *self,
                             GPtrArray   *overrides)
{
  icalproperty *rule_property = icalcomponent_get_first_property (self->event, ICAL_RRULE_PROPERTY);
  g_autoptr(GArray) excluded = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  struct icalrecurrencetype rule;
  GDate last_date;

  for (icalproperty *property = icalcomponent_get_first_property (self->event, ICAL_EXDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (self->event, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype time = icalproperty_get_exdate (property);

      if (!add_excluded_date (self, excluded, property, &time))
        return NULL;
    }

  /* A changed occurrence is left out of the series (its change is not
   * kept: a meeting has one schedule). */
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      icalproperty *property = g_ptr_array_index (overrides, i);
      icalparameter *range = icalproperty_get_first_parameter (property, ICAL_RANGE_PARAMETER);
      struct icaltimetype time = icalproperty_get_recurrenceid (property);

      if (!self->repeats)
        {
          rp_ics_reader_skip (self, RP_ICS_SKIP_CHANGED_OCCURRENCE,
                              _("Another event in the file changes it (RECURRENCE-ID)."));
          return NULL;
        }

      if (range != NULL && icalparameter_get_range (range) == ICAL_RANGE_THISANDFUTURE)
        {
          rp_ics_reader_skip (self, RP_ICS_SKIP_CHANGED_OCCURRENCE,
                              _("Another event in the file changes all its occurrences from one date on."));
          return NULL;
        }

      if (!add_excluded_date (self, excluded, property, &time))
        return NULL;
    }

  if (!self->repeats)
    {
      schedule = rp_schedule_new_from_recurrence (NULL, &self->first_date, self->start_minute,
                                                  self->duration_minutes, self->time_zone_id,
                                                  (const GDate *) excluded->data, excluded->len,
                                                  &error);
      if (schedule == NULL)
        skip_schedule_error (self, error);
      return g_steal_pointer (&schedule);
    }

  /* COUNT is not something a meeting can have; its last date is. The
   * rule is checked without it first, so only rules the editor can make
   * are ever run. */
  rule = icalproperty_get_rrule (rule_property);
  rule.count = 0;
  schedule = rp_schedule_new_from_recurrence (&rule, &self->first_date, self->start_minute,
                                              self->duration_minutes, self->time_zone_id,
                                              (const GDate *) excluded->data, excluded->len,
                                              &error);
  if (schedule == NULL)
    {
      if (g_error_matches (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE) &&
          !icaltime_is_null_time (rule.until))
        rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("Its repeat rule ends (UNTIL) before it starts."));
      else
        skip_schedule_error (self, error);
      return NULL;
    }

  rule = icalproperty_get_rrule (rule_property);
  if (rule.count > 0)
    {
      const GDate *until_date = rp_schedule_get_last_date (schedule);
      RpSchedule *ending;

      if (!last_date_from_count (self, rule, &last_date))
        return NULL;

      if (g_date_valid (&last_date) &&
          (until_date == NULL || g_date_compare (&last_date, until_date) < 0))
        {
          ending = rp_schedule_copy_with_last_date (schedule, &last_date, &error);
          if (ending == NULL)
            {
              skip_schedule_error (self, error);
              return NULL;
            }
          rp_schedule_unref (schedule);
          schedule = ending;
        }
    }

  return g_steal_pointer (&schedule);
}

