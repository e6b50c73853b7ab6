/* rp-directory-meeting.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-schedule.h"

G_BEGIN_DECLS

#define RP_TYPE_DIRECTORY_MEETING (rp_directory_meeting_get_type ())

G_DECLARE_FINAL_TYPE (RpDirectoryMeeting, rp_directory_meeting, RP, DIRECTORY_MEETING, GObject)

gint64              rp_directory_meeting_get_id               (RpDirectoryMeeting *self);
gint64              rp_directory_meeting_get_feed_id          (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_feed_key         (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_feed_name        (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_slug             (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_name             (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_display_name     (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_group_name       (RpDirectoryMeeting *self);
RpWeekdays          rp_directory_meeting_get_weekdays         (RpDirectoryMeeting *self);
gboolean            rp_directory_meeting_has_weekday          (RpDirectoryMeeting *self,
                                                               GDateWeekday        weekday);
int                 rp_directory_meeting_get_start_minute     (RpDirectoryMeeting *self);
int                 rp_directory_meeting_get_end_minute       (RpDirectoryMeeting *self);
gboolean            rp_directory_meeting_get_by_appointment   (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_time_zone        (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_location         (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_address          (RpDirectoryMeeting *self);
gboolean            rp_directory_meeting_get_approximate      (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_region           (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_online_url       (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_conference_phone (RpDirectoryMeeting *self);
const char * const *rp_directory_meeting_get_types            (RpDirectoryMeeting *self);
gboolean            rp_directory_meeting_has_type             (RpDirectoryMeeting *self,
                                                               const char         *code);
const char * const *rp_directory_meeting_get_custom_tags      (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_notes            (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_entity           (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_entity_url       (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_url              (RpDirectoryMeeting *self);
const char         *rp_directory_meeting_get_fingerprint      (RpDirectoryMeeting *self);

gboolean            rp_directory_meeting_is_online            (RpDirectoryMeeting *self);
gboolean            rp_directory_meeting_is_in_person         (RpDirectoryMeeting *self);
gboolean            rp_directory_meeting_is_temporarily_closed (RpDirectoryMeeting *self);
char               *rp_directory_meeting_dup_when_text        (RpDirectoryMeeting *self);
char               *rp_directory_meeting_dup_where_text       (RpDirectoryMeeting *self);

G_END_DECLS
