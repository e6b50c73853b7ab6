/* rp-text.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Field checks shared by the records' validate functions. NULL passes. */
gboolean rp_text_fits     (const char *text,
                           glong       max_chars);
gboolean rp_text_is_clean (const char *text,
                           gboolean    multi_line);

G_END_DECLS
