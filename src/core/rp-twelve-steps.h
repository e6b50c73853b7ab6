/* rp-twelve-steps.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_TWELVE_STEPS_COUNT 12

const char *rp_twelve_steps_get_text       (guint step);
const char *rp_twelve_steps_get_name       (guint step);
char       *rp_twelve_steps_dup_beginning  (guint step,
                                            guint max_words);

G_END_DECLS
