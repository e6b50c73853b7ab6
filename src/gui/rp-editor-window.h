/* rp-editor-window.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RP_TYPE_EDITOR_WINDOW (rp_editor_window_get_type ())

G_DECLARE_DERIVABLE_TYPE (RpEditorWindow, rp_editor_window, RP, EDITOR_WINDOW, AdwWindow)

struct _RpEditorWindowClass
{
  AdwWindowClass parent_class;

  /* Everything the user can change, in one string: what "modified"
   * compares. Required. */
  char *(*dup_state) (RpEditorWindow *self);

  /* The body of the question before closing over changes, marked with
   * N_() (translated when asked); NULL for "What you typed here has not
   * been saved." */
  const char *discard_body;
};

void     rp_editor_window_remember_state (RpEditorWindow *self);
gboolean rp_editor_window_get_modified   (RpEditorWindow *self);
void     rp_editor_window_close_saved    (RpEditorWindow *self);

G_END_DECLS
