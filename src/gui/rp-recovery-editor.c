/* rp-recovery-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpRecoveryEditor: the modal window that sets a clean date or corrects
 * one: what it is for, the start date, an optional start time and an
 * optional cost per day. It checks the fields as the user types with the
 * core's rules (rp_recovery_validate(): a start in the future is refused,
 * with the message under the date), keeps Save insensitive until the date
 * can be saved, and asks before closing over changes. A slip is not an
 * edit: that is RpSlipDialog, which keeps the history. */

#define G_LOG_DOMAIN "rp-recovery-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rp-clean-time.h"
#include "rp-date-row.h"
#include "rp-field-problem.h"
#include "rp-form-field.h"
#include "rp-recovery-editor.h"
#include "rp-schedule.h"

struct _RpRecoveryEditor
{
  RpEditorWindow    parent_instance;

  RpStore          *store;
  RpDayWatch       *watch;
  RpRecovery       *recovery;      /* being edited, or NULL */

  AdwWindowTitle   *window_title;
  AdwToastOverlay  *toast_overlay;
  AdwEntryRow      *label_row;
  AdwActionRow     *label_problem;
  AdwEntryRow      *start_row;
  AdwActionRow     *start_problem;
  AdwEntryRow      *time_row;
  AdwActionRow     *time_problem;
  AdwEntryRow      *cost_row;
  AdwActionRow     *cost_problem;

  guint             loading : 1;
  guint             touched_label : 1;
  guint             insist : 1;
};

G_DEFINE_FINAL_TYPE (RpRecoveryEditor, rp_recovery_editor, RP_TYPE_EDITOR_WINDOW)

static GDateTime *
dup_now (RpRecoveryEditor *self)
{
  return self->watch != NULL ? rp_day_watch_dup_now (self->watch) : g_date_time_new_now_local ();
}

static char *
rp_recovery_editor_dup_state (RpEditorWindow *window)
{
  RpRecoveryEditor *self = RP_RECOVERY_EDITOR (window);
  g_autofree char *label = rp_form_field_dup_stripped (self->label_row);
  g_autofree char *start = rp_form_field_dup_stripped (self->start_row);
  g_autofree char *time = rp_form_field_dup_stripped (self->time_row);
  g_autofree char *cost = rp_form_field_dup_stripped (self->cost_row);

  return g_strjoin ("\x1f", label, start, time, cost, NULL);
}

/* "21:30" or "9:05"; empty is none. */
static gboolean
parse_time (const char *text,
            int        *out_minute)
{
  int hour;
  int minute;
  int end = 0;

  *out_minute = RP_CLEAN_TIME_NO_START_MINUTE;
  if (text[0] == '\0')
    return TRUE;

  if (sscanf (text, "%2d:%2d%n", &hour, &minute, &end) != 2 || text[end] != '\0' ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return FALSE;

  *out_minute = hour * 60 + minute;
  return TRUE;
}

/* "12", "12.5", "12,50": whole units and up to two decimals; empty is
 * none. Grouping marks are not accepted, so "1.000" is not a thousand. */
static gboolean
parse_cost (const char *text,
            gint64     *out_cents)
{
  gint64 units = 0;
  int decimals = -1;
  gint64 cents = 0;

  *out_cents = 0;
  if (text[0] == '\0')
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if ((*p == '.' || *p == ',') && decimals < 0 && p != text)
        decimals = 0;
      else if (g_ascii_isdigit (*p) && decimals < 0)
        {
          if (units > G_MAXINT64 / 100)
            return FALSE;
          units = units * 10 + (*p - '0');
        }
      else if (g_ascii_isdigit (*p) && decimals < 2)
        {
          cents = cents * 10 + (*p - '0');
          decimals++;
        }
      else
        return FALSE;
    }

  if (decimals == 1)
    cents *= 10;
  if (units > RP_RECOVERY_MAX_COST_CENTS)
    units = RP_RECOVERY_MAX_COST_CENTS;
  *out_cents = units * 100 + cents;
  return TRUE;
}

static void
show (RpRecoveryEditor *self,
      AdwEntryRow      *row,
      AdwActionRow     *problem,
      const char       *message,
      gboolean          quiet)
{
  rp_field_problem_show (GTK_WIDGET (row), GTK_WIDGET (problem), message, quiet);
}

/* Field by field, then the core's rules. Returns what to save, or NULL. */
static RpRecovery *
check_fields (RpRecoveryEditor *self)
{
  g_autofree char *label = rp_form_field_dup_stripped (self->label_row);
  g_autofree char *start = rp_form_field_dup_stripped (self->start_row);
  g_autofree char *time = rp_form_field_dup_stripped (self->time_row);
  g_autofree char *cost = rp_form_field_dup_stripped (self->cost_row);
  g_autoptr(RpRecovery) recovery = NULL;
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GError) error = NULL;
  RpRecoveryField field = RP_RECOVERY_FIELD_NONE;
  gint64 cents = 0;
  int minute = RP_CLEAN_TIME_NO_START_MINUTE;
  gboolean ok = TRUE;
  GDate date;

  show (self, self->label_row, self->label_problem, NULL, FALSE);
  show (self, self->start_row, self->start_problem, NULL, FALSE);
  show (self, self->time_row, self->time_problem, NULL, FALSE);
  show (self, self->cost_row, self->cost_problem, NULL, FALSE);

  if (!rp_schedule_parse_storage_date (start, &date, NULL))
    {
      show (self, self->start_row, self->start_problem,
            _("Enter the date as YYYY-MM-DD, or pick it from the calendar."), FALSE);
      ok = FALSE;
    }
  if (!parse_time (time, &minute))
    {
      show (self, self->time_row, self->time_problem,
            _("Enter the time as HH:MM (such as 21:30), or leave it empty."), FALSE);
      ok = FALSE;
    }
  if (!parse_cost (cost, &cents))
    {
      show (self, self->cost_row, self->cost_problem,
            _("Enter an amount such as 12.50, or leave it empty."), FALSE);
      ok = FALSE;
    }
  if (!ok)
    return NULL;

  recovery = self->recovery != NULL ? rp_recovery_copy (self->recovery)
                                    : rp_recovery_new (NULL, NULL, RP_CLEAN_TIME_NO_START_MINUTE);
  rp_recovery_set_label (recovery, label);
  rp_recovery_set_start (recovery, &date, minute);
  rp_recovery_set_cost_cents (recovery, cents);

  if (rp_recovery_validate (recovery, now, &field, &error))
    return g_steal_pointer (&recovery);

  if (field == RP_RECOVERY_FIELD_LABEL)
    show (self, self->label_row, self->label_problem, error->message,
          !self->touched_label && !self->insist);
  else if (field == RP_RECOVERY_FIELD_COST)
    show (self, self->cost_row, self->cost_problem, error->message, FALSE);
  else if (field == RP_RECOVERY_FIELD_START && minute != RP_CLEAN_TIME_NO_START_MINUTE &&
           g_error_matches (error, RP_CLEAN_TIME_ERROR, RP_CLEAN_TIME_ERROR_IN_FUTURE) &&
           rp_clean_time_validate_start (&date, RP_CLEAN_TIME_NO_START_MINUTE, now,
                                         g_date_time_get_timezone (now), NULL))
    /* Today, at a time still to come: the time is what to change. */
    show (self, self->time_row, self->time_problem, error->message, FALSE);
  else
    show (self, self->start_row, self->start_problem, error->message, FALSE);

  return NULL;
}

static void
validate (RpRecoveryEditor *self)
{
  g_autoptr(RpRecovery) recovery = NULL;

  if (self->loading)
    return;

  recovery = check_fields (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", recovery != NULL);
}

static void
entry_changed_cb (RpRecoveryEditor *self,
                  GtkWidget        *entry)
{
  if (self->loading)
    return;

  if (entry == GTK_WIDGET (self->label_row))
    self->touched_label = TRUE;

  validate (self);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpRecoveryEditor *self = RP_RECOVERY_EDITOR (widget);
  g_autoptr(RpRecovery) recovery = check_fields (self);
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (recovery == NULL)
    {
      self->insist = TRUE;
      validate (self);
      return;
    }

  if (self->recovery == NULL)
    saved = rp_store_add_recovery (self->store, recovery, now, &error);
  else
    saved = rp_store_update_recovery (self->store, recovery, now, &error);

  if (!saved)
    {
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  rp_editor_window_close_saved (RP_EDITOR_WINDOW (self));
}

/**
 * rp_recovery_editor_get_modified:
 *
 * Returns: whether a field differs from what the editor opened with
 */
gboolean
rp_recovery_editor_get_modified (RpRecoveryEditor *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY_EDITOR (self), FALSE);

  return rp_editor_window_get_modified (RP_EDITOR_WINDOW (self));
}

/**
 * rp_recovery_editor_new:
 * @store: where the date is saved
 * @watch: (nullable): what "now" is (the application's clock)
 * @recovery: (nullable): the date to edit (not changed), or %NULL for a
 *   new one
 *
 * Returns: (transfer none): a new editor, not shown yet; GTK owns it
 */
RpRecoveryEditor *
rp_recovery_editor_new (RpStore    *store,
                        RpDayWatch *watch,
                        RpRecovery *recovery)
{
  RpRecoveryEditor *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch), NULL);
  g_return_val_if_fail (recovery == NULL || RP_IS_RECOVERY (recovery), NULL);

  self = g_object_new (RP_TYPE_RECOVERY_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->watch = watch != NULL ? g_object_ref (watch) : NULL;
  self->recovery = recovery != NULL ? rp_recovery_copy (recovery) : NULL;

  self->loading = TRUE;
  if (recovery == NULL)
    {
      g_autoptr(GDateTime) now = dup_now (self);
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      rp_form_field_set_text (self->start_row, today);
    }
  else
    {
      g_autofree char *start = rp_schedule_format_storage_date (rp_recovery_get_start_date (recovery));
      int minute = rp_recovery_get_start_minute (recovery);
      gint64 cents = rp_recovery_get_cost_cents (recovery);

      adw_window_title_set_title (self->window_title, _("Edit Clean Date"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Clean Date"));
      rp_form_field_set_text (self->label_row, rp_recovery_get_label (recovery));
      rp_form_field_set_text (self->start_row, start);
      if (minute != RP_CLEAN_TIME_NO_START_MINUTE)
        {
          g_autofree char *time = g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);

          rp_form_field_set_text (self->time_row, time);
        }
      if (cents > 0)
        {
          g_autofree char *cost = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d",
                                                   cents / 100, (int) (cents % 100));

          rp_form_field_set_text (self->cost_row, cost);
        }
      self->touched_label = TRUE;
    }
  self->loading = FALSE;

  rp_editor_window_remember_state (RP_EDITOR_WINDOW (self));
  validate (self);

  return self;
}

/**
 * rp_recovery_editor_present:
 * @parent: (nullable): the window it belongs to
 *
 * Shows the editor, modal; it destroys itself when closed or saved.
 */
void
rp_recovery_editor_present (RpRecoveryEditor *self,
                            GtkWindow        *parent)
{
  g_return_if_fail (RP_IS_RECOVERY_EDITOR (self));

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->label_row));
}

static void
rp_recovery_editor_dispose (GObject *object)
{
  RpRecoveryEditor *self = RP_RECOVERY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_RECOVERY_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->recovery);

  G_OBJECT_CLASS (rp_recovery_editor_parent_class)->dispose (object);
}

static void
rp_recovery_editor_class_init (RpRecoveryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpEditorWindowClass *editor_class = RP_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = rp_recovery_editor_dispose;
  editor_class->dup_state = rp_recovery_editor_dup_state;

  g_type_ensure (RP_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-recovery-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, label_row);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, label_problem);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, start_problem);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, time_problem);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, cost_row);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryEditor, cost_problem);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
}

static void
rp_recovery_editor_init (RpRecoveryEditor *self)
{
  AdwEntryRow *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->label_row;
  rows[1] = self->start_row;
  rows[2] = self->time_row;
  rows[3] = self->cost_row;
  rp_form_field_set_max_length (self->label_row, RP_RECOVERY_MAX_LABEL_LENGTH);
  rp_field_problem_add_icon (self->label_problem);
  rp_field_problem_add_icon (self->start_problem);
  rp_field_problem_add_icon (self->time_problem);
  rp_field_problem_add_icon (self->cost_problem);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect_object (rows[i], "changed", G_CALLBACK (entry_changed_cb), self,
                             G_CONNECT_SWAPPED);
}
