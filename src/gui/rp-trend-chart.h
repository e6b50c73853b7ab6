/* rp-trend-chart.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  RP_TREND_CHART_LINES,   /* one or two series over days, gaps where NAN */
  RP_TREND_CHART_BARS,    /* one series of counts (meetings per week) */
} RpTrendChartMode;

#define RP_TYPE_TREND_CHART (rp_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (RpTrendChart, rp_trend_chart, RP, TREND_CHART, GtkWidget)

GtkWidget  *rp_trend_chart_new         (RpTrendChartMode  mode);
/* @index 0 or 1; @values NAN where nothing is recorded, drawn between
 * @min and @max (bars start at @min). NULL clears the series. */
void        rp_trend_chart_set_series  (RpTrendChart     *self,
                                        guint             index,
                                        const double     *values,
                                        guint             n_values,
                                        double            min,
                                        double            max);
/* The texts under the first and last value ("1 Mar", "30 Mar"). */
void        rp_trend_chart_set_x_labels (RpTrendChart    *self,
                                         const char      *first,
                                         const char      *last);
/* The sentence that describes the chart to a screen reader (property
 * "summary"; show it under the chart too). */
void        rp_trend_chart_set_summary (RpTrendChart     *self,
                                        const char       *summary);
const char *rp_trend_chart_get_summary (RpTrendChart     *self);

G_END_DECLS
