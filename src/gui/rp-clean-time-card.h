/* rp-clean-time-card.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_CLEAN_TIME_CARD (rp_clean_time_card_get_type ())

G_DECLARE_FINAL_TYPE (RpCleanTimeCard, rp_clean_time_card, RP, CLEAN_TIME_CARD, AdwBin)

GtkWidget *rp_clean_time_card_new     (void);
void       rp_clean_time_card_bind    (RpCleanTimeCard *self,
                                       RpStore         *store,
                                       RpDayWatch      *watch,
                                       GSettings       *settings);
void       rp_clean_time_card_refresh (RpCleanTimeCard *self);

G_END_DECLS
