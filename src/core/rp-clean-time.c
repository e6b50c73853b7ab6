/* rp-clean-time.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-clean-time"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-clean-time.h"

/* The day math of a recovery date: the day count, the calendar breakdown,
 * the hours of the first two days, the milestones and the money saved.
 * Pure: the store keeps the dates, the Today and Progress pages and the
 * milestone reminders ask here, each with its own clock.
 *
 * The convention (rp_clean_time_convention_text() says it to the user):
 * - a day is a calendar day in the user's time zone, never 24 hours, so
 *   the 23- and 25-hour nights of a clock change count one day each; the
 *   start date is day 0;
 * - months and years are added on the calendar, and a day the target
 *   month lacks becomes its last day (g_date_add_months() clamps so):
 *   January 31 + 1 month is February 28 (29), August 31 + 6 months is
 *   February 28 (29), and a February 29 start has its anniversary on
 *   February 28 in common years and on February 29 in leap years. The
 *   breakdown's years and months are always counted from the start date
 *   itself, never month by month, so a clamp never carries over. */

G_DEFINE_QUARK (rp-clean-time-error-quark, rp_clean_time_error)

/* The one-time milestones; the years after them repeat. */
static const struct
{
  RpCleanTimeMilestoneKind kind;
  guint count;
} fixed_milestones[] = {
  { RP_CLEAN_TIME_MILESTONE_24_HOURS, 1 },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 30 },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 60 },
  { RP_CLEAN_TIME_MILESTONE_DAYS, 90 },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 6 },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 9 },
  { RP_CLEAN_TIME_MILESTONE_MONTHS, 18 },
};

/* GDate's year is 16 bits: adding months or years past this would fail. */
#define LAST_YEAR 9999

static gboolean
start_date_usable (const GDate *start_date)
{
  return start_date != NULL
         && g_date_valid (start_date)
         && g_date_get_year (start_date) >= RP_CLEAN_TIME_FIRST_YEAR
         && g_date_get_year (start_date) <= LAST_YEAR;
}

/* The start as a moment in @time_zone. A start time that a clock change
 * skipped (02:30 on a spring-forward night) is moved by GLib into the hour
 * that exists, the same way every time. */
static GDateTime *
start_moment (const GDate *start_date,
              int          start_minute,
              GTimeZone   *time_zone)
{
  return g_date_time_new (time_zone,
                          g_date_get_year (start_date),
                          g_date_get_month (start_date),
                          g_date_get_day (start_date),
                          start_minute / 60,
                          start_minute % 60,
                          0);
}

/* The date @months calendar months after @start_date, clamped to the end
 * of a shorter month. */
static GDate
add_months (const GDate *start_date,
            int          months)
{
  GDate date = *start_date;

  g_date_add_months (&date, months);
  return date;
}

/* The most whole months from @start_date to @today (not before it), and
 * the date they reach. */
static guint
whole_months (const GDate *start_date,
              const GDate *today,
              GDate       *out_reached)
{
  int months = (g_date_get_year (today) - g_date_get_year (start_date)) * 12
               + ((int) g_date_get_month (today) - (int) g_date_get_month (start_date));

  *out_reached = add_months (start_date, months);
  if (g_date_compare (out_reached, today) > 0)
    {
      months--;
      *out_reached = add_months (start_date, months);
    }

  return months;
}

/**
 * rp_clean_time_validate_start:
 *
 * Refuses a start that is not a date, before 1900, with a time of day out
 * of range, or later than @now (a date after today, or today at a time
 * still to come), with a message that says what to change.
 */
gboolean
rp_clean_time_validate_start (const GDate  *start_date,
                              int           start_minute,
                              GDateTime    *now,
                              GTimeZone    *time_zone,
                              GError      **error)
{
  GDate today;
  int order;

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (time_zone != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (start_date == NULL || !g_date_valid (start_date))
    {
      g_set_error_literal (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID,
                           _("The start date is not a valid date."));
      return FALSE;
    }

  if (g_date_get_year (start_date) < RP_CLEAN_TIME_FIRST_YEAR)
    {
      g_set_error (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID,
                   _("The start date is before %d. Choose a date in %d or later."),
                   RP_CLEAN_TIME_FIRST_YEAR, RP_CLEAN_TIME_FIRST_YEAR);
      return FALSE;
    }

  if (start_minute < RP_CLEAN_TIME_NO_START_MINUTE || start_minute >= 24 * 60)
    {
      g_set_error_literal (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_INVALID,
                           _("The start time is not a time of day. Choose a time from 00:00 to 23:59, or leave it out."));
      return FALSE;
    }

  rp_clean_time_today (now, time_zone, &today);
  order = g_date_compare (start_date, &today);
  if (order > 0)
    {
      g_set_error_literal (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE,
                           _("The start date is in the future. Choose today or an earlier day."));
      return FALSE;
    }

  if (order == 0 && start_minute != RP_CLEAN_TIME_NO_START_MINUTE)
    {
      g_autoptr(GDateTime) start = start_moment (start_date, start_minute, time_zone);

      if (start == NULL || g_date_time_compare (start, now) > 0)
        {
          g_set_error_literal (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE,
                               _("The start time is later than now. Choose a time that has passed, or leave the time out."));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * rp_clean_time_today:
 *
 * Sets @out_today to @now's calendar date in @time_zone.
 */
void
rp_clean_time_today (GDateTime *now,
                     GTimeZone *time_zone,
                     GDate     *out_today)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (now != NULL);
  g_return_if_fail (time_zone != NULL);
  g_return_if_fail (out_today != NULL);

  local = g_date_time_to_timezone (now, time_zone);
  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

guint
rp_clean_time_days (const GDate *start_date,
                    GDateTime   *now,
                    GTimeZone   *time_zone)
{
  GDate today;
  int days;

  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), 0);

  rp_clean_time_today (now, time_zone, &today);
  days = g_date_days_between (start_date, &today);
  return days > 0 ? (guint) days : 0;
}

/**
 * rp_clean_time_span:
 *
 * The time from @start_date to @today as whole years, whole months and
 * the days left over, by the calendar convention at the top of this file:
 * the years and months are the most that, added to the start date, do
 * not pass @today. All zero when @today is not after @start_date.
 */
RpCleanTimeSpan
rp_clean_time_span (const GDate *start_date,
                    const GDate *today)
{
  RpCleanTimeSpan span = { 0, 0, 0 };
  GDate reached;
  guint months;

  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), span);
  g_return_val_if_fail (today != NULL && g_date_valid (today), span);

  if (g_date_compare (today, start_date) <= 0)
    return span;

  months = whole_months (start_date, today, &reached);
  span.years = months / 12;
  span.months = months % 12;
  span.days = g_date_days_between (&reached, today);
  return span;
}

gboolean
rp_clean_time_elapsed_minutes (const GDate *start_date,
                               int          start_minute,
                               GDateTime   *now,
                               GTimeZone   *time_zone,
                               gint64      *out_minutes)
{
  g_autoptr(GDateTime) start = NULL;
  GTimeSpan elapsed;

  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (time_zone != NULL, FALSE);

  if (!start_date_usable (start_date) || start_minute < 0 || start_minute >= 24 * 60)
    return FALSE;

  start = start_moment (start_date, start_minute, time_zone);
  if (start == NULL)
    return FALSE;

  /* Real time between two instants: a 23-hour night counts 23 hours. */
  elapsed = g_date_time_difference (now, start);
  if (elapsed < 0 || elapsed >= RP_CLEAN_TIME_HOURS_SHOWN_UNDER)
    return FALSE;

  if (out_minutes != NULL)
    *out_minutes = elapsed / G_TIME_SPAN_MINUTE;
  return TRUE;
}

/**
 * rp_clean_time_format:
 *
 * The clean time as the Today page shows it: the hours and minutes while
 * rp_clean_time_elapsed_minutes() gives them, otherwise the days in
 * @style.
 */
char *
rp_clean_time_format (const GDate      *start_date,
                      int               start_minute,
                      GDateTime        *now,
                      GTimeZone        *time_zone,
                      RpCleanTimeStyle  style)
{
  RpCleanTimeSpan span;
  GDate today;
  gint64 minutes;

  g_return_val_if_fail (start_date != NULL && g_date_valid (start_date), NULL);

  if (rp_clean_time_elapsed_minutes (start_date, start_minute, now, time_zone, &minutes))
    return rp_clean_time_format_elapsed (minutes);

  if (style == RP_CLEAN_TIME_STYLE_DAYS)
    return rp_clean_time_format_days (rp_clean_time_days (start_date, now, time_zone));

  rp_clean_time_today (now, time_zone, &today);
  span = rp_clean_time_span (start_date, &today);
  return rp_clean_time_format_span (&span);
}

char *
rp_clean_time_format_days (guint days)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", days), days);
}

/* Appends @part to @text with the list separator, taking both. */
static char *
join_parts (char *text,
            char *part)
{
  char *joined;

  if (text == NULL)
    return part;

  /* Translators: joins the parts of a clean time, as in "1 year, 2 months". */
  joined = g_strdup_printf (C_("clean time", "%s, %s"), text, part);
  g_free (text);
  g_free (part);
  return joined;
}

/**
 * rp_clean_time_format_span:
 *
 * "1 year, 1 month, 16 days"; parts that are zero are left out, and an
 * all-zero span reads "0 days".
 */
char *
rp_clean_time_format_span (const RpCleanTimeSpan *span)
{
  char *text = NULL;

  g_return_val_if_fail (span != NULL, NULL);

  if (span->years > 0)
    text = join_parts (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years",
                                                           span->years),
                                              span->years));
  if (span->months > 0)
    text = join_parts (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months",
                                                           span->months),
                                              span->months));
  if (span->days > 0 || text == NULL)
    text = join_parts (text, rp_clean_time_format_days (span->days));

  return text;
}

/**
 * rp_clean_time_format_elapsed:
 *
 * "5 hours, 12 minutes", "23 hours", "12 minutes".
 */
char *
rp_clean_time_format_elapsed (gint64 minutes)
{
  guint hours;
  guint rest;
  char *text = NULL;

  minutes = CLAMP (minutes, 0, G_MAXUINT / 60);
  hours = minutes / 60;
  rest = minutes % 60;

  if (hours > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", hours), hours);
  if (rest > 0 || text == NULL)
    text = join_parts (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                                           rest),
                                              rest));
  return text;
}

/**
 * rp_clean_time_convention_text:
 *
 * The help sentence that tells the user how clean time is counted.
 */
const char *
rp_clean_time_convention_text (void)
{
  return _("Clean time counts calendar days: your start date is day 0, and each midnight adds "
           "one day, even on the nights the clocks change. Months and years follow the calendar; "
           "when a month is too short for your start day, its last day counts instead. So a start "
           "on January 31 reaches one month on the last day of February, and a start on "
           "February 29 has its anniversary on February 28 in years without a February 29.");
}

/* The date of @kind and @count after @start_date. */
static GDate
milestone_date (const GDate              *start_date,
                RpCleanTimeMilestoneKind  kind,
                guint                     count)
{
  GDate date = *start_date;

  switch (kind)
    {
    case RP_CLEAN_TIME_MILESTONE_24_HOURS:
    case RP_CLEAN_TIME_MILESTONE_DAYS:
      g_date_add_days (&date, count);
      return date;
    case RP_CLEAN_TIME_MILESTONE_MONTHS:
      return add_months (start_date, count);
    case RP_CLEAN_TIME_MILESTONE_YEARS:
    default:
      return add_months (start_date, count * 12);
    }
}

static void
append_if_within (GArray                   *milestones,
                  const GDate              *start_date,
                  RpCleanTimeMilestoneKind  kind,
                  guint                     count,
                  const GDate              *first,
                  const GDate              *last)
{
  RpCleanTimeMilestone milestone = { kind, count, { 0 } };

  milestone.date = milestone_date (start_date, kind, count);
  if (g_date_compare (&milestone.date, first) >= 0 && g_date_compare (&milestone.date, last) <= 0)
    g_array_append_val (milestones, milestone);
}

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  const RpCleanTimeMilestone *milestone_a = a;
  const RpCleanTimeMilestone *milestone_b = b;

  return g_date_compare (&milestone_a->date, &milestone_b->date);
}

/**
 * rp_clean_time_milestones:
 *
 * Returns: (transfer full): the RpCleanTimeMilestones dated from @first to
 * @last, in date order; empty when the range is empty or the start date
 * is unusable.
 */
GArray *
rp_clean_time_milestones (const GDate *start_date,
                          const GDate *first,
                          const GDate *last)
{
  GArray *milestones = g_array_new (FALSE, FALSE, sizeof (RpCleanTimeMilestone));
  int first_year;
  int last_year;

  g_return_val_if_fail (first != NULL && g_date_valid (first), milestones);
  g_return_val_if_fail (last != NULL && g_date_valid (last), milestones);

  if (!start_date_usable (start_date) || g_date_compare (first, last) > 0)
    return milestones;

  for (guint i = 0; i < G_N_ELEMENTS (fixed_milestones); i++)
    append_if_within (milestones, start_date, fixed_milestones[i].kind, fixed_milestones[i].count,
                      first, last);

  /* Only the anniversaries that can fall in the range: a year's clamp
   * moves its date by a day at most, never into another year. */
  first_year = MAX (1, (int) g_date_get_year (first) - (int) g_date_get_year (start_date));
  last_year = MIN ((int) g_date_get_year (last), LAST_YEAR) - (int) g_date_get_year (start_date);
  for (int year = first_year; year <= last_year; year++)
    append_if_within (milestones, start_date, RP_CLEAN_TIME_MILESTONE_YEARS, year, first, last);

  g_array_sort (milestones, compare_milestones);
  return milestones;
}

/**
 * rp_clean_time_milestone_on:
 *
 * Whether a milestone is celebrated on @day, and which, in
 * @out_milestone (may be NULL).
 */
gboolean
rp_clean_time_milestone_on (const GDate          *start_date,
                            const GDate          *day,
                            RpCleanTimeMilestone *out_milestone)
{
  RpCleanTimeMilestone found = { 0, 0, { 0 } };
  GDate reached;
  guint months;
  int days;

  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  if (!start_date_usable (start_date) || g_date_compare (day, start_date) <= 0)
    return FALSE;

  days = g_date_days_between (start_date, day);
  months = whole_months (start_date, day, &reached);

  if (days == 1)
    {
      found.kind = RP_CLEAN_TIME_MILESTONE_24_HOURS;
      found.count = 1;
    }
  else if (days == 30 || days == 60 || days == 90)
    {
      found.kind = RP_CLEAN_TIME_MILESTONE_DAYS;
      found.count = days;
    }
  else if (g_date_compare (&reached, day) != 0)
    {
      return FALSE;
    }
  else if (months % 12 == 0)
    {
      found.kind = RP_CLEAN_TIME_MILESTONE_YEARS;
      found.count = months / 12;
    }
  else if (months == 6 || months == 9 || months == 18)
    {
      found.kind = RP_CLEAN_TIME_MILESTONE_MONTHS;
      found.count = months;
    }
  else
    {
      return FALSE;
    }

  found.date = *day;
  if (out_milestone != NULL)
    *out_milestone = found;
  return TRUE;
}

/**
 * rp_clean_time_milestone_label:
 *
 * "24 hours", "30 days", "6 months", "2 years".
 */
char *
rp_clean_time_milestone_label (const RpCleanTimeMilestone *milestone)
{
  g_return_val_if_fail (milestone != NULL, NULL);

  switch (milestone->kind)
    {
    case RP_CLEAN_TIME_MILESTONE_24_HOURS:
      return g_strdup (_("24 hours"));
    case RP_CLEAN_TIME_MILESTONE_DAYS:
      return rp_clean_time_format_days (milestone->count);
    case RP_CLEAN_TIME_MILESTONE_MONTHS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", milestone->count),
                              milestone->count);
    case RP_CLEAN_TIME_MILESTONE_YEARS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", milestone->count),
                              milestone->count);
    }
}

gint64
rp_clean_time_money_saved_cents (gint64 cost_per_day_cents,
                                 guint  days)
{
  if (cost_per_day_cents <= 0 || days == 0)
    return 0;

  if (cost_per_day_cents > G_MAXINT64 / days)
    return G_MAXINT64;

  return cost_per_day_cents * days;
}
