/* rp-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpRecovery: one recovery date — what it is for ("alcohol",
 * "gambling"…), the day (and optionally the time) it began, and an
 * optional cost per day for the money saved. RpStore keeps them and their
 * past periods (RpRecoveryPeriod); the day math is rp-clean-time's. */

#define G_LOG_DOMAIN "rp-recovery"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-clean-time.h"
#include "rp-recovery.h"
#include "rp-text.h"

struct _RpRecovery
{
  GObject  parent_instance;

  gint64   id;
  char    *label;
  GDate    start_date;
  int      start_minute;
  gint64   cost_cents;
  int      position;
};

G_DEFINE_FINAL_TYPE (RpRecovery, rp_recovery, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (RpRecoveryPeriod, rp_recovery_period,
                     rp_recovery_period_copy, rp_recovery_period_free)
G_DEFINE_QUARK (rp-recovery-error-quark, rp_recovery_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_START_DATE,
  PROP_START_MINUTE,
  PROP_COST_CENTS,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rp_recovery_finalize (GObject *object)
{
  RpRecovery *self = RP_RECOVERY (object);

  g_free (self->label);

  G_OBJECT_CLASS (rp_recovery_parent_class)->finalize (object);
}

static void
rp_recovery_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RpRecovery *self = RP_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_ID:           g_value_set_int64 (value, self->id); break;
    case PROP_LABEL:        g_value_set_string (value, self->label); break;
    case PROP_START_DATE:   g_value_set_boxed (value, &self->start_date); break;
    case PROP_START_MINUTE: g_value_set_int (value, self->start_minute); break;
    case PROP_COST_CENTS:   g_value_set_int64 (value, self->cost_cents); break;
    case PROP_POSITION:     g_value_set_int (value, self->position); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_recovery_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RpRecovery *self = RP_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      rp_recovery_set_label (self, g_value_get_string (value));
      break;
    case PROP_COST_CENTS:
      rp_recovery_set_cost_cents (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_recovery_class_init (RpRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rp_recovery_finalize;
  object_class->get_property = rp_recovery_get_property;
  object_class->set_property = rp_recovery_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, rw);
  properties[PROP_START_DATE] = g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, ro);
  properties[PROP_START_MINUTE] =
    g_param_spec_int ("start-minute", NULL, NULL, -1, 24 * 60 - 1, -1, ro);
  properties[PROP_COST_CENTS] =
    g_param_spec_int64 ("cost-cents", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_recovery_init (RpRecovery *self)
{
  g_date_clear (&self->start_date, 1);
  self->start_minute = RP_CLEAN_TIME_NO_START_MINUTE;
  self->position = -1;
}

/**
 * rp_recovery_new:
 * @label: (nullable): what it is for
 * @start_date: (nullable): the day it began
 * @start_minute: its time of day, or %RP_CLEAN_TIME_NO_START_MINUTE
 *
 * Returns: (transfer full): a new recovery date, not stored
 */
RpRecovery *
rp_recovery_new (const char  *label,
                 const GDate *start_date,
                 int          start_minute)
{
  RpRecovery *self = g_object_new (RP_TYPE_RECOVERY, NULL);

  self->label = g_strdup (label);
  if (start_date != NULL)
    self->start_date = *start_date;
  self->start_minute = start_minute;

  return self;
}

/**
 * rp_recovery_copy:
 *
 * Returns: (transfer full): a copy with the same id and position
 */
RpRecovery *
rp_recovery_copy (RpRecovery *self)
{
  RpRecovery *copy;

  g_return_val_if_fail (RP_IS_RECOVERY (self), NULL);

  copy = rp_recovery_new (self->label, &self->start_date, self->start_minute);
  copy->id = self->id;
  copy->cost_cents = self->cost_cents;
  copy->position = self->position;

  return copy;
}

static gboolean
same_date (const GDate *a,
           const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);

  return g_date_compare (a, b) == 0;
}

/**
 * rp_recovery_equal:
 *
 * Returns: whether @a and @b hold the same values, id and position included
 */
gboolean
rp_recovery_equal (RpRecovery *a,
                   RpRecovery *b)
{
  g_return_val_if_fail (RP_IS_RECOVERY (a), FALSE);
  g_return_val_if_fail (RP_IS_RECOVERY (b), FALSE);

  return a->id == b->id &&
         g_strcmp0 (a->label, b->label) == 0 &&
         same_date (&a->start_date, &b->start_date) &&
         a->start_minute == b->start_minute &&
         a->cost_cents == b->cost_cents &&
         a->position == b->position;
}

gint64
rp_recovery_get_id (RpRecovery *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY (self), 0);
  return self->id;
}

void
rp_recovery_set_id (RpRecovery *self,
                    gint64      id)
{
  g_return_if_fail (RP_IS_RECOVERY (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
rp_recovery_get_label (RpRecovery *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY (self), NULL);
  return self->label;
}

void
rp_recovery_set_label (RpRecovery *self,
                       const char *label)
{
  g_return_if_fail (RP_IS_RECOVERY (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * rp_recovery_get_start_date:
 *
 * Returns: (transfer none): the day it began (may be invalid, not set)
 */
const GDate *
rp_recovery_get_start_date (RpRecovery *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY (self), NULL);
  return &self->start_date;
}

int
rp_recovery_get_start_minute (RpRecovery *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY (self), RP_CLEAN_TIME_NO_START_MINUTE);
  return self->start_minute;
}

/**
 * rp_recovery_set_start:
 * @start_date: (nullable): the day; %NULL clears it
 * @start_minute: minutes after midnight, or %RP_CLEAN_TIME_NO_START_MINUTE
 *
 * Checked by rp_recovery_validate().
 */
void
rp_recovery_set_start (RpRecovery  *self,
                       const GDate *start_date,
                       int          start_minute)
{
  GDate date;

  g_return_if_fail (RP_IS_RECOVERY (self));

  g_date_clear (&date, 1);
  if (start_date != NULL)
    date = *start_date;

  g_object_freeze_notify (G_OBJECT (self));
  if (!same_date (&date, &self->start_date))
    {
      self->start_date = date;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
    }
  if (self->start_minute != start_minute)
    {
      self->start_minute = start_minute;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_MINUTE]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
rp_recovery_get_cost_cents (RpRecovery *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY (self), 0);
  return self->cost_cents;
}

/**
 * rp_recovery_set_cost_cents:
 * @cost_cents: what a day of it cost, in cents; 0 for none
 *
 * Checked by rp_recovery_validate().
 */
void
rp_recovery_set_cost_cents (RpRecovery *self,
                            gint64      cost_cents)
{
  g_return_if_fail (RP_IS_RECOVERY (self));

  if (self->cost_cents == cost_cents)
    return;
  self->cost_cents = cost_cents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST_CENTS]);
}

int
rp_recovery_get_position (RpRecovery *self)
{
  g_return_val_if_fail (RP_IS_RECOVERY (self), -1);
  return self->position;
}

void
rp_recovery_set_position (RpRecovery *self,
                          int         position)
{
  g_return_if_fail (RP_IS_RECOVERY (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* --- validation -------------------------------------------------------- */

static gboolean
fail (RpRecoveryField   field,
      RpRecoveryField  *out_field,
      GError          **error,
      const char       *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID, message);

  return FALSE;
}

/**
 * rp_recovery_validate:
 * @now: the moment that counts as now; its zone is the user's
 * @out_field: (out) (optional): the field the message belongs under
 * @error: an %RP_RECOVERY_ERROR_INVALID, or an #RpCleanTimeError for the
 *   start (a start in the future is refused)
 *
 * Whether the recovery date can be stored; the messages are for the
 * editor, shown under the field.
 */
gboolean
rp_recovery_validate (RpRecovery       *self,
                      GDateTime        *now,
                      RpRecoveryField  *out_field,
                      GError          **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (RP_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_field != NULL)
    *out_field = RP_RECOVERY_FIELD_NONE;

  label = g_strstrip (g_strdup (self->label != NULL ? self->label : ""));
  if (label[0] == '\0')
    return fail (RP_RECOVERY_FIELD_LABEL, out_field, error,
                 _("Say what this date is for, such as “alcohol”."));
  if (!rp_text_fits (self->label, RP_RECOVERY_MAX_LABEL_LENGTH) ||
      !rp_text_is_clean (self->label, FALSE))
    return fail (RP_RECOVERY_FIELD_LABEL, out_field, error,
                 _("Shorten this to one line of at most 100 characters."));

  if (!rp_clean_time_validate_start (&self->start_date, self->start_minute, now,
                                     g_date_time_get_timezone (now), error))
    {
      if (out_field != NULL)
        *out_field = RP_RECOVERY_FIELD_START;
      return FALSE;
    }

  if (self->cost_cents < 0 || self->cost_cents > RP_RECOVERY_MAX_COST_CENTS)
    return fail (RP_RECOVERY_FIELD_COST, out_field, error,
                 _("Enter a cost per day from 0 to 1,000,000, or leave it empty."));

  return TRUE;
}

/**
 * rp_recovery_validate_note:
 * @note: (nullable): what the user wrote about a reset
 *
 * Returns: whether @note can be kept with a past period
 */
gboolean
rp_recovery_validate_note (const char  *note,
                           GError     **error)
{
  if (rp_text_fits (note, RP_RECOVERY_MAX_NOTE_LENGTH) && rp_text_is_clean (note, TRUE))
    return TRUE;

  g_set_error_literal (error, RP_RECOVERY_ERROR, RP_RECOVERY_ERROR_INVALID,
                       _("Shorten the note to at most 2,000 characters."));
  return FALSE;
}

/* --- periods ----------------------------------------------------------- */

/**
 * rp_recovery_period_new:
 * @note: (nullable): the user's note
 *
 * Returns: (transfer full): a period, not stored (id 0)
 */
RpRecoveryPeriod *
rp_recovery_period_new (const GDate *start_date,
                        int          start_minute,
                        const GDate *end_date,
                        const char  *note)
{
  RpRecoveryPeriod *self = g_new0 (RpRecoveryPeriod, 1);

  self->start_date = *start_date;
  self->start_minute = start_minute;
  self->end_date = *end_date;
  self->note = g_strdup (note);

  return self;
}

RpRecoveryPeriod *
rp_recovery_period_copy (const RpRecoveryPeriod *self)
{
  RpRecoveryPeriod *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->note = g_strdup (self->note);

  return copy;
}

void
rp_recovery_period_free (RpRecoveryPeriod *self)
{
  if (self == NULL)
    return;

  g_free (self->note);
  g_free (self);
}

/**
 * rp_recovery_period_get_days:
 *
 * Returns: the period's length in calendar days, the convention of
 *   rp_clean_time_days(): from its start date to the day of the slip
 */
guint
rp_recovery_period_get_days (const RpRecoveryPeriod *self)
{
  int days;

  g_return_val_if_fail (self != NULL, 0);

  days = g_date_days_between (&self->start_date, &self->end_date);

  return days > 0 ? (guint) days : 0;
}
