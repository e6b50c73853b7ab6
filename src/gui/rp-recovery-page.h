/* rp-recovery-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_RECOVERY_PAGE (rp_recovery_page_get_type ())

G_DECLARE_FINAL_TYPE (RpRecoveryPage, rp_recovery_page, RP, RECOVERY_PAGE, AdwBin)

GtkWidget  *rp_recovery_page_new            (void);
void        rp_recovery_page_set_damage     (RpRecoveryPage *self,
                                             const char     *kept_path,
                                             GDateTime      *backup_taken);
void        rp_recovery_page_set_busy       (RpRecoveryPage *self,
                                             gboolean        busy);

G_END_DECLS
