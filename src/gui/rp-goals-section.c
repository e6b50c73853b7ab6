/* rp-goals-section.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpGoalsSection: the goals on the Progress page. A row per active goal
 * (RpGoalRow: rule, streaks, this week's progress, one-click check-in and
 * a menu: Edit…, History, Archive, Delete with Undo), the archived ones in
 * an expander, and an empty state that explains the three kinds. It reads
 * the store the first time it is shown, and again when goals or what they
 * count change or the day turns (later, if it is not shown then). */

#define G_LOG_DOMAIN "rp-goals-section"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-goal-editor.h"
#include "rp-goal-history.h"
#include "rp-goal-row.h"
#include "rp-goals-section.h"
#include "rp-progress-page.h"
#include "rp-toast.h"
#include "rp-week.h"

struct _RpGoalsSection
{
  AdwBin          parent_instance;

  GtkWidget      *empty_box;
  GtkListBox     *list;
  GtkWidget      *archived_list;
  AdwExpanderRow *archived_row;

  RpStore        *store;
  RpDayWatch     *watch;
  GPtrArray      *rows;           /* RpGoalRow of active goals, in order */
  GPtrArray      *archived_rows;  /* RpGoalRow in the expander */
  GHashTable     *deleted;        /* id → RpGoal, for Undo */
  GHashTable     *deleted_check_ins; /* id → GArray of RpGoalCheckIn */

  guint           refresh_idle;
  guint           preparing : 1;
  guint           loaded : 1;
  guint           dirty : 1;
};

G_DEFINE_FINAL_TYPE (RpGoalsSection, rp_goals_section, ADW_TYPE_BIN)

/* The sources' changes that can change a goal's counts. */
static const char * const watched_kinds[] = {
  "changed::goal", "changed::attendance", "changed::call-log", "changed::reading-log",
  "changed::inventory", "changed::contact",
};

static GtkWindow *
get_parent_window (RpGoalsSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
get_day (RpDayWatch  *watch,
         GDate       *out_today,
         GTimeZone  **out_zone)
{
  g_autoptr(GDateTime) now = watch != NULL ? rp_day_watch_dup_now (watch)
                                           : g_date_time_new_now_local ();

  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  *out_zone = g_time_zone_ref (g_date_time_get_timezone (now));
}

static void
refresh (RpGoalsSection *self)
{
  g_autoptr(GPtrArray) active = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) archived = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = NULL;
  GListModel *goals;
  GDateWeekday week_start = rp_week_locale_first_day ();
  GDate today;

  if (self->store == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->preparing)
    {
      self->dirty = TRUE;
      return;
    }

  self->loaded = TRUE;
  self->dirty = FALSE;
  get_day (self->watch, &today, &zone);

  goals = rp_store_get_goals (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      RpGoal *goal = g_list_model_get_item (goals, i);

      g_ptr_array_add (rp_goal_get_archived (goal) ? archived : active, goal);
    }

  rp_goal_rows_sync (self->rows, active, GTK_WIDGET (self->list), TRUE, self->store, &today,
                     week_start, zone);
  rp_goal_rows_sync (self->archived_rows, archived, GTK_WIDGET (self->archived_row), TRUE,
                     self->store, &today, week_start, zone);

  gtk_widget_set_visible (GTK_WIDGET (self->list), active->len > 0);
  gtk_widget_set_visible (self->empty_box, active->len == 0);
  gtk_widget_set_visible (self->archived_list, archived->len > 0);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RpGoalsSection *self = RP_GOALS_SECTION (user_data);

  self->refresh_idle = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* A burst of changes (a reload says six kinds changed, each emptying the
 * store's streak cache) counts the goals once. */
static void
store_changed_cb (RpGoalsSection *self)
{
  if ((self->loaded || gtk_widget_get_mapped (GTK_WIDGET (self))) && self->refresh_idle == 0)
    {
      self->refresh_idle = g_idle_add (refresh_idle_cb, self);
      g_source_set_name_by_id (self->refresh_idle, "[reprieve] goals section");
    }
}

/**
 * rp_goals_section_prepare:
 *
 * Reads the goals and counts them now, shown or not (the Progress page
 * prepares itself in the background after start).
 */
void
rp_goals_section_prepare (RpGoalsSection *self)
{
  g_return_if_fail (RP_IS_GOALS_SECTION (self));

  if (self->loaded && !self->dirty)
    return;

  self->preparing = TRUE;
  refresh (self);
  self->preparing = FALSE;
}

static void
rp_goals_section_map (GtkWidget *widget)
{
  RpGoalsSection *self = RP_GOALS_SECTION (widget);

  GTK_WIDGET_CLASS (rp_goals_section_parent_class)->map (widget);

  if (!self->loaded || self->dirty)
    refresh (self);
}

/* --- actions -------------------------------------------------------------- */

static void
open_editor (RpGoalsSection *self,
             RpGoal         *goal)
{
  RpGoalEditor *editor;
  GDate today;
  g_autoptr(GTimeZone) zone = NULL;

  if (self->store == NULL)
    return;

  get_day (self->watch, &today, &zone);
  editor = goal != NULL ? rp_goal_editor_new_for_goal (self->store, goal)
                        : rp_goal_editor_new (self->store, &today);
  rp_goal_editor_present (editor, get_parent_window (self));
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_editor (RP_GOALS_SECTION (widget), NULL);
}

static RpGoal *
find_goal (RpGoalsSection *self,
           GVariant       *parameter)
{
  if (self->store == NULL)
    return NULL;

  return rp_store_find_goal (self->store, g_variant_get_int64 (parameter));
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpGoalsSection *self = RP_GOALS_SECTION (widget);
  RpGoal *goal = find_goal (self, parameter);

  if (goal != NULL)
    open_editor (self, goal);
}

static void
history_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpGoalsSection *self = RP_GOALS_SECTION (widget);
  RpGoal *goal = find_goal (self, parameter);
  RpProgressPage *page = rp_progress_page_find (widget);
  GtkWidget *history;

  if (goal == NULL || page == NULL)
    return;

  history = rp_goal_history_new (self->store, self->watch, rp_goal_get_id (goal));
  rp_progress_page_push (page, history, rp_goal_get_title (goal));
}

static void
archive_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpGoalsSection *self = RP_GOALS_SECTION (widget);
  RpGoal *goal = find_goal (self, parameter);
  g_autoptr(GError) error = NULL;

  if (goal == NULL)
    return;

  if (!rp_store_set_goal_archived (self->store, rp_goal_get_id (goal),
                                   !rp_goal_get_archived (goal), &error))
    rp_toast_show (widget, error->message);
}

static void
undo_delete (GObject *owner,
             gint64   id)
{
  RpGoalsSection *self = RP_GOALS_SECTION (owner);
  RpGoal *goal = g_hash_table_lookup (self->deleted, &id);
  GArray *check_ins = g_hash_table_lookup (self->deleted_check_ins, &id);
  g_autoptr(GError) error = NULL;

  if (goal == NULL || self->store == NULL)
    return;

  if (!rp_store_restore_goal (self->store, goal, check_ins, &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
  g_hash_table_remove (self->deleted, &id);
  g_hash_table_remove (self->deleted_check_ins, &id);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpGoalsSection *self = RP_GOALS_SECTION (widget);
  RpGoal *found = find_goal (self, parameter);
  g_autoptr(RpGoal) goal = NULL;
  g_autoptr(GArray) check_ins = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  if (found == NULL)
    return;

  goal = rp_goal_copy (found);
  id = rp_goal_get_id (goal);
  if (!rp_store_delete_goal (self->store, id, &check_ins, &error))
    {
      rp_toast_show (widget, error->message);
      return;
    }

  g_hash_table_replace (self->deleted, g_memdup2 (&id, sizeof id), g_object_ref (goal));
  g_hash_table_replace (self->deleted_check_ins, g_memdup2 (&id, sizeof id),
                        g_steal_pointer (&check_ins));

  /* TRANSLATORS: %s is the title of the goal just deleted. */
  title = g_strdup_printf (_("“%s” deleted"), rp_goal_get_title (goal));
  rp_toast_show_undo (widget, title, id, undo_delete);
}

/* --- the class ------------------------------------------------------------ */

static void
disconnect (RpGoalsSection *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
}

static void
rp_goals_section_dispose (GObject *object)
{
  RpGoalsSection *self = RP_GOALS_SECTION (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  disconnect (self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->archived_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_pointer (&self->deleted_check_ins, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_GOALS_SECTION);

  G_OBJECT_CLASS (rp_goals_section_parent_class)->dispose (object);
}

static void
rp_goals_section_class_init (RpGoalsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_goals_section_dispose;
  widget_class->map = rp_goals_section_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-goals-section.ui");
  gtk_widget_class_bind_template_child (widget_class, RpGoalsSection, empty_box);
  gtk_widget_class_bind_template_child (widget_class, RpGoalsSection, list);
  gtk_widget_class_bind_template_child (widget_class, RpGoalsSection, archived_list);
  gtk_widget_class_bind_template_child (widget_class, RpGoalsSection, archived_row);

  gtk_widget_class_install_action (widget_class, "goals.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "goals.edit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "goals.history", "x", history_action_cb);
  gtk_widget_class_install_action (widget_class, "goals.archive", "x", archive_action_cb);
  gtk_widget_class_install_action (widget_class, "goals.delete", "x", delete_action_cb);
}

static void
rp_goals_section_init (RpGoalsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->archived_rows = g_ptr_array_new ();
  self->deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->deleted_check_ins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                   (GDestroyNotify) g_array_unref);
}

/**
 * rp_goals_section_bind:
 * @store: (nullable): where goals are read and written
 * @watch: (nullable): today's date and its changes
 * @settings: (nullable): unused for now
 *
 * Nothing is read until the section is first shown.
 */
void
rp_goals_section_bind (RpGoalsSection *self,
                       RpStore        *store,
                       RpDayWatch     *watch,
                       GSettings      *settings)
{
  g_return_if_fail (RP_IS_GOALS_SECTION (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));

  disconnect (self);
  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goals.add", store != NULL);

  if (store != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (watched_kinds); i++)
      g_signal_connect_object (store, watched_kinds[i], G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
  if (watch != NULL)
    g_signal_connect_object (watch, "day-changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  self->loaded = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}
