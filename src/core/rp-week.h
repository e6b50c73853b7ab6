/* rp-week.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateWeekday rp_week_locale_first_day (void);
void         rp_week_start            (const GDate  *day,
                                       GDateWeekday  first_day,
                                       GDate        *out_start);

G_END_DECLS
