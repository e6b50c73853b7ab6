/* rp-meeting-list.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MEETING_LIST (rp_meeting_list_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingList, rp_meeting_list, RP, MEETING_LIST, AdwBin)

RpStore  *rp_meeting_list_get_store         (RpMeetingList *self);
void      rp_meeting_list_set_store         (RpMeetingList *self,
                                             RpStore       *store);
gboolean  rp_meeting_list_get_show_archived (RpMeetingList *self);
void      rp_meeting_list_set_show_archived (RpMeetingList *self,
                                             gboolean       show_archived);
guint     rp_meeting_list_get_n_archived    (RpMeetingList *self);

G_END_DECLS
