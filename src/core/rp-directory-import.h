/* rp-directory-import.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-import-meeting-guide.h"

G_BEGIN_DECLS

/**
 * RpImportProgressFunc:
 * @fraction: how much is done, 0.0 to 1.0, never going back
 * @user_data: the data given with the function
 *
 * Called on the main context of the thread that started an import.
 */
typedef void (*RpImportProgressFunc) (double   fraction,
                                      gpointer user_data);

typedef struct _RpDirectoryImport RpDirectoryImport;

#define RP_TYPE_DIRECTORY_IMPORT (rp_directory_import_get_type ())

GType               rp_directory_import_get_type             (void) G_GNUC_CONST;
RpDirectoryImport  *rp_directory_import_ref                  (RpDirectoryImport *self);
void                rp_directory_import_unref                (RpDirectoryImport *self);

const char         *rp_directory_import_get_feed_name        (RpDirectoryImport *self);
const char         *rp_directory_import_get_feed_key         (RpDirectoryImport *self);
const char         *rp_directory_import_get_file_name        (RpDirectoryImport *self);
gboolean            rp_directory_import_get_is_new_feed      (RpDirectoryImport *self);
gboolean            rp_directory_import_get_applied          (RpDirectoryImport *self);
guint               rp_directory_import_get_n_meetings       (RpDirectoryImport *self);
guint               rp_directory_import_get_n_new            (RpDirectoryImport *self);
guint               rp_directory_import_get_n_updated        (RpDirectoryImport *self);
guint               rp_directory_import_get_n_unchanged      (RpDirectoryImport *self);
guint               rp_directory_import_get_n_removed        (RpDirectoryImport *self);
guint               rp_directory_import_get_n_skipped        (RpDirectoryImport *self);
guint               rp_directory_import_get_n_with_warnings  (RpDirectoryImport *self);
guint               rp_directory_import_get_n_by_appointment (RpDirectoryImport *self);
guint               rp_directory_import_get_n_linked_changed (RpDirectoryImport *self);
guint               rp_directory_import_get_n_linked_vanished (RpDirectoryImport *self);
const char * const *rp_directory_import_get_entities         (RpDirectoryImport *self);
RpFeedReport       *rp_directory_import_get_report           (RpDirectoryImport *self);
GStrv               rp_directory_import_dup_skipped_reasons  (RpDirectoryImport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpDirectoryImport, rp_directory_import_unref)

G_END_DECLS
