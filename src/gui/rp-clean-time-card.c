/* rp-clean-time-card.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpCleanTimeCard: clean time on the Today page — the first recovery
 * date's count in large type with its label and years/months/days, a
 * celebration on a milestone's day, the other dates in a line each; with
 * no date, a gentle button to set one (win.add-clean-date). It follows
 * `changed::recovery` and the day turning, and ticks each minute only
 * while it shows hours (the first two days after a start time). */

#define G_LOG_DOMAIN "rp-clean-time-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-clean-time.h"
#include "rp-clean-time-card.h"
#include "rp-clean-time-text.h"

struct _RpCleanTimeCard
{
  AdwBin       parent_instance;

  RpStore     *store;
  RpDayWatch  *watch;
  guint        minute_timer_id;

  GtkLabel    *label_label;
  GtkLabel    *count_label;
  GtkLabel    *span_label;
  GtkLabel    *celebration_label;
  GtkBox      *others_box;
};

G_DEFINE_FINAL_TYPE (RpCleanTimeCard, rp_clean_time_card, ADW_TYPE_BIN)

static gboolean minute_cb (gpointer user_data);

static void
show_first (RpCleanTimeCard *self,
            RpRecovery      *recovery,
            GDateTime       *now,
            gboolean        *out_hours)
{
  GTimeZone *zone = g_date_time_get_timezone (now);
  const GDate *start = rp_recovery_get_start_date (recovery);
  int start_minute = rp_recovery_get_start_minute (recovery);
  g_autofree char *count = rp_clean_time_format (start, start_minute, now, zone,
                                                 RP_CLEAN_TIME_STYLE_DAYS);
  g_autofree char *celebration = NULL;
  gint64 minutes;
  GDate today;

  rp_clean_time_today (now, zone, &today);
  *out_hours = rp_clean_time_elapsed_minutes (start, start_minute, now, zone, &minutes);

  gtk_label_set_text (self->label_label, rp_recovery_get_label (recovery));
  gtk_label_set_text (self->count_label, count);

  if (!*out_hours && rp_clean_time_days (start, now, zone) > 0)
    {
      RpCleanTimeSpan span = rp_clean_time_span (start, &today);
      g_autofree char *span_text = rp_clean_time_format_span (&span);

      gtk_label_set_text (self->span_label, span_text);
      gtk_widget_set_visible (GTK_WIDGET (self->span_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->span_label), FALSE);

  celebration = rp_clean_time_text_celebration (start, &today);
  gtk_label_set_text (self->celebration_label, celebration != NULL ? celebration : "");
  gtk_widget_set_visible (GTK_WIDGET (self->celebration_label), celebration != NULL);
  if (celebration != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "accent");
}

static void
add_other (RpCleanTimeCard *self,
           RpRecovery      *recovery,
           GDateTime       *now,
           gboolean        *out_hours)
{
  GTimeZone *zone = g_date_time_get_timezone (now);
  const GDate *start = rp_recovery_get_start_date (recovery);
  int start_minute = rp_recovery_get_start_minute (recovery);
  g_autofree char *count = rp_clean_time_format (start, start_minute, now, zone,
                                                 RP_CLEAN_TIME_STYLE_DAYS);
  g_autofree char *celebration = NULL;
  g_autofree char *line = NULL;
  GtkWidget *label;
  gint64 minutes;
  GDate today;

  rp_clean_time_today (now, zone, &today);
  *out_hours = rp_clean_time_elapsed_minutes (start, start_minute, now, zone, &minutes);
  celebration = rp_clean_time_text_celebration (start, &today);

  /* Translators: another clean date on the Today page: what it is for,
   * then its count, "Gambling: 40 days" */
  line = g_strdup_printf (_("%s: %s"), rp_recovery_get_label (recovery), count);
  if (celebration != NULL)
    {
      g_autofree char *with = g_strdup_printf ("%s · %s", line, celebration);

      g_free (line);
      line = g_steal_pointer (&with);
    }

  label = gtk_label_new (line);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, celebration != NULL ? "accent" : "dim-label");
  gtk_box_append (self->others_box, label);
}

/**
 * rp_clean_time_card_refresh:
 *
 * Shows the recovery dates as they are now.
 */
void
rp_clean_time_card_refresh (RpCleanTimeCard *self)
{
  g_autoptr(GDateTime) now = NULL;
  GListModel *model;
  GtkWidget *child;
  gboolean any_hours = FALSE;
  guint n_items;

  g_return_if_fail (RP_IS_CLEAN_TIME_CARD (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->others_box))) != NULL)
    gtk_box_remove (self->others_box, child);

  model = self->store != NULL ? rp_store_get_recoveries (self->store) : NULL;
  n_items = model != NULL ? g_list_model_get_n_items (model) : 0;
  /* Without a date the card stays out of the way: the Today page's
   * Getting Started offers that first step. */
  gtk_widget_set_visible (GTK_WIDGET (self), n_items > 0);

  now = self->watch != NULL ? rp_day_watch_dup_now (self->watch) : g_date_time_new_now_local ();
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpRecovery) recovery = g_list_model_get_item (model, i);
      gboolean hours = FALSE;

      if (i == 0)
        show_first (self, recovery, now, &hours);
      else
        add_other (self, recovery, now, &hours);
      any_hours |= hours;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->others_box), n_items > 1);

  /* Hours tick by the minute; days only need ::day-changed. */
  if (any_hours && self->minute_timer_id == 0)
    self->minute_timer_id = g_timeout_add_seconds (60, minute_cb, self);
  else if (!any_hours)
    g_clear_handle_id (&self->minute_timer_id, g_source_remove);
}

static gboolean
minute_cb (gpointer user_data)
{
  RpCleanTimeCard *self = user_data;

  self->minute_timer_id = 0;
  rp_clean_time_card_refresh (self);

  return G_SOURCE_REMOVE;
}

/**
 * rp_clean_time_card_bind:
 * @store: (nullable): the store
 * @watch: (nullable): today, and when it turns
 * @settings: (nullable): unused; for the cards' common signature
 */
void
rp_clean_time_card_bind (RpCleanTimeCard *self,
                         RpStore         *store,
                         RpDayWatch      *watch,
                         GSettings       *settings)
{
  g_return_if_fail (RP_IS_CLEAN_TIME_CARD (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);

  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);

  if (store != NULL)
    g_signal_connect_object (store, "changed::recovery",
                             G_CALLBACK (rp_clean_time_card_refresh), self, G_CONNECT_SWAPPED);
  if (watch != NULL)
    g_signal_connect_object (watch, "day-changed",
                             G_CALLBACK (rp_clean_time_card_refresh), self, G_CONNECT_SWAPPED);

  rp_clean_time_card_refresh (self);
}

/**
 * rp_clean_time_card_new:
 *
 * Returns: (transfer floating): a card showing nothing until bound
 */
GtkWidget *
rp_clean_time_card_new (void)
{
  return g_object_new (RP_TYPE_CLEAN_TIME_CARD, NULL);
}

static void
rp_clean_time_card_dispose (GObject *object)
{
  RpCleanTimeCard *self = RP_CLEAN_TIME_CARD (object);

  g_clear_handle_id (&self->minute_timer_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_CLEAN_TIME_CARD);

  G_OBJECT_CLASS (rp_clean_time_card_parent_class)->dispose (object);
}

static void
rp_clean_time_card_class_init (RpCleanTimeCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_clean_time_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-clean-time-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeCard, label_label);
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeCard, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeCard, span_label);
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeCard, celebration_label);
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeCard, others_box);
}

static void
rp_clean_time_card_init (RpCleanTimeCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
