/* rp-inventory-summary.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words for the inventory's charts: a sentence per chart that a screen
 * reader reads as the chart's description and that is shown under it, and
 * one line per entry for lists. Pure: numbers in, text out. */

#define G_LOG_DOMAIN "rp-inventory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rp-inventory-summary.h"

#define MOOD_TREND_THRESHOLD     0.5
#define CRAVING_TREND_THRESHOLD  1.0

static void
half_mean (const double *values,
           guint         from,
           guint         until,
           double       *out_mean,
           guint        *out_n)
{
  double sum = 0;
  guint n = 0;

  for (guint i = from; i < until; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        n++;
      }

  *out_mean = n > 0 ? sum / n : 0;
  *out_n = n;
}

/**
 * rp_series_stats_compute:
 * @values: (array length=n_values): NAN where nothing is recorded
 * @threshold: the smallest change of mean, first half to second, that
 *   counts as rising or falling
 *
 * A trend needs two values in each half of the range.
 */
void
rp_series_stats_compute (const double  *values,
                         guint          n_values,
                         double         threshold,
                         RpSeriesStats *out_stats)
{
  double first_mean, second_mean;
  guint first_n, second_n;
  double sum = 0;

  g_return_if_fail (values != NULL || n_values == 0);
  g_return_if_fail (out_stats != NULL);

  *out_stats = (RpSeriesStats) { 0, 0, 0, 0, RP_TREND_NONE };

  for (guint i = 0; i < n_values; i++)
    {
      if (isnan (values[i]))
        continue;
      if (out_stats->n_recorded == 0 || values[i] < out_stats->min)
        out_stats->min = values[i];
      if (out_stats->n_recorded == 0 || values[i] > out_stats->max)
        out_stats->max = values[i];
      sum += values[i];
      out_stats->n_recorded++;
    }
  if (out_stats->n_recorded == 0)
    return;

  out_stats->average = sum / out_stats->n_recorded;

  half_mean (values, 0, n_values / 2, &first_mean, &first_n);
  half_mean (values, n_values / 2, n_values, &second_mean, &second_n);
  if (first_n < 2 || second_n < 2)
    out_stats->trend = RP_TREND_NONE;
  else if (second_mean - first_mean >= threshold)
    out_stats->trend = RP_TREND_RISING;
  else if (first_mean - second_mean >= threshold)
    out_stats->trend = RP_TREND_FALLING;
  else
    out_stats->trend = RP_TREND_STEADY;
}

static char *
with_trend (char    *text,
            RpTrend  trend)
{
  g_autofree char *owned = text;

  switch (trend)
    {
    case RP_TREND_RISING:
      /* Translators: a chart's summary, then its trend */
      return g_strdup_printf (_("%s; rising."), owned);
    case RP_TREND_FALLING:
      return g_strdup_printf (_("%s; falling."), owned);
    case RP_TREND_STEADY:
      return g_strdup_printf (_("%s; steady."), owned);
    case RP_TREND_NONE:
    default:
      return g_strdup_printf (_("%s."), owned);
    }
}

/* @what_over_days is the sentence's start ("Mood over the last 30 days"). */
static char *
summarize_days (const char   *what_over_days,
                const double *values,
                guint         n_days,
                double        threshold)
{
  RpSeriesStats stats;
  g_autofree char *recorded = NULL;
  char average[G_ASCII_DTOSTR_BUF_SIZE];

  rp_series_stats_compute (values, n_days, threshold, &stats);
  if (stats.n_recorded == 0)
    /* Translators: "Mood over the last 30 days: nothing recorded." */
    return g_strdup_printf (_("%s: nothing recorded."), what_over_days);

  /* The user's decimal separator: printf follows LC_NUMERIC. */
  g_snprintf (average, sizeof average, "%.1f", stats.average);
  recorded = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day recorded",
                                           "%u days recorded", stats.n_recorded),
                              stats.n_recorded);

  /* Translators: "Mood over the last 30 days: average 3.4, from 2 to 5,
   * 24 days recorded" */
  return with_trend (g_strdup_printf (_("%s: average %s, from %.0f to %.0f, %s"),
                                      what_over_days, average, stats.min, stats.max,
                                      recorded),
                     stats.trend);
}

/**
 * rp_inventory_summary_mood:
 * @mood: (array length=n_days): 1–5 per day, NAN when not recorded
 *
 * Returns: (transfer full): the mood chart's summary sentence
 */
char *
rp_inventory_summary_mood (const double *mood,
                           guint         n_days)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (mood != NULL || n_days == 0, NULL);

  what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mood over the last %u day",
                                       "Mood over the last %u days", n_days),
                          n_days);

  return summarize_days (what, mood, n_days, MOOD_TREND_THRESHOLD);
}

/**
 * rp_inventory_summary_craving:
 * @craving: (array length=n_days): 0–10 per day, NAN when not recorded
 *
 * Returns: (transfer full): the craving chart's summary sentence
 */
char *
rp_inventory_summary_craving (const double *craving,
                              guint         n_days)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (craving != NULL || n_days == 0, NULL);

  what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Craving over the last %u day",
                                       "Craving over the last %u days", n_days),
                          n_days);

  return summarize_days (what, craving, n_days, CRAVING_TREND_THRESHOLD);
}

/**
 * rp_inventory_summary_meetings:
 * @per_week: (array length=n_weeks): meetings attended each week
 *
 * Returns: (transfer full): the meetings chart's summary sentence
 */
char *
rp_inventory_summary_meetings (const double *per_week,
                               guint         n_weeks)
{
  RpSeriesStats stats;
  char average[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (per_week != NULL || n_weeks == 0, NULL);

  rp_series_stats_compute (per_week, n_weeks, 1.0, &stats);
  if (stats.n_recorded == 0 || stats.max <= 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "No meetings marked attended in the last %u week.",
                                         "No meetings marked attended in the last %u weeks.",
                                         n_weeks),
                            n_weeks);

  g_snprintf (average, sizeof average, "%.1f", stats.average);

  /* Translators: "Meetings per week: 2.5 on average over 12 weeks, at
   * most 4." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Meetings per week: %s on average over %u week, at most %.0f.",
                                       "Meetings per week: %s on average over %u weeks, at most %.0f.",
                                       n_weeks),
                          average, n_weeks, stats.max);
}

/**
 * rp_inventory_series_split:
 * @days: (array length=n_days): a series from the store
 * @out_mood: (array length=n_days): filled with the moods, NAN when unset
 * @out_craving: (array length=n_days): the cravings, NAN when unset
 */
void
rp_inventory_series_split (const RpInventoryDay *days,
                           guint                 n_days,
                           double               *out_mood,
                           double               *out_craving)
{
  g_return_if_fail (days != NULL || n_days == 0);

  for (guint i = 0; i < n_days; i++)
    {
      if (out_mood != NULL)
        out_mood[i] = days[i].mood != RP_INVENTORY_MOOD_UNSET ? days[i].mood : NAN;
      if (out_craving != NULL)
        out_craving[i] = days[i].craving != RP_INVENTORY_CRAVING_UNSET ? days[i].craving : NAN;
    }
}

/**
 * rp_inventory_summary_describe_entry:
 *
 * Returns: (transfer full): what the entry holds, in one line
 */
char *
rp_inventory_summary_describe_entry (RpInventoryEntry *entry)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int mood, craving;
  guint n;

  g_return_val_if_fail (RP_IS_INVENTORY_ENTRY (entry), NULL);

  mood = rp_inventory_entry_get_mood (entry);
  craving = rp_inventory_entry_get_craving (entry);

  if (rp_inventory_mood_to_string (mood) != NULL)
    g_ptr_array_add (parts, g_strdup (rp_inventory_mood_to_string (mood)));
  if (craving >= 0)
    g_ptr_array_add (parts, g_strdup_printf (_("craving %d of 10"), craving));
  n = g_strv_length ((char **) rp_inventory_entry_get_triggers (entry));
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u trigger",
                                                          "%u triggers", n), n));
  n = g_strv_length ((char **) rp_inventory_entry_get_gratitude (entry));
  if (n > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gratitude item",
                                                          "%u gratitude items", n), n));
  if (parts->len == 0 && rp_inventory_entry_get_notes (entry) != NULL)
    g_ptr_array_add (parts, g_strdup (_("notes only")));

  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the parts of an entry's line */
  return g_strjoinv (C_("inventory entry", " · "), (char **) parts->pdata);
}

/**
 * rp_inventory_format_day:
 * @day: a valid date
 * @format: a g_date_time_format() format, usually translated
 *
 * Returns: (transfer full): the formatted day
 */
char *
rp_inventory_format_day (const GDate *day,
                         const char  *format)
{
  g_autoptr(GDateTime) moment = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  /* Noon in UTC: only the calendar fields are printed. */
  moment = g_date_time_new_utc (g_date_get_year (day), g_date_get_month (day),
                                g_date_get_day (day), 12, 0, 0);
  if (moment == NULL)
    return g_strdup ("");

  return g_date_time_format (moment, format);
}
