/* rp-reading-editor.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-editor-window.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_READING_EDITOR (rp_reading_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpReadingEditor, rp_reading_editor, RP, READING_EDITOR, RpEditorWindow)

/* A new written text or link, in @collection_id (0: My Readings). */
RpReadingEditor *rp_reading_editor_new             (RpStore         *store,
                                                    RpReadingKind    kind,
                                                    gint64           collection_id);
/* @reading: loaded with its body (rp_store_load_reading()); a copy is
 * saved. */
RpReadingEditor *rp_reading_editor_new_for_reading (RpStore         *store,
                                                    RpReading       *reading);
void             rp_reading_editor_present         (RpReadingEditor *self,
                                                    GtkWindow       *parent);
/* Whether anything differs from what the editor opened with (closing then
 * asks first). */
gboolean         rp_reading_editor_get_modified    (RpReadingEditor *self);
/* What "Choose File…" gives: a document on disk for a link. */
void             rp_reading_editor_set_document    (RpReadingEditor *self,
                                                    GFile           *file);

/* Signal "saved" (RpReading): saved, with its id; the editor closes next. */

G_END_DECLS
