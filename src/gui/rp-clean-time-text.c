/* rp-clean-time-text.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-clean-time-text"

#include "config.h"

#include <glib/gi18n.h>
#include <monetary.h>

#include "rp-clean-time.h"
#include "rp-clean-time-text.h"

/* How far ahead the next milestone is looked for: past 18 months they come
 * yearly, so two years always hold one. */
#define LOOK_AHEAD_DAYS (2 * 366 + 1)

/**
 * rp_clean_time_text_date:
 *
 * Returns: (transfer full): @date in the locale's short form
 */
char *
rp_clean_time_text_date (const GDate *date)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  noon = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 12, 0, 0);

  return noon != NULL ? g_date_time_format (noon, "%x") : g_strdup ("");
}

/**
 * rp_clean_time_text_money:
 * @cents: an amount in hundredths of the locale's currency
 *
 * Returns: (transfer full): the amount in the locale's currency format
 */
char *
rp_clean_time_text_money (gint64 cents)
{
  char buffer[128];

  if (strfmon (buffer, sizeof buffer, "%n", (double) cents / 100.0) < 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));

  return g_strdup (buffer);
}

/**
 * rp_clean_time_text_next_milestone:
 *
 * Returns: (transfer full) (nullable): "Next: 1 year on 1/31/27", or %NULL
 */
char *
rp_clean_time_text_next_milestone (const GDate *start_date,
                                   const GDate *today)
{
  g_autoptr(GArray) coming = NULL;
  const RpCleanTimeMilestone *next;
  g_autofree char *what = NULL;
  g_autofree char *when = NULL;
  GDate first = *today;
  GDate last = *today;

  g_date_add_days (&first, 1);
  g_date_add_days (&last, LOOK_AHEAD_DAYS);
  if (g_date_compare (&first, start_date) < 0)
    first = *start_date;
  coming = rp_clean_time_milestones (start_date, &first, &last);
  if (coming->len == 0)
    return NULL;

  next = &g_array_index (coming, RpCleanTimeMilestone, 0);
  what = rp_clean_time_milestone_label (next);
  when = rp_clean_time_text_date (&next->date);

  /* Translators: the next clean-time milestone ("90 days") and its date */
  return g_strdup_printf (_("Next: %s on %s"), what, when);
}

/**
 * rp_clean_time_text_celebration:
 *
 * Returns: (transfer full) (nullable): "Today: 90 days!" on a milestone's
 *   day, otherwise %NULL
 */
char *
rp_clean_time_text_celebration (const GDate *start_date,
                                const GDate *today)
{
  g_autofree char *what = NULL;
  RpCleanTimeMilestone milestone;

  if (!rp_clean_time_milestone_on (start_date, today, &milestone))
    return NULL;

  what = rp_clean_time_milestone_label (&milestone);

  /* Translators: shown on a clean-time milestone's day, "Today: 90 days!" */
  return g_strdup_printf (_("Today: %s!"), what);
}
