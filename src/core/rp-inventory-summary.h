/* rp-inventory-summary.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rp-inventory-entry.h"

G_BEGIN_DECLS

typedef enum
{
  RP_TREND_NONE,      /* too few values to say */
  RP_TREND_STEADY,
  RP_TREND_RISING,
  RP_TREND_FALLING,
} RpTrend;

/**
 * RpSeriesStats:
 * @n_recorded: values present (not NAN)
 * @average: their mean (0 when none)
 * @min: the smallest (0 when none)
 * @max: the largest (0 when none)
 * @trend: the second half's mean against the first half's
 */
typedef struct
{
  guint   n_recorded;
  double  average;
  double  min;
  double  max;
  RpTrend trend;
} RpSeriesStats;

/* @values: one per day (or week), NAN where nothing is recorded;
 * @threshold: how far apart the halves' means must be for a trend. */
void  rp_series_stats_compute             (const double   *values,
                                           guint           n_values,
                                           double          threshold,
                                           RpSeriesStats  *out_stats);

/* The sentences a screen reader reads for the charts, and everyone reads
 * under them: "Mood over the last 30 days: average 3.4, from 2 to 5, 24
 * days recorded; rising." */
char *rp_inventory_summary_mood           (const double   *mood,
                                           guint           n_days);
char *rp_inventory_summary_craving        (const double   *craving,
                                           guint           n_days);
char *rp_inventory_summary_meetings       (const double   *per_week,
                                           guint           n_weeks);

/* Mood and craving of @days as two series of doubles (NAN when unset). */
void  rp_inventory_series_split           (const RpInventoryDay *days,
                                           guint           n_days,
                                           double         *out_mood,
                                           double         *out_craving);

/* One line for a list or a card: "Good · craving 3 of 10 · 2 triggers". */
char *rp_inventory_summary_describe_entry (RpInventoryEntry *entry);

/* @day in @format (g_date_time_format()), e.g. "%x". */
char *rp_inventory_format_day             (const GDate    *day,
                                           const char     *format);

G_END_DECLS
