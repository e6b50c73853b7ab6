/* rp-daily-reading-settings.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-store.h"

G_BEGIN_DECLS

RpReading *rp_daily_reading_settings_choose (RpStore      *store,
                                             GSettings    *settings,
                                             const GDate  *day,
                                             gboolean      keep_start,
                                             GError      **error);

G_END_DECLS
