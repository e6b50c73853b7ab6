/* rp-meeting-detail.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-meeting.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MEETING_DETAIL (rp_meeting_detail_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingDetail, rp_meeting_detail, RP, MEETING_DETAIL, AdwBin)

GtkWidget *rp_meeting_detail_new         (void);
void       rp_meeting_detail_set_meeting (RpMeetingDetail *self,
                                          RpStore         *store,
                                          RpMeeting       *meeting,
                                          const GDate     *occurrence_date);
RpMeeting *rp_meeting_detail_get_meeting (RpMeetingDetail *self);

G_END_DECLS
