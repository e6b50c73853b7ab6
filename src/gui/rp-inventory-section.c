/* rp-inventory-section.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpInventorySection: the Progress page's daily inventory — today's entry
 * (or the button that writes it), mood and craving over the last 30, 90 or
 * 365 days, meetings attended per week over the same span, and a History
 * row that opens the list of past entries as a subpage. Each chart's
 * summary sentence (from rp-inventory-summary) is its accessible
 * description and is shown under it.
 *
 * Nothing is read until the section is first mapped: ten years of entries
 * must not slow the start. Afterwards it follows `changed::inventory`,
 * `changed::attendance` and the day turning; while unmapped it only marks
 * itself dirty. */

#define G_LOG_DOMAIN "rp-inventory-section"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-inventory-editor.h"
#include "rp-inventory-history.h"
#include "rp-inventory-section.h"
#include "rp-inventory-summary.h"
#include "rp-progress-page.h"
#include "rp-trend-chart.h"
#include "rp-week.h"

struct _RpInventorySection
{
  AdwBin           parent_instance;

  RpStore         *store;
  RpDayWatch      *watch;
  guint            n_days;

  AdwActionRow    *today_row;
  AdwActionRow    *history_row;
  GtkWidget       *write_button;
  GtkToggleButton *range_30;
  GtkToggleButton *range_90;
  GtkToggleButton *range_365;
  GtkBox          *mood_card;
  GtkLabel        *mood_caption;
  GtkBox          *meetings_card;
  GtkLabel        *meetings_caption;
  RpTrendChart    *mood_chart;
  RpTrendChart    *meetings_chart;

  guint            dirty : 1;
  guint            preparing : 1;
};

G_DEFINE_FINAL_TYPE (RpInventorySection, rp_inventory_section, ADW_TYPE_BIN)

static void
get_today (RpInventorySection *self,
           GDate              *out_today)
{
  if (self->watch != NULL)
    rp_day_watch_get_today (self->watch, out_today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (out_today, 1);
      g_date_set_dmy (out_today, g_date_time_get_day_of_month (now),
                      g_date_time_get_month (now), g_date_time_get_year (now));
    }
}

static void
set_x_labels (RpTrendChart *chart,
              const GDate  *first,
              const GDate  *last)
{
  /* Translators: a chart's first and last day, short */
  g_autofree char *first_text = rp_inventory_format_day (first, C_("chart day", "%-d %b"));
  g_autofree char *last_text = rp_inventory_format_day (last, C_("chart day", "%-d %b"));

  rp_trend_chart_set_x_labels (chart, first_text, last_text);
}

static void
show_today (RpInventorySection *self,
            const GDate        *today)
{
  g_autoptr(RpInventoryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  entry = rp_store_load_inventory (self->store, today, &error);
  if (error != NULL)
    g_warning ("Could not read today's inventory: %s", error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->today_row), entry != NULL);
  gtk_widget_set_visible (self->write_button, entry == NULL);
  if (entry != NULL)
    {
      g_autofree char *line = rp_inventory_summary_describe_entry (entry);

      adw_action_row_set_subtitle (self->today_row, line);
    }

  if (rp_store_count_inventory (self->store, &count, NULL))
    {
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry",
                                                                "%u entries", count),
                                                   count);

      adw_action_row_set_subtitle (self->history_row, subtitle);
    }
}

static void
show_mood_chart (RpInventorySection *self,
                 const GDate        *today)
{
  g_autoptr(GArray) series = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *mood = NULL;
  g_autofree double *craving = NULL;
  g_autofree char *mood_text = NULL;
  g_autofree char *craving_text = NULL;
  g_autofree char *summary = NULL;
  GDate first = *today;

  g_date_subtract_days (&first, self->n_days - 1);
  series = rp_store_get_inventory_series (self->store, &first, self->n_days, &error);
  if (series == NULL)
    {
      g_warning ("Could not read the inventory series: %s", error->message);
      return;
    }

  mood = g_new (double, self->n_days);
  craving = g_new (double, self->n_days);
  rp_inventory_series_split ((RpInventoryDay *) series->data, self->n_days, mood, craving);

  rp_trend_chart_set_series (self->mood_chart, 0, mood, self->n_days, 1, 5);
  rp_trend_chart_set_series (self->mood_chart, 1, craving, self->n_days, 0, 10);
  set_x_labels (self->mood_chart, &first, today);

  mood_text = rp_inventory_summary_mood (mood, self->n_days);
  craving_text = rp_inventory_summary_craving (craving, self->n_days);
  summary = g_strconcat (mood_text, " ", craving_text, NULL);
  rp_trend_chart_set_summary (self->mood_chart, summary);
  gtk_label_set_text (self->mood_caption, summary);
}

static void
show_meetings_chart (RpInventorySection *self,
                     const GDate        *today)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *values = NULL;
  g_autofree char *summary = NULL;
  guint n_weeks = (self->n_days + 6) / 7;
  double max = 1;
  GDate first, last;

  /* Whole weeks in the user's way of counting them, this one last. */
  rp_week_start (today, rp_week_locale_first_day (), &first);
  g_date_subtract_days (&first, (n_weeks - 1) * 7);
  counts = rp_store_count_attended_per_week (self->store, &first, n_weeks, &error);
  if (counts == NULL)
    {
      g_warning ("Could not count meetings per week: %s", error->message);
      return;
    }

  values = g_new (double, n_weeks);
  for (guint i = 0; i < n_weeks; i++)
    {
      values[i] = g_array_index (counts, guint, i);
      max = MAX (max, values[i]);
    }

  rp_trend_chart_set_series (self->meetings_chart, 0, values, n_weeks, 0, max);
  last = first;
  g_date_add_days (&last, (n_weeks - 1) * 7);
  set_x_labels (self->meetings_chart, &first, &last);

  summary = rp_inventory_summary_meetings (values, n_weeks);
  rp_trend_chart_set_summary (self->meetings_chart, summary);
  gtk_label_set_text (self->meetings_caption, summary);
}

static void
refresh (RpInventorySection *self)
{
  GDate today;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->preparing)
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;

  if (self->store == NULL)
    return;

  get_today (self, &today);
  show_today (self, &today);
  show_mood_chart (self, &today);
  show_meetings_chart (self, &today);
}

static void
changed_cb (RpInventorySection *self)
{
  refresh (self);
}

static void
range_toggled_cb (RpInventorySection *self,
                  GtkToggleButton    *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->range_90)
    rp_inventory_section_set_range (self, 90);
  else if (button == self->range_365)
    rp_inventory_section_set_range (self, 365);
  else
    rp_inventory_section_set_range (self, 30);
}

/**
 * rp_inventory_section_set_range:
 * @n_days: 30, 90 or 365
 *
 * How many days the charts cover, the toggle buttons following.
 */
void
rp_inventory_section_set_range (RpInventorySection *self,
                                guint               n_days)
{
  g_return_if_fail (RP_IS_INVENTORY_SECTION (self));
  g_return_if_fail (n_days == 30 || n_days == 90 || n_days == 365);

  if (self->n_days == n_days)
    return;

  self->n_days = n_days;
  gtk_toggle_button_set_active (n_days == 30 ? self->range_30
                                : n_days == 90 ? self->range_90 : self->range_365, TRUE);
  refresh (self);
}

static void
write_today_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpInventorySection *self = RP_INVENTORY_SECTION (widget);
  RpInventoryEditor *editor;
  g_autoptr(GError) error = NULL;
  GDate today;

  if (self->store == NULL)
    return;

  get_today (self, &today);
  editor = rp_inventory_editor_new (self->store, &today, NULL, &error);
  if (editor == NULL)
    {
      g_warning ("Could not open today's inventory: %s", error->message);
      return;
    }
  rp_inventory_editor_present (editor, widget);
}

static void
history_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpInventorySection *self = RP_INVENTORY_SECTION (widget);
  RpProgressPage *page = rp_progress_page_find (widget);
  GDate today;

  if (self->store == NULL || page == NULL)
    return;

  get_today (self, &today);
  rp_progress_page_push (page, rp_inventory_history_new (self->store, &today),
                         _("Inventory History"));
}

/**
 * rp_inventory_section_prepare:
 *
 * Reads the entries and draws the charts' data now, shown or not (the
 * Progress page prepares itself in the background after start).
 */
void
rp_inventory_section_prepare (RpInventorySection *self)
{
  g_return_if_fail (RP_IS_INVENTORY_SECTION (self));

  if (!self->dirty)
    return;

  self->preparing = TRUE;
  refresh (self);
  self->preparing = FALSE;
}

static void
rp_inventory_section_map (GtkWidget *widget)
{
  RpInventorySection *self = RP_INVENTORY_SECTION (widget);

  GTK_WIDGET_CLASS (rp_inventory_section_parent_class)->map (widget);

  if (self->dirty)
    refresh (self);
}

static void
rp_inventory_section_dispose (GObject *object)
{
  RpInventorySection *self = RP_INVENTORY_SECTION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_INVENTORY_SECTION);

  G_OBJECT_CLASS (rp_inventory_section_parent_class)->dispose (object);
}

static void
rp_inventory_section_class_init (RpInventorySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_inventory_section_dispose;
  widget_class->map = rp_inventory_section_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-inventory-section.ui");
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, today_row);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, history_row);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, write_button);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, range_30);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, range_90);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, range_365);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, mood_card);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, mood_caption);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, meetings_card);
  gtk_widget_class_bind_template_child (widget_class, RpInventorySection, meetings_caption);
  gtk_widget_class_bind_template_callback (widget_class, range_toggled_cb);

  gtk_widget_class_install_action (widget_class, "inventory.write-today", NULL,
                                   write_today_action_cb);
  gtk_widget_class_install_action (widget_class, "inventory.history", NULL, history_action_cb);
}

static void
rp_inventory_section_init (RpInventorySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->n_days = 30;
  self->dirty = TRUE;

  /* The charts go between each card's heading and its caption. */
  self->mood_chart = RP_TREND_CHART (rp_trend_chart_new (RP_TREND_CHART_LINES));
  gtk_widget_set_name (GTK_WIDGET (self->mood_chart), "mood-chart");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mood_chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mood and Craving"), -1);
  gtk_box_insert_child_after (self->mood_card, GTK_WIDGET (self->mood_chart),
                              gtk_widget_get_first_child (GTK_WIDGET (self->mood_card)));

  self->meetings_chart = RP_TREND_CHART (rp_trend_chart_new (RP_TREND_CHART_BARS));
  gtk_widget_set_name (GTK_WIDGET (self->meetings_chart), "meetings-chart");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->meetings_chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meetings per Week"), -1);
  gtk_box_insert_child_after (self->meetings_card, GTK_WIDGET (self->meetings_chart),
                              gtk_widget_get_first_child (GTK_WIDGET (self->meetings_card)));
}

/**
 * rp_inventory_section_bind:
 * @store: (nullable): the store; %NULL when the data could not be opened
 * @watch: (nullable): today, and when it turns
 * @settings: (nullable): unused for now
 */
void
rp_inventory_section_bind (RpInventorySection *self,
                           RpStore            *store,
                           RpDayWatch         *watch,
                           GSettings          *settings)
{
  g_return_if_fail (RP_IS_INVENTORY_SECTION (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);

  if (store != NULL)
    {
      g_signal_connect_object (store, "changed::inventory", G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::attendance", G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  if (watch != NULL)
    g_signal_connect_object (watch, "day-changed", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);

  refresh (self);
}
