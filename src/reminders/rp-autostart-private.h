/* rp-autostart-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the tests: the Exec line for a given running executable. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *rp_autostart_build_exec (const char *executable,
                               const char *bindir);

G_END_DECLS
