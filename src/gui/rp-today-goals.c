/* rp-today-goals.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTodayGoals: the Today page's card of goals: the daily habits and
 * weekly targets with their one-click check-in, streak and week's
 * progress, and the one-time goals due within a week (or overdue). It
 * shows nothing when there is no such goal. It reads the store when first
 * shown, and again when goals or what they count change or the day turns
 * (later, if it is not shown then). */

#define G_LOG_DOMAIN "rp-today-goals"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-goal-row.h"
#include "rp-today-goals.h"
#include "rp-week.h"

#define DUE_SOON_DAYS 7

struct _RpTodayGoals
{
  AdwBin      parent_instance;

  GtkWidget  *group;
  GtkListBox *list;

  RpStore    *store;
  RpDayWatch *watch;
  GPtrArray  *rows;   /* RpGoalRow, in order */

  guint       refresh_idle;
  guint       loaded : 1;
  guint       dirty : 1;
};

G_DEFINE_FINAL_TYPE (RpTodayGoals, rp_today_goals, ADW_TYPE_BIN)

static const char * const watched_kinds[] = {
  "changed::goal", "changed::attendance", "changed::call-log", "changed::reading-log",
  "changed::inventory", "changed::contact",
};

static gboolean
shown_today (RpGoal      *goal,
             const GDate *today)
{
  const GDate *due;
  GDate soon;

  if (rp_goal_get_archived (goal))
    return FALSE;
  if (rp_goal_get_kind (goal) != RP_GOAL_ONCE)
    return TRUE;

  due = rp_goal_get_due_date (goal);
  if (rp_goal_get_completed_date (goal) != NULL || due == NULL)
    return FALSE;

  soon = *today;
  g_date_add_days (&soon, DUE_SOON_DAYS);
  return g_date_compare (due, &soon) <= 0;
}

static void
refresh (RpTodayGoals *self)
{
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = NULL;
  GDateWeekday week_start = rp_week_locale_first_day ();
  GListModel *model;
  GDate today;

  if (self->store == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  self->loaded = TRUE;
  self->dirty = FALSE;
  now = self->watch != NULL ? rp_day_watch_dup_now (self->watch) : g_date_time_new_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  model = rp_store_get_goals (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpGoal) goal = g_list_model_get_item (model, i);

      if (shown_today (goal, &today))
        g_ptr_array_add (goals, g_steal_pointer (&goal));
    }

  rp_goal_rows_sync (self->rows, goals, GTK_WIDGET (self->list), FALSE, self->store, &today,
                     week_start, g_date_time_get_timezone (now));

  gtk_widget_set_visible (self->group, goals->len > 0);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RpTodayGoals *self = RP_TODAY_GOALS (user_data);

  self->refresh_idle = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Counting ten years of a goal's history is the costliest part of the
 * Today page: it is done once the window is up, after its first frame,
 * and a burst of changes (a reload says six kinds changed) counts once. */
static void
queue_refresh (RpTodayGoals *self)
{
  if (self->refresh_idle != 0)
    return;

  self->refresh_idle = g_idle_add (refresh_idle_cb, self);
  g_source_set_name_by_id (self->refresh_idle, "[reprieve] today's goals");
}

static void
changed_cb (RpTodayGoals *self)
{
  if (self->loaded || gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_refresh (self);
}

static void
rp_today_goals_map (GtkWidget *widget)
{
  RpTodayGoals *self = RP_TODAY_GOALS (widget);

  GTK_WIDGET_CLASS (rp_today_goals_parent_class)->map (widget);

  if (!self->loaded || self->dirty)
    queue_refresh (self);
}

static void
disconnect (RpTodayGoals *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
}

static void
rp_today_goals_dispose (GObject *object)
{
  RpTodayGoals *self = RP_TODAY_GOALS (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  disconnect (self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_TODAY_GOALS);

  G_OBJECT_CLASS (rp_today_goals_parent_class)->dispose (object);
}

static void
rp_today_goals_class_init (RpTodayGoalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_today_goals_dispose;
  widget_class->map = rp_today_goals_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-today-goals.ui");
  gtk_widget_class_bind_template_child (widget_class, RpTodayGoals, list);
}

static void
rp_today_goals_init (RpTodayGoals *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin unparents its child itself, and
   * gtk_widget_dispose_template() would unparent it a second time. */
  self->group = adw_bin_get_child (ADW_BIN (self));
  self->rows = g_ptr_array_new ();
}

/**
 * rp_today_goals_bind:
 * @store: (nullable): where goals are read and checked in
 * @watch: (nullable): today's date and its changes
 * @settings: (nullable): unused for now
 */
void
rp_today_goals_bind (RpTodayGoals *self,
                     RpStore      *store,
                     RpDayWatch   *watch,
                     GSettings    *settings)
{
  g_return_if_fail (RP_IS_TODAY_GOALS (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));

  disconnect (self);
  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);

  if (store != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (watched_kinds); i++)
      g_signal_connect_object (store, watched_kinds[i], G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
  if (watch != NULL)
    g_signal_connect_object (watch, "day-changed", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);

  self->loaded = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_refresh (self);
}
