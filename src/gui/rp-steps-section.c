/* rp-steps-section.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpStepsSection: the Progress page's "Step Work" group — a line of
 * progress and the twelve steps, each with its status in words and an
 * icon (never colour alone). A row opens the step's page (RpStepPage) as
 * the Progress page's subpage.
 *
 * Rows and data are made the first time the section is mapped, not when
 * it is bound: Reprieve opens on another page. Changes (changed::step, the
 * day turning) refresh it when mapped, or mark it to refresh on map. */

#define G_LOG_DOMAIN "rp-steps-section"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-progress-page.h"
#include "rp-step-page.h"
#include "rp-steps-section.h"
#include "rp-twelve-steps.h"

/* Enough words of a step to recognise it on a narrow screen. */
#define SUBTITLE_WORDS 6

struct _RpStepsSection
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *group;
  AdwActionRow        *rows[RP_TWELVE_STEPS_COUNT];
  GtkImage            *status_icons[RP_TWELVE_STEPS_COUNT];
  GtkLabel            *status_labels[RP_TWELVE_STEPS_COUNT];

  RpStore             *store;
  RpDayWatch          *watch;
  GSettings           *settings;

  gboolean             rows_made;
  gboolean             dirty;
};

G_DEFINE_FINAL_TYPE (RpStepsSection, rp_steps_section, ADW_TYPE_BIN)

static const char *
status_icon_name (RpStepStatus status)
{
  switch (status)
    {
    case RP_STEP_STATUS_WORKING:
      return "document-edit-symbolic";

    case RP_STEP_STATUS_DONE:
      return "object-select-symbolic";

    case RP_STEP_STATUS_NOT_STARTED:
    default:
      return "checkbox-symbolic";
    }
}

static void
make_rows (RpStepsSection *self)
{
  for (guint step = 1; step <= RP_TWELVE_STEPS_COUNT; step++)
    {
      g_autofree char *beginning = rp_twelve_steps_dup_beginning (step, SUBTITLE_WORDS);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new ();
      GtkWidget *label = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rp_twelve_steps_get_name (step));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), beginning);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "steps.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", step);

      gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (status), icon);
      gtk_box_append (GTK_BOX (status), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

      adw_preferences_group_add (self->group, row);
      self->rows[step - 1] = ADW_ACTION_ROW (row);
      self->status_icons[step - 1] = GTK_IMAGE (icon);
      self->status_labels[step - 1] = GTK_LABEL (label);
    }

  self->rows_made = TRUE;
}

static void
show_step (RpStepsSection *self,
           RpStepWork     *work)
{
  guint i = rp_step_work_get_step (work) - 1;
  RpStepStatus status = rp_step_work_get_status (work);

  gtk_image_set_from_icon_name (self->status_icons[i], status_icon_name (status));
  gtk_label_set_text (self->status_labels[i], rp_step_status_get_label (status));
  if (status == RP_STEP_STATUS_DONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icons[i]), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_icons[i]), "success");
}

static void
refresh (RpStepsSection *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *progress = NULL;

  self->dirty = FALSE;
  if (self->store == NULL)
    return;

  if (!self->rows_made)
    make_rows (self);

  steps = rp_store_load_step_work (self->store, &error);
  if (steps == NULL)
    {
      g_warning ("Could not read the step work: %s", error->message);
      return;
    }

  for (guint i = 0; i < steps->len; i++)
    show_step (self, g_ptr_array_index (steps, i));

  progress = rp_step_work_format_progress (steps);
  adw_preferences_group_set_description (self->group, progress);
}

static void
changed_cb (RpStepsSection *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->dirty = TRUE;
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpStepsSection *self = RP_STEPS_SECTION (widget);
  guint step = g_variant_get_uint32 (parameter);
  RpProgressPage *progress = rp_progress_page_find (widget);

  if (progress == NULL || self->store == NULL ||
      step < 1 || step > RP_TWELVE_STEPS_COUNT)
    return;

  rp_progress_page_push (progress, rp_step_page_new (self->store, self->watch, step),
                         rp_twelve_steps_get_name (step));
}

/**
 * rp_steps_section_prepare:
 *
 * Reads the steps now, shown or not (the Progress page prepares itself in
 * the background after start).
 */
void
rp_steps_section_prepare (RpStepsSection *self)
{
  g_return_if_fail (RP_IS_STEPS_SECTION (self));

  if (!self->rows_made || self->dirty)
    refresh (self);
}

static void
rp_steps_section_map (GtkWidget *widget)
{
  RpStepsSection *self = RP_STEPS_SECTION (widget);

  GTK_WIDGET_CLASS (rp_steps_section_parent_class)->map (widget);

  if (!self->rows_made || self->dirty)
    refresh (self);
}

static void
disconnect_sources (RpStepsSection *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
}

static void
rp_steps_section_dispose (GObject *object)
{
  RpStepsSection *self = RP_STEPS_SECTION (object);

  disconnect_sources (self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STEPS_SECTION);

  G_OBJECT_CLASS (rp_steps_section_parent_class)->dispose (object);
}

static void
rp_steps_section_class_init (RpStepsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_steps_section_dispose;
  widget_class->map = rp_steps_section_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-steps-section.ui");

  gtk_widget_class_install_action (widget_class, "steps.open", "u", open_action_cb);
}

static void
rp_steps_section_init (RpStepsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin unparents its child itself, and
   * gtk_widget_dispose_template() would unparent it a second time. */
  self->group = ADW_PREFERENCES_GROUP (adw_bin_get_child (ADW_BIN (self)));
}

/**
 * rp_steps_section_bind:
 * @store: (nullable): the store; %NULL hides the section
 * @watch: (nullable): today, and when it turns
 * @settings: (nullable): the application's settings (unused so far)
 *
 * Gives the section its data; it is read the first time it is shown.
 */
void
rp_steps_section_bind (RpStepsSection *self,
                       RpStore        *store,
                       RpDayWatch     *watch,
                       GSettings      *settings)
{
  g_return_if_fail (RP_IS_STEPS_SECTION (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  disconnect_sources (self);
  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);
  g_set_object (&self->settings, settings);

  if (store != NULL)
    g_signal_connect_swapped (store, "changed::step", G_CALLBACK (changed_cb), self);
  if (watch != NULL)
    g_signal_connect_swapped (watch, "day-changed", G_CALLBACK (changed_cb), self);

  gtk_widget_set_visible (GTK_WIDGET (self), store != NULL);
  changed_cb (self);
}
