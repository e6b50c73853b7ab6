/* rp-today-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_TODAY_PAGE (rp_today_page_get_type ())

G_DECLARE_FINAL_TYPE (RpTodayPage, rp_today_page, RP, TODAY_PAGE, AdwBin)

void rp_today_page_bind (RpTodayPage *self,
                         RpStore     *store,
                         RpDayWatch  *watch,
                         GSettings   *settings);

G_END_DECLS
