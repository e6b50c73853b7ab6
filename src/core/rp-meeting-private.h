/* rp-meeting-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-meeting.h"

G_BEGIN_DECLS

/* Only RpStore sets what the database decides: the row id, the
 * timestamps, and the directory entry's fingerprint. */
void rp_meeting_set_id         (RpMeeting  *self,
                                gint64      id);
void rp_meeting_set_timestamps (RpMeeting  *self,
                                const char *created,
                                const char *updated);
void rp_meeting_set_directory_fingerprint (RpMeeting  *self,
                                           const char *directory_fingerprint);

G_END_DECLS
