/* rp-toast.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *rp_toast_new            (const char *text);
void      rp_toast_show           (GtkWidget  *widget,
                                   const char *text);
gboolean  rp_toast_show_in_window (GtkWindow  *window,
                                   const char *text);

G_END_DECLS
