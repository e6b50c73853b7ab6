/* rp-daily-reading.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-daily-reading"

#include "config.h"

#include "rp-daily-reading.h"

/* Which reading is the daily reading on a given day. Pure: the day comes
 * from the caller's clock, and "at random" is a hash of the day, so that
 * the Today page, the reminder and a restart all agree on it all day. */

/* splitmix64's finaliser: neighbouring days give unrelated numbers, the
 * same on every machine. */
static guint64
hash_day (guint64 julian)
{
  guint64 x = julian + G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  x = (x ^ (x >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  x = (x ^ (x >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return x ^ (x >> 31);
}

/* Without a start day, the circle is counted from a fixed one (the first
 * of the Julian days), so that the reading still changes every day. */
static RpReading *
choose_in_order (GPtrArray   *readings,
                 const GDate *start,
                 const GDate *day)
{
  gint64 offset;
  gint64 n;

  if (readings == NULL || readings->len == 0)
    return NULL;

  n = readings->len;
  if (start != NULL && g_date_valid (start))
    offset = g_date_days_between (start, day);
  else
    offset = (gint64) g_date_get_julian (day) - 1;

  return g_ptr_array_index (readings, ((offset % n) + n) % n);
}

static RpReading *
choose_by_date (GPtrArray   *readings,
                const GDate *start,
                const GDate *day)
{
  int month = g_date_get_month (day);
  int day_of_month = g_date_get_day (day);

  for (guint i = 0; readings != NULL && i < readings->len; i++)
    {
      RpReading *reading = g_ptr_array_index (readings, i);

      if (rp_reading_get_entry_month (reading) == month
          && rp_reading_get_entry_day (reading) == day_of_month)
        return reading;
    }

  return choose_in_order (readings, start, day);
}

/* The pick of an even Julian day: the hash alone. */
static guint
pick_even_day (guint32 julian,
               guint   n)
{
  return hash_day (julian) % n;
}

/* Never yesterday's, without looking back day after day: even days pick
 * by the hash alone, and each odd day picks, by its own hash, among the
 * favourites that neither the day before nor the day after (both even)
 * picked. With two favourites that is simply turn and turn about. */
static RpReading *
choose_random_favourite (GPtrArray   *favourites,
                         const GDate *day)
{
  guint32 julian = g_date_get_julian (day);
  guint n = favourites->len;
  guint before, after, n_left, k;

  if (n == 1)
    return g_ptr_array_index (favourites, 0);
  if (n == 2)
    return g_ptr_array_index (favourites, julian % 2);
  if (julian % 2 == 0)
    return g_ptr_array_index (favourites, pick_even_day (julian, n));

  before = pick_even_day (julian - 1, n);
  after = pick_even_day (julian + 1, n);
  n_left = n - (before == after ? 1 : 2);
  k = hash_day (julian) % n_left;
  for (guint i = 0; i < n; i++)
    {
      if (i == before || i == after)
        continue;
      if (k == 0)
        return g_ptr_array_index (favourites, i);
      k--;
    }

  g_assert_not_reached ();
}

/**
 * rp_daily_reading_choose:
 * @readings: (nullable) (element-type RpReading): the chosen collection's
 *   readings, in the collection's order
 * @favourites: (nullable) (element-type RpReading): the favourites of all
 *   collections, in an order that does not change from day to day (by id)
 * @order: how to choose
 * @start: (nullable): the day the collection was chosen, which shows its
 *   first reading in order
 * @day: the day to choose for (the caller's local date)
 *
 * See rp-daily-reading.h for the rules.
 *
 * Returns: (transfer none) (nullable): an item of @readings or
 *   @favourites, or %NULL when there is nothing to choose from
 */
RpReading *
rp_daily_reading_choose (GPtrArray           *readings,
                         GPtrArray           *favourites,
                         RpDailyReadingOrder  order,
                         const GDate         *start,
                         const GDate         *day)
{
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  switch (order)
    {
    case RP_DAILY_READING_BY_DATE:
      return choose_by_date (readings, start, day);

    case RP_DAILY_READING_RANDOM_FAVOURITE:
      if (favourites != NULL && favourites->len > 0)
        return choose_random_favourite (favourites, day);
      return choose_in_order (readings, start, day);

    case RP_DAILY_READING_IN_ORDER:
    default:
      return choose_in_order (readings, start, day);
    }
}
