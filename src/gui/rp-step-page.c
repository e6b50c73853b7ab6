/* rp-step-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpStepPage: one step, as the Progress page's subpage (opened from
 * RpStepsSection): its 1939 wording, its status (Not Started / Working /
 * Done) with the dates, which can be corrected, and the user's notes.
 *
 * Status and dates are saved as soon as they are chosen and valid; going
 * back to Not Started asks first, as it clears the dates. The notes are
 * saved a second after typing stops, and when the page is left, hidden or
 * destroyed, so typed text is never lost. Previous and Next show the other
 * steps in place (keyboard focus stays on the button). */

#define G_LOG_DOMAIN "rp-step-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-date-row.h"
#include "rp-field-problem.h"
#include "rp-progress-page.h"
#include "rp-schedule.h"
#include "rp-step-page.h"
#include "rp-twelve-steps.h"

#define NOTES_SAVE_DELAY_MS 1000
/* A date is saved once typing pauses: "2026-03-1" on the way to
 * "2026-03-14", or the empty row between two dates, is not the user's
 * choice. */
#define DATES_SAVE_DELAY_MS 600

struct _RpStepPage
{
  AdwBin            parent_instance;

  GtkLabel         *step_text;
  GtkToggleButton  *not_started_button;
  GtkToggleButton  *working_button;
  GtkToggleButton  *done_button;
  GtkLabel         *dates_label;
  GtkLabel         *status_problem;
  AdwPreferencesGroup *dates_group;
  RpDateRow        *started_row;
  AdwActionRow     *started_problem;
  RpDateRow        *finished_row;
  AdwActionRow     *finished_problem;
  GtkLabel         *saved_label;
  GtkTextView      *notes_view;
  GtkLabel         *notes_problem;
  AdwButtonContent *previous_content;
  AdwButtonContent *next_content;

  RpStore          *store;
  RpDayWatch       *watch;
  guint             step;
  RpStepWork       *work;          /* as saved */
  char             *shown_started; /* what the date rows were last given */
  char             *shown_finished;
  GtkWindow        *confirm;       /* weak */
  guint             notes_timeout_id;
  guint             dates_timeout_id;
  gboolean          started_edited;
  gboolean          finished_edited;
  gboolean          notes_dirty;
  gboolean          updating;      /* filling widgets: not the user's changes */
};

G_DEFINE_FINAL_TYPE (RpStepPage, rp_step_page, ADW_TYPE_BIN)

static GDateTime *
dup_now (RpStepPage *self)
{
  if (self->watch != NULL)
    return rp_day_watch_dup_now (self->watch);

  return g_date_time_new_now_local ();
}

static void
get_today (RpStepPage *self,
           GDate      *out_today)
{
  g_autoptr(GDateTime) now = dup_now (self);

  g_date_clear (out_today, 1);
  g_date_set_dmy (out_today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static char *
format_day (const GDate *date)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  /* Translators: a day a step was started or done, see g_date_time_format() */
  return noon != NULL ? g_date_time_format (noon, C_("step date", "%-d %B %Y")) : NULL;
}

static char *
dup_notes_text (RpStepPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* --- showing the saved step -------------------------------------------- */

static void
show_dates (RpStepPage *self)
{
  const GDate *started = rp_step_work_get_started (self->work);
  const GDate *finished = rp_step_work_get_finished (self->work);
  g_autofree char *started_text = started != NULL ? format_day (started) : NULL;
  g_autofree char *finished_text = finished != NULL ? format_day (finished) : NULL;
  g_autofree char *started_part = NULL;
  g_autofree char *finished_part = NULL;
  g_autofree char *line = NULL;

  if (started_text != NULL)
    started_part = g_strdup_printf (C_("step dates", "Started %s"), started_text);
  if (finished_text != NULL)
    finished_part = g_strdup_printf (C_("step dates", "Done %s"), finished_text);

  if (started_part != NULL && finished_part != NULL)
    /* Translators: "Started 3 March 2026" and "Done 1 June 2026" on one line */
    line = g_strdup_printf (C_("step dates", "%s · %s"), started_part, finished_part);
  else if (started_part != NULL)
    line = g_steal_pointer (&started_part);
  else if (finished_part != NULL)
    line = g_steal_pointer (&finished_part);

  gtk_label_set_text (self->dates_label, line != NULL ? line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->dates_label), line != NULL);
}

/* Sets the row only when the saved date changed, so that a refresh does
 * not overwrite a date being typed. */
static void
set_text (char       **field,
                 const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
}

static void
show_date_row (RpDateRow    *row,
               char        **shown,
               const GDate  *date)
{
  g_autofree char *text = date != NULL ? rp_schedule_format_storage_date (date) : g_strdup ("");

  if (g_strcmp0 (*shown, text) == 0)
    return;

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_free (*shown);
  *shown = g_steal_pointer (&text);
}

static void
show_work (RpStepPage *self)
{
  RpStepStatus status = rp_step_work_get_status (self->work);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);

  self->updating = TRUE;

  gtk_toggle_button_set_active (self->not_started_button, status == RP_STEP_STATUS_NOT_STARTED);
  gtk_toggle_button_set_active (self->working_button, status == RP_STEP_STATUS_WORKING);
  gtk_toggle_button_set_active (self->done_button, status == RP_STEP_STATUS_DONE);

  show_dates (self);
  show_date_row (self->started_row, &self->shown_started, rp_step_work_get_started (self->work));
  show_date_row (self->finished_row, &self->shown_finished, rp_step_work_get_finished (self->work));
  gtk_widget_set_visible (GTK_WIDGET (self->dates_group), status != RP_STEP_STATUS_NOT_STARTED);
  gtk_widget_set_visible (GTK_WIDGET (self->finished_row), status == RP_STEP_STATUS_DONE);
  if (status != RP_STEP_STATUS_DONE)
    rp_field_problem_show (GTK_WIDGET (self->finished_row), GTK_WIDGET (self->finished_problem),
                           NULL, FALSE);

  /* Typed notes not saved yet win over the saved ones. */
  if (!self->notes_dirty)
    {
      const char *notes = rp_step_work_get_notes (self->work);
      g_autofree char *text = dup_notes_text (self);

      if (g_strcmp0 (text, notes != NULL ? notes : "") != 0)
        gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
    }

  self->updating = FALSE;
}

static void
load (RpStepPage *self)
{
  g_autoptr(RpStepWork) work = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL)
    work = rp_store_load_step (self->store, self->step, &error);
  if (work == NULL)
    {
      if (error != NULL)
        g_warning ("Could not read step %u: %s", self->step, error->message);
      work = rp_step_work_new (self->step);
    }

  g_set_object (&self->work, work);
  show_work (self);
}

/* The parts that depend on the step number alone. */
static void
show_step (RpStepPage *self)
{
  g_autofree char *notes_label = NULL;
  const char *text = rp_twelve_steps_get_text (self->step);
  RpProgressPage *progress = rp_progress_page_find (GTK_WIDGET (self));

  gtk_label_set_text (self->step_text, text != NULL ? text : "");

  /* Translators: the accessible name of the notes of a step ("Step 4") */
  notes_label = g_strdup_printf (_("Notes on %s"), rp_twelve_steps_get_name (self->step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, notes_label, -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "step.previous", self->step > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "step.next",
                                 self->step < RP_TWELVE_STEPS_COUNT);
  adw_button_content_set_label (self->previous_content,
                                rp_twelve_steps_get_name (MAX (self->step, 2) - 1));
  adw_button_content_set_label (self->next_content,
                                rp_twelve_steps_get_name (MIN (self->step, RP_TWELVE_STEPS_COUNT - 1) + 1));

  if (progress != NULL)
    rp_progress_page_set_title (progress, rp_twelve_steps_get_name (self->step));
}

/* --- saving ------------------------------------------------------------- */

static void
show_problem (RpStepPage      *self,
              RpStepWorkField  field,
              const char      *message)
{
  switch (field)
    {
    case RP_STEP_WORK_FIELD_STARTED:
      rp_field_problem_show (GTK_WIDGET (self->started_row), GTK_WIDGET (self->started_problem),
                             message, FALSE);
      break;

    case RP_STEP_WORK_FIELD_FINISHED:
      rp_field_problem_show (GTK_WIDGET (self->finished_row), GTK_WIDGET (self->finished_problem),
                             message, FALSE);
      break;

    case RP_STEP_WORK_FIELD_NOTES:
      rp_field_problem_show (GTK_WIDGET (self->notes_view), GTK_WIDGET (self->notes_problem),
                             message, FALSE);
      break;

    case RP_STEP_WORK_FIELD_NONE:
    case RP_STEP_WORK_FIELD_STEP:
    case RP_STEP_WORK_FIELD_STATUS:
    default:
      rp_field_problem_show (NULL, GTK_WIDGET (self->status_problem), message, FALSE);
      break;
    }
}

static void
clear_date_problems (RpStepPage *self)
{
  rp_field_problem_show (GTK_WIDGET (self->started_row), GTK_WIDGET (self->started_problem),
                         NULL, FALSE);
  rp_field_problem_show (GTK_WIDGET (self->finished_row), GTK_WIDGET (self->finished_problem),
                         NULL, FALSE);
  rp_field_problem_show (NULL, GTK_WIDGET (self->status_problem), NULL, FALSE);
}

/* Checks @edited as the form shows it, then saves it (the store adds the
 * dates of a change of status). The refresh comes with changed::step. */
static gboolean
save_work (RpStepPage *self,
           RpStepWork *edited)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GError) error = NULL;
  RpStepWorkField field = RP_STEP_WORK_FIELD_NONE;
  GDate today;

  if (self->store == NULL)
    return FALSE;

  get_today (self, &today);
  if (rp_step_work_get_status (edited) == rp_step_work_get_status (self->work) &&
      !rp_step_work_validate (edited, &today, &field, &error))
    {
      show_problem (self, field, error->message);
      return FALSE;
    }

  if (!rp_store_save_step_work (self->store, edited, now, &error))
    {
      show_problem (self, RP_STEP_WORK_FIELD_NONE, error->message);
      show_work (self);
      return FALSE;
    }

  clear_date_problems (self);
  return TRUE;
}

static void
set_status (RpStepPage   *self,
            RpStepStatus  status)
{
  g_autoptr(RpStepWork) edited = rp_step_work_copy (self->work);

  rp_step_work_set_status (edited, status);
  save_work (self, edited);
}

static void
confirm_response_cb (RpStepPage *self,
                     const char *response)
{
  if (g_strcmp0 (response, "reset") == 0)
    set_status (self, RP_STEP_STATUS_NOT_STARTED);
}

static void
ask_reset (RpStepPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: the step's name ("Step 4") */
  heading = g_strdup_printf (_("Mark %s as Not Started?"), rp_twelve_steps_get_name (self->step));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The dates you started and finished it are cleared. "
                                     "Your notes stay."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Mark Not Started"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self,
                           G_CONNECT_SWAPPED);

  self->confirm = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
status_toggled_cb (RpStepPage      *self,
                   GtkToggleButton *button)
{
  RpStepStatus status;

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->working_button)
    status = RP_STEP_STATUS_WORKING;
  else if (button == self->done_button)
    status = RP_STEP_STATUS_DONE;
  else
    status = RP_STEP_STATUS_NOT_STARTED;

  if (status == rp_step_work_get_status (self->work))
    return;

  if (status == RP_STEP_STATUS_NOT_STARTED)
    {
      /* Until the user says so, the step stays as it is. */
      show_work (self);
      ask_reset (self);
      return;
    }

  set_status (self, status);
}

/* Reads @row into @date; shows what is wrong when it is not a date. */
static gboolean
read_date_row (RpStepPage      *self,
               RpDateRow       *row,
               RpStepWorkField  field,
               GDate           *date,
               char           **out_text)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_date_clear (date, 1);
  if (text[0] != '\0' && !rp_schedule_parse_storage_date (text, date, NULL))
    {
      show_problem (self, field,
                    _("Write the date as YYYY-MM-DD, such as 2026-03-03, or pick it from the calendar."));
      return FALSE;
    }

  *out_text = g_steal_pointer (&text);
  return TRUE;
}

static void
save_dates (RpStepPage *self)
{
  g_autoptr(RpStepWork) edited = NULL;
  g_autofree char *started_text = NULL;
  g_autofree char *finished_text = NULL;
  GDate date;

  g_clear_handle_id (&self->dates_timeout_id, g_source_remove);
  if (!self->started_edited && !self->finished_edited)
    return;

  edited = rp_step_work_copy (self->work);
  if (self->started_edited)
    {
      if (!read_date_row (self, self->started_row, RP_STEP_WORK_FIELD_STARTED, &date, &started_text))
        return;
      rp_step_work_set_started (edited, &date);
    }
  if (self->finished_edited)
    {
      if (!read_date_row (self, self->finished_row, RP_STEP_WORK_FIELD_FINISHED, &date, &finished_text))
        return;
      rp_step_work_set_finished (edited, &date);
    }

  /* What the rows show now is the user's, whether it saves or not. */
  if (started_text != NULL)
    set_text (&self->shown_started, started_text);
  if (finished_text != NULL)
    set_text (&self->shown_finished, finished_text);
  self->started_edited = FALSE;
  self->finished_edited = FALSE;

  save_work (self, edited);
}

static gboolean
dates_timeout_cb (gpointer user_data)
{
  RpStepPage *self = user_data;

  self->dates_timeout_id = 0;
  save_dates (self);

  return G_SOURCE_REMOVE;
}

static void
date_changed_cb (RpStepPage *self,
                 RpDateRow  *row)
{
  if (self->updating)
    return;

  if (row == self->started_row)
    self->started_edited = TRUE;
  else
    self->finished_edited = TRUE;

  g_clear_handle_id (&self->dates_timeout_id, g_source_remove);
  self->dates_timeout_id = g_timeout_add (DATES_SAVE_DELAY_MS, dates_timeout_cb, self);
}

/**
 * rp_step_page_save_notes:
 *
 * Saves the notes typed since the last save, now.
 *
 * Returns: %TRUE when nothing is left unsaved
 */
gboolean
rp_step_page_save_notes (RpStepPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RP_IS_STEP_PAGE (self), FALSE);

  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  if (!self->notes_dirty || self->store == NULL)
    return !self->notes_dirty;

  now = dup_now (self);
  text = dup_notes_text (self);
  if (!rp_store_save_step_notes (self->store, self->step, text, now, &error))
    {
      /* Kept in the view, and tried again on the next change. */
      show_problem (self, RP_STEP_WORK_FIELD_NOTES, error->message);
      return FALSE;
    }

  self->notes_dirty = FALSE;
  rp_field_problem_show (GTK_WIDGET (self->notes_view), GTK_WIDGET (self->notes_problem),
                         NULL, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), TRUE);

  return TRUE;
}

static gboolean
notes_timeout_cb (gpointer user_data)
{
  RpStepPage *self = user_data;

  self->notes_timeout_id = 0;
  rp_step_page_save_notes (self);

  return G_SOURCE_REMOVE;
}

static void
notes_changed_cb (RpStepPage *self)
{
  if (self->updating)
    return;

  self->notes_dirty = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), FALSE);
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  self->notes_timeout_id = g_timeout_add (NOTES_SAVE_DELAY_MS, notes_timeout_cb, self);
}

static void
store_changed_cb (RpStepPage *self)
{
  load (self);
}

/* --- moving between steps ------------------------------------------------ */

/**
 * rp_step_page_set_step:
 * @step: 1 to 12
 *
 * Shows another step in place, after saving this one's notes.
 */
void
rp_step_page_set_step (RpStepPage *self,
                       guint       step)
{
  g_return_if_fail (RP_IS_STEP_PAGE (self));
  g_return_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT);

  save_dates (self);
  rp_step_page_save_notes (self);
  /* Notes that could not be saved stay with their own step's page: ask
   * before dropping them rather than carry them to another step. */
  if (self->notes_dirty)
    return;

  self->step = step;
  self->started_edited = FALSE;
  self->finished_edited = FALSE;
  g_clear_pointer (&self->shown_started, g_free);
  g_clear_pointer (&self->shown_finished, g_free);
  clear_date_problems (self);
  gtk_widget_set_visible (GTK_WIDGET (self->saved_label), FALSE);

  show_step (self);
  load (self);
}

guint
rp_step_page_get_step (RpStepPage *self)
{
  g_return_val_if_fail (RP_IS_STEP_PAGE (self), 0);

  return self->step;
}

static void
previous_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpStepPage *self = RP_STEP_PAGE (widget);

  if (self->step > 1)
    rp_step_page_set_step (self, self->step - 1);
}

static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpStepPage *self = RP_STEP_PAGE (widget);

  if (self->step < RP_TWELVE_STEPS_COUNT)
    rp_step_page_set_step (self, self->step + 1);
}

/* --- object ------------------------------------------------------------- */

static void
rp_step_page_unmap (GtkWidget *widget)
{
  save_dates (RP_STEP_PAGE (widget));
  rp_step_page_save_notes (RP_STEP_PAGE (widget));

  GTK_WIDGET_CLASS (rp_step_page_parent_class)->unmap (widget);
}

static void
rp_step_page_dispose (GObject *object)
{
  RpStepPage *self = RP_STEP_PAGE (object);

  /* Never lose typed text: the last chance to save it. */
  if (self->notes_view != NULL)
    {
      save_dates (self);
      rp_step_page_save_notes (self);
    }
  g_clear_handle_id (&self->notes_timeout_id, g_source_remove);
  g_clear_handle_id (&self->dates_timeout_id, g_source_remove);

  if (self->confirm != NULL)
    {
      GtkWindow *confirm = self->confirm;

      g_object_remove_weak_pointer (G_OBJECT (confirm), (gpointer *) &self->confirm);
      self->confirm = NULL;
      gtk_window_destroy (confirm);
    }

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->work);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_STEP_PAGE);

  G_OBJECT_CLASS (rp_step_page_parent_class)->dispose (object);
}

static void
rp_step_page_finalize (GObject *object)
{
  RpStepPage *self = RP_STEP_PAGE (object);

  g_free (self->shown_started);
  g_free (self->shown_finished);

  G_OBJECT_CLASS (rp_step_page_parent_class)->finalize (object);
}

static void
rp_step_page_class_init (RpStepPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_step_page_dispose;
  object_class->finalize = rp_step_page_finalize;
  widget_class->unmap = rp_step_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-step-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, step_text);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, not_started_button);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, working_button);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, dates_label);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, status_problem);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, dates_group);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, started_row);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, started_problem);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, finished_row);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, finished_problem);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, notes_problem);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, previous_content);
  gtk_widget_class_bind_template_child (widget_class, RpStepPage, next_content);
  gtk_widget_class_bind_template_callback (widget_class, status_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);

  gtk_widget_class_install_action (widget_class, "step.previous", NULL, previous_action_cb);
  gtk_widget_class_install_action (widget_class, "step.next", NULL, next_action_cb);
}

static void
rp_step_page_init (RpStepPage *self)
{
  g_type_ensure (RP_TYPE_DATE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->step = 1;
  rp_field_problem_add_icon (self->started_problem);
  rp_field_problem_add_icon (self->finished_problem);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * rp_step_page_new:
 * @store: where the step work is
 * @watch: (nullable): today (the system clock without one)
 * @step: 1 to 12
 *
 * Returns: (transfer floating): the page of @step
 */
GtkWidget *
rp_step_page_new (RpStore    *store,
                  RpDayWatch *watch,
                  guint       step)
{
  RpStepPage *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch), NULL);
  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, NULL);

  self = g_object_new (RP_TYPE_STEP_PAGE, NULL);
  self->store = g_object_ref (store);
  self->watch = watch != NULL ? g_object_ref (watch) : NULL;
  g_signal_connect_swapped (store, "changed::step", G_CALLBACK (store_changed_cb), self);

  rp_step_page_set_step (self, step);

  return GTK_WIDGET (self);
}
