/* rp-contact-import-dialog.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-import-dialog-base.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_CONTACT_IMPORT_DIALOG (rp_contact_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RpContactImportDialog, rp_contact_import_dialog, RP, CONTACT_IMPORT_DIALOG, RpImportDialogBase)

/* Asks for a .vcf file, then shows what it holds before anything is saved. */
void rp_contact_import_dialog_run          (GtkWindow *parent,
                                            RpStore   *store);
/* The same for a file already chosen (drag and drop, the Meetings import). */
void rp_contact_import_dialog_run_for_file (GtkWindow *parent,
                                            RpStore   *store,
                                            GFile     *file);

G_END_DECLS
