/* rp-goal-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpGoalEditor: the modal window that makes or changes a goal: its title,
 * kind (daily habit, weekly target, one-time), how many times a week,
 * what counts for it automatically, its start date and (one-time) due
 * date. It checks the fields as the user types with rp_goal_validate(),
 * says what to fix under the field, keeps Save insensitive until the goal
 * can be saved, and asks before closing over changes. */

#define G_LOG_DOMAIN "rp-goal-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-date-row.h"
#include "rp-field-problem.h"
#include "rp-form-field.h"
#include "rp-goal-editor.h"
#include "rp-schedule.h"

struct _RpGoalEditor
{
  RpEditorWindow   parent_instance;

  RpStore         *store;
  RpGoal          *goal;          /* being edited, or NULL */

  AdwWindowTitle  *window_title;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *title_row;
  AdwActionRow    *title_problem;
  AdwComboRow     *kind_row;
  GtkWidget       *target_row;
  GtkSpinButton   *target_spin;
  AdwComboRow     *source_row;
  AdwEntryRow     *start_row;
  AdwActionRow    *start_problem;
  AdwEntryRow     *due_row;
  AdwActionRow    *due_problem;

  guint            loading : 1;
  guint            touched_title : 1;
  guint            insist : 1;     /* Save was tried: every hint is an error */
};

G_DEFINE_FINAL_TYPE (RpGoalEditor, rp_goal_editor, RP_TYPE_EDITOR_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
rp_goal_editor_dup_state (RpEditorWindow *window)
{
  RpGoalEditor *self = RP_GOAL_EDITOR (window);
  g_autofree char *title = rp_form_field_dup_stripped (self->title_row);
  g_autofree char *start = rp_form_field_dup_stripped (self->start_row);
  g_autofree char *due = rp_form_field_dup_stripped (self->due_row);

  return g_strdup_printf ("%s\x1f%u\x1f%d\x1f%u\x1f%s\x1f%s", title,
                          adw_combo_row_get_selected (self->kind_row),
                          gtk_spin_button_get_value_as_int (self->target_spin),
                          adw_combo_row_get_selected (self->source_row), start, due);
}

static RpGoalKind
get_kind (RpGoalEditor *self)
{
  return MIN (adw_combo_row_get_selected (self->kind_row), RP_GOAL_ONCE);
}

static void
show_problem (AdwEntryRow  *row,
              AdwActionRow *problem,
              const char   *message,
              gboolean      quiet)
{
  rp_field_problem_show (GTK_WIDGET (row), GTK_WIDGET (problem), message, quiet);
}

/* An empty row is no date; anything else must be a date. */
static gboolean
read_date (AdwEntryRow *row,
           GDate       *out_date)
{
  g_autofree char *text = rp_form_field_dup_stripped (row);

  g_date_clear (out_date, 1);
  if (text[0] == '\0')
    return TRUE;

  return rp_schedule_parse_storage_date (text, out_date, NULL);
}

/* Field by field, so each message sits under its field; then the core's
 * rules. Returns the goal to save, or NULL. */
static RpGoal *
check_fields (RpGoalEditor *self)
{
  g_autofree char *title = rp_form_field_dup_stripped (self->title_row);
  g_autoptr(RpGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  RpGoalKind kind = get_kind (self);
  RpGoalField field = RP_GOAL_FIELD_NONE;
  GDate start, due;
  gboolean ok = TRUE;
  const char *bad_date = _("Write the date as YYYY-MM-DD, such as 2026-12-01, or pick it.");

  show_problem (self->title_row, self->title_problem,
                title[0] == '\0' ? _("Enter a title for the goal.") : NULL,
                !self->touched_title && !self->insist);
  ok &= title[0] != '\0';

  if (!read_date (self->start_row, &start))
    {
      show_problem (self->start_row, self->start_problem, bad_date, FALSE);
      ok = FALSE;
    }
  else
    show_problem (self->start_row, self->start_problem,
                  g_date_valid (&start) ? NULL : _("Choose a start date."), !self->insist);
  ok &= g_date_valid (&start);

  if (kind == RP_GOAL_ONCE && !read_date (self->due_row, &due))
    {
      show_problem (self->due_row, self->due_problem, bad_date, FALSE);
      ok = FALSE;
    }
  else
    show_problem (self->due_row, self->due_problem, NULL, FALSE);

  if (!ok)
    return NULL;

  goal = self->goal != NULL ? rp_goal_copy (self->goal) : rp_goal_new (NULL, kind, NULL);
  rp_goal_set_title (goal, title);
  rp_goal_set_kind (goal, kind);
  rp_goal_set_weekly_target (goal, (guint) gtk_spin_button_get_value_as_int (self->target_spin));
  rp_goal_set_source (goal, adw_combo_row_get_selected (self->source_row));
  rp_goal_set_start_date (goal, &start);
  rp_goal_set_due_date (goal, kind == RP_GOAL_ONCE ? &due : NULL);
  if (kind != RP_GOAL_ONCE)
    rp_goal_set_completed_date (goal, NULL);

  if (rp_goal_validate (goal, &field, &error))
    return g_steal_pointer (&goal);

  if (field == RP_GOAL_FIELD_START_DATE)
    show_problem (self->start_row, self->start_problem, error->message, FALSE);
  else if (field == RP_GOAL_FIELD_DUE_DATE || field == RP_GOAL_FIELD_COMPLETED_DATE)
    show_problem (self->due_row, self->due_problem, error->message, FALSE);
  else
    show_problem (self->title_row, self->title_problem, error->message, FALSE);

  return NULL;
}

static void
validate (RpGoalEditor *self)
{
  g_autoptr(RpGoal) goal = NULL;
  RpGoalKind kind;

  if (self->loading)
    return;

  kind = get_kind (self);
  gtk_widget_set_visible (self->target_row, kind == RP_GOAL_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->due_row), kind == RP_GOAL_ONCE);

  goal = check_fields (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", goal != NULL);
}

static void
field_changed_cb (RpGoalEditor *self)
{
  validate (self);
}

static void
entry_changed_cb (RpGoalEditor *self,
                  GtkWidget    *entry)
{
  if (self->loading)
    return;

  if (entry == GTK_WIDGET (self->title_row))
    self->touched_title = TRUE;
  validate (self);
}

/* --- saving and closing ----------------------------------------------------- */

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpGoalEditor *self = RP_GOAL_EDITOR (widget);
  g_autoptr(RpGoal) goal = check_fields (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (goal == NULL)
    {
      self->insist = TRUE;
      validate (self);
      return;
    }

  if (self->goal == NULL)
    saved = rp_store_add_goal (self->store, goal, &error);
  else
    saved = rp_store_update_goal (self->store, goal, &error);

  if (!saved)
    {
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, goal);
  rp_editor_window_close_saved (RP_EDITOR_WINDOW (self));
}

gboolean
rp_goal_editor_get_modified (RpGoalEditor *self)
{
  g_return_val_if_fail (RP_IS_GOAL_EDITOR (self), FALSE);

  return rp_editor_window_get_modified (RP_EDITOR_WINDOW (self));
}

/* --- loading ------------------------------------------------------------------ */

static void
set_date_text (AdwEntryRow *row,
               const GDate *date)
{
  g_autofree char *text = date != NULL ? rp_schedule_format_storage_date (date) : NULL;

  rp_form_field_set_text (row, text != NULL ? text : "");
}

static RpGoalEditor *
editor_new (RpStore     *store,
            RpGoal      *goal,
            const GDate *today)
{
  RpGoalEditor *self = g_object_new (RP_TYPE_GOAL_EDITOR, NULL);
  const char *title = goal != NULL ? _("Edit Goal") : _("New Goal");

  self->store = g_object_ref (store);
  self->goal = goal != NULL ? rp_goal_copy (goal) : NULL;

  self->loading = TRUE;
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (goal != NULL)
    {
      rp_form_field_set_text (self->title_row, rp_goal_get_title (goal));
      adw_combo_row_set_selected (self->kind_row, rp_goal_get_kind (goal));
      if (rp_goal_get_kind (goal) == RP_GOAL_WEEKLY)
        gtk_spin_button_set_value (self->target_spin, rp_goal_get_weekly_target (goal));
      adw_combo_row_set_selected (self->source_row, rp_goal_get_source (goal));
      set_date_text (self->start_row, rp_goal_get_start_date (goal));
      set_date_text (self->due_row, rp_goal_get_due_date (goal));
    }
  else
    set_date_text (self->start_row, today);
  self->loading = FALSE;

  rp_editor_window_remember_state (RP_EDITOR_WINDOW (self));
  validate (self);

  return self;
}

/**
 * rp_goal_editor_new:
 * @today: the day a new goal starts on, unless changed
 *
 * Returns: (transfer none): a new editor, not shown yet
 */
RpGoalEditor *
rp_goal_editor_new (RpStore     *store,
                    const GDate *today)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  return editor_new (store, NULL, today);
}

/**
 * rp_goal_editor_new_for_goal:
 *
 * Returns: (transfer none): a new editor, not shown yet
 */
RpGoalEditor *
rp_goal_editor_new_for_goal (RpStore *store,
                             RpGoal  *goal)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_GOAL (goal), NULL);

  return editor_new (store, goal, NULL);
}

/**
 * rp_goal_editor_present:
 * @parent: (nullable): the window it belongs to
 *
 * Shows the editor, modal; it destroys itself when closed or saved.
 */
void
rp_goal_editor_present (RpGoalEditor *self,
                        GtkWindow    *parent)
{
  g_return_if_fail (RP_IS_GOAL_EDITOR (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* --- the class ----------------------------------------------------------------- */

static void
rp_goal_editor_dispose (GObject *object)
{
  RpGoalEditor *self = RP_GOAL_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_GOAL_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->goal);

  G_OBJECT_CLASS (rp_goal_editor_parent_class)->dispose (object);
}

static void
rp_goal_editor_class_init (RpGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpEditorWindowClass *editor_class = RP_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = rp_goal_editor_dispose;
  editor_class->dup_state = rp_goal_editor_dup_state;

  /**
   * RpGoalEditor::saved:
   * @goal: the goal as saved (with its id)
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RP_TYPE_GOAL);

  g_type_ensure (RP_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, title_problem);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, target_spin);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, start_problem);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, due_row);
  gtk_widget_class_bind_template_child (widget_class, RpGoalEditor, due_problem);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
}

static void
rp_goal_editor_init (RpGoalEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  rp_form_field_set_max_length (self->title_row, RP_GOAL_MAX_TITLE_LENGTH);
  rp_field_problem_add_icon (self->title_problem);
  rp_field_problem_add_icon (self->start_problem);
  rp_field_problem_add_icon (self->due_problem);

  g_signal_connect_object (self->title_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->start_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
}
