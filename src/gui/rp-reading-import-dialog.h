/* rp-reading-import-dialog.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-import-dialog-base.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_READING_IMPORT_DIALOG (rp_reading_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RpReadingImportDialog, rp_reading_import_dialog, RP, READING_IMPORT_DIALOG, RpImportDialogBase)

/* Shows what a .md or .txt file holds before anything is saved; asks for
 * the file first when @file_or_null is NULL. */
void rp_reading_import_dialog_present (GtkWidget *parent,
                                       RpStore   *store,
                                       GFile     *file_or_null);

G_END_DECLS
