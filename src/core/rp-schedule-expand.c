/* rp-schedule-expand.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-schedule"

#include "config.h"

#include "rp-schedule-private.h"

/* Expands an RpSchedule into occurrences over a window (see the comment
 * at the top of rp-schedule.c for how wall times meet the time line). */

/* A safety net, not a limit anyone should reach: more than the number of
 * daily occurrences between RP_SCHEDULE_MIN_YEAR and RP_SCHEDULE_MAX_YEAR,
 * so it only ever stops an iterator that has gone wrong. */
#define MAX_ITERATIONS 250000

static RpOccurrence *
occurrence_new (GDateTime   *start,
                guint        duration_minutes,
                const GDate *date)
{
  RpOccurrence *self = g_new0 (RpOccurrence, 1);

  self->start = g_date_time_ref (start);
  self->end = g_date_time_add_minutes (start, duration_minutes);
  self->date = *date;

  return self;
}

/* --- expansion --------------------------------------------------------- */

/* libical may hand out an unsynchronized DTSTART as an occurrence (RFC 5545
 * leaves that case undefined); our first date is only a lower bound. */
gboolean
rp_schedule_rule_matches (RpSchedule  *self,
                          const GDate *date)
{
  guint day = g_date_get_day (date);

  if (!(self->weekdays & RP_WEEKDAY_BIT (g_date_get_weekday (date))))
    return FALSE;

  if (self->kind == RP_SCHEDULE_WEEKLY)
    return TRUE;

  if (self->nth == RP_SCHEDULE_LAST)
    return day + 7 > g_date_get_days_in_month (g_date_get_month (date), g_date_get_year (date));

  return (int) ((day - 1) / 7 + 1) == self->nth;
}

static struct icaltimetype
ical_wall_time (const GDate *date,
                guint        minute)
{
  struct icaltimetype time = icaltime_null_time ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);
  time.hour = minute / 60;
  time.minute = minute % 60;
  time.is_date = 0;

  return time;
}

/* Adds the occurrence on @date unless it is excluded or outside the window.
 * Returns FALSE once occurrences start at or after @to: nothing later can
 * be in the window. */
static gboolean
add_occurrence (RpSchedule  *self,
                GPtrArray   *occurrences,
                const GDate *date,
                GDateTime   *from,
                GDateTime   *to)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(RpOccurrence) occurrence = NULL;

  start = rp_schedule_wall_time_to_date_time (self->time_zone, date, self->start_minute);
  if (start == NULL || (to != NULL && g_date_time_compare (start, to) >= 0))
    return FALSE;

  if (rp_schedule_is_excluded (self, date))
    return TRUE;

  occurrence = occurrence_new (start, self->duration_minutes, date);
  if (occurrence->end == NULL)
    return FALSE;

  if (g_date_time_compare (occurrence->end, from) > 0)
    g_ptr_array_add (occurrences, g_steal_pointer (&occurrence));

  return TRUE;
}

static void
expand_rule (RpSchedule *self,
             GPtrArray  *occurrences,
             GDateTime  *from,
             GDateTime  *to,
             guint       max_count)
{
  g_autoptr(GDateTime) local_from = g_date_time_to_timezone (from, self->time_zone);
  icalrecur_iterator *iterator;
  struct icaltimetype previous = icaltime_null_time ();
  GDate scan_date;

  /* Fast-forward: start the iterator near @from, not at a first date ten
   * years back. An occurrence lasts at most 24 hours, which a clock going
   * forward stretches to 25 on the wall, so one still in progress at @from
   * started at most two dates before @from's local date. */
  g_date_clear (&scan_date, 1);
  g_date_set_dmy (&scan_date, g_date_time_get_day_of_month (local_from),
                  g_date_time_get_month (local_from), g_date_time_get_year (local_from));
  if (g_date_get_julian (&scan_date) > 2)
    g_date_subtract_days (&scan_date, 2);

  if (g_date_valid (&self->last_date) && g_date_compare (&scan_date, &self->last_date) > 0)
    return;

  iterator = icalrecur_iterator_new (self->rule, ical_wall_time (&self->first_date,
                                                                 self->start_minute));
  if (iterator == NULL)
    {
      g_warning ("libical refused a rule it parsed: %s", icalerror_strerror (icalerrno));
      return;
    }

  if (g_date_compare (&scan_date, &self->first_date) > 0)
    icalrecur_iterator_set_start (iterator, ical_wall_time (&scan_date, 0));

  for (guint i = 0; i < MAX_ITERATIONS; i++)
    {
      struct icaltimetype next = icalrecur_iterator_next (iterator);
      GDate date;

      if (icaltime_is_null_time (next))
        break;

      /* Never trust an iterator to end by itself. */
      if (!icaltime_is_null_time (previous) && icaltime_compare (next, previous) <= 0)
        {
          g_warning ("libical's recurrence iterator went backwards");
          break;
        }
      previous = next;

      if (!g_date_valid_dmy (next.day, next.month, next.year))
        break;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, next.day, next.month, next.year);

      if (g_date_valid (&self->last_date) && g_date_compare (&date, &self->last_date) > 0)
        break;

      if (g_date_compare (&date, &self->first_date) < 0 || !rp_schedule_rule_matches (self, &date))
        continue;

      if (!add_occurrence (self, occurrences, &date, from, to) ||
          occurrences->len >= max_count)
        break;
    }

  icalrecur_iterator_free (iterator);
}

static GPtrArray *
expand (RpSchedule *self,
        GDateTime  *from,
        GDateTime  *to,
        guint       max_count)
{
  GPtrArray *occurrences = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_occurrence_free);

  if (max_count == 0 || (to != NULL && g_date_time_compare (from, to) >= 0))
    return occurrences;

  if (self->kind == RP_SCHEDULE_ONCE)
    add_occurrence (self, occurrences, &self->first_date, from, to);
  else
    expand_rule (self, occurrences, from, to, max_count);

  return occurrences;
}

/**
 * rp_schedule_occurrences:
 * @self: a #RpSchedule
 * @from: the start of the window, in any zone
 * @to: the end of the window, in any zone
 * @max_count: at most this many occurrences are returned
 *
 * The occurrences that end after @from and start before @to, so a meeting
 * in progress at @from is included, sorted by start, at most @max_count of
 * them (the earliest). Excluded dates are left out.
 *
 * Returns: (transfer container) (element-type RpOccurrence): the
 *   occurrences; the array frees them
 */
GPtrArray *
rp_schedule_occurrences (RpSchedule *self,
                         GDateTime  *from,
                         GDateTime  *to,
                         guint       max_count)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  return expand (self, from, to, max_count);
}

/**
 * rp_schedule_next_occurrence:
 * @self: a #RpSchedule
 * @from: a moment, in any zone
 *
 * Returns: (transfer full) (nullable): the first occurrence that ends after
 *   @from (it may be in progress), or %NULL when there is none
 */
RpOccurrence *
rp_schedule_next_occurrence (RpSchedule *self,
                             GDateTime  *from)
{
  g_autoptr(GPtrArray) occurrences = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (from != NULL, NULL);

  occurrences = expand (self, from, NULL, 1);
  if (occurrences->len == 0)
    return NULL;

  return g_ptr_array_steal_index (occurrences, 0);
}
