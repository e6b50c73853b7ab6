/* rp-meeting-accessors.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting"

#include "config.h"

#include "rp-meeting.h"
#include "rp-meeting-object-private.h"
#include "rp-meeting-private.h"

/* RpMeeting's getters and setters, one pair per property. Apart from the
 * class (rp-meeting.c) because they are many and simple: each setter
 * notifies only when the value changed, and optional text is %NULL when
 * empty, never "". */

/* Sets optional text, "" meaning none, and notifies only on a change. */
static void
set_optional_string (RpMeeting   *self,
                     char       **field,
                     const char  *value,
                     guint        prop_id)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[prop_id]);
}

static void
set_strv (RpMeeting          *self,
          GStrv              *field,
          const char * const *value,
          guint               prop_id)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;

  if (g_strv_equal ((const char * const *) *field, value))
    return;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[prop_id]);
}
/**
 * rp_meeting_get_id:
 * @self: a #RpMeeting
 *
 * Returns: the row id, or 0 when not saved yet
 */
gint64
rp_meeting_get_id (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), 0);

  return self->id;
}

void
rp_meeting_set_id (RpMeeting *self,
                   gint64     id)
{
  g_return_if_fail (RP_IS_MEETING (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[PROP_ID]);
}

void
rp_meeting_set_timestamps (RpMeeting  *self,
                           const char *created,
                           const char *updated)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->created, created, PROP_CREATED);
  set_optional_string (self, &self->updated, updated, PROP_UPDATED);
}

const char *
rp_meeting_get_name (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->name;
}

void
rp_meeting_set_name (RpMeeting  *self,
                     const char *name)
{
  g_return_if_fail (RP_IS_MEETING (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[PROP_NAME]);
}

const char *
rp_meeting_get_group_name (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->group_name;
}

void
rp_meeting_set_group_name (RpMeeting  *self,
                           const char *group_name)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->group_name, group_name, PROP_GROUP_NAME);
}

const char *
rp_meeting_get_program (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->program;
}

void
rp_meeting_set_program (RpMeeting  *self,
                        const char *program)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->program, program, PROP_PROGRAM);
}

/**
 * rp_meeting_get_schedule:
 * @self: a #RpMeeting
 *
 * Returns: (transfer none) (nullable): the schedule
 */
RpSchedule *
rp_meeting_get_schedule (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->schedule;
}

/**
 * rp_meeting_set_schedule:
 * @self: a #RpMeeting
 * @schedule: (nullable): the new schedule; a reference is taken
 */
void
rp_meeting_set_schedule (RpMeeting  *self,
                         RpSchedule *schedule)
{
  g_return_if_fail (RP_IS_MEETING (self));

  if (self->schedule == schedule ||
      (self->schedule != NULL && schedule != NULL &&
       rp_schedule_equal (self->schedule, schedule)))
    return;

  g_clear_pointer (&self->schedule, rp_schedule_unref);
  if (schedule != NULL)
    self->schedule = rp_schedule_ref (schedule);
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[PROP_SCHEDULE]);
}

const char *
rp_meeting_get_location (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->location;
}

void
rp_meeting_set_location (RpMeeting  *self,
                         const char *location)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->location, location, PROP_LOCATION);
}

const char *
rp_meeting_get_address (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->address;
}

void
rp_meeting_set_address (RpMeeting  *self,
                        const char *address)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->address, address, PROP_ADDRESS);
}

const char *
rp_meeting_get_online_url (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->online_url;
}

void
rp_meeting_set_online_url (RpMeeting  *self,
                           const char *online_url)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->online_url, online_url, PROP_ONLINE_URL);
}

const char *
rp_meeting_get_conference_phone (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->conference_phone;
}

void
rp_meeting_set_conference_phone (RpMeeting  *self,
                                 const char *conference_phone)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->conference_phone, conference_phone,
                       PROP_CONFERENCE_PHONE);
}

/**
 * rp_meeting_get_types:
 * @self: a #RpMeeting
 *
 * Returns: (transfer none): the type codes, possibly none
 */
const char * const *
rp_meeting_get_types (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return (const char * const *) self->types;
}

/**
 * rp_meeting_set_types:
 * @self: a #RpMeeting
 * @types: (nullable) (array zero-terminated=1): type codes
 */
void
rp_meeting_set_types (RpMeeting          *self,
                      const char * const *types)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_strv (self, &self->types, types, PROP_TYPES);
}

/**
 * rp_meeting_get_tags:
 * @self: a #RpMeeting
 *
 * Returns: (transfer none): the user's tags, possibly none
 */
const char * const *
rp_meeting_get_tags (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return (const char * const *) self->tags;
}

/**
 * rp_meeting_set_tags:
 * @self: a #RpMeeting
 * @tags: (nullable) (array zero-terminated=1): tags
 */
void
rp_meeting_set_tags (RpMeeting          *self,
                     const char * const *tags)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_strv (self, &self->tags, tags, PROP_TAGS);
}

const char *
rp_meeting_get_notes (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->notes;
}

void
rp_meeting_set_notes (RpMeeting  *self,
                      const char *notes)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->notes, notes, PROP_NOTES);
}

gboolean
rp_meeting_get_home_group (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), FALSE);

  return self->home_group;
}

void
rp_meeting_set_home_group (RpMeeting *self,
                           gboolean   home_group)
{
  g_return_if_fail (RP_IS_MEETING (self));

  home_group = !!home_group;
  if (self->home_group == (guint) home_group)
    return;

  self->home_group = home_group;
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[PROP_HOME_GROUP]);
}

int
rp_meeting_get_reminder (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), RP_MEETING_REMINDER_DEFAULT);

  return self->reminder;
}

void
rp_meeting_set_reminder (RpMeeting *self,
                         int        reminder)
{
  g_return_if_fail (RP_IS_MEETING (self));
  g_return_if_fail (reminder >= RP_MEETING_REMINDER_OFF &&
                    reminder <= RP_MEETING_MAX_REMINDER_MINUTES);

  if (self->reminder == reminder)
    return;

  self->reminder = reminder;
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[PROP_REMINDER]);
}

gboolean
rp_meeting_get_archived (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), FALSE);

  return self->archived;
}

void
rp_meeting_set_archived (RpMeeting *self,
                         gboolean   archived)
{
  g_return_if_fail (RP_IS_MEETING (self));

  archived = !!archived;
  if (self->archived == (guint) archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), rp_meeting_properties[PROP_ARCHIVED]);
}

const char *
rp_meeting_get_directory_feed (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->directory_feed;
}

void
rp_meeting_set_directory_feed (RpMeeting  *self,
                               const char *directory_feed)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->directory_feed, directory_feed, PROP_DIRECTORY_FEED);
}

const char *
rp_meeting_get_directory_slug (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->directory_slug;
}

void
rp_meeting_set_directory_slug (RpMeeting  *self,
                               const char *directory_slug)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->directory_slug, directory_slug, PROP_DIRECTORY_SLUG);
}

const char *
rp_meeting_get_directory_fingerprint (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->directory_fingerprint;
}

void
rp_meeting_set_directory_fingerprint (RpMeeting  *self,
                                      const char *directory_fingerprint)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->directory_fingerprint, directory_fingerprint,
                       PROP_DIRECTORY_FINGERPRINT);
}

const char *
rp_meeting_get_import_uid (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->import_uid;
}

void
rp_meeting_set_import_uid (RpMeeting  *self,
                           const char *import_uid)
{
  g_return_if_fail (RP_IS_MEETING (self));

  set_optional_string (self, &self->import_uid, import_uid, PROP_IMPORT_UID);
}

const char *
rp_meeting_get_created (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->created;
}

const char *
rp_meeting_get_updated (RpMeeting *self)
{
  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  return self->updated;
}
