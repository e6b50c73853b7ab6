/* rp-step-work.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpStepWork: where the user is with one of the twelve steps — not
 * started, working on it, done — with the day they started and finished
 * and their notes. A step nobody touched has no row in step_work and
 * loads as a new RpStepWork (not started). The store sets the dates on a
 * change of status (rp_store_save_step_work()); validate() checks what
 * the user typed against the day it is, given by the caller. */

#define G_LOG_DOMAIN "rp-step-work"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-step-work.h"
#include "rp-text.h"
#include "rp-twelve-steps.h"

struct _RpStepWork
{
  GObject       parent_instance;

  guint         step;
  RpStepStatus  status;
  GDate         started;   /* cleared (invalid) when unset */
  GDate         finished;
  char         *notes;     /* NULL when empty */
  char         *updated;
};

G_DEFINE_FINAL_TYPE (RpStepWork, rp_step_work, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-step-work-error-quark, rp_step_work_error)

enum {
  PROP_0,
  PROP_STEP,
  PROP_STATUS,
  PROP_STARTED,
  PROP_FINISHED,
  PROP_NOTES,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
date_equal (const GDate *a,
            const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);

  return g_date_compare (a, b) == 0;
}

/* Returns: whether @date changed */
static gboolean
set_date (GDate       *date,
          const GDate *value)
{
  GDate new_date;

  g_date_clear (&new_date, 1);
  if (value != NULL && g_date_valid (value))
    new_date = *value;

  if (date_equal (date, &new_date))
    return FALSE;

  *date = new_date;
  return TRUE;
}

/* Returns: whether *@field changed (g_set_str() is GLib 2.76) */
static gboolean
set_text (char       **field,
          const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
rp_step_work_finalize (GObject *object)
{
  RpStepWork *self = (RpStepWork *)object;

  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (rp_step_work_parent_class)->finalize (object);
}

static void
rp_step_work_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RpStepWork *self = RP_STEP_WORK (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_STARTED:
      g_value_set_boxed (value, rp_step_work_get_started (self));
      break;

    case PROP_FINISHED:
      g_value_set_boxed (value, rp_step_work_get_finished (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_UPDATED:
      g_value_set_string (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_step_work_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RpStepWork *self = RP_STEP_WORK (object);

  switch (prop_id)
    {
    case PROP_STEP:
      self->step = g_value_get_uint (value);
      break;

    case PROP_STATUS:
      rp_step_work_set_status (self, g_value_get_int (value));
      break;

    case PROP_STARTED:
      rp_step_work_set_started (self, g_value_get_boxed (value));
      break;

    case PROP_FINISHED:
      rp_step_work_set_finished (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      rp_step_work_set_notes (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      rp_step_work_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_step_work_class_init (RpStepWorkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_step_work_finalize;
  object_class->get_property = rp_step_work_get_property;
  object_class->set_property = rp_step_work_set_property;

  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL,
                       1, RP_TWELVE_STEPS_COUNT, 1,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      RP_STEP_STATUS_NOT_STARTED, RP_STEP_STATUS_DONE, RP_STEP_STATUS_NOT_STARTED,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STARTED] =
    g_param_spec_boxed ("started", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FINISHED] =
    g_param_spec_boxed ("finished", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_step_work_init (RpStepWork *self)
{
  self->step = 1;
  g_date_clear (&self->started, 1);
  g_date_clear (&self->finished, 1);
}

/**
 * rp_step_work_new:
 * @step: 1 to 12
 *
 * Returns: (transfer full): the step, not started, without notes
 */
RpStepWork *
rp_step_work_new (guint step)
{
  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, NULL);

  return g_object_new (RP_TYPE_STEP_WORK, "step", step, NULL);
}

/**
 * rp_step_work_copy:
 *
 * Returns: (transfer full): a copy to edit
 */
RpStepWork *
rp_step_work_copy (RpStepWork *self)
{
  RpStepWork *copy;

  g_return_val_if_fail (RP_IS_STEP_WORK (self), NULL);

  copy = rp_step_work_new (self->step);
  copy->status = self->status;
  copy->started = self->started;
  copy->finished = self->finished;
  copy->notes = g_strdup (self->notes);
  copy->updated = g_strdup (self->updated);

  return copy;
}

guint
rp_step_work_get_step (RpStepWork *self)
{
  g_return_val_if_fail (RP_IS_STEP_WORK (self), 0);

  return self->step;
}

RpStepStatus
rp_step_work_get_status (RpStepWork *self)
{
  g_return_val_if_fail (RP_IS_STEP_WORK (self), RP_STEP_STATUS_NOT_STARTED);

  return self->status;
}

/* Any value is kept, so that validate() can refuse a wrong one. */
void
rp_step_work_set_status (RpStepWork   *self,
                         RpStepStatus  status)
{
  g_return_if_fail (RP_IS_STEP_WORK (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* Returns: (nullable): the day the user started the step */
const GDate *
rp_step_work_get_started (RpStepWork *self)
{
  g_return_val_if_fail (RP_IS_STEP_WORK (self), NULL);

  return g_date_valid (&self->started) ? &self->started : NULL;
}

/* @started: (nullable): %NULL (or an invalid date) clears it */
void
rp_step_work_set_started (RpStepWork  *self,
                          const GDate *started)
{
  g_return_if_fail (RP_IS_STEP_WORK (self));

  if (set_date (&self->started, started))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);
}

/* Returns: (nullable): the day the user finished the step */
const GDate *
rp_step_work_get_finished (RpStepWork *self)
{
  g_return_val_if_fail (RP_IS_STEP_WORK (self), NULL);

  return g_date_valid (&self->finished) ? &self->finished : NULL;
}

/* @finished: (nullable): %NULL (or an invalid date) clears it */
void
rp_step_work_set_finished (RpStepWork  *self,
                           const GDate *finished)
{
  g_return_if_fail (RP_IS_STEP_WORK (self));

  if (set_date (&self->finished, finished))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

/* Returns: (nullable): the notes, %NULL when there are none */
const char *
rp_step_work_get_notes (RpStepWork *self)
{
  g_return_val_if_fail (RP_IS_STEP_WORK (self), NULL);

  return self->notes;
}

/* @notes: (nullable): "" is kept as %NULL */
void
rp_step_work_set_notes (RpStepWork *self,
                        const char *notes)
{
  g_return_if_fail (RP_IS_STEP_WORK (self));

  if (notes != NULL && notes[0] == '\0')
    notes = NULL;

  if (set_text (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/* Returns: (nullable): when it was last saved, "YYYY-MM-DDTHH:MM:SSZ" */
const char *
rp_step_work_get_updated (RpStepWork *self)
{
  g_return_val_if_fail (RP_IS_STEP_WORK (self), NULL);

  return self->updated;
}

void
rp_step_work_set_updated (RpStepWork *self,
                          const char *updated)
{
  g_return_if_fail (RP_IS_STEP_WORK (self));

  if (set_text (&self->updated, updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

static gboolean
fail (RpStepWorkField   field,
      RpStepWorkField  *out_field,
      GError          **error,
      const char       *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, RP_STEP_WORK_ERROR, RP_STEP_WORK_ERROR_INVALID, message);

  return FALSE;
}

/**
 * rp_step_work_validate:
 * @today: the user's local day (the caller's clock)
 * @out_field: (out) (optional): which field is wrong
 * @error: an %RP_STEP_WORK_ERROR_INVALID saying what to change
 *
 * A start date only once the step is started, a finish date only when it
 * is done, not before the start, neither after @today; notes within
 * %RP_STEP_WORK_MAX_NOTES_LENGTH characters of text.
 *
 * Returns: %TRUE when @self can be saved
 */
gboolean
rp_step_work_validate (RpStepWork       *self,
                       const GDate      *today,
                       RpStepWorkField  *out_field,
                       GError          **error)
{
  const GDate *started;
  const GDate *finished;

  g_return_val_if_fail (RP_IS_STEP_WORK (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_field != NULL)
    *out_field = RP_STEP_WORK_FIELD_NONE;

  started = rp_step_work_get_started (self);
  finished = rp_step_work_get_finished (self);

  if (self->step < 1 || self->step > RP_TWELVE_STEPS_COUNT)
    return fail (RP_STEP_WORK_FIELD_STEP, out_field, error,
                 _("There are twelve steps: choose a step from 1 to 12."));

  if (self->status != RP_STEP_STATUS_NOT_STARTED &&
      self->status != RP_STEP_STATUS_WORKING &&
      self->status != RP_STEP_STATUS_DONE)
    return fail (RP_STEP_WORK_FIELD_STATUS, out_field, error,
                 _("Choose Not Started, Working or Done."));

  if (started != NULL && self->status == RP_STEP_STATUS_NOT_STARTED)
    return fail (RP_STEP_WORK_FIELD_STARTED, out_field, error,
                 _("A step not started has no start date: choose Working or Done, or clear the date."));

  if (started != NULL && g_date_compare (started, today) > 0)
    return fail (RP_STEP_WORK_FIELD_STARTED, out_field, error,
                 _("The start date is in the future: choose today or an earlier day."));

  if (finished != NULL && self->status != RP_STEP_STATUS_DONE)
    return fail (RP_STEP_WORK_FIELD_FINISHED, out_field, error,
                 _("Only a step that is done has a date it was done: choose Done, or clear the date."));

  if (finished != NULL && g_date_compare (finished, today) > 0)
    return fail (RP_STEP_WORK_FIELD_FINISHED, out_field, error,
                 _("The date it was done is in the future: choose today or an earlier day."));

  if (finished != NULL && started != NULL && g_date_compare (finished, started) < 0)
    return fail (RP_STEP_WORK_FIELD_FINISHED, out_field, error,
                 _("The date it was done is before the start date: choose the start date or a later day."));

  if (!rp_text_fits (self->notes, RP_STEP_WORK_MAX_NOTES_LENGTH))
    return fail (RP_STEP_WORK_FIELD_NOTES, out_field, error,
                 _("The notes are longer than 100,000 characters: shorten them to save."));

  if (!rp_text_is_clean (self->notes, TRUE))
    return fail (RP_STEP_WORK_FIELD_NOTES, out_field, error,
                 _("The notes contain characters that cannot be saved: remove control characters."));

  return TRUE;
}

/**
 * rp_step_status_get_label:
 *
 * Returns: the status as the user reads it: "Working"
 */
const char *
rp_step_status_get_label (RpStepStatus status)
{
  switch (status)
    {
    case RP_STEP_STATUS_WORKING:
      return C_("step status", "Working");

    case RP_STEP_STATUS_DONE:
      return C_("step status", "Done");

    case RP_STEP_STATUS_NOT_STARTED:
    default:
      return C_("step status", "Not Started");
    }
}

/**
 * rp_step_work_format_progress:
 * @steps: (element-type RpStepWork): the twelve steps, as
 *   rp_store_load_step_work() gives them
 *
 * Returns: (transfer full): one line for the whole: "3 of 12 done ·
 *   working on Step 4"
 */
char *
rp_step_work_format_progress (GPtrArray *steps)
{
  g_autofree char *done_text = NULL;
  guint done = 0;
  guint working = 0;
  guint working_step = 0;

  g_return_val_if_fail (steps != NULL, NULL);

  for (guint i = 0; i < steps->len; i++)
    {
      RpStepWork *work = g_ptr_array_index (steps, i);

      if (work->status == RP_STEP_STATUS_DONE)
        done++;
      else if (work->status == RP_STEP_STATUS_WORKING && working++ == 0)
        working_step = work->step;
    }

  if (done == RP_TWELVE_STEPS_COUNT)
    return g_strdup (_("All twelve steps done"));

  done_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of 12 done", "%u of 12 done", done),
                               done);
  if (working == 0)
    return g_steal_pointer (&done_text);

  if (working == 1)
    /* Translators: the steps done ("3 of 12 done"), then a step's name ("Step 4") */
    return g_strdup_printf (_("%s · working on %s"), done_text,
                            rp_twelve_steps_get_name (working_step));

  /* Translators: the steps done ("3 of 12 done"), then how many are being worked on */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · working on %u steps",
                                       "%s · working on %u steps", working),
                          done_text, working);
}
