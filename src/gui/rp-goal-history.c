/* rp-goal-history.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpGoalHistory: a goal's subpage on the Progress page: its streaks, the
 * last 12 weeks as bars (each week's count against the week's target, 7
 * for a daily habit), a summary a screen reader reads instead of the
 * bars, and the manual check-ins of those weeks, each removable. It
 * follows the store's changes while shown. */

#define G_LOG_DOMAIN "rp-goal-history"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-goal-history.h"
#include "rp-inventory-summary.h"
#include "rp-toast.h"
#include "rp-week.h"

#define N_WEEKS 12

struct _RpGoalHistory
{
  AdwBin          parent_instance;

  RpStore        *store;
  RpDayWatch     *watch;
  gint64          goal_id;

  GtkLabel       *streak_label;
  GtkLabel       *summary_label;
  GtkWidget      *chart;
  GtkLabel       *first_week_label;
  GtkListBox     *check_in_list;

  guint           counts[N_WEEKS];
  guint           target;
  GDate           today;
};

G_DEFINE_FINAL_TYPE (RpGoalHistory, rp_goal_history, ADW_TYPE_BIN)

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  RpGoalHistory *self = user_data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, accent;
  double slot = (double) width / N_WEEKS;
  double bar = MAX (slot - 6, 2);
  guint max = MAX (self->target, 1);

  for (guint i = 0; i < N_WEEKS; i++)
    max = MAX (max, self->counts[i]);

  /* The theme's colours, so the chart reads in the dark style too. */
  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = fg;

  for (guint i = 0; i < N_WEEKS; i++)
    {
      double h = (double) self->counts[i] / max * (height - 4);
      gboolean met = self->counts[i] >= self->target;
      GdkRGBA color = met ? accent : fg;

      if (!met)
        color.alpha *= 0.45;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, i * slot + 3, height - h, bar, h);
      cairo_fill (cr);
    }

  /* The target as a thin line across. */
  fg.alpha *= 0.35;
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_rectangle (cr, 0, height - (double) self->target / max * (height - 4) - 0.5, width, 1);
  cairo_fill (cr);
}

static void
remove_clicked_cb (GtkButton     *button,
                   RpGoalHistory *self)
{
  GDate *day = g_object_get_data (G_OBJECT (button), "rp-day");
  g_autoptr(GError) error = NULL;

  if (!rp_store_goal_undo_check_in (self->store, self->goal_id, day, &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
}

static GtkWidget *
check_in_row (RpGoalHistory       *self,
              const RpGoalCheckIn *check_in)
{
  g_autofree char *day = rp_inventory_format_day (&check_in->day, "%x");
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in", "%u check-ins",
                                           check_in->count),
                              check_in->count);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* TRANSLATORS: %s is a date. */
  label = g_strdup_printf (_("Remove a check-in of %s"), day);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove Check-In"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "rp-day",
                          g_memdup2 (&check_in->day, sizeof check_in->day), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* Under the chart's first bar: the day its week began. */
static void
set_first_week (RpGoalHistory *self,
                const GDate   *first)
{
  /* The same day format as the inventory's charts. */
  g_autofree char *text = rp_inventory_format_day (first, C_("chart day", "%-d %b"));

  gtk_label_set_text (self->first_week_label, text);
}

static void
refresh (RpGoalHistory *self)
{
  g_autoptr(GDateTime) now = self->watch != NULL ? rp_day_watch_dup_now (self->watch)
                                                 : g_date_time_new_now_local ();
  GTimeZone *zone = g_date_time_get_timezone (now);
  GDateWeekday week_start = rp_week_locale_first_day ();
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) manual = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *streak_text = NULL;
  g_autofree char *summary = NULL;
  RpGoalStreak streak = { 0, };
  RpGoal *goal = rp_store_find_goal (self->store, self->goal_id);
  GtkWidget *child;
  GDate first;
  guint total = 0, weeks_met = 0;

  if (goal == NULL)
    return;

  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  rp_week_start (&self->today, week_start, &first);
  g_date_subtract_days (&first, 7 * (N_WEEKS - 1));
  self->target = rp_goal_get_kind (goal) == RP_GOAL_WEEKLY ? rp_goal_get_weekly_target (goal) : 7;

  memset (self->counts, 0, sizeof self->counts);
  days = rp_store_get_goal_days (self->store, goal, &first, &self->today, zone, &error);
  if (days == NULL ||
      !rp_store_get_goal_streak (self->store, goal, &self->today, week_start, zone, &streak,
                                 &error))
    {
      g_warning ("Could not count goal %" G_GINT64_FORMAT ": %s", self->goal_id, error->message);
      return;
    }

  for (guint i = 0; i < days->len; i++)
    {
      const RpGoalCheckIn *day = &g_array_index (days, RpGoalCheckIn, i);
      guint week = (guint) g_date_days_between (&first, &day->day) / 7;

      /* A daily habit's week counts days done, not check-ins. */
      self->counts[week] += rp_goal_get_kind (goal) == RP_GOAL_WEEKLY ? day->count : 1;
      total += day->count;
    }
  for (guint i = 0; i < N_WEEKS; i++)
    weeks_met += self->counts[i] >= self->target;

  streak_text = rp_goal_describe_streak (goal, &streak);
  gtk_label_set_text (self->streak_label, streak_text);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Last 12 weeks: %u check-in, target met in %u weeks",
                                          "Last 12 weeks: %u check-ins, target met in %u weeks",
                                          total),
                             total, weeks_met);
  gtk_label_set_text (self->summary_label, summary);
  set_first_week (self, &first);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
  gtk_widget_queue_draw (self->chart);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->check_in_list))) != NULL)
    gtk_list_box_remove (self->check_in_list, child);
  manual = rp_store_get_goal_check_ins (self->store, self->goal_id, &first, &self->today, NULL);
  for (guint i = manual != NULL ? manual->len : 0; i > 0; i--)
    gtk_list_box_append (self->check_in_list,
                         check_in_row (self, &g_array_index (manual, RpGoalCheckIn, i - 1)));
  gtk_widget_set_visible (GTK_WIDGET (self->check_in_list), manual != NULL && manual->len > 0);
}

static void
rp_goal_history_dispose (GObject *object)
{
  RpGoalHistory *self = RP_GOAL_HISTORY (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);

  G_OBJECT_CLASS (rp_goal_history_parent_class)->dispose (object);
}

static void
rp_goal_history_class_init (RpGoalHistoryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rp_goal_history_dispose;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static void
rp_goal_history_init (RpGoalHistory *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *chart_box;
  GtkWidget *weeks;
  GtkWidget *this_week;

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), scrolled);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->streak_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->streak_label), "title-2");
  gtk_label_set_wrap (self->streak_label, TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->streak_label));

  gtk_box_append (GTK_BOX (box), heading (_("Last 12 Weeks")));
  self->chart = gtk_drawing_area_new ();
  gtk_widget_set_name (self->chart, "goal-chart");
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart), 96);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Last 12 weeks"), -1);
  chart_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_box_append (GTK_BOX (chart_box), self->chart);
  gtk_box_append (GTK_BOX (box), chart_box);

  /* The weeks the bars stand for: the first one's date and this week. The
   * chart's accessible label says the same in its sentence. */
  weeks = gtk_center_box_new ();
  self->first_week_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->first_week_label), "goal-first-week");
  gtk_widget_add_css_class (GTK_WIDGET (self->first_week_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->first_week_label), "dim-label");
  this_week = gtk_label_new (_("This week"));
  gtk_widget_add_css_class (this_week, "caption");
  gtk_widget_add_css_class (this_week, "dim-label");
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (weeks), GTK_WIDGET (self->first_week_label));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (weeks), this_week);
  gtk_box_append (GTK_BOX (chart_box), weeks);

  self->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->summary_label), "goal-summary");
  gtk_label_set_xalign (self->summary_label, 0);
  gtk_label_set_wrap (self->summary_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary_label));

  self->check_in_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->check_in_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->check_in_list), "boxed-list");
  gtk_box_append (GTK_BOX (box), heading (_("Your Check-Ins")));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->check_in_list));
}

/**
 * rp_goal_history_new:
 *
 * Returns: (transfer floating): the goal's history, for
 *   rp_progress_page_push()
 */
GtkWidget *
rp_goal_history_new (RpStore    *store,
                     RpDayWatch *watch,
                     gint64      goal_id)
{
  RpGoalHistory *self;
  const char * const kinds[] = {
    "changed::goal", "changed::attendance", "changed::call-log", "changed::reading-log",
    "changed::inventory",
  };

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch), NULL);

  self = g_object_new (RP_TYPE_GOAL_HISTORY, NULL);
  self->store = g_object_ref (store);
  self->watch = watch != NULL ? g_object_ref (watch) : NULL;
  self->goal_id = goal_id;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_signal_connect_object (store, kinds[i], G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);

  return GTK_WIDGET (self);
}
