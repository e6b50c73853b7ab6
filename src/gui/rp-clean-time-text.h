/* rp-clean-time-text.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The texts the clean-time widgets share (the Progress section, the
 * milestone list, the Today card). */
char *rp_clean_time_text_date           (const GDate *date);
char *rp_clean_time_text_money          (gint64       cents);
char *rp_clean_time_text_next_milestone (const GDate *start_date,
                                         const GDate *today);
char *rp_clean_time_text_celebration    (const GDate *start_date,
                                         const GDate *today);

G_END_DECLS
