/* rp-store-steps.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-step-work.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* Step work (rp-store-steps.c): the twelve steps' status, dates and
 * notes. A step without a row is not started. Writes emit
 * `changed::step`. @now is the caller's clock; its local day is "today"
 * for the dates a change of status sets and for validation. */
GPtrArray  *rp_store_load_step_work   (RpStore     *self,
                                       GError     **error);
RpStepWork *rp_store_load_step        (RpStore     *self,
                                       guint        step,
                                       GError     **error);
gboolean    rp_store_save_step_work   (RpStore     *self,
                                       RpStepWork  *work,
                                       GDateTime   *now,
                                       GError     **error);
gboolean    rp_store_save_step_notes  (RpStore     *self,
                                       guint        step,
                                       const char  *notes,
                                       GDateTime   *now,
                                       GError     **error);

G_END_DECLS
