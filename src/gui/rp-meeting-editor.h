/* rp-meeting-editor.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-meeting.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_MEETING_EDITOR (rp_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpMeetingEditor, rp_meeting_editor, RP, MEETING_EDITOR, AdwWindow)

RpMeetingEditor *rp_meeting_editor_new     (RpStore    *store,
                                            RpMeeting  *meeting);
void             rp_meeting_editor_present (GtkWindow  *parent,
                                            RpStore    *store,
                                            RpMeeting  *meeting);

G_END_DECLS
