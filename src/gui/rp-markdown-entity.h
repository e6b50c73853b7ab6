/* rp-markdown-entity.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void rp_markdown_append_entity (GString    *out,
                                const char *text,
                                gsize       length);

G_END_DECLS
