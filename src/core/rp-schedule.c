/* rp-schedule.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "rp-schedule.h"

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

struct _RpSchedule
{
  RpScheduleKind kind;
  /* Weekly: the days; monthly: its one weekday; once: none. */
  RpWeekdays     weekdays;
  /* Monthly: 1..4 or RP_SCHEDULE_LAST; otherwise 0. */
  int            nth;
  GDate          first_date;
  /* Invalid (cleared) when the schedule has no last date. */
  GDate          last_date;
  guint          start_minute;
  guint          duration_minutes;
  char          *time_zone_id;
  GTimeZone     *time_zone;
  /* Sorted, without duplicates. */
  GDate         *excluded_dates;
  guint          n_excluded_dates;
  /* Recurring kinds: the rule the iterator runs, without UNTIL (the last
   * date is applied here, on local dates), parsed once from our own text. */
  struct icalrecurrencetype rule;
};

G_DEFINE_BOXED_TYPE (RpSchedule, rp_schedule, rp_schedule_ref, rp_schedule_unref)
G_DEFINE_BOXED_TYPE (RpOccurrence, rp_occurrence, rp_occurrence_copy, rp_occurrence_free)

G_DEFINE_QUARK (rp-schedule-error-quark, rp_schedule_error)

#define MINUTES_PER_DAY 1440
#define SECONDS_PER_DAY G_GINT64_CONSTANT (86400)

/* A safety net, not a limit anyone should reach: more than the number of
 * daily occurrences between RP_SCHEDULE_MIN_YEAR and RP_SCHEDULE_MAX_YEAR,
 * so it only ever stops an iterator that has gone wrong. */
#define MAX_ITERATIONS 250000

/* Indexed by GDateWeekday. */
static const char * const weekday_codes[] = {
  NULL, "MO", "TU", "WE", "TH", "FR", "SA", "SU",
};

/* --- RpOccurrence ---------------------------------------------------- */

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

static gboolean
check_first_date (const GDate  *date,
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

static gboolean
check_start_and_duration (guint    start_minute,
                          guint    duration_minutes,
                          GError **error)
{
  if (start_minute >= MINUTES_PER_DAY)
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

static GTimeZone *
load_time_zone (const char  *time_zone_id,
                GError     **error)
{
  GTimeZone *time_zone = NULL;

  if (time_zone_id == NULL || time_zone_id[0] == '\0')
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNKNOWN_TIME_ZONE,
                           _("Choose a time zone"));
      return NULL;
    }

  if (looks_like_iana_name (time_zone_id))
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

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

static void
set_excluded_dates (RpSchedule  *self,
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
  qsort (self->excluded_dates, n_dates, sizeof (GDate), compare_dates);

  for (guint i = 0; i < n_dates; i++)
    if (n_kept == 0 || g_date_compare (&self->excluded_dates[n_kept - 1],
                                       &self->excluded_dates[i]) != 0)
      self->excluded_dates[n_kept++] = self->excluded_dates[i];

  self->n_excluded_dates = n_kept;
}

static void
append_rule_text (RpSchedule *self,
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
          g_string_append (text, weekday_codes[day]);
          first = FALSE;
        }
    }
  else
    {
      GDateWeekday day = G_DATE_MONDAY;

      while (!(self->weekdays & RP_WEEKDAY_BIT (day)))
        day++;
      g_string_append_printf (text, "FREQ=MONTHLY;BYDAY=%d%s", self->nth, weekday_codes[day]);
    }
}

/* Takes @time_zone. Everything else has been checked by the caller. */
static RpSchedule *
schedule_new (RpScheduleKind  kind,
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

      append_rule_text (self, text);
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
  set_excluded_dates (copy, self->excluded_dates, self->n_excluded_dates);

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

  if (!check_first_date (first_date, error) ||
      !check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  return schedule_new (RP_SCHEDULE_WEEKLY, weekdays, 0, first_date,
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

  if (!check_first_date (first_date, error) ||
      !check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  return schedule_new (RP_SCHEDULE_MONTHLY, RP_WEEKDAY_BIT (weekday), nth, first_date,
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

  if (!check_first_date (date, error) ||
      !check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  return schedule_new (RP_SCHEDULE_ONCE, RP_WEEKDAYS_NONE, 0, date,
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
  set_excluded_dates (copy, excluded_dates, n_excluded_dates);

  return copy;
}

/* --- iCalendar rules --------------------------------------------------- */

static gboolean
by_part_is_empty (const short *values)
{
  return values[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

static gboolean
refuse_part (const char  *part,
             GError     **error)
{
  g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
               _("Repeat rules with %s are not supported"), part);
  return FALSE;
}

static GDateWeekday
weekday_from_ical (icalrecurrencetype_weekday day)
{
  /* libical counts from Sunday = 1, GLib from Monday = 1. */
  return (GDateWeekday) ((day + 5) % 7 + 1);
}

static gboolean
parse_rule (const struct icalrecurrencetype  *rule,
            const GDate                      *first_date,
            RpScheduleKind                   *kind,
            RpWeekdays                       *weekdays,
            int                              *nth,
            GError                          **error)
{
  const struct { const short *values; const char *name; } refused_parts[] = {
    { rule->by_second, "BYSECOND" },
    { rule->by_minute, "BYMINUTE" },
    { rule->by_hour, "BYHOUR" },
    { rule->by_month_day, "BYMONTHDAY" },
    { rule->by_year_day, "BYYEARDAY" },
    { rule->by_week_no, "BYWEEKNO" },
    { rule->by_month, "BYMONTH" },
    { rule->by_set_pos, "BYSETPOS" },
  };
  guint n_days = 0;

  switch (rule->freq)
    {
    case ICAL_WEEKLY_RECURRENCE:
      *kind = RP_SCHEDULE_WEEKLY;
      break;

    case ICAL_MONTHLY_RECURRENCE:
      *kind = RP_SCHEDULE_MONTHLY;
      break;

    case ICAL_SECONDLY_RECURRENCE:
    case ICAL_MINUTELY_RECURRENCE:
    case ICAL_HOURLY_RECURRENCE:
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                           _("Meetings that repeat several times a day are not supported"));
      return FALSE;

    case ICAL_DAILY_RECURRENCE:
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                           _("Daily repeat rules are not supported; repeat the meeting weekly on every day instead"));
      return FALSE;

    case ICAL_YEARLY_RECURRENCE:
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                           _("Meetings that repeat once a year are not supported"));
      return FALSE;

    case ICAL_NO_RECURRENCE:
    default:
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE,
                           _("The repeat rule has no valid frequency"));
      return FALSE;
    }

  if (rule->interval > 1)
    {
      if (*kind == RP_SCHEDULE_WEEKLY)
        g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Meetings every %d week are not supported, only every week",
                                  "Meetings every %d weeks are not supported, only every week",
                                  rule->interval),
                     rule->interval);
      else
        g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "Meetings every %d month are not supported, only every month",
                                  "Meetings every %d months are not supported, only every month",
                                  rule->interval),
                     rule->interval);
      return FALSE;
    }

  if (rule->interval < 1)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE,
                           _("The repeat rule has an invalid interval"));
      return FALSE;
    }

  if (rule->count != 0)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                           _("Meetings that stop after a number of times are not supported; give a last date instead"));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused_parts); i++)
    if (!by_part_is_empty (refused_parts[i].values))
      return refuse_part (refused_parts[i].name, error);

  if (rule->rscale != NULL)
    return refuse_part ("RSCALE", error);

  *weekdays = RP_WEEKDAYS_NONE;
  *nth = 0;

  for (guint i = 0; i < ICAL_BY_DAY_SIZE && rule->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      icalrecurrencetype_weekday ical_day = icalrecurrencetype_day_day_of_week (rule->by_day[i]);
      int position = icalrecurrencetype_day_position (rule->by_day[i]);

      if (ical_day < ICAL_SUNDAY_WEEKDAY || ical_day > ICAL_SATURDAY_WEEKDAY)
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE,
                               _("The repeat rule names an invalid weekday"));
          return FALSE;
        }

      if (*kind == RP_SCHEDULE_WEEKLY && position != 0)
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                               _("Weekly repeat rules may only name plain weekdays, not the first or last one"));
          return FALSE;
        }

      if (*kind == RP_SCHEDULE_MONTHLY &&
          (position == 0 || position > 4 || (position < 0 && position != RP_SCHEDULE_LAST)))
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                               _("Monthly meetings must be on the first, second, third, fourth or last weekday of the month"));
          return FALSE;
        }

      *weekdays |= RP_WEEKDAY_BIT (weekday_from_ical (ical_day));
      *nth = position;
      n_days++;
    }

  if (*kind == RP_SCHEDULE_MONTHLY && n_days == 0)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                           _("Monthly meetings must be on a weekday of the month, such as the second Tuesday"));
      return FALSE;
    }

  if (*kind == RP_SCHEDULE_MONTHLY && n_days > 1)
    {
      g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_UNSUPPORTED_RULE,
                           _("Monthly meetings may only be on one weekday of the month"));
      return FALSE;
    }

  /* RFC 5545: a weekly rule without BYDAY repeats on DTSTART's weekday. */
  if (*kind == RP_SCHEDULE_WEEKLY && n_days == 0 && first_date != NULL && g_date_valid (first_date))
    *weekdays = RP_WEEKDAY_BIT (g_date_get_weekday (first_date));

  return TRUE;
}

/* Places a wall time of @time_zone on the time line, the way RFC 5545
 * (3.3.5) reads a DATE-TIME with a TZID, so that we agree with the
 * calendars our .ics files go to:
 *  - a wall time that occurs twice (clocks going back) is the first one,
 *    i.e. with the offset in force before the change (01:30 EDT, not EST);
 *  - a wall time that does not exist (clocks going forward) is read with
 *    the offset in force before the gap, so 02:30 becomes 03:30 EDT.
 * GLib's g_date_time_new() does neither (it takes the later of two and
 * moves a missing time to the end of the gap), hence the work by hand.
 * Zones are assumed not to change offset twice within two days. */
static gint32
offset_at (GTimeZone *time_zone,
           gint64     unix_time)
{
  int interval = g_time_zone_find_interval (time_zone, G_TIME_TYPE_UNIVERSAL, unix_time);

  return g_time_zone_get_offset (time_zone, interval);
}

static GDateTime *
wall_time_to_date_time (GTimeZone   *time_zone,
                        const GDate *date,
                        guint        minute)
{
  g_autoptr(GDateTime) as_if_utc = NULL;
  g_autoptr(GDateTime) utc = NULL;
  gint64 wall;
  gint32 before;
  gint32 after;
  gint64 instant;

  as_if_utc = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                   g_date_get_day (date), minute / 60, minute % 60, 0);
  if (as_if_utc == NULL)
    return NULL;

  wall = g_date_time_to_unix (as_if_utc);
  before = offset_at (time_zone, wall - SECONDS_PER_DAY);
  after = offset_at (time_zone, wall + SECONDS_PER_DAY);

  if (offset_at (time_zone, wall - before) == before)
    instant = wall - before;
  else if (offset_at (time_zone, wall - after) == after)
    instant = wall - after;
  else
    instant = wall - before;

  utc = g_date_time_new_from_unix_utc (instant);
  if (utc == NULL)
    return NULL;

  return g_date_time_to_timezone (utc, time_zone);
}

/* The last date a rule's UNTIL stands for: the last date whose occurrence
 * starts no later than UNTIL. A UTC UNTIL is compared on the time line, a
 * floating one on the meeting's wall clock, a DATE is the date itself. */
static void
last_date_from_until (struct icaltimetype  until,
                      const GDate         *first_date,
                      guint                start_minute,
                      GTimeZone           *time_zone,
                      GDate               *last_date)
{
  g_date_clear (last_date, 1);

  if (icaltime_is_null_time (until))
    return;

  if (!g_date_valid_dmy (until.day, until.month, until.year))
    return;

  if (icaltime_is_utc (until) && !until.is_date)
    {
      g_autoptr(GDateTime) until_utc = NULL;
      g_autoptr(GDateTime) until_local = NULL;
      g_autoptr(GDateTime) occurrence = NULL;

      until_utc = g_date_time_new_utc (until.year, until.month, until.day,
                                       until.hour, until.minute, until.second);
      if (until_utc == NULL)
        return;
      until_local = g_date_time_to_timezone (until_utc, time_zone);
      g_date_set_dmy (last_date, g_date_time_get_day_of_month (until_local),
                      g_date_time_get_month (until_local), g_date_time_get_year (until_local));

      occurrence = wall_time_to_date_time (time_zone, last_date, start_minute);
      if (occurrence != NULL && g_date_time_compare (occurrence, until_utc) > 0)
        g_date_subtract_days (last_date, 1);
      return;
    }

  g_date_set_dmy (last_date, until.day, until.month, until.year);

  if (!until.is_date && (guint) (until.hour * 60 + until.minute) < start_minute)
    g_date_subtract_days (last_date, 1);
}

/**
 * rp_schedule_new_from_recurrence:
 * @rule: (nullable): an iCalendar rule, or %NULL for a single date
 * @first_date: DTSTART's date in the meeting's zone
 * @start_minute: DTSTART's time in the meeting's zone, in minutes since
 *   midnight
 * @duration_minutes: 1..1440
 * @time_zone_id: DTSTART's TZID
 * @excluded_dates: (array length=n_excluded_dates) (nullable): EXDATEs as
 *   dates in the meeting's zone
 * @n_excluded_dates: the length of @excluded_dates
 * @error: return location for a #RpScheduleError
 *
 * Builds a schedule from the parts of a VEVENT, for the .ics importer and
 * for rp_schedule_new_from_storage(). Only rules the meeting editor can
 * produce are taken; see rp-schedule.h for which.
 *
 * Returns: (transfer full) (nullable): the schedule, or %NULL with @error
 *   set; %RP_SCHEDULE_ERROR_UNSUPPORTED_RULE says which part of @rule
 *   Reprieve cannot keep
 */
RpSchedule *
rp_schedule_new_from_recurrence (const struct icalrecurrencetype  *rule,
                                 const GDate                      *first_date,
                                 guint                             start_minute,
                                 guint                             duration_minutes,
                                 const char                       *time_zone_id,
                                 const GDate                      *excluded_dates,
                                 guint                             n_excluded_dates,
                                 GError                          **error)
{
  g_autoptr(RpSchedule) schedule = NULL;
  RpScheduleKind kind = RP_SCHEDULE_ONCE;
  RpWeekdays weekdays = RP_WEEKDAYS_NONE;
  int nth = 0;
  GTimeZone *time_zone;

  g_return_val_if_fail (excluded_dates != NULL || n_excluded_dates == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (rule != NULL && !parse_rule (rule, first_date, &kind, &weekdays, &nth, error))
    return NULL;

  if (!check_first_date (first_date, error) ||
      !check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  schedule = schedule_new (kind, weekdays, nth, first_date,
                           start_minute, duration_minutes, time_zone_id, time_zone);
  set_excluded_dates (schedule, excluded_dates, n_excluded_dates);

  if (rule != NULL)
    {
      last_date_from_until (rule->until, first_date, start_minute, time_zone,
                            &schedule->last_date);
      if (g_date_valid (&schedule->last_date) &&
          g_date_compare (&schedule->last_date, first_date) < 0)
        {
          g_set_error_literal (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE,
                               _("Choose a last date that is not before the first date"));
          return NULL;
        }
    }

  return g_steal_pointer (&schedule);
}

/* --- storage ----------------------------------------------------------- */

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + g_ascii_digit_value (text[i]);
    }

  return TRUE;
}

/* "YYYY-MM-DD", nothing else: what we write, and what SQLite's date
 * functions read. */
gboolean
rp_schedule_parse_storage_date (const char  *text,
                                GDate       *date,
                                GError     **error)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day) ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_DATE,
                   _("“%s” is not a valid date; expected YYYY-MM-DD"), text);
      return FALSE;
    }

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

static gboolean
parse_time (const char  *text,
            guint       *minute,
            GError     **error)
{
  guint hours, minutes;

  if (strlen (text) != 5 || text[2] != ':' ||
      !parse_digits (text, 2, &hours) ||
      !parse_digits (text + 3, 2, &minutes) ||
      hours > 23 || minutes > 59)
    {
      g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_TIME,
                   _("“%s” is not a valid start time; expected HH:MM between 00:00 and 23:59"),
                   text);
      return FALSE;
    }

  *minute = hours * 60 + minutes;

  return TRUE;
}

/**
 * rp_schedule_new_from_storage:
 * @rrule: (nullable): the value of rp_schedule_to_rrule(), or %NULL (or
 *   "") for a single date
 * @first_date: "YYYY-MM-DD", from rp_schedule_dup_first_date_string()
 * @start_time: "HH:MM", from rp_schedule_dup_start_time_string()
 * @duration_minutes: 1..1440
 * @time_zone_id: an IANA time zone
 * @excluded_dates: (nullable): "YYYY-MM-DD,YYYY-MM-DD", from
 *   rp_schedule_dup_excluded_dates_string(), or %NULL for none
 * @error: return location for a #RpScheduleError
 *
 * Reads a schedule back from the text columns it was stored in. The rule
 * is parsed by libical and refused unless the editor could have made it.
 *
 * Returns: (transfer full) (nullable): the schedule, or %NULL with @error set
 */
RpSchedule *
rp_schedule_new_from_storage (const char  *rrule,
                              const char  *first_date,
                              const char  *start_time,
                              guint        duration_minutes,
                              const char  *time_zone_id,
                              const char  *excluded_dates,
                              GError     **error)
{
  g_autoptr(GArray) excluded = g_array_new (FALSE, FALSE, sizeof (GDate));
  struct icalrecurrencetype rule;
  RpSchedule *schedule;
  GDate date;
  guint start_minute;

  g_return_val_if_fail (first_date != NULL, NULL);
  g_return_val_if_fail (start_time != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rp_schedule_parse_storage_date (first_date, &date, error) ||
      !parse_time (start_time, &start_minute, error))
    return NULL;

  if (excluded_dates != NULL && excluded_dates[0] != '\0')
    {
      g_auto(GStrv) parts = g_strsplit (excluded_dates, ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          GDate excluded_date;

          if (!rp_schedule_parse_storage_date (parts[i], &excluded_date, error))
            return NULL;
          g_array_append_val (excluded, excluded_date);
        }
    }

  if (rrule == NULL || rrule[0] == '\0')
    return rp_schedule_new_from_recurrence (NULL, &date, start_minute, duration_minutes,
                                            time_zone_id, (const GDate *) excluded->data,
                                            excluded->len, error);

  rule = icalrecurrencetype_from_string (rrule);
  if (rule.freq == ICAL_NO_RECURRENCE)
    {
      g_set_error (error, RP_SCHEDULE_ERROR, RP_SCHEDULE_ERROR_INVALID_RULE,
                   _("“%s” is not a valid repeat rule"), rrule);
      schedule = NULL;
    }
  else
    {
      schedule = rp_schedule_new_from_recurrence (&rule, &date, start_minute, duration_minutes,
                                                  time_zone_id,
                                                  (const GDate *) excluded->data,
                                                  excluded->len, error);
    }

  /* The parser hands over an RSCALE value as a copy of its own. */
  g_clear_pointer (&rule.rscale, icalmemory_free_buffer);

  return schedule;
}

static char *
format_date (const GDate *date,
             const char  *separator)
{
  return g_strdup_printf ("%04u%s%02u%s%02u",
                          (guint) g_date_get_year (date), separator,
                          (guint) g_date_get_month (date), separator,
                          (guint) g_date_get_day (date));
}

char *
rp_schedule_format_storage_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return format_date (date, "-");
}

/**
 * rp_schedule_to_rrule:
 * @self: a #RpSchedule
 *
 * The storage form of the rule: "FREQ=WEEKLY;BYDAY=MO,WE",
 * "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=-1FR", with
 * ";UNTIL=YYYYMMDD" when there is a last date.
 *
 * Returns: (transfer full) (nullable): the RRULE value, or %NULL for a
 *   single date
 */
char *
rp_schedule_to_rrule (RpSchedule *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == RP_SCHEDULE_ONCE)
    return NULL;

  text = g_string_new (NULL);
  append_rule_text (self, text);

  if (g_date_valid (&self->last_date))
    {
      g_autofree char *until = format_date (&self->last_date, "");

      g_string_append_printf (text, ";UNTIL=%s", until);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rp_schedule_dup_first_date_string:
 * @self: a #RpSchedule
 *
 * Returns: (transfer full): the first date as "YYYY-MM-DD"
 */
char *
rp_schedule_dup_first_date_string (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return rp_schedule_format_storage_date (&self->first_date);
}

/**
 * rp_schedule_dup_start_time_string:
 * @self: a #RpSchedule
 *
 * Returns: (transfer full): the start time as "HH:MM"
 */
char *
rp_schedule_dup_start_time_string (RpSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf ("%02u:%02u", self->start_minute / 60, self->start_minute % 60);
}

/**
 * rp_schedule_dup_excluded_dates_string:
 * @self: a #RpSchedule
 *
 * Returns: (transfer full) (nullable): the excluded dates, sorted, as
 *   "YYYY-MM-DD,YYYY-MM-DD", or %NULL when there are none
 */
char *
rp_schedule_dup_excluded_dates_string (RpSchedule *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->n_excluded_dates == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->n_excluded_dates; i++)
    {
      g_autofree char *date = rp_schedule_format_storage_date (&self->excluded_dates[i]);

      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
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
                  sizeof (GDate), compare_dates) != NULL;
}

/* --- expansion --------------------------------------------------------- */

/* libical may hand out an unsynchronized DTSTART as an occurrence (RFC 5545
 * leaves that case undefined); our first date is only a lower bound. */
static gboolean
rule_matches (RpSchedule  *self,
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

  start = wall_time_to_date_time (self->time_zone, date, self->start_minute);
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

      if (g_date_compare (&date, &self->first_date) < 0 || !rule_matches (self, &date))
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

/* --- description ------------------------------------------------------- */

/* Indexed by GDateWeekday. Weekday names come from us, not from the C
 * library, because languages need different forms in these sentences. */
static const char * const weekly_day_names[] = {
  NULL,
  /* Translators: weekdays as they appear in “Every %s at %s”, e.g. “Every
   * Monday and Wednesday at 19:00”; use the form your language needs there
   * (Spanish: “Todos los lunes y sábados”). */
  NC_("weekly schedule", "Monday"),
  NC_("weekly schedule", "Tuesday"),
  NC_("weekly schedule", "Wednesday"),
  NC_("weekly schedule", "Thursday"),
  NC_("weekly schedule", "Friday"),
  NC_("weekly schedule", "Saturday"),
  NC_("weekly schedule", "Sunday"),
};

static const char * const monthly_day_names[] = {
  NULL,
  /* Translators: a weekday as it appears in “First %s of the month at %s” */
  NC_("monthly schedule", "Monday"),
  NC_("monthly schedule", "Tuesday"),
  NC_("monthly schedule", "Wednesday"),
  NC_("monthly schedule", "Thursday"),
  NC_("monthly schedule", "Friday"),
  NC_("monthly schedule", "Saturday"),
  NC_("monthly schedule", "Sunday"),
};

static const char *
weekly_day_name (GDateWeekday day)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekly schedule", weekly_day_names[day]);
}

static const char *
monthly_day_name (GDateWeekday day)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "monthly schedule", monthly_day_names[day]);
}

static char *
describe_weekdays (RpWeekdays weekdays)
{
  char *list = NULL;
  guint n_left = 0;

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    if (weekdays & RP_WEEKDAY_BIT (day))
      n_left++;

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      char *longer;

      if (!(weekdays & RP_WEEKDAY_BIT (day)))
        continue;

      n_left--;
      if (list == NULL)
        longer = g_strdup (weekly_day_name (day));
      else if (n_left > 0)
        /* Translators: joins weekdays in a list: “Monday, Wednesday” */
        longer = g_strdup_printf (C_("list of weekdays", "%s, %s"), list, weekly_day_name (day));
      else
        /* Translators: joins the last weekday to a list: “Monday, Wednesday and Friday” */
        longer = g_strdup_printf (C_("list of weekdays", "%s and %s"), list, weekly_day_name (day));

      g_free (list);
      list = longer;
    }

  return list;
}

static char *
format_date_for_display (const GDate *date,
                         const char  *format)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_utc (g_date_get_year (date),
                                                       g_date_get_month (date),
                                                       g_date_get_day (date), 0, 0, 0);

  if (midnight == NULL)
    return g_strdup ("");

  return g_date_time_format (midnight, format);
}

/**
 * rp_schedule_describe:
 * @self: a #RpSchedule
 * @viewer_time_zone: (nullable): the zone of the person reading; when the
 *   meeting's zone has another identifier, its name is appended
 *
 * A sentence for the meeting list and detail: "Every Monday and Wednesday
 * at 19:00", "Second Tuesday of the month at 19:00", "Last Friday of the
 * month at 19:00", "Saturday 21 November 2026 at 19:00", with ", until …"
 * for a last date and " (America/New_York)" for another zone. Times are in
 * the meeting's zone. Excluded dates are not mentioned.
 *
 * Returns: (transfer full): the description
 */
char *
rp_schedule_describe (RpSchedule *self,
                      GTimeZone  *viewer_time_zone)
{
  g_autofree char *time = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  time = rp_schedule_dup_start_time_string (self);

  if (self->kind == RP_SCHEDULE_WEEKLY)
    {
      if (self->weekdays == RP_WEEKDAYS_ALL)
        description = g_strdup_printf (_("Every day at %s"), time);
      else if (self->weekdays == (RP_WEEKDAY_MONDAY | RP_WEEKDAY_TUESDAY | RP_WEEKDAY_WEDNESDAY |
                                  RP_WEEKDAY_THURSDAY | RP_WEEKDAY_FRIDAY))
        description = g_strdup_printf (_("Monday to Friday at %s"), time);
      else
        {
          g_autofree char *days = describe_weekdays (self->weekdays);

          /* Translators: the weekdays (“Monday and Wednesday”), then the start time */
          description = g_strdup_printf (C_("weekly schedule", "Every %s at %s"), days, time);
        }
    }
  else if (self->kind == RP_SCHEDULE_MONTHLY)
    {
      GDateWeekday day = G_DATE_MONDAY;
      const char *day_name;

      while (!(self->weekdays & RP_WEEKDAY_BIT (day)))
        day++;
      day_name = monthly_day_name (day);

      switch (self->nth)
        {
        case 1:
          /* Translators: the weekday (“Tuesday”), then the start time;
           * the same for the second, third, fourth and last */
          description = g_strdup_printf (_("First %s of the month at %s"), day_name, time);
          break;
        case 2:
          description = g_strdup_printf (_("Second %s of the month at %s"), day_name, time);
          break;
        case 3:
          description = g_strdup_printf (_("Third %s of the month at %s"), day_name, time);
          break;
        case 4:
          description = g_strdup_printf (_("Fourth %s of the month at %s"), day_name, time);
          break;
        default:
          description = g_strdup_printf (_("Last %s of the month at %s"), day_name, time);
          break;
        }
    }
  else
    {
      /* Translators: the date of a single meeting, in g_date_time_format()
       * notation: “Saturday 21 November 2026” */
      const char *format = C_("single meeting", "%A %-d %B %Y");
      g_autofree char *date = format_date_for_display (&self->first_date, format);

      /* Translators: the date, then the start time */
      description = g_strdup_printf (C_("single meeting", "%s at %s"), date, time);
    }

  if (g_date_valid (&self->last_date))
    {
      /* Translators: the last date of a repeating meeting, in
       * g_date_time_format() notation: “31 December 2026” */
      const char *format = C_("last date", "%-d %B %Y");
      g_autofree char *date = format_date_for_display (&self->last_date, format);
      char *longer;

      /* Translators: the schedule (“Every Monday at 19:00”), then its last date */
      longer = g_strdup_printf (C_("last date", "%s, until %s"), description, date);
      g_free (description);
      description = longer;
    }

  if (viewer_time_zone != NULL &&
      g_strcmp0 (g_time_zone_get_identifier (viewer_time_zone), self->time_zone_id) != 0)
    {
      char *longer;

      /* Translators: the schedule, then the meeting's time zone, such as
       * “America/New_York”; shown when it is not the viewer's */
      longer = g_strdup_printf (C_("time zone", "%s (%s)"), description, self->time_zone_id);
      g_free (description);
      description = longer;
    }

  return g_steal_pointer (&description);
}
