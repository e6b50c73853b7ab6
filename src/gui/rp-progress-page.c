/* rp-progress-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpProgressPage: clean time and milestones, goals, the daily inventory
 * and step work.
 *
 * An overview (one scrolling column of sections, each its own widget with
 * the same bind(store, watch, settings) call) and, over it, at most one
 * subpage at a time (a milestone list, a goal's history, a step's notes…)
 * with a Back button: Escape and Alt+Left go back too. A section opens a
 * subpage with rp_progress_page_push() on rp_progress_page_find (itself).
 *
 * Sections load their data the first time they are mapped, not when
 * bound: the Progress page is not the one Reprieve opens on, and ten years
 * of inventory must not slow the start.
 */

#define G_LOG_DOMAIN "rp-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-inventory-section.h"
#include "rp-clean-time-section.h"
#include "rp-goals-section.h"
#include "rp-progress-page.h"
#include "rp-steps-section.h"

struct _RpProgressPage
{
  AdwBin         parent_instance;

  GtkStack      *stack;
  GtkBox        *sections;
  AdwWindowTitle *subpage_title;
  AdwBin        *subpage_bin;
  RpInventorySection *inventory_section;
  RpCleanTimeSection *clean_time_section;
  RpStepsSection *steps_section;
  RpGoalsSection *goals_section;

  RpStore       *store;
  RpDayWatch    *watch;
  GSettings     *settings;
  guint          prepare_source;
  guint          prepare_stage;
};

G_DEFINE_FINAL_TYPE (RpProgressPage, rp_progress_page, ADW_TYPE_BIN)

static void schedule_prepare (RpProgressPage *self);

static void
back_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  rp_progress_page_pop (RP_PROGRESS_PAGE (widget));
}

static void
rp_progress_page_dispose (GObject *object)
{
  RpProgressPage *self = RP_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->prepare_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, schedule_prepare, self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PROGRESS_PAGE);

  G_OBJECT_CLASS (rp_progress_page_parent_class)->dispose (object);
}

static void
rp_progress_page_class_init (RpProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_progress_page_dispose;

  g_type_ensure (RP_TYPE_CLEAN_TIME_SECTION);
  g_type_ensure (RP_TYPE_INVENTORY_SECTION);
  g_type_ensure (RP_TYPE_GOALS_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, sections);
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, subpage_title);
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, subpage_bin);
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, inventory_section);
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, clean_time_section);
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, steps_section);
  gtk_widget_class_bind_template_child (widget_class, RpProgressPage, goals_section);

  gtk_widget_class_install_action (widget_class, "progress.back", NULL, back_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "progress.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "progress.back", NULL);
}

static void
rp_progress_page_init (RpProgressPage *self)
{
  g_type_ensure (RP_TYPE_STEPS_SECTION);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin unparents its child itself, and
   * gtk_widget_dispose_template() would unparent it a second time. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.back", FALSE);
}

/* Ten years of data make the page's first showing build and lay out a lot
 * at once (some 30 ms, most of it styling and laying out new text). So,
 * once the window is up and idle, the sections read their data and the
 * column is measured at the window's width while the page is hidden,
 * one step per main-loop turn so that none is long: opening the page
 * later only allocates and draws. */
static gboolean
prepare_step_cb (gpointer user_data)
{
  RpProgressPage *self = RP_PROGRESS_PAGE (user_data);
  GtkWidget *parent;
  int width;

  if (self->store == NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->prepare_source = 0;
      return G_SOURCE_REMOVE;
    }

  switch (self->prepare_stage++)
    {
    case 0:
      rp_clean_time_section_prepare (self->clean_time_section);
      return G_SOURCE_CONTINUE;
    case 1:
      rp_goals_section_prepare (self->goals_section);
      return G_SOURCE_CONTINUE;
    case 2:
      rp_inventory_section_prepare (self->inventory_section);
      return G_SOURCE_CONTINUE;
    case 3:
      rp_steps_section_prepare (self->steps_section);
      return G_SOURCE_CONTINUE;
    default:
      break;
    }

  /* The page will get its stack's width; the column, that width less its
   * margins, up to the clamp's. */
  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  width = parent != NULL ? gtk_widget_get_width (parent) : 0;
  if (width > 0)
    {
      int column = MIN (width - 24, 720);
      int minimum;

      gtk_widget_measure (GTK_WIDGET (self->sections), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (self->sections), GTK_ORIENTATION_VERTICAL,
                          MAX (column, minimum), NULL, NULL, NULL, NULL);
    }

  self->prepare_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
prepare_cb (gpointer user_data)
{
  RpProgressPage *self = RP_PROGRESS_PAGE (user_data);

  self->prepare_stage = 0;
  self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_step_cb, self, NULL);
  g_source_set_name_by_id (self->prepare_source, "[reprieve] prepare the Progress page");

  return G_SOURCE_REMOVE;
}

/* Low priority and a little later: after the window's first frames and
 * whatever the start (or the change) still has to do; a burst of changes
 * prepares once. */
static void
schedule_prepare (RpProgressPage *self)
{
  if (self->prepare_source != 0 || gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->prepare_source = g_timeout_add_full (G_PRIORITY_LOW, 300, prepare_cb, self, NULL);
  g_source_set_name_by_id (self->prepare_source, "[reprieve] prepare the Progress page");
}

/**
 * rp_progress_page_bind:
 * @store: (nullable): the store; %NULL when the data could not be opened
 * @watch: (nullable): today, and when it turns
 * @settings: (nullable): the application's settings
 *
 * Gives every section what it shows.
 */
void
rp_progress_page_bind (RpProgressPage *self,
                       RpStore        *store,
                       RpDayWatch     *watch,
                       GSettings      *settings)
{
  g_return_if_fail (RP_IS_PROGRESS_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, schedule_prepare, self);
  g_clear_handle_id (&self->prepare_source, g_source_remove);

  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);
  g_set_object (&self->settings, settings);

  if (store != NULL)
    {
      schedule_prepare (self);
      /* What changed while the page is hidden is read again in the
       * background too, not when the page is next opened. */
      g_signal_connect_object (store, "changed", G_CALLBACK (schedule_prepare), self,
                               G_CONNECT_SWAPPED);
    }

  rp_inventory_section_bind (self->inventory_section, store, watch, settings);
  rp_clean_time_section_bind (self->clean_time_section, store, watch, settings);
  rp_steps_section_bind (self->steps_section, store, watch, settings);
  rp_goals_section_bind (self->goals_section, store, watch, settings);
}

/**
 * rp_progress_page_push:
 * @subpage: (transfer floating): what to show over the overview
 * @title: its title, shown in the bar with the Back button
 *
 * Shows @subpage in place of the overview (replacing any subpage shown).
 */
void
rp_progress_page_push (RpProgressPage *self,
                       GtkWidget      *subpage,
                       const char     *title)
{
  g_return_if_fail (RP_IS_PROGRESS_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (subpage));

  adw_window_title_set_title (self->subpage_title, title != NULL ? title : "");
  adw_bin_set_child (self->subpage_bin, subpage);
  gtk_stack_set_visible_child_name (self->stack, "subpage");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.back", TRUE);
  gtk_widget_child_focus (subpage, GTK_DIR_TAB_FORWARD);
}

/**
 * rp_progress_page_pop:
 *
 * Back to the overview; the subpage is dropped.
 */
void
rp_progress_page_pop (RpProgressPage *self)
{
  g_return_if_fail (RP_IS_PROGRESS_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "overview");
  adw_bin_set_child (self->subpage_bin, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.back", FALSE);
}

/**
 * rp_progress_page_set_title:
 * @title: the shown subpage's new title
 *
 * For a subpage that changes what it shows in place (the next step).
 */
void
rp_progress_page_set_title (RpProgressPage *self,
                            const char     *title)
{
  g_return_if_fail (RP_IS_PROGRESS_PAGE (self));

  adw_window_title_set_title (self->subpage_title, title != NULL ? title : "");
}

/**
 * rp_progress_page_find:
 * @descendant: a widget inside the Progress page
 *
 * Returns: (transfer none) (nullable): the page @descendant is in
 */
RpProgressPage *
rp_progress_page_find (GtkWidget *descendant)
{
  GtkWidget *page;

  g_return_val_if_fail (GTK_IS_WIDGET (descendant), NULL);

  page = gtk_widget_get_ancestor (descendant, RP_TYPE_PROGRESS_PAGE);

  return page != NULL ? RP_PROGRESS_PAGE (page) : NULL;
}

/**
 * rp_progress_page_add_clean_date:
 *
 * Back to the overview, and the editor of a new clean date opened (the
 * window's win.add-clean-date).
 */
void
rp_progress_page_add_clean_date (RpProgressPage *self)
{
  g_return_if_fail (RP_IS_PROGRESS_PAGE (self));

  rp_progress_page_pop (self);
  rp_clean_time_section_add (self->clean_time_section);
}
