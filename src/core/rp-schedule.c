/* rp-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include "rp-schedule-private.h"

/* RpSchedule says when a meeting takes place, in the meeting's own time
 * zone, and expands that into occurrences. It is pure: no I/O, no clock;
 * callers pass the window they want. RpMeeting holds one; the reminder
 * plan, the agenda and the .ics exporter read it.
 *
 * Recurring kinds are expanded by libical's iterator over floating local
 * wall time (DTSTART without a zone), so the rule never sees a UTC offset;
 * each wall time is then placed on the time line in the meeting's zone.
 * That is what keeps a 19:00 New York meeting at 19:00 in New York on
 * both sides of a clock change, wherever the viewer is. */

G_DEFINE_BOXED_TYPE (RpSchedule, rp_schedule, rp_schedule_ref, rp_schedule_unref)
G_DEFINE_BOXED_TYPE (RpOccurrence, rp_occurrence, rp_occurrence_copy, rp_occurrence_free)

G_DEFINE_QUARK (rp-schedule-error-quark, rp_schedule_error)

/* Indexed by GDateWeekday. */
const char * const rp_schedule_weekday_codes[8] = {
  NULL, "MO", "TU", "WE", "TH", "FR", "SA", "SU",
};

/* --- RpOccurrence ---------------------------------------------------- */

/**
 * rp_occurrence_copy:
 * @self: a #RpOccurrence
 *
 * Returns: (transfer full): a copy of @self
 */
RpOccurrence *
rp_occurrence_copy (const RpOccurrence *self)
{
  RpOccurrence *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpOccurrence, 1);
  copy->start = g_date_time_ref (self->start);
  copy->end = g_date_time_ref (self->end);
  copy->date = self->date;

  return copy;
}

void
rp_occurrence_free (RpOccurrence *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_free (self);
}

/* --- validation ------------------------------------------------------ */

static gboolean
date_in_range (const GDate *date)
{
  return g_date_valid (date) &&
         g_date_get_year (date) >= RP_SCHEDULE_MIN_YEAR &&
         g_date_get_year (date) <= RP_SCHEDULE_MAX_YEAR;
}

gboolean
rp_schedule_check_first_date (const GDate  *date,
                              GError      **error)
{
  if (date == NULL || !g_date_valid (date))
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE,
                           _("Choose a date for the meeting"));
      return FALSE;
    }

  if (!date_in_range (date))
    {
      g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE,
                   _("Choose a date between the years %d and %d"),
                   RP_SCHEDULE_MIN_YEAR, RP_SCHEDULE_MAX_YEAR);
      return FALSE;
    }

  return TRUE;
}

gboolean
rp_schedule_check_start_and_duration (guint    start_minute,
                                      guint    duration_minutes,
                                      GError **error)
{
  if (start_minute >= RP_SCHEDULE_MINUTES_PER_DAY)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_TIME,
                           _("Choose a start time between 00:00 and 23:59"));
      return FALSE;
    }

  if (duration_minutes < 1 || duration_minutes > RP_SCHEDULE_MAX_DURATION)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DURATION,
                           _("Choose a duration between 1 minute and 24 hours"));
      return FALSE;
    }

  return TRUE;
}

/* Only IANA names: GLib also takes file paths, POSIX TZ rules ("CET-1CEST,
 * M3.5.0,M10.5.0/3") and offsets ("+05:00"), none of which an .ics file
 * or another computer would understand as a TZID. */
static gboolean
looks_like_iana_name (const char *id)
{
  if (!g_ascii_isalpha (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '+')
        continue;
      if (*p == '/' && p[1] != '/' && p[1] != '\0')
        continue;
      return FALSE;
    }

  return TRUE;
}

/* GLib reads a name it has no file for as a POSIX TZ rule, so "UTC-11" (a
 * Windows name for eleven hours behind UTC) would load as eleven hours
 * ahead. Only the names of the system's database count. */
static gboolean
is_in_zone_database (const char *id)
{
  const char *folder = g_getenv ("TZDIR");
  g_autofree char *path = NULL;

  if (folder == NULL || folder[0] == '\0')
    folder = "/usr/share/zoneinfo";
  path = g_build_filename (folder, id, NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

GTimeZone *
rp_schedule_load_time_zone (const char  *time_zone_id,
                            GError     **error)
{
  GTimeZone *time_zone = NULL;

  if (time_zone_id == NULL || time_zone_id[0] == '\0')
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
                           _("Choose a time zone"));
      return NULL;
    }

  if (looks_like_iana_name (time_zone_id) && is_in_zone_database (time_zone_id))
    time_zone = g_time_zone_new_identifier (time_zone_id);

  if (time_zone == NULL)
    g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
                 _("“%s” is not a known time zone"), time_zone_id);

  return time_zone;
}

/* --- construction ---------------------------------------------------- */

static void
schedule_clear (gpointer data)
{
  RpSchedule *self = data;

  g_clear_pointer (&self->time_zone_id, g_free);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->excluded_dates, g_free);
}

int
rp_schedule_compare_dates (gconstpointer a,
                           gconstpointer b)
{
  return g_date_compare (a, b);
}

void
rp_schedule_set_excluded_dates (RpSchedule  *self,
                                const GDate *dates,
                                guint        n_dates)
{
  guint n_kept = 0;

  g_clear_pointer (&self->excluded_dates, g_free);
  self->n_excluded_dates = 0;

  for (guint i = 0; i < n_dates; i++)
    g_return_if_fail (g_date_valid (&dates[i]));

  if (n_dates == 0)
    return;

  self->excluded_dates = g_memdup2 (dates, n_dates * sizeof (GDate));
  qsort (self->excluded_dates, n_dates, sizeof (GDate), rp_schedule_compare_dates);

  for (guint i = 0; i < n_dates; i++)
    if (n_kept == 0 || g_date_compare (&self->excluded_dates[n_kept - 1],
                                       &self->excluded_dates[i]) != 0)
      self->excluded_dates[n_kept++] = self->excluded_dates[i];

  self->n_excluded_dates = n_kept;
}

void
rp_schedule_append_rule_text (RpSchedule *self,
                              GString    *text)
{
  if (self->kind == RP_SCHEDULE_WEEKLY)
    {
      gboolean first = TRUE;

      g_string_append (text, "FREQ=WEEKLY;BYDAY=");
      for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
        {
          if (!(self->weekdays & RP_WEEKDAY_BIT (day)))
            continue;
          if (!first)
            g_string_append_c (text, ',');
          g_string_append (text, rp_schedule_weekday_codes[day]);
          first = FALSE;
        }
    }
  else
    {
      GDateWeekday day = G_DATE_MONDAY;

      while (!(self->weekdays & RP_WEEKDAY_BIT (day)))
        day++;
      g_string_append_printf (text, "FREQ=MONTHLY;BYDAY=%d%s", self->nth, rp_schedule_weekday_codes[day]);
    }
}

/* Takes @time_zone. Everything else has been checked by the caller. */
RpSchedule *
rp_schedule_new_internal (RpScheduleKind  kind,
                          RpWeekdays      weekdays,
                          int             nth,
                          const GDate    *first_date,
                          guint           start_minute,
                          guint           duration_minutes,
                          const char     *time_zone_id,
                          GTimeZone      *time_zone)
{
  RpSchedule *self = g_atomic_rc_box_new0 (RpSchedule);

  self->kind = kind;
  self->weekdays = weekdays;
  self->nth = nth;
  self->first_date = *first_date;
  g_date_clear (&self->last_date, 1);
  self->start_minute = start_minute;
  self->duration_minutes = duration_minutes;
  self->time_zone_id = g_strdup (time_zone_id);
  self->time_zone = time_zone;
  icalrecurrencetype_clear (&self->rule);

  if (kind != RP_SCHEDULE_ONCE)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      rp_schedule_append_rule_text (self, text);
      self->rule = icalrecurrencetype_from_string (text->str);
      g_assert (self->rule.freq != ICAL_NO_RECURRENCE);
    }

  return self;
}

static RpSchedule *
schedule_copy (RpSchedule *self)
{
  RpSchedule *copy = g_atomic_rc_box_dup (sizeof (RpSchedule), self);

  /* The dup copied the pointers; give the copy its own. */
  copy->time_zone_id = g_strdup (self->time_zone_id);
  copy->time_zone = g_time_zone_ref (self->time_zone);
  copy->excluded_dates = NULL;
  copy->n_excluded_dates = 0;
  rp_schedule_set_excluded_dates (copy, self->excluded_dates, self->n_excluded_dates);

  return copy;
}

/**
 * rp_schedule_new_weekly:
 * @first_date: the date from which the schedule applies; it need not be
 *   one of @weekdays
 * @weekdays: the days of the week, at least one
 * @start_minute: the start time in the meeting's zone, in minutes since
 *   midnight (0..1439)
 * @duration_minutes: 1..1440; %RP_SCHEDULE_DEFAULT_DURATION is the default
 * @time_zone_id: the meeting's IANA time zone, such as "America/New_York";
 *   choosing the local one as the default is the caller's business
 * @error: return location for a #RpScheduleError
 *
 * Returns: (transfer full) (nullable): the schedule, or %NULL with @error
 *   set to a message the user can act on
 */
RpSchedule *
rp_schedule_new_weekly (const GDate  *first_date,
                        RpWeekdays    weekdays,
                        guint         start_minute,
                        guint         duration_minutes,
                        const char   *time_zone_id,
                        GError      **error)
{
  GTimeZone *time_zone;

  g_return_val_if_fail ((weekdays & ~RP_WEEKDAYS_ALL) == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (weekdays == RP_WEEKDAYS_NONE)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_NO_WEEKDAY,
                           _("Choose at least one weekday"));
      return NULL;
    }

  if (!rp_schedule_check_first_date (first_date, error) ||
      !rp_schedule_check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = rp_schedule_load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  return rp_schedule_new_internal (RP_SCHEDULE_WEEKLY, weekdays, 0, first_date,
                                   start_minute, duration_minutes, time_zone_id, time_zone);
}

/**
 * rp_schedule_new_monthly:
 * @first_date: the date from which the schedule applies
 * @nth: which @weekday of the month: 1..4, or %RP_SCHEDULE_LAST
 * @weekday: the day of the week
 * @start_minute: as for rp_schedule_new_weekly()
 * @duration_minutes: as for rp_schedule_new_weekly()
 * @time_zone_id: as for rp_schedule_new_weekly()
 * @error: return location for a #RpScheduleError
 *
 * Returns: (transfer full) (nullable): the schedule, or %NULL with @error set
 */
RpSchedule *
rp_schedule_new_monthly (const GDate   *first_date,
                         int            nth,
                         GDateWeekday   weekday,
                         guint          start_minute,
                         guint          duration_minutes,
                         const char    *time_zone_id,
                         GError       **error)
{
  GTimeZone *time_zone;

  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (nth != RP_SCHEDULE_LAST && (nth < 1 || nth > 4))
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE,
                           _("Choose the first, second, third, fourth or last weekday of the month"));
      return NULL;
    }

  if (!rp_schedule_check_first_date (first_date, error) ||
      !rp_schedule_check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = rp_schedule_load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  return rp_schedule_new_internal (RP_SCHEDULE_MONTHLY, RP_WEEKDAY_BIT (weekday), nth, first_date,
                                   start_minute, duration_minutes, time_zone_id, time_zone);
}

/**
 * rp_schedule_new_once:
 * @date: the date of the meeting, in its time zone
 * @start_minute: as for rp_schedule_new_weekly()
 * @duration_minutes: as for rp_schedule_new_weekly()
 * @time_zone_id: as for rp_schedule_new_weekly()
 * @error: return location for a #RpScheduleError
 *
 * Returns: (transfer full) (nullable): the schedule, or %NULL with @error set
 */
RpSchedule *
rp_schedule_new_once (const GDate  *date,
                      guint         start_minute,
                      guint         duration_minutes,
                      const char   *time_zone_id,
                      GError      **error)
{
  GTimeZone *time_zone;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rp_schedule_check_first_date (date, error) ||
      !rp_schedule_check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = rp_schedule_load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  return rp_schedule_new_internal (RP_SCHEDULE_ONCE, RP_WEEKDAYS_NONE, 0, date,
                                   start_minute, duration_minutes, time_zone_id, time_zone);
}

/**
 * rp_schedule_copy_with_last_date:
 * @self: a weekly or monthly #RpSchedule
 * @last_date: (nullable): the last date on which the meeting may take
 *   place, or %NULL for none
 * @error: return location for a #RpScheduleError
 *
 * Returns: (transfer full) (nullable): a copy of @self ending on
 *   @last_date, or %NULL with @error set when @last_date is before the
 *   first date
 */
RpSchedule *
rp_schedule_copy_with_last_date (RpSchedule   *self,
                                 const GDate  *last_date,
                                 GError      **error)
{
  RpSchedule *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->kind != RP_SCHEDULE_ONCE, NULL);
  g_return_val_if_fail (last_date == NULL || g_date_valid (last_date), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (last_date != NULL && g_date_compare (last_date, &self->first_date) < 0)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE,
                           _("Choose a last date that is not before the first date"));
      return NULL;
    }

  copy = schedule_copy (self);
  if (last_date != NULL)
    copy->last_date = *last_date;
  else
    g_date_clear (&copy->last_date, 1);

  return copy;
}

/**
 * rp_schedule_copy_with_excluded_dates:
 * @self: a #RpSchedule
 * @excluded_dates: (array length=n_excluded_dates) (nullable): dates in the
 *   meeting's zone on which it does not take place (EXDATE), in any order
 * @n_excluded_dates: the length of @excluded_dates
 *
 * Replaces the excluded dates. A date on which the meeting would not take
 * place anyway is kept, harmlessly, as iCalendar allows.
 *
 * Returns: (transfer full): a copy of @self with these excluded dates
 */
RpSchedule *
rp_schedule_copy_with_excluded_dates (RpSchedule  *self,
                                      const GDate *excluded_dates,
                                      guint        n_excluded_dates)
{
  RpSchedule *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (excluded_dates != NULL || n_excluded_dates == 0, NULL);

  copy = schedule_copy (self);
  rp_schedule_set_excluded_dates (copy, excluded_dates, n_excluded_dates);

  return copy;
}

/* --- accessors --------------------------------------------------------- */

/**
 * rp_schedule_ref:
 * @self: a #RpSchedule
 *
 * Returns: (transfer full): @self
 */
RpSchedule *
rp_schedule_ref (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rp_schedule_unref (RpSchedule *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, schedule_clear);
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);

  return g_date_compare (a, b) == 0;
}

/**
 * rp_schedule_equal:
 * @a: a #RpSchedule
 * @b: a #RpSchedule
 *
 * Returns: whether @a and @b hold the same fields. Two schedules written
 * differently that happen to give the same dates (a first date a day
 * apart, both before the first occurrence) are not equal.
 */
gboolean
rp_schedule_equal (RpSchedule *a,
                   RpSchedule *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a == b)
    return TRUE;

  if (a->kind != b->kind ||
      a->weekdays != b->weekdays ||
      a->nth != b->nth ||
      !dates_equal (&a->first_date, &b->first_date) ||
      !dates_equal (&a->last_date, &b->last_date) ||
      a->start_minute != b->start_minute ||
      a->duration_minutes != b->duration_minutes ||
      g_strcmp0 (a->time_zone_id, b->time_zone_id) != 0 ||
      a->n_excluded_dates != b->n_excluded_dates)
    return FALSE;

  for (guint i = 0; i < a->n_excluded_dates; i++)
    if (g_date_compare (&a->excluded_dates[i], &b->excluded_dates[i]) != 0)
      return FALSE;

  return TRUE;
}

RpScheduleKind
rp_schedule_get_kind (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, RP_SCHEDULE_ONCE);

  return self->kind;
}

/**
 * rp_schedule_get_weekdays:
 * @self: a #RpSchedule
 *
 * Returns: the weekdays of a weekly schedule, the one weekday of a monthly
 *   one, none for a single date
 */
RpWeekdays
rp_schedule_get_weekdays (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, RP_WEEKDAYS_NONE);

  return self->weekdays;
}

/**
 * rp_schedule_get_nth:
 * @self: a #RpSchedule
 *
 * Returns: for a monthly schedule 1..4 or %RP_SCHEDULE_LAST; otherwise 0
 */
int
rp_schedule_get_nth (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nth;
}

/**
 * rp_schedule_get_first_date:
 * @self: a #RpSchedule
 *
 * Returns: (transfer none): the date of a single meeting, or the date from
 *   which a recurring one applies
 */
const GDate *
rp_schedule_get_first_date (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->first_date;
}

/**
 * rp_schedule_get_last_date:
 * @self: a #RpSchedule
 *
 * Returns: (transfer none) (nullable): the last date on which a recurring
 *   meeting may take place, or %NULL when it goes on
 */
const GDate *
rp_schedule_get_last_date (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_date_valid (&self->last_date) ? &self->last_date : NULL;
}

guint
rp_schedule_get_start_minute (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start_minute;
}

guint
rp_schedule_get_duration_minutes (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, RP_SCHEDULE_DEFAULT_DURATION);

  return self->duration_minutes;
}

const char *
rp_schedule_get_time_zone_id (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->time_zone_id;
}

/**
 * rp_schedule_get_time_zone:
 * @self: a #RpSchedule
 *
 * Returns: (transfer none): the meeting's time zone
 */
GTimeZone *
rp_schedule_get_time_zone (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->time_zone;
}

/**
 * rp_schedule_get_excluded_dates:
 * @self: a #RpSchedule
 * @n_excluded_dates: (out): the number of dates
 *
 * Returns: (transfer none) (array length=n_excluded_dates) (nullable): the
 *   excluded dates, sorted
 */
const GDate *
rp_schedule_get_excluded_dates (RpSchedule *self,
                                guint      *n_excluded_dates)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_excluded_dates != NULL, NULL);

  *n_excluded_dates = self->n_excluded_dates;

  return self->excluded_dates;
}

gboolean
rp_schedule_is_excluded (RpSchedule  *self,
                         const GDate *date)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (self->n_excluded_dates == 0)
    return FALSE;

  return bsearch (date, self->excluded_dates, self->n_excluded_dates,
                  sizeof (GDate), rp_schedule_compare_dates) != NULL;
}
