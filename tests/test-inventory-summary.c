/* test-inventory-summary.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-inventory-summary"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "rp-inventory-summary.h"
#include "rp-test-util.h"

/* The charts' summary sentences (what a screen reader says and what is
 * shown under each chart) and the statistics under them: averages over
 * recorded days only, the range, the trend between the two halves, the
 * empty cases, and the one-line description of an entry. */

static void
test_stats (void)
{
  const double values[] = { 2, NAN, 2, 3, NAN, 4, 5, 5 };
  const double flat[] = { 3, 3, NAN, 3, 3, 3 };
  const double few[] = { 1, NAN, NAN, 5 };
  RpSeriesStats stats;

  rp_series_stats_compute (values, G_N_ELEMENTS (values), 0.5, &stats);
  g_assert_cmpuint (stats.n_recorded, ==, 6);
  g_assert_cmpfloat_with_epsilon (stats.average, 21.0 / 6, 1e-9);
  g_assert_cmpfloat (stats.min, ==, 2);
  g_assert_cmpfloat (stats.max, ==, 5);
  g_assert_cmpint (stats.trend, ==, RP_TREND_RISING);

  rp_series_stats_compute (flat, G_N_ELEMENTS (flat), 0.5, &stats);
  g_assert_cmpint (stats.trend, ==, RP_TREND_STEADY);

  /* One value per half: not enough to call it a trend. */
  rp_series_stats_compute (few, G_N_ELEMENTS (few), 0.5, &stats);
  g_assert_cmpint (stats.trend, ==, RP_TREND_NONE);

  rp_series_stats_compute (NULL, 0, 0.5, &stats);
  g_assert_cmpuint (stats.n_recorded, ==, 0);
}

static void
test_mood_sentence (void)
{
  double mood[30];
  g_autofree char *text = NULL;
  g_autofree char *falling = NULL;
  g_autofree char *empty = NULL;

  /* 24 days recorded: 2s and 3s in the first half, 4s and 5s after. */
  for (guint i = 0; i < 30; i++)
    {
      if (i % 5 == 4)
        mood[i] = NAN;
      else if (i < 15)
        mood[i] = 2 + i % 2;
      else
        mood[i] = 4 + i % 2;
    }
  text = rp_inventory_summary_mood (mood, 30);
  g_assert_cmpstr (text, ==,
                   "Mood over the last 30 days: average 3.5, from 2 to 5, 24 days recorded;"
                   " rising.");

  for (guint i = 0; i < 30; i++)
    if (!isnan (mood[i]))
      mood[i] = 7 - mood[i];
  falling = rp_inventory_summary_craving (mood, 30);
  g_assert_cmpstr (falling, ==,
                   "Craving over the last 30 days: average 3.5, from 2 to 5, 24 days recorded;"
                   " falling.");

  for (guint i = 0; i < 30; i++)
    mood[i] = NAN;
  empty = rp_inventory_summary_mood (mood, 30);
  g_assert_cmpstr (empty, ==, "Mood over the last 30 days: nothing recorded.");
}

static void
test_one_day (void)
{
  const double one[] = { 4 };
  g_autofree char *text = rp_inventory_summary_mood (one, 1);

  g_assert_cmpstr (text, ==,
                   "Mood over the last 1 day: average 4.0, from 4 to 4, 1 day recorded.");
}

static void
test_meetings_sentence (void)
{
  const double weeks[] = { 2, 3, 0, 4, 2, 3, 1, 3, 2, 3, 4, 3 };
  const double none[] = { 0, 0, 0, 0, 0 };
  g_autofree char *text = rp_inventory_summary_meetings (weeks, G_N_ELEMENTS (weeks));
  g_autofree char *empty = rp_inventory_summary_meetings (none, G_N_ELEMENTS (none));

  g_assert_cmpstr (text, ==, "Meetings per week: 2.5 on average over 12 weeks, at most 4.");
  g_assert_cmpstr (empty, ==, "No meetings marked attended in the last 5 weeks.");
}

static void
test_split_and_describe (void)
{
  const RpInventoryDay days[] = { { 3, -1, TRUE }, { 0, 0, FALSE }, { 0, 7, TRUE } };
  double mood[3], craving[3];
  GDate day = rp_test_make_date (2026, 3, 1);
  g_autoptr(RpInventoryEntry) entry = rp_inventory_entry_new (&day);
  g_autofree char *line = NULL;
  g_autofree char *notes_only = NULL;

  rp_inventory_series_split (days, 3, mood, craving);
  g_assert_cmpfloat (mood[0], ==, 3);
  g_assert_true (isnan (mood[1]) && isnan (mood[2]));
  g_assert_true (isnan (craving[0]));
  g_assert_cmpfloat (craving[1], ==, 0);
  g_assert_cmpfloat (craving[2], ==, 7);

  rp_inventory_entry_set_mood (entry, 4);
  rp_inventory_entry_set_craving (entry, 3);
  rp_inventory_entry_set_triggers (entry, (const char *[]) { "work", "tired", NULL });
  rp_inventory_entry_set_gratitude (entry, (const char *[]) { "sun", NULL });
  line = rp_inventory_summary_describe_entry (entry);
  g_assert_cmpstr (line, ==, "Good · craving 3 of 10 · 2 triggers · 1 gratitude item");

  g_clear_object (&entry);
  entry = rp_inventory_entry_new (&day);
  rp_inventory_entry_set_notes (entry, "words");
  notes_only = rp_inventory_summary_describe_entry (entry);
  g_assert_cmpstr (notes_only, ==, "notes only");
}

int
main (int   argc,
      char *argv[])
{
  /* The sentences in English, with a dot for decimals. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inventory-summary/stats", test_stats);
  g_test_add_func ("/inventory-summary/mood", test_mood_sentence);
  g_test_add_func ("/inventory-summary/one-day", test_one_day);
  g_test_add_func ("/inventory-summary/meetings", test_meetings_sentence);
  g_test_add_func ("/inventory-summary/split-and-describe", test_split_and_describe);

  return g_test_run ();
}
