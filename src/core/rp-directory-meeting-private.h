/* rp-directory-meeting-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-directory-meeting.h"

G_BEGIN_DECLS

/* What a directory meeting holds, as the importer and the database loader
 * fill it in. Optional text is %NULL, never ""; every string is owned. */
typedef struct
{
  gint64      id;
  gint64      feed_id;
  char       *feed_key;
  char       *feed_name;
  char       *slug;
  char       *name;
  char       *group_name;
  RpWeekdays  weekdays;          /* RP_WEEKDAYS_NONE: by appointment */
  int         start_minute;      /* -1 when by appointment */
  int         end_minute;        /* -1 when not given */
  char       *time_zone;
  char       *location;
  char       *address;
  gboolean    approximate;
  char       *region;
  char       *online_url;
  char       *conference_phone;
  GStrv       types;             /* never NULL */
  GStrv       custom_tags;       /* never NULL */
  char       *notes;
  char       *entity;
  char       *entity_url;
  char       *url;
  char       *fingerprint;
} RpDirectoryMeetingData;

void                rp_directory_meeting_data_init        (RpDirectoryMeetingData       *data);
void                rp_directory_meeting_data_clear       (RpDirectoryMeetingData       *data);
char               *rp_directory_meeting_data_fingerprint (const RpDirectoryMeetingData *data);

RpDirectoryMeeting *rp_directory_meeting_new_take         (RpDirectoryMeetingData       *data);
const char         *rp_directory_meeting_get_search_text  (RpDirectoryMeeting           *self);
int                 rp_directory_meeting_compare          (RpDirectoryMeeting           *a,
                                                           RpDirectoryMeeting           *b);
gboolean            rp_directory_meeting_same_entry       (RpDirectoryMeeting           *a,
                                                           RpDirectoryMeeting           *b);

G_END_DECLS
