/* rp-test-import.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the display tests of the file import dialogs (contacts,
 * readings): a store in the private data folder, a window with a toast
 * overlay for the result, files written beside the store, and waiting for
 * the dialog to show a text. */

#pragma once

#include <adwaita.h>

#include "rp-database.h"
#include "rp-store.h"

G_BEGIN_DECLS

typedef struct
{
  RpDatabase *database;
  RpStore    *store;
  GtkWindow  *window;      /* its content a toast overlay */
  GtkWidget  *anchor;      /* the widget a dialog is opened from */
  GType       dialog_type;
  char       *dir;
} RpTestImportFixture;

void       rp_test_import_set_up         (RpTestImportFixture *f,
                                          GType                dialog_type);
void       rp_test_import_tear_down      (RpTestImportFixture *f);
GFile     *rp_test_import_write_file     (RpTestImportFixture *f,
                                          const char          *name,
                                          const char          *contents,
                                          gssize               length);
GtkWidget *rp_test_import_wait_for_label (RpTestImportFixture *f,
                                          const char          *text);

G_END_DECLS
