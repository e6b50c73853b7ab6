/* rp-week.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Weeks as the user's locale counts them: the month calendar's first
 * column, a weekly goal's week, the "meetings per week" chart. */

#define G_LOG_DOMAIN "rp-week"

#include "config.h"

#include <langinfo.h>

#include "rp-week.h"

/**
 * rp_week_locale_first_day:
 *
 * Returns: the locale's first day of the week (Monday when it says none)
 */
GDateWeekday
rp_week_locale_first_day (void)
{
#ifdef __GLIBC__
  /* glibc gives the first day as a number (1..7) counted from the weekday
   * of a reference date. */
  union { unsigned int number; const char *text; } reference;
  const char *first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  GDateWeekday reference_day;

  reference.text = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  /* 30 November 1997 was a Sunday, 1 December a Monday. */
  if (reference.number == 19971130)
    reference_day = G_DATE_SUNDAY;
  else if (reference.number == 19971201)
    reference_day = G_DATE_MONDAY;
  else
    return G_DATE_MONDAY;

  if (first == NULL || first[0] < 1 || first[0] > 7)
    return G_DATE_MONDAY;

  return (GDateWeekday) ((reference_day - 1 + first[0] - 1) % 7 + 1);
#else
  return G_DATE_MONDAY;
#endif
}

/**
 * rp_week_start:
 * @day: a valid date
 * @first_day: the week's first day
 * @out_start: (out caller-allocates): the first day of @day's week
 */
void
rp_week_start (const GDate  *day,
               GDateWeekday  first_day,
               GDate        *out_start)
{
  guint back;

  g_return_if_fail (day != NULL && g_date_valid (day));
  g_return_if_fail (g_date_valid_weekday (first_day));
  g_return_if_fail (out_start != NULL);

  back = (g_date_get_weekday (day) - first_day + 7) % 7;
  *out_start = *day;
  g_date_subtract_days (out_start, back);
}
