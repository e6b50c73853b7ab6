/* rp-goal-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpGoalRow: one goal in a list, on the Progress and Today pages: its
 * title, its rule and streaks in words, a level bar of this week's count
 * against the target (weekly) or of the last 7 days (daily), and a
 * one-click check-in for today. The counts come from RpStore each time
 * the row is updated. */

#define G_LOG_DOMAIN "rp-goal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-goal-row.h"
#include "rp-toast.h"

struct _RpGoalRow
{
  AdwActionRow  parent_instance;

  RpGoal       *goal;
  RpStore      *store;
  GDate         today;
  gboolean      done;           /* today's (or the goal's) period, as last counted */

  GtkLevelBar  *level_bar;
  GtkWidget    *check_button;   /* a toggle (daily, one-time) or a button (weekly) */
  guint         updating : 1;
};

G_DEFINE_FINAL_TYPE (RpGoalRow, rp_goal_row, ADW_TYPE_ACTION_ROW)

static void
rp_goal_row_dispose (GObject *object)
{
  RpGoalRow *self = RP_GOAL_ROW (object);

  g_clear_object (&self->goal);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rp_goal_row_parent_class)->dispose (object);
}

static void
rp_goal_row_class_init (RpGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_goal_row_dispose;
}

static void
rp_goal_row_init (RpGoalRow *self)
{
  g_date_clear (&self->today, 1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 0);
}

static void
show_error (RpGoalRow *self,
            GError    *error)
{
  rp_toast_show (GTK_WIDGET (self), error->message);
}

/* The store's changed::goal makes the owner update this row. */
static void
check_clicked_cb (RpGoalRow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean ok = TRUE;

  if (self->updating || self->store == NULL || !g_date_valid (&self->today))
    return;

  id = rp_goal_get_id (self->goal);
  switch (rp_goal_get_kind (self->goal))
    {
    case RP_GOAL_WEEKLY:
      ok = rp_store_goal_check_in (self->store, id, &self->today, &error);
      break;
    case RP_GOAL_ONCE:
      ok = rp_store_set_goal_completed (self->store, id,
                                        gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->check_button))
                                        ? &self->today : NULL,
                                        &error);
      break;
    case RP_GOAL_DAILY:
    default:
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->check_button)))
        ok = rp_store_goal_check_in (self->store, id, &self->today, &error);
      else
        ok = rp_store_goal_undo_check_in (self->store, id, &self->today, &error);
      break;
    }

  if (!ok)
    show_error (self, error);

  /* A change has updated the row by now; nothing changed (taking back a
   * day that only counted by itself) puts the button back. */
  self->updating = TRUE;
  if (GTK_IS_TOGGLE_BUTTON (self->check_button))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->check_button), self->done);
  self->updating = FALSE;
}

static GMenuModel *
build_menu (RpGoal *goal)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  gint64 id = rp_goal_get_id (goal);
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target (item, "goals.edit", "x", id);
  g_menu_append_item (menu, item);
  g_clear_object (&item);

  if (rp_goal_get_kind (goal) != RP_GOAL_ONCE)
    {
      item = g_menu_item_new (_("_History"), NULL);
      g_menu_item_set_action_and_target (item, "goals.history", "x", id);
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }

  item = g_menu_item_new (rp_goal_get_archived (goal) ? _("_Restore") : _("_Archive"), NULL);
  g_menu_item_set_action_and_target (item, "goals.archive", "x", id);
  g_menu_append_item (menu, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("_Delete"), NULL);
  g_menu_item_set_action_and_target (item, "goals.delete", "x", id);
  g_menu_append_item (last, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static GtkWidget *
build_check_button (RpGoal *goal)
{
  g_autofree char *label = NULL;
  GtkWidget *button;

  if (rp_goal_get_kind (goal) == RP_GOAL_WEEKLY)
    {
      button = gtk_button_new_from_icon_name ("list-add-symbolic");
      /* TRANSLATORS: %s is the goal's title. */
      label = g_strdup_printf (_("Check in for today: %s"), rp_goal_get_title (goal));
    }
  else
    {
      button = gtk_toggle_button_new ();
      gtk_button_set_icon_name (GTK_BUTTON (button), "object-select-symbolic");
      if (rp_goal_get_kind (goal) == RP_GOAL_ONCE)
        /* TRANSLATORS: %s is the goal's title. */
        label = g_strdup_printf (_("Mark as done: %s"), rp_goal_get_title (goal));
      else
        label = g_strdup_printf (_("Check in for today: %s"), rp_goal_get_title (goal));
    }

  gtk_widget_set_name (button, "check-in");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  return button;
}

/**
 * rp_goal_row_new:
 * @goal: the goal shown
 *
 * Returns: (transfer floating): a new row; call rp_goal_row_update() to
 *   show its counts
 */
GtkWidget *
rp_goal_row_new (RpGoal   *goal,
                 gboolean  with_menu)
{
  RpGoalRow *self;

  g_return_val_if_fail (RP_IS_GOAL (goal), NULL);

  self = g_object_new (RP_TYPE_GOAL_ROW, NULL);
  self->goal = g_object_ref (goal);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rp_goal_get_title (goal));

  self->level_bar = GTK_LEVEL_BAR (gtk_level_bar_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->level_bar), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (self->level_bar), 48, -1);
  /* The offsets would colour a low count as a warning: progress is good
   * at every level. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_visible (GTK_WIDGET (self->level_bar), rp_goal_get_kind (goal) != RP_GOAL_ONCE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->level_bar));

  self->check_button = build_check_button (goal);
  g_signal_connect_object (self->check_button, "clicked",
                           G_CALLBACK (check_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->check_button);

  if (with_menu)
    {
      g_autoptr(GMenuModel) menu = build_menu (goal);
      GtkWidget *menu_button = gtk_menu_button_new ();
      g_autofree char *label = NULL;

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
      gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (menu_button, "flat");
      gtk_widget_set_name (menu_button, "goal-menu");
      /* TRANSLATORS: %s is the goal's title. */
      label = g_strdup_printf (_("More for %s"), rp_goal_get_title (goal));
      gtk_widget_set_tooltip_text (menu_button, _("More"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self), menu_button);
    }

  return GTK_WIDGET (self);
}

RpGoal *
rp_goal_row_get_goal (RpGoalRow *self)
{
  g_return_val_if_fail (RP_IS_GOAL_ROW (self), NULL);
  return self->goal;
}

/* Days done in the 7 days ending @today. */
static guint
count_last_week (RpStore     *store,
                 RpGoal      *goal,
                 const GDate *today,
                 GTimeZone   *time_zone)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  GDate first = *today;

  g_date_subtract_days (&first, 6);
  days = rp_store_get_goal_days (store, goal, &first, today, time_zone, &error);
  if (days == NULL)
    {
      g_warning ("Could not count a goal's last week: %s", error->message);
      return 0;
    }

  return days->len;
}

static void
show_progress (RpGoalRow          *self,
               const RpGoalStreak *streak,
               guint               last_week)
{
  g_autofree char *text = NULL;

  switch (rp_goal_get_kind (self->goal))
    {
    case RP_GOAL_WEEKLY:
      gtk_level_bar_set_max_value (self->level_bar, MAX (streak->this_period_target, 1));
      gtk_level_bar_set_value (self->level_bar,
                               MIN (streak->this_period_count, streak->this_period_target));
      /* TRANSLATORS: a weekly goal's progress: "2 of 3 this week". */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u this week",
                                           "%u of %u this week", streak->this_period_target),
                              streak->this_period_count, streak->this_period_target);
      break;
    case RP_GOAL_DAILY:
      gtk_level_bar_set_max_value (self->level_bar, 7);
      gtk_level_bar_set_value (self->level_bar, last_week);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Done %u of the last 7 days",
                                           "Done %u of the last 7 days", last_week),
                              last_week);
      break;
    case RP_GOAL_ONCE:
    default:
      return;
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->level_bar), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

void
rp_goal_row_update (RpGoalRow    *self,
                    RpGoal       *goal,
                    RpStore      *store,
                    const GDate  *today,
                    GDateWeekday  week_start,
                    GTimeZone    *time_zone)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *streak_text = NULL;
  g_autofree char *subtitle = NULL;
  RpGoalStreak streak = { 0, };
  guint last_week = 0;

  g_return_if_fail (RP_IS_GOAL_ROW (self));
  g_return_if_fail (RP_IS_GOAL (goal));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (today != NULL && g_date_valid (today));

  g_set_object (&self->goal, goal);
  g_set_object (&self->store, store);
  self->today = *today;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rp_goal_get_title (goal));

  if (!rp_store_get_goal_streak (store, goal, today, week_start, time_zone, &streak, &error))
    g_warning ("Could not count goal %" G_GINT64_FORMAT ": %s", rp_goal_get_id (goal),
               error->message);
  if (rp_goal_get_kind (goal) == RP_GOAL_DAILY)
    last_week = count_last_week (store, goal, today, time_zone);

  rule = rp_goal_describe_rule (goal);
  streak_text = rp_goal_describe_streak (goal, &streak);
  subtitle = g_strdup_printf ("%s\n%s", rule, streak_text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  show_progress (self, &streak, last_week);

  self->done = streak.this_period_done;
  self->updating = TRUE;
  if (GTK_IS_TOGGLE_BUTTON (self->check_button))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->check_button), self->done);
  self->updating = FALSE;
}

static gboolean
rows_match (GPtrArray *rows,
            GPtrArray *goals)
{
  if (rows->len != goals->len)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      RpGoal *shown = rp_goal_row_get_goal (g_ptr_array_index (rows, i));
      RpGoal *goal = g_ptr_array_index (goals, i);

      if (rp_goal_get_id (shown) != rp_goal_get_id (goal) ||
          rp_goal_get_kind (shown) != rp_goal_get_kind (goal))
        return FALSE;
    }

  return TRUE;
}

void
rp_goal_rows_sync (GPtrArray    *rows,
                   GPtrArray    *goals,
                   GtkWidget    *container,
                   gboolean      with_menu,
                   RpStore      *store,
                   const GDate  *today,
                   GDateWeekday  week_start,
                   GTimeZone    *zone)
{
  g_return_if_fail (rows != NULL && goals != NULL);
  g_return_if_fail (ADW_IS_EXPANDER_ROW (container) || GTK_IS_LIST_BOX (container));

  if (!rows_match (rows, goals))
    {
      for (guint i = 0; i < rows->len; i++)
        {
          GtkWidget *row = g_ptr_array_index (rows, i);

          if (ADW_IS_EXPANDER_ROW (container))
            adw_expander_row_remove (ADW_EXPANDER_ROW (container), row);
          else
            gtk_list_box_remove (GTK_LIST_BOX (container), row);
        }
      g_ptr_array_set_size (rows, 0);

      for (guint i = 0; i < goals->len; i++)
        {
          GtkWidget *row = rp_goal_row_new (g_ptr_array_index (goals, i), with_menu);

          g_ptr_array_add (rows, row);
          if (ADW_IS_EXPANDER_ROW (container))
            adw_expander_row_add_row (ADW_EXPANDER_ROW (container), row);
          else
            gtk_list_box_append (GTK_LIST_BOX (container), row);
        }
    }

  for (guint i = 0; i < rows->len; i++)
    rp_goal_row_update (g_ptr_array_index (rows, i), g_ptr_array_index (goals, i),
                        store, today, week_start, zone);
}
