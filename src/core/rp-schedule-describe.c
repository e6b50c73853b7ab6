/* rp-schedule-describe.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-schedule"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-schedule-private.h"

/* The sentence that tells people when a meeting takes place. */

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
