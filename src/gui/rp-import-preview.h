/* rp-import-preview.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-directory-import.h"

G_BEGIN_DECLS

#define RP_TYPE_IMPORT_PREVIEW (rp_import_preview_get_type ())

G_DECLARE_FINAL_TYPE (RpImportPreview, rp_import_preview, RP, IMPORT_PREVIEW, AdwBin)

GtkWidget *rp_import_preview_new        (void);
void       rp_import_preview_set_import (RpImportPreview   *self,
                                         RpDirectoryImport *preview,
                                         const char        *file_name);

G_END_DECLS
