/* rp-slip-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSlipDialog: "I had a slip", said gently. It tells the user that the
 * time they had stays in their history, asks the day counting starts
 * again (today unless changed) and an optional note, and on "Start Again"
 * resets the date through rp_store_reset_recovery(), which keeps the
 * ended period. Nothing here judges: no red, no warnings, no counts lost. */

#define G_LOG_DOMAIN "rp-slip-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-clean-time.h"
#include "rp-date-row.h"
#include "rp-field-problem.h"
#include "rp-form-field.h"
#include "rp-schedule.h"
#include "rp-slip-dialog.h"

struct _RpSlipDialog
{
  AdwWindow         parent_instance;

  RpStore          *store;
  RpDayWatch       *watch;
  RpRecovery       *recovery;

  AdwWindowTitle   *window_title;
  AdwToastOverlay  *toast_overlay;
  GtkLabel         *message_label;
  AdwEntryRow      *start_row;
  AdwActionRow     *start_problem;
  AdwEntryRow      *note_row;
  AdwActionRow     *note_problem;
};

G_DEFINE_FINAL_TYPE (RpSlipDialog, rp_slip_dialog, ADW_TYPE_WINDOW)

static GDateTime *
dup_now (RpSlipDialog *self)
{
  return self->watch != NULL ? rp_day_watch_dup_now (self->watch) : g_date_time_new_now_local ();
}

/* The checks rp_store_reset_recovery() makes, shown as the user types. */
static gboolean
check_fields (RpSlipDialog *self,
              GDate        *out_date,
              char        **out_note)
{
  g_autofree char *start = rp_form_field_dup_stripped (self->start_row);
  g_autofree char *note = rp_form_field_dup_stripped (self->note_row);
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  rp_field_problem_show (GTK_WIDGET (self->start_row), GTK_WIDGET (self->start_problem), NULL, FALSE);
  rp_field_problem_show (GTK_WIDGET (self->note_row), GTK_WIDGET (self->note_problem), NULL, FALSE);

  if (!rp_schedule_parse_storage_date (start, out_date, NULL))
    {
      rp_field_problem_show (GTK_WIDGET (self->start_row), GTK_WIDGET (self->start_problem),
                             _("Enter the date as YYYY-MM-DD, or pick it from the calendar."),
                             FALSE);
      ok = FALSE;
    }
  else if (!rp_clean_time_validate_start (out_date, RP_CLEAN_TIME_NO_START_MINUTE, now,
                                          g_date_time_get_timezone (now), &error))
    {
      rp_field_problem_show (GTK_WIDGET (self->start_row), GTK_WIDGET (self->start_problem),
                             error->message, FALSE);
      ok = FALSE;
    }
  else if (g_date_compare (out_date, rp_recovery_get_start_date (self->recovery)) < 0)
    {
      rp_field_problem_show (GTK_WIDGET (self->start_row), GTK_WIDGET (self->start_problem),
                             _("The new start is before the current one. Choose the day of the slip or a later day."),
                             FALSE);
      ok = FALSE;
    }

  g_clear_error (&error);
  if (!rp_recovery_validate_note (note, &error))
    {
      rp_field_problem_show (GTK_WIDGET (self->note_row), GTK_WIDGET (self->note_problem),
                             error->message, FALSE);
      ok = FALSE;
    }

  if (ok && out_note != NULL)
    *out_note = g_steal_pointer (&note);

  return ok;
}

static void
entry_changed_cb (RpSlipDialog *self)
{
  GDate date;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "slip.save",
                                 check_fields (self, &date, NULL));
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpSlipDialog *self = RP_SLIP_DIALOG (widget);
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  GDate date;

  if (!check_fields (self, &date, &note))
    return;

  if (!rp_store_reset_recovery (self->store, rp_recovery_get_id (self->recovery), &date,
                                RP_CLEAN_TIME_NO_START_MINUTE, note, now, &error))
    {
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * rp_slip_dialog_new:
 * @store: where the date is kept
 * @watch: (nullable): what "today" is
 * @recovery: the saved date that had a slip
 *
 * Returns: (transfer none): a new dialog, not shown yet; GTK owns it
 */
RpSlipDialog *
rp_slip_dialog_new (RpStore    *store,
                    RpDayWatch *watch,
                    RpRecovery *recovery)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;
  g_autofree char *message = NULL;
  g_autofree char *had = NULL;
  RpSlipDialog *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_RECOVERY (recovery), NULL);

  self = g_object_new (RP_TYPE_SLIP_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->watch = watch != NULL ? g_object_ref (watch) : NULL;
  self->recovery = rp_recovery_copy (recovery);

  now = dup_now (self);
  had = rp_clean_time_format_days (rp_clean_time_days (rp_recovery_get_start_date (recovery), now,
                                                       g_date_time_get_timezone (now)));
  /* Translators: %s is the clean time the user had, such as "214 days" */
  message = g_strdup_printf (_("A slip doesn’t erase what you’ve done. Your %s stay in your "
                               "history, and you can start counting again from today."),
                             had);
  gtk_label_set_text (self->message_label, message);

  today = g_date_time_format (now, "%Y-%m-%d");
  rp_form_field_set_text (self->start_row, today);
  entry_changed_cb (self);

  return self;
}

/**
 * rp_slip_dialog_present:
 * @parent: (nullable): the window it belongs to
 */
void
rp_slip_dialog_present (RpSlipDialog *self,
                        GtkWindow    *parent)
{
  g_return_if_fail (RP_IS_SLIP_DIALOG (self));

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}

static void
rp_slip_dialog_dispose (GObject *object)
{
  RpSlipDialog *self = RP_SLIP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_SLIP_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->recovery);

  G_OBJECT_CLASS (rp_slip_dialog_parent_class)->dispose (object);
}

static void
rp_slip_dialog_class_init (RpSlipDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_slip_dialog_dispose;

  g_type_ensure (RP_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-slip-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, start_problem);
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, RpSlipDialog, note_problem);

  gtk_widget_class_install_action (widget_class, "slip.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_slip_dialog_init (RpSlipDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  rp_form_field_set_max_length (self->note_row, RP_RECOVERY_MAX_NOTE_LENGTH);
  rp_field_problem_add_icon (self->start_problem);
  rp_field_problem_add_icon (self->note_problem);
  g_signal_connect_object (self->start_row, "changed", G_CALLBACK (entry_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_row, "changed", G_CALLBACK (entry_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
