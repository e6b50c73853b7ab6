/* rp-autostart.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *rp_autostart_get_path    (void);
gboolean  rp_autostart_is_enabled  (void);
gboolean  rp_autostart_set_enabled (gboolean   enabled,
                                    GError   **error);

G_END_DECLS
