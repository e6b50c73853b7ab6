/* rp-meeting-object-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-meeting.h"

G_BEGIN_DECLS

/* RpMeeting is written in three files: rp-meeting.c (the class, its
 * properties, copying and comparing), rp-meeting-accessors.c (getters and
 * setters) and rp-meeting-validate.c (the checks before saving). This is
 * what they share; nothing outside them includes it. */

struct _RpMeeting
{
  GObject     parent_instance;

  gint64      id;
  char       *name;
  char       *group_name;
  char       *program;
  RpSchedule *schedule;
  char       *location;
  char       *address;
  char       *online_url;
  char       *conference_phone;
  GStrv       types;
  GStrv       tags;
  char       *notes;
  int         reminder;
  char       *directory_feed;
  char       *directory_slug;
  char       *directory_fingerprint;
  char       *import_uid;
  char       *created;
  char       *updated;
  guint       home_group : 1;
  guint       archived : 1;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GROUP_NAME,
  PROP_PROGRAM,
  PROP_SCHEDULE,
  PROP_LOCATION,
  PROP_ADDRESS,
  PROP_ONLINE_URL,
  PROP_CONFERENCE_PHONE,
  PROP_TYPES,
  PROP_TAGS,
  PROP_NOTES,
  PROP_HOME_GROUP,
  PROP_REMINDER,
  PROP_ARCHIVED,
  PROP_DIRECTORY_FEED,
  PROP_DIRECTORY_SLUG,
  PROP_DIRECTORY_FINGERPRINT,
  PROP_IMPORT_UID,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

/* Filled in by rp_meeting_class_init(); the setters notify with them. */
extern GParamSpec *rp_meeting_properties[N_PROPS];

G_END_DECLS
