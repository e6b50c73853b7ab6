/* rp-import-dialog.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

/**
 * RpImportDialogState:
 * @RP_IMPORT_DIALOG_STATE_CHOOSE: no file yet
 * @RP_IMPORT_DIALOG_STATE_READING: reading the file and making the preview
 * @RP_IMPORT_DIALOG_STATE_PREVIEW: showing what importing would do
 * @RP_IMPORT_DIALOG_STATE_IMPORTING: importing, with progress
 * @RP_IMPORT_DIALOG_STATE_DONE: imported; the dialog closes
 * @RP_IMPORT_DIALOG_STATE_FAILED: the file was refused or the import
 *   failed, with the reason shown; nothing was written
 */
typedef enum
{
  RP_IMPORT_DIALOG_STATE_CHOOSE,
  RP_IMPORT_DIALOG_STATE_READING,
  RP_IMPORT_DIALOG_STATE_PREVIEW,
  RP_IMPORT_DIALOG_STATE_IMPORTING,
  RP_IMPORT_DIALOG_STATE_DONE,
  RP_IMPORT_DIALOG_STATE_FAILED,
} RpImportDialogState;

#define RP_TYPE_IMPORT_DIALOG_STATE (rp_import_dialog_state_get_type ())
#define RP_TYPE_IMPORT_DIALOG (rp_import_dialog_get_type ())

GType rp_import_dialog_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (RpImportDialog, rp_import_dialog, RP, IMPORT_DIALOG, AdwWindow)

RpImportDialog      *rp_import_dialog_new         (GtkWindow      *parent,
                                                   RpStore        *store);
void                 rp_import_dialog_load_file   (RpImportDialog *self,
                                                   GFile          *file);
void                 rp_import_dialog_choose_file (RpImportDialog *self);
RpImportDialogState  rp_import_dialog_get_state   (RpImportDialog *self);

void                 rp_directory_import_present  (GtkWindow      *parent,
                                                   RpStore        *store);

G_END_DECLS
