/* rp-toast.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What Undo calls: @owner as given, @id of what was deleted or archived. */
typedef void (*RpToastUndoFunc) (GObject *owner,
                                 gint64   id);

AdwToast *rp_toast_new            (const char      *text);
void      rp_toast_show           (GtkWidget       *widget,
                                   const char      *text);
gboolean  rp_toast_show_in_window (GtkWindow       *window,
                                   const char      *text);
AdwToast *rp_toast_new_undo       (const char      *text,
                                   GObject         *owner,
                                   gint64           id,
                                   RpToastUndoFunc  undo);
void      rp_toast_show_undo      (GtkWidget       *widget,
                                   const char      *text,
                                   gint64           id,
                                   RpToastUndoFunc  undo);

G_END_DECLS
