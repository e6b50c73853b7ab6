/* rp-trend-chart.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTrendChart: a small chart of the inventory — mood and craving as lines
 * over days (a gap where a day has nothing), or meetings per week as bars.
 * Colours come from the style (the accent and warning colours, the text
 * colour for axes), so it follows the light and dark styles. The drawing
 * is built once per change of data, size or style into a render node and
 * replayed by every snapshot: a year of points costs nothing per frame.
 * What it shows is said in words by its "summary" (its accessible
 * description), which the page also shows under it. */

#define G_LOG_DOMAIN "rp-trend-chart"

#include "config.h"

#include <math.h>

#include "rp-trend-chart.h"

#define MARGIN_TOP     8.0
#define AXIS_WIDTH    24.0
#define AXIS_HEIGHT   20.0

typedef struct
{
  double *values;
  guint   n_values;
  double  min;
  double  max;
} Series;

struct _RpTrendChart
{
  GtkWidget         parent_instance;

  RpTrendChartMode  mode;
  Series            series[2];
  char             *first_label;
  char             *last_label;
  char             *summary;

  GskRenderNode    *cache;
  int               cache_width;
  int               cache_height;
};

G_DEFINE_FINAL_TYPE (RpTrendChart, rp_trend_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
invalidate (RpTrendChart *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
get_color (GtkWidget  *widget,
           const char *name,
           GdkRGBA    *out_color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, out_color);
  if (name != NULL)
    gtk_style_context_lookup_color (context, name, out_color);
}

static void
show_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      x_align)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  if (text == NULL)
    return;

  layout = gtk_widget_create_pango_layout (widget, text);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * x_align, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static double
value_y (const Series *series,
         double        value,
         double        top,
         double        height)
{
  double span = series->max - series->min;
  double fraction = span > 0 ? (value - series->min) / span : 0;

  return top + (1.0 - CLAMP (fraction, 0.0, 1.0)) * height;
}

static void
draw_line (cairo_t      *cr,
           const Series *series,
           double        left,
           double        top,
           double        width,
           double        height)
{
  double step = width / MAX (series->n_values, 1);
  gboolean pen_down = FALSE;

  for (guint i = 0; i < series->n_values; i++)
    {
      double v = series->values[i];
      double x = left + (i + 0.5) * step;

      if (isnan (v))
        {
          pen_down = FALSE;
          continue;
        }

      if (pen_down)
        cairo_line_to (cr, x, value_y (series, v, top, height));
      else
        cairo_move_to (cr, x, value_y (series, v, top, height));
      pen_down = TRUE;
    }
  cairo_stroke (cr);

  /* Points: every one on a short range; on a long one only those with no
   * neighbour, which a line would not show. */
  for (guint i = 0; i < series->n_values; i++)
    {
      double v = series->values[i];
      gboolean alone = (i == 0 || isnan (series->values[i - 1])) &&
                       (i + 1 == series->n_values || isnan (series->values[i + 1]));

      if (isnan (v) || (series->n_values > 31 && !alone))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, left + (i + 0.5) * step, value_y (series, v, top, height),
                 2.5, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

static void
draw_bars (cairo_t      *cr,
           const Series *series,
           double        left,
           double        top,
           double        width,
           double        height)
{
  double step = width / MAX (series->n_values, 1);
  double bar = MAX (step * 0.7, 1.0);

  for (guint i = 0; i < series->n_values; i++)
    {
      double v = series->values[i];
      double y;

      if (isnan (v) || v <= series->min)
        continue;
      y = value_y (series, v, top, height);
      cairo_rectangle (cr, left + i * step + (step - bar) / 2, y, bar, top + height - y);
    }
  cairo_fill (cr);
}

static char *
format_value (double value)
{
  return g_strdup_printf ("%.0f", value);
}

static void
draw (RpTrendChart *self,
      cairo_t      *cr,
      int           widget_width,
      int           widget_height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean two = self->mode == RP_TREND_CHART_LINES && self->series[1].n_values > 0;
  double left = AXIS_WIDTH;
  double right = widget_width - (two ? AXIS_WIDTH : 8.0);
  double top = MARGIN_TOP;
  double bottom = widget_height - AXIS_HEIGHT;
  double width = right - left;
  double height = bottom - top;
  GdkRGBA text, first, second;

  if (width <= 0 || height <= 0)
    return;

  get_color (widget, NULL, &text);
  get_color (widget, "accent_color", &first);
  get_color (widget, "warning_color", &second);

  /* Grid: bottom, middle and top. */
  cairo_set_line_width (cr, 1.0);
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, text.alpha * 0.15);
  for (int i = 0; i <= 2; i++)
    {
      double y = (int) (top + height * i / 2.0) + 0.5;

      cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
    }
  cairo_stroke (cr);

  /* Axis texts, dimmed like .dim-label. */
  cairo_set_source_rgba (cr, text.red, text.green, text.blue, text.alpha * 0.55);
  for (guint s = 0; s < (two ? 2u : 1u); s++)
    {
      const Series *series = &self->series[s];
      g_autofree char *max_text = format_value (series->max);
      g_autofree char *min_text = format_value (series->min);
      double x = s == 0 ? left - 4 : right + 4;
      double align = s == 0 ? 1.0 : 0.0;

      if (series->n_values == 0)
        continue;
      show_text (widget, cr, max_text, x, top, align);
      show_text (widget, cr, min_text, x, bottom, align);
    }
  show_text (widget, cr, self->first_label, left, bottom + AXIS_HEIGHT / 2, 0.0);
  show_text (widget, cr, self->last_label, right, bottom + AXIS_HEIGHT / 2, 1.0);

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (self->mode == RP_TREND_CHART_BARS)
    {
      gdk_cairo_set_source_rgba (cr, &first);
      draw_bars (cr, &self->series[0], left, top, width, height);
      return;
    }

  /* The second series dashed as well as coloured: colour is not the only
   * way to tell them apart. */
  if (two)
    {
      const double dashes[] = { 6.0, 4.0 };

      gdk_cairo_set_source_rgba (cr, &second);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      draw_line (cr, &self->series[1], left, top, width, height);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  gdk_cairo_set_source_rgba (cr, &first);
  cairo_set_line_width (cr, 2.5);
  draw_line (cr, &self->series[0], left, top, width, height);
}

static GskRenderNode *
build_node (RpTrendChart *self,
            int           width,
            int           height)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  draw (self, cr, width, height);
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

static void
rp_trend_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RpTrendChart *self = RP_TREND_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0)
    return;

  if (self->cache == NULL || self->cache_width != width || self->cache_height != height)
    {
      g_clear_pointer (&self->cache, gsk_render_node_unref);
      self->cache = build_node (self, width, height);
      self->cache_width = width;
      self->cache_height = height;
    }

  if (self->cache != NULL)
    gtk_snapshot_append_node (snapshot, self->cache);
}

static void
rp_trend_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 320;
    }
  else
    {
      *minimum = 120;
      *natural = 160;
    }
}

static void
rp_trend_chart_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rp_trend_chart_parent_class)->css_changed (widget, change);

  /* Light/dark, accent and font changes all come through here. */
  invalidate (RP_TREND_CHART (widget));
}

static void
rp_trend_chart_finalize (GObject *object)
{
  RpTrendChart *self = RP_TREND_CHART (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->series); i++)
    g_free (self->series[i].values);
  g_free (self->first_label);
  g_free (self->last_label);
  g_free (self->summary);
  g_clear_pointer (&self->cache, gsk_render_node_unref);

  G_OBJECT_CLASS (rp_trend_chart_parent_class)->finalize (object);
}

static void
rp_trend_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpTrendChart *self = RP_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_trend_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RpTrendChart *self = RP_TREND_CHART (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      rp_trend_chart_set_summary (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_trend_chart_class_init (RpTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rp_trend_chart_finalize;
  object_class->get_property = rp_trend_chart_get_property;
  object_class->set_property = rp_trend_chart_set_property;
  widget_class->snapshot = rp_trend_chart_snapshot;
  widget_class->measure = rp_trend_chart_measure;
  widget_class->css_changed = rp_trend_chart_css_changed;

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rp_trend_chart_init (RpTrendChart *self)
{
}

GtkWidget *
rp_trend_chart_new (RpTrendChartMode mode)
{
  RpTrendChart *self = g_object_new (RP_TYPE_TREND_CHART, NULL);

  self->mode = mode;

  return GTK_WIDGET (self);
}

void
rp_trend_chart_set_series (RpTrendChart *self,
                           guint         index,
                           const double *values,
                           guint         n_values,
                           double        min,
                           double        max)
{
  Series *series;

  g_return_if_fail (RP_IS_TREND_CHART (self));
  g_return_if_fail (index < G_N_ELEMENTS (self->series));
  g_return_if_fail (values != NULL || n_values == 0);

  series = &self->series[index];
  g_free (series->values);
  series->values = values != NULL ? g_memdup2 (values, n_values * sizeof (double)) : NULL;
  series->n_values = values != NULL ? n_values : 0;
  series->min = min;
  series->max = max;
  invalidate (self);
}

void
rp_trend_chart_set_x_labels (RpTrendChart *self,
                             const char   *first,
                             const char   *last)
{
  g_return_if_fail (RP_IS_TREND_CHART (self));

  g_free (self->first_label);
  self->first_label = g_strdup (first);
  g_free (self->last_label);
  self->last_label = g_strdup (last);
  invalidate (self);
}

void
rp_trend_chart_set_summary (RpTrendChart *self,
                            const char   *summary)
{
  g_return_if_fail (RP_IS_TREND_CHART (self));

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  summary != NULL ? summary : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
rp_trend_chart_get_summary (RpTrendChart *self)
{
  g_return_val_if_fail (RP_IS_TREND_CHART (self), NULL);
  return self->summary;
}
