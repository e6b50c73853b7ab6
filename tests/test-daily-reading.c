/* test-daily-reading.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The daily reading's choice for an injected day: in order from the start
 * day round and round, by date with its fallbacks, and a favourite "at
 * random" that stays all day and never repeats yesterday's. */

#include "config.h"

#include "rp-daily-reading.h"
#include "rp-test-util.h"

static GPtrArray *
make_readings (guint n)
{
  GPtrArray *readings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      RpReading *reading = rp_reading_new (i % 3 == 2 ? RP_READING_KIND_LINK : RP_READING_KIND_TEXT);
      g_autofree char *title = g_strdup_printf ("Reading %u", i);

      rp_reading_set_title (reading, title);
      g_ptr_array_add (readings, reading);
    }

  return readings;
}

/* The index of the chosen reading in @readings, or -1 for NULL. */
static int
choose_index (GPtrArray           *readings,
              GPtrArray           *favourites,
              RpDailyReadingOrder  order,
              const GDate         *start,
              const GDate         *day)
{
  RpReading *chosen = rp_daily_reading_choose (readings, favourites, order, start, day);
  guint index;

  if (chosen == NULL)
    return -1;

  if (favourites != NULL && g_ptr_array_find (favourites, chosen, &index))
    return (int) index;
  g_assert_true (g_ptr_array_find (readings, chosen, &index));
  return (int) index;
}

static void
test_in_order (void)
{
  g_autoptr(GPtrArray) readings = make_readings (5);
  GDate start = rp_test_make_date (2026, 3, 10);
  GDate day;

  /* The first on the start day, one a day after it, round again after
   * the last. */
  for (int offset = 0; offset < 12; offset++)
    {
      day = start;
      g_date_add_days (&day, offset);
      g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, &start, &day),
                       ==, offset % 5);
    }

  /* Days before the start count backwards round the same circle. */
  day = rp_test_make_date (2026, 3, 9);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, &start, &day), ==, 4);
  day = rp_test_make_date (2026, 3, 5);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, &start, &day), ==, 0);
  day = rp_test_make_date (2025, 3, 10);   /* 365 days before: 365 = 73 × 5 */
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, &start, &day), ==, 0);

  /* Across a year's end and a leap day, one day is one step. */
  start = rp_test_make_date (2027, 12, 30);
  day = rp_test_make_date (2028, 3, 1);   /* 62 days later, 2028-02-29 among them */
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, &start, &day), ==, 62 % 5);
}

static void
test_in_order_without_start (void)
{
  g_autoptr(GPtrArray) readings = make_readings (7);
  GDate day = rp_test_make_date (2026, 6, 1);
  GDate next = rp_test_make_date (2026, 6, 2);
  GDate invalid;
  int first = choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, NULL, &day);

  /* Still one a day, in order. */
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, NULL, &next),
                   ==, (first + 1) % 7);
  g_date_clear (&invalid, 1);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_IN_ORDER, &invalid, &day),
                   ==, first);
}

static void
test_by_date (void)
{
  g_autoptr(GPtrArray) readings = make_readings (4);
  GDate start = rp_test_make_date (2026, 1, 1);
  GDate day;

  rp_reading_set_entry_date (g_ptr_array_index (readings, 0), 1, 1);
  rp_reading_set_entry_date (g_ptr_array_index (readings, 1), 2, 28);
  rp_reading_set_entry_date (g_ptr_array_index (readings, 2), 2, 29);
  rp_reading_set_entry_date (g_ptr_array_index (readings, 3), 12, 31);

  day = rp_test_make_date (2026, 12, 31);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 3);
  day = rp_test_make_date (2031, 1, 1);   /* any year */
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 0);
  day = rp_test_make_date (2028, 2, 29);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 2);
  day = rp_test_make_date (2026, 2, 28);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 1);

  /* No entry for the day: in order from the start. */
  day = rp_test_make_date (2026, 1, 2);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 1);
  day = rp_test_make_date (2026, 1, 7);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 6 % 4);
}

static void
test_by_date_leap_day_fallback (void)
{
  g_autoptr(GPtrArray) readings = make_readings (3);
  GDate start = rp_test_make_date (2028, 2, 1);
  GDate day = rp_test_make_date (2028, 2, 29);

  /* A 365-day book has no February 29: that day falls back to in order. */
  rp_reading_set_entry_date (g_ptr_array_index (readings, 0), 2, 28);
  rp_reading_set_entry_date (g_ptr_array_index (readings, 1), 3, 1);
  rp_reading_set_entry_date (g_ptr_array_index (readings, 2), 3, 2);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 28 % 3);

  day = rp_test_make_date (2028, 3, 1);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day), ==, 1);
}

static void
test_by_date_undated (void)
{
  g_autoptr(GPtrArray) readings = make_readings (3);
  GDate start = rp_test_make_date (2026, 5, 1);
  GDate day;

  for (int offset = 0; offset < 6; offset++)
    {
      day = start;
      g_date_add_days (&day, offset);
      g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_BY_DATE, &start, &day),
                       ==, offset % 3);
    }
}

static void
test_random_favourite (void)
{
  g_autoptr(GPtrArray) readings = make_readings (3);
  g_autoptr(GPtrArray) favourites = make_readings (6);
  GDate start = rp_test_make_date (2026, 1, 1);
  guint counts[6] = { 0, };
  int previous = -1;
  guint n_changes_of_pattern = 0;

  for (int offset = 0; offset < 3 * 365; offset++)
    {
      GDate day = start;
      int chosen, again;

      g_date_add_days (&day, offset);
      chosen = choose_index (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE, &start, &day);
      g_assert_cmpint (chosen, >=, 0);
      g_assert_cmpint (chosen, <, 6);
      g_assert_true (rp_daily_reading_choose (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE,
                                              &start, &day) == g_ptr_array_index (favourites, chosen));

      /* The same all day: asking again (another start, too) changes
       * nothing. */
      again = choose_index (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE, NULL, &day);
      g_assert_cmpint (again, ==, chosen);

      /* Never yesterday's. */
      g_assert_cmpint (chosen, !=, previous);
      if (previous >= 0 && chosen != (previous + 1) % 6)
        n_changes_of_pattern++;
      previous = chosen;
      counts[chosen]++;
    }

  /* At random: every favourite comes up, none far more than the others,
   * and it is not just the next one each day. */
  for (guint i = 0; i < 6; i++)
    {
      g_assert_cmpuint (counts[i], >, 3 * 365 / 6 / 2);
      g_assert_cmpuint (counts[i], <, 3 * 365 / 6 * 2);
    }
  g_assert_cmpuint (n_changes_of_pattern, >, 365);
}

static void
test_random_favourite_few (void)
{
  g_autoptr(GPtrArray) readings = make_readings (4);
  g_autoptr(GPtrArray) favourites = make_readings (3);
  GDate start = rp_test_make_date (2026, 1, 1);
  int previous = -1;

  /* Two favourites: turn and turn about. Three: never twice running. */
  g_ptr_array_set_size (favourites, 2);
  for (int offset = 0; offset < 30; offset++)
    {
      GDate day = start;
      int chosen;

      g_date_add_days (&day, offset);
      chosen = choose_index (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE, &start, &day);
      g_assert_cmpint (chosen, !=, previous);
      previous = chosen;
    }

  g_ptr_array_add (favourites, rp_reading_new (RP_READING_KIND_TEXT));
  previous = -1;
  for (int offset = 0; offset < 400; offset++)
    {
      GDate day = start;
      int chosen;

      g_date_add_days (&day, offset);
      chosen = choose_index (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE, &start, &day);
      g_assert_cmpint (chosen, !=, previous);
      previous = chosen;
    }

  /* One favourite: every day. */
  g_ptr_array_set_size (favourites, 1);
  for (int offset = 0; offset < 3; offset++)
    {
      GDate day = start;

      g_date_add_days (&day, offset);
      g_assert_true (rp_daily_reading_choose (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE,
                                              &start, &day) == g_ptr_array_index (favourites, 0));
    }
}

static void
test_random_favourite_none (void)
{
  g_autoptr(GPtrArray) readings = make_readings (4);
  g_autoptr(GPtrArray) favourites = g_ptr_array_new ();
  GDate start = rp_test_make_date (2026, 4, 1);
  GDate day = rp_test_make_date (2026, 4, 3);

  /* With no favourites, in order. */
  g_assert_cmpint (choose_index (readings, favourites, RP_DAILY_READING_RANDOM_FAVOURITE, &start, &day),
                   ==, 2);
  g_assert_cmpint (choose_index (readings, NULL, RP_DAILY_READING_RANDOM_FAVOURITE, &start, &day),
                   ==, 2);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) readings = g_ptr_array_new ();
  g_autoptr(GPtrArray) favourites = g_ptr_array_new ();
  GDate start = rp_test_make_date (2026, 4, 1);
  GDate day = rp_test_make_date (2026, 4, 3);

  for (RpDailyReadingOrder order = RP_DAILY_READING_IN_ORDER;
       order <= RP_DAILY_READING_RANDOM_FAVOURITE;
       order++)
    {
      g_assert_null (rp_daily_reading_choose (readings, favourites, order, &start, &day));
      g_assert_null (rp_daily_reading_choose (NULL, NULL, order, &start, &day));
      g_assert_null (rp_daily_reading_choose (NULL, NULL, order, NULL, &day));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/daily-reading/in-order", test_in_order);
  g_test_add_func ("/daily-reading/in-order/without-start", test_in_order_without_start);
  g_test_add_func ("/daily-reading/by-date", test_by_date);
  g_test_add_func ("/daily-reading/by-date/leap-day-fallback", test_by_date_leap_day_fallback);
  g_test_add_func ("/daily-reading/by-date/undated", test_by_date_undated);
  g_test_add_func ("/daily-reading/random-favourite", test_random_favourite);
  g_test_add_func ("/daily-reading/random-favourite/few", test_random_favourite_few);
  g_test_add_func ("/daily-reading/random-favourite/none", test_random_favourite_none);
  g_test_add_func ("/daily-reading/empty", test_empty);

  return g_test_run ();
}
