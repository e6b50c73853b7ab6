/* rp-schedule-rules.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-schedule-private.h"

/* The iCalendar side of RpSchedule: which RRULEs the meeting editor can
 * produce, where a wall time falls on the time line (RFC 5545 rules), and
 * the text columns a schedule is stored in. */

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

GDateTime *
rp_schedule_wall_time_to_date_time (GTimeZone   *time_zone,
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
  before = offset_at (time_zone, wall - RP_SCHEDULE_SECONDS_PER_DAY);
  after = offset_at (time_zone, wall + RP_SCHEDULE_SECONDS_PER_DAY);

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

      occurrence = rp_schedule_wall_time_to_date_time (time_zone, last_date, start_minute);
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

  if (!rp_schedule_check_first_date (first_date, error) ||
      !rp_schedule_check_start_and_duration (start_minute, duration_minutes, error))
    return NULL;

  time_zone = rp_schedule_load_time_zone (time_zone_id, error);
  if (time_zone == NULL)
    return NULL;

  schedule = rp_schedule_new_internal (kind, weekdays, nth, first_date,
                                       start_minute, duration_minutes, time_zone_id, time_zone);
  rp_schedule_set_excluded_dates (schedule, excluded_dates, n_excluded_dates);

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
  rp_schedule_append_rule_text (self, text);

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
