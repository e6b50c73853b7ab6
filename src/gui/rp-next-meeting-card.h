/* rp-next-meeting-card.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-day-watch.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_NEXT_MEETING_CARD (rp_next_meeting_card_get_type ())

G_DECLARE_FINAL_TYPE (RpNextMeetingCard, rp_next_meeting_card, RP, NEXT_MEETING_CARD, AdwBin)

void        rp_next_meeting_card_bind            (RpNextMeetingCard *self,
                                                  RpStore           *store,
                                                  RpDayWatch        *watch,
                                                  GSettings         *settings);
void        rp_next_meeting_card_check           (RpNextMeetingCard *self);
GDateTime  *rp_next_meeting_card_get_next_change (RpNextMeetingCard *self);

G_END_DECLS
