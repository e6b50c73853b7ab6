/* rp-recovery-editor.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-editor-window.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_RECOVERY_EDITOR (rp_recovery_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpRecoveryEditor, rp_recovery_editor, RP, RECOVERY_EDITOR, RpEditorWindow)

RpRecoveryEditor *rp_recovery_editor_new          (RpStore          *store,
                                                   RpDayWatch       *watch,
                                                   RpRecovery       *recovery);
void              rp_recovery_editor_present      (RpRecoveryEditor *self,
                                                   GtkWindow        *parent);
gboolean          rp_recovery_editor_get_modified (RpRecoveryEditor *self);

G_END_DECLS
