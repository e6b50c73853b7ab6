/* rp-slip-dialog.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_SLIP_DIALOG (rp_slip_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RpSlipDialog, rp_slip_dialog, RP, SLIP_DIALOG, AdwWindow)

RpSlipDialog *rp_slip_dialog_new     (RpStore      *store,
                                      RpDayWatch   *watch,
                                      RpRecovery   *recovery);
void          rp_slip_dialog_present (RpSlipDialog *self,
                                      GtkWindow    *parent);

G_END_DECLS
