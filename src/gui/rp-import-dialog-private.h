/* rp-import-dialog-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-import-dialog.h"
#include "rp-import-ics.h"
#include "rp-import-preview.h"

G_BEGIN_DECLS

/* RpImportDialog is written in two files: rp-import-dialog.c (its states,
 * importing, choosing a file and the object) and rp-import-dialog-read.c
 * (reading a file: its format, then its preview). This is what they
 * share. */

struct _RpImportDialog
{
  AdwWindow             parent_instance;

  RpStore              *store;
  GtkWindow            *parent;        /* weak: gets the result's toast */
  GFile                *file;
  GCancellable         *cancellable;
  RpDirectoryImport    *preview;
  RpIcsReport          *calendar;      /* an .ics file's meetings, instead */
  RpImportDialogState   state;
  GtkFileChooserNative *chooser;

  GtkStack             *stack;
  GtkLabel             *reading_label;
  GtkProgressBar       *progress_bar;
  RpImportPreview      *import_preview;
  AdwStatusPage        *failed_page;
  AdwStatusPage        *calendar_page;
  GtkLabel             *calendar_skipped_label;
};

/* One read or import under way: the dialog and the cancellable it was
 * started with. A closed dialog, or a newer file, cancels it; its
 * callbacks then leave the widgets alone. */
typedef struct
{
  RpImportDialog *self;
  GCancellable   *cancellable;
} RpImportDialogOperation;

RpImportDialogOperation *rp_import_dialog_operation_new       (RpImportDialog          *self);
void                     rp_import_dialog_operation_free      (gpointer                 data);
gboolean                 rp_import_dialog_operation_cancelled (RpImportDialogOperation *operation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpImportDialogOperation, rp_import_dialog_operation_free)

void rp_import_dialog_set_state    (RpImportDialog      *self,
                                    RpImportDialogState  state);
void rp_import_dialog_show_failure (RpImportDialog      *self,
                                    const char          *title,
                                    const char          *reason);

G_END_DECLS
