/* rp-meetings-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MEETINGS_PAGE (rp_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingsPage, rp_meetings_page, RP, MEETINGS_PAGE, AdwBin)

RpStore    *rp_meetings_page_get_store        (RpMeetingsPage *self);
void        rp_meetings_page_set_store        (RpMeetingsPage *self,
                                               RpStore        *store);
GDateTime  *rp_meetings_page_get_now          (RpMeetingsPage *self);
void        rp_meetings_page_set_now          (RpMeetingsPage *self,
                                               GDateTime      *now);
void        rp_meetings_page_show_view        (RpMeetingsPage *self,
                                               const char     *view_name);
const char *rp_meetings_page_get_visible_view (RpMeetingsPage *self);
void        rp_meetings_page_show_meeting     (RpMeetingsPage *self,
                                               gint64          meeting_id,
                                               const GDate    *occurrence_date);
void        rp_meetings_page_go_back          (RpMeetingsPage *self);
gboolean    rp_meetings_page_get_showing_detail (RpMeetingsPage *self);

G_END_DECLS
