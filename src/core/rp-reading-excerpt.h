/* rp-reading-excerpt.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rp-reading.h"

G_BEGIN_DECLS

/* What the Today page shows of a reading: about two lines. */
#define RP_READING_EXCERPT_LENGTH 200

char *rp_reading_excerpt (const char      *text,
                          RpReadingFormat  format,
                          guint            max_characters);

G_END_DECLS
