/* rp-reminder-settings.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-daily-reminder-source.h"

G_BEGIN_DECLS

RpDailyReminderSource *rp_reminder_settings_new_daily_source (GSettings      *settings,
                                                              RpReminderKind  kind,
                                                              const char     *title,
                                                              const char     *enabled_key,
                                                              const char     *time_key);

G_END_DECLS
