/* rp-recovery.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RP_RECOVERY_ERROR (rp_recovery_error_quark ())

/**
 * RpRecoveryError:
 * @RP_RECOVERY_ERROR_INVALID: a field is wrong (the message says which)
 * @RP_RECOVERY_ERROR_NOT_FOUND: no such recovery date
 */
typedef enum
{
  RP_RECOVERY_ERROR_INVALID,
  RP_RECOVERY_ERROR_NOT_FOUND,
} RpRecoveryError;

/* Which field a validation message belongs under. */
typedef enum
{
  RP_RECOVERY_FIELD_NONE,
  RP_RECOVERY_FIELD_LABEL,
  RP_RECOVERY_FIELD_START,
  RP_RECOVERY_FIELD_COST,
  RP_RECOVERY_FIELD_NOTE,
} RpRecoveryField;

#define RP_RECOVERY_MAX_LABEL_LENGTH 100
#define RP_RECOVERY_MAX_NOTE_LENGTH  2000
/* 1,000,000.00 a day in the user's currency: more is a typing mistake. */
#define RP_RECOVERY_MAX_COST_CENTS   G_GINT64_CONSTANT (100000000)

/**
 * RpRecoveryPeriod:
 * @id: its row id
 * @start_date: the day the period began
 * @start_minute: its time of day, or %RP_CLEAN_TIME_NO_START_MINUTE
 * @end_date: the day of the slip that ended it (the next period's start)
 * @note: (nullable): what the user wrote when resetting
 *
 * A past period of one recovery date, kept by a reset. A boxed type.
 */
typedef struct
{
  gint64  id;
  GDate   start_date;
  int     start_minute;
  GDate   end_date;
  char   *note;
} RpRecoveryPeriod;

#define RP_TYPE_RECOVERY_PERIOD (rp_recovery_period_get_type ())
#define RP_TYPE_RECOVERY (rp_recovery_get_type ())

G_DECLARE_FINAL_TYPE (RpRecovery, rp_recovery, RP, RECOVERY, GObject)

GQuark            rp_recovery_error_quark       (void);

RpRecovery       *rp_recovery_new               (const char        *label,
                                                 const GDate       *start_date,
                                                 int                start_minute);
RpRecovery       *rp_recovery_copy              (RpRecovery        *self);
gboolean          rp_recovery_equal             (RpRecovery        *a,
                                                 RpRecovery        *b);

/* Properties: "id", "label", "start-date" (a GDate), "start-minute",
 * "cost-cents" (0: none), "position". */
gint64            rp_recovery_get_id            (RpRecovery        *self);
const char       *rp_recovery_get_label         (RpRecovery        *self);
void              rp_recovery_set_label         (RpRecovery        *self,
                                                 const char        *label);
const GDate      *rp_recovery_get_start_date    (RpRecovery        *self);
int               rp_recovery_get_start_minute  (RpRecovery        *self);
void              rp_recovery_set_start         (RpRecovery        *self,
                                                 const GDate       *start_date,
                                                 int                start_minute);
gint64            rp_recovery_get_cost_cents    (RpRecovery        *self);
void              rp_recovery_set_cost_cents    (RpRecovery        *self,
                                                 gint64             cost_cents);
int               rp_recovery_get_position      (RpRecovery        *self);

gboolean          rp_recovery_validate          (RpRecovery        *self,
                                                 GDateTime         *now,
                                                 RpRecoveryField   *out_field,
                                                 GError           **error);
gboolean          rp_recovery_validate_note     (const char        *note,
                                                 GError           **error);

/* Only RpStore sets these. */
void              rp_recovery_set_id            (RpRecovery        *self,
                                                 gint64             id);
void              rp_recovery_set_position      (RpRecovery        *self,
                                                 int                position);

GType             rp_recovery_period_get_type   (void) G_GNUC_CONST;
RpRecoveryPeriod *rp_recovery_period_new        (const GDate       *start_date,
                                                 int                start_minute,
                                                 const GDate       *end_date,
                                                 const char        *note);
RpRecoveryPeriod *rp_recovery_period_copy       (const RpRecoveryPeriod *self);
void              rp_recovery_period_free       (RpRecoveryPeriod  *self);
guint             rp_recovery_period_get_days   (const RpRecoveryPeriod *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpRecoveryPeriod, rp_recovery_period_free)

G_END_DECLS
