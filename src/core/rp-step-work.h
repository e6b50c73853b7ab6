/* rp-step-work.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RP_STEP_WORK_ERROR (rp_step_work_error_quark ())

/**
 * RpStepWorkError:
 * @RP_STEP_WORK_ERROR_INVALID: a field is wrong; the message says which
 *   and what to change
 */
typedef enum
{
  RP_STEP_WORK_ERROR_INVALID,
} RpStepWorkError;

/**
 * RpStepStatus:
 *
 * As stored in step_work.status.
 */
typedef enum
{
  RP_STEP_STATUS_NOT_STARTED = 0,
  RP_STEP_STATUS_WORKING = 1,
  RP_STEP_STATUS_DONE = 2,
} RpStepStatus;

/**
 * RpStepWorkField:
 *
 * Which field rp_step_work_validate() found wrong.
 */
typedef enum
{
  RP_STEP_WORK_FIELD_NONE,
  RP_STEP_WORK_FIELD_STEP,
  RP_STEP_WORK_FIELD_STATUS,
  RP_STEP_WORK_FIELD_STARTED,
  RP_STEP_WORK_FIELD_FINISHED,
  RP_STEP_WORK_FIELD_NOTES,
} RpStepWorkField;

/* In characters; the database enforces the same cap. */
#define RP_STEP_WORK_MAX_NOTES_LENGTH 100000

#define RP_TYPE_STEP_WORK (rp_step_work_get_type ())

G_DECLARE_FINAL_TYPE (RpStepWork, rp_step_work, RP, STEP_WORK, GObject)

GQuark        rp_step_work_error_quark   (void);

const char   *rp_step_status_get_label   (RpStepStatus     status);
char         *rp_step_work_format_progress (GPtrArray     *steps);

RpStepWork   *rp_step_work_new           (guint            step);
RpStepWork   *rp_step_work_copy          (RpStepWork      *self);

guint         rp_step_work_get_step      (RpStepWork      *self);
RpStepStatus  rp_step_work_get_status    (RpStepWork      *self);
void          rp_step_work_set_status    (RpStepWork      *self,
                                          RpStepStatus     status);
const GDate  *rp_step_work_get_started   (RpStepWork      *self);
void          rp_step_work_set_started   (RpStepWork      *self,
                                          const GDate     *started);
const GDate  *rp_step_work_get_finished  (RpStepWork      *self);
void          rp_step_work_set_finished  (RpStepWork      *self,
                                          const GDate     *finished);
const char   *rp_step_work_get_notes     (RpStepWork      *self);
void          rp_step_work_set_notes     (RpStepWork      *self,
                                          const char      *notes);
const char   *rp_step_work_get_updated   (RpStepWork      *self);
void          rp_step_work_set_updated   (RpStepWork      *self,
                                          const char      *updated);

gboolean      rp_step_work_validate      (RpStepWork      *self,
                                          const GDate     *today,
                                          RpStepWorkField *out_field,
                                          GError         **error);

G_END_DECLS
