/* rp-reading-highlight.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pango markup for a search result's title or snippet: @text (plain,
 * never trusted) escaped piece by piece, with the byte ranges of @ranges
 * (RpTextRange, from RpReadingMatch) wrapped in <b>. Pure. */
char *rp_reading_highlight_markup (const char *text,
                                   GArray     *ranges);

G_END_DECLS
