/* rp-meeting.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-meeting.h"
#include "rp-meeting-private.h"
#include "rp-uri-policy.h"

/* RpMeeting is one of "My meetings": what the editor edits, the lists show
 * and the reminders plan from. It is a plain value object: RpStore loads
 * and saves it (and alone sets its id and timestamps); widgets bind to its
 * properties. Optional text is %NULL when empty, never "". */

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

G_DEFINE_FINAL_TYPE (RpMeeting, rp_meeting, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-meeting-error-quark, rp_meeting_error)

G_DEFINE_BOXED_TYPE (RpAttendanceRecord, rp_attendance_record,
                     rp_attendance_record_copy, rp_attendance_record_free)

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

static GParamSpec *properties[N_PROPS];

/**
 * rp_attendance_record_copy:
 * @self: a #RpAttendanceRecord
 *
 * Returns: (transfer full): a copy of @self
 */
RpAttendanceRecord *
rp_attendance_record_copy (const RpAttendanceRecord *self)
{
  RpAttendanceRecord *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RpAttendanceRecord, 1);
  copy->date = self->date;
  copy->status = self->status;
  copy->note = g_strdup (self->note);
  copy->recorded = g_strdup (self->recorded);

  return copy;
}

/**
 * rp_attendance_record_free:
 * @self: (nullable): a #RpAttendanceRecord
 */
void
rp_attendance_record_free (RpAttendanceRecord *self)
{
  if (self == NULL)
    return;

  g_free (self->note);
  g_free (self->recorded);
  g_free (self);
}

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
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
rp_meeting_finalize (GObject *object)
{
  RpMeeting *self = (RpMeeting *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->group_name, g_free);
  g_clear_pointer (&self->program, g_free);
  g_clear_pointer (&self->schedule, rp_schedule_unref);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->online_url, g_free);
  g_clear_pointer (&self->conference_phone, g_free);
  g_clear_pointer (&self->types, g_strfreev);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->directory_feed, g_free);
  g_clear_pointer (&self->directory_slug, g_free);
  g_clear_pointer (&self->directory_fingerprint, g_free);
  g_clear_pointer (&self->import_uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (rp_meeting_parent_class)->finalize (object);
}

static void
rp_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RpMeeting *self = RP_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GROUP_NAME:
      g_value_set_string (value, self->group_name);
      break;

    case PROP_PROGRAM:
      g_value_set_string (value, self->program);
      break;

    case PROP_SCHEDULE:
      g_value_set_boxed (value, self->schedule);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_ONLINE_URL:
      g_value_set_string (value, self->online_url);
      break;

    case PROP_CONFERENCE_PHONE:
      g_value_set_string (value, self->conference_phone);
      break;

    case PROP_TYPES:
      g_value_set_boxed (value, self->types);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_HOME_GROUP:
      g_value_set_boolean (value, self->home_group);
      break;

    case PROP_REMINDER:
      g_value_set_int (value, self->reminder);
      break;

    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;

    case PROP_DIRECTORY_FEED:
      g_value_set_string (value, self->directory_feed);
      break;

    case PROP_DIRECTORY_SLUG:
      g_value_set_string (value, self->directory_slug);
      break;

    case PROP_DIRECTORY_FINGERPRINT:
      g_value_set_string (value, self->directory_fingerprint);
      break;

    case PROP_IMPORT_UID:
      g_value_set_string (value, self->import_uid);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_string (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meeting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RpMeeting *self = RP_MEETING (object);

  switch (prop_id)
    {
    case PROP_NAME:
      rp_meeting_set_name (self, g_value_get_string (value));
      break;

    case PROP_GROUP_NAME:
      rp_meeting_set_group_name (self, g_value_get_string (value));
      break;

    case PROP_PROGRAM:
      rp_meeting_set_program (self, g_value_get_string (value));
      break;

    case PROP_SCHEDULE:
      rp_meeting_set_schedule (self, g_value_get_boxed (value));
      break;

    case PROP_LOCATION:
      rp_meeting_set_location (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      rp_meeting_set_address (self, g_value_get_string (value));
      break;

    case PROP_ONLINE_URL:
      rp_meeting_set_online_url (self, g_value_get_string (value));
      break;

    case PROP_CONFERENCE_PHONE:
      rp_meeting_set_conference_phone (self, g_value_get_string (value));
      break;

    case PROP_TYPES:
      rp_meeting_set_types (self, g_value_get_boxed (value));
      break;

    case PROP_TAGS:
      rp_meeting_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      rp_meeting_set_notes (self, g_value_get_string (value));
      break;

    case PROP_HOME_GROUP:
      rp_meeting_set_home_group (self, g_value_get_boolean (value));
      break;

    case PROP_REMINDER:
      rp_meeting_set_reminder (self, g_value_get_int (value));
      break;

    case PROP_ARCHIVED:
      rp_meeting_set_archived (self, g_value_get_boolean (value));
      break;

    case PROP_DIRECTORY_FEED:
      rp_meeting_set_directory_feed (self, g_value_get_string (value));
      break;

    case PROP_DIRECTORY_SLUG:
      rp_meeting_set_directory_slug (self, g_value_get_string (value));
      break;

    case PROP_IMPORT_UID:
      rp_meeting_set_import_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name,
                 gboolean    writable)
{
  return g_param_spec_string (name, NULL, NULL,
                              NULL,
                              ((writable ? G_PARAM_READWRITE : G_PARAM_READABLE) |
                               G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

static void
rp_meeting_class_init (RpMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_meeting_finalize;
  object_class->get_property = rp_meeting_get_property;
  object_class->set_property = rp_meeting_set_property;

  /**
   * RpMeeting:id:
   *
   * The database row id; 0 until RpStore has saved the meeting.
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RpMeeting:name:
   *
   * What the user calls the meeting; never %NULL, "" when blank.
   */
  properties[PROP_NAME] = string_property ("name", TRUE);
  properties[PROP_GROUP_NAME] = string_property ("group-name", TRUE);

  /**
   * RpMeeting:program:
   *
   * Free text: "AA", "NA", ...
   */
  properties[PROP_PROGRAM] = string_property ("program", TRUE);

  /**
   * RpMeeting:schedule:
   *
   * When the meeting takes place, or %NULL while a new one is being
   * filled in; a saved meeting always has one.
   */
  properties[PROP_SCHEDULE] =
    g_param_spec_boxed ("schedule", NULL, NULL,
                        RP_TYPE_SCHEDULE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_LOCATION] = string_property ("location", TRUE);
  properties[PROP_ADDRESS] = string_property ("address", TRUE);

  /**
   * RpMeeting:online-url:
   *
   * The conference link; checked with rp_uri_policy_check() on save and
   * again before it is opened.
   */
  properties[PROP_ONLINE_URL] = string_property ("online-url", TRUE);
  properties[PROP_CONFERENCE_PHONE] = string_property ("conference-phone", TRUE);

  /**
   * RpMeeting:types:
   *
   * Meeting Guide type codes ("O", "D", ...); never %NULL.
   */
  properties[PROP_TYPES] =
    g_param_spec_boxed ("types", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RpMeeting:tags:
   *
   * The user's own labels; never %NULL.
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] = string_property ("notes", TRUE);

  /**
   * RpMeeting:home-group:
   *
   * Whether this is the user's home group.
   */
  properties[PROP_HOME_GROUP] =
    g_param_spec_boolean ("home-group", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RpMeeting:reminder:
   *
   * Minutes before the start to remind, or %RP_MEETING_REMINDER_DEFAULT
   * (the lead time in Preferences) or %RP_MEETING_REMINDER_OFF.
   */
  properties[PROP_REMINDER] =
    g_param_spec_int ("reminder", NULL, NULL,
                      RP_MEETING_REMINDER_OFF, RP_MEETING_MAX_REMINDER_MINUTES,
                      RP_MEETING_REMINDER_DEFAULT,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RpMeeting:archived:
   *
   * An archived meeting keeps its attendance but leaves the lists, the
   * calendar and the reminders.
   */
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RpMeeting:directory-feed:
   *
   * The feed a meeting added from the Directory came from; with
   * #RpMeeting:directory-slug it finds the meeting again on re-import.
   */
  properties[PROP_DIRECTORY_FEED] = string_property ("directory-feed", TRUE);
  properties[PROP_DIRECTORY_SLUG] = string_property ("directory-slug", TRUE);

  /**
   * RpMeeting:directory-fingerprint:
   *
   * The fingerprint of the directory entry when the meeting was added
   * from it (or when the user last accepted its changes); set by RpStore.
   */
  properties[PROP_DIRECTORY_FINGERPRINT] = string_property ("directory-fingerprint", FALSE);

  /**
   * RpMeeting:import-uid:
   *
   * The UID of the iCalendar event the meeting was imported from; importing
   * the file again updates the meeting instead of adding another.
   */
  properties[PROP_IMPORT_UID] = string_property ("import-uid", TRUE);

  /**
   * RpMeeting:created:
   *
   * When it was first saved, "YYYY-MM-DDTHH:MM:SSZ"; set by RpStore.
   */
  properties[PROP_CREATED] = string_property ("created", FALSE);

  /**
   * RpMeeting:updated:
   *
   * When it was last saved, "YYYY-MM-DDTHH:MM:SSZ"; set by RpStore.
   */
  properties[PROP_UPDATED] = string_property ("updated", FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_meeting_init (RpMeeting *self)
{
  self->name = g_strdup ("");
  self->types = g_new0 (char *, 1);
  self->tags = g_new0 (char *, 1);
  self->reminder = RP_MEETING_REMINDER_DEFAULT;
}

/**
 * rp_meeting_new:
 *
 * Returns: (transfer full): a blank, unsaved meeting
 */
RpMeeting *
rp_meeting_new (void)
{
  return g_object_new (RP_TYPE_MEETING, NULL);
}

/**
 * rp_meeting_copy:
 * @self: a #RpMeeting
 *
 * A copy for an editor to change, so that the one in the store's list
 * stays as saved until rp_store_update_meeting() succeeds.
 *
 * Returns: (transfer full): a copy of @self, id and timestamps included
 */
RpMeeting *
rp_meeting_copy (RpMeeting *self)
{
  RpMeeting *copy;

  g_return_val_if_fail (RP_IS_MEETING (self), NULL);

  copy = rp_meeting_new ();
  copy->id = self->id;
  g_free (copy->name);
  copy->name = g_strdup (self->name);
  copy->group_name = g_strdup (self->group_name);
  copy->program = g_strdup (self->program);
  copy->schedule = self->schedule != NULL ? rp_schedule_ref (self->schedule) : NULL;
  copy->location = g_strdup (self->location);
  copy->address = g_strdup (self->address);
  copy->online_url = g_strdup (self->online_url);
  copy->conference_phone = g_strdup (self->conference_phone);
  g_strfreev (copy->types);
  copy->types = g_strdupv (self->types);
  g_strfreev (copy->tags);
  copy->tags = g_strdupv (self->tags);
  copy->notes = g_strdup (self->notes);
  copy->home_group = self->home_group;
  copy->reminder = self->reminder;
  copy->archived = self->archived;
  copy->directory_feed = g_strdup (self->directory_feed);
  copy->directory_slug = g_strdup (self->directory_slug);
  copy->directory_fingerprint = g_strdup (self->directory_fingerprint);
  copy->import_uid = g_strdup (self->import_uid);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEDULE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOME_GROUP]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMINDER]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
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

/**
 * rp_meeting_equal:
 * @a: a #RpMeeting
 * @b: a #RpMeeting
 *
 * Whether @a and @b hold the same values, id and timestamps included.
 * RpStore uses it to keep the objects of unchanged meetings when it
 * re-reads the database.
 *
 * Returns: %TRUE when every property is equal
 */
gboolean
rp_meeting_equal (RpMeeting *a,
                  RpMeeting *b)
{
  g_return_val_if_fail (RP_IS_MEETING (a), FALSE);
  g_return_val_if_fail (RP_IS_MEETING (b), FALSE);

  if (a == b)
    return TRUE;

  if (a->schedule != b->schedule &&
      (a->schedule == NULL || b->schedule == NULL ||
       !rp_schedule_equal (a->schedule, b->schedule)))
    return FALSE;

  return a->id == b->id &&
         a->home_group == b->home_group &&
         a->archived == b->archived &&
         a->reminder == b->reminder &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->group_name, b->group_name) == 0 &&
         g_strcmp0 (a->program, b->program) == 0 &&
         g_strcmp0 (a->location, b->location) == 0 &&
         g_strcmp0 (a->address, b->address) == 0 &&
         g_strcmp0 (a->online_url, b->online_url) == 0 &&
         g_strcmp0 (a->conference_phone, b->conference_phone) == 0 &&
         g_strv_equal ((const char * const *) a->types, (const char * const *) b->types) &&
         g_strv_equal ((const char * const *) a->tags, (const char * const *) b->tags) &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         g_strcmp0 (a->directory_feed, b->directory_feed) == 0 &&
         g_strcmp0 (a->directory_slug, b->directory_slug) == 0 &&
         g_strcmp0 (a->directory_fingerprint, b->directory_fingerprint) == 0 &&
         g_strcmp0 (a->import_uid, b->import_uid) == 0 &&
         g_strcmp0 (a->created, b->created) == 0 &&
         g_strcmp0 (a->updated, b->updated) == 0;
}

/* --- validation -------------------------------------------------------- */

static gboolean
too_long (const char *text,
          int         max_length)
{
  return text != NULL && g_utf8_strlen (text, -1) > max_length;
}

/* Types and tags are stored joined by commas, so an entry may hold none. */
static gboolean
list_has_bad_item (const char * const *items,
                   gboolean           *out_has_comma)
{
  for (guint i = 0; items[i] != NULL; i++)
    {
      if (items[i][0] == '\0' || strchr (items[i], ',') != NULL)
        {
          *out_has_comma = items[i][0] != '\0';
          return TRUE;
        }
    }

  return FALSE;
}

/* A lowercase SHA-256 in hex, as the database's CHECK wants it. */
static gboolean
is_fingerprint (const char *text)
{
  gsize length = strlen (text);

  if (length != 64)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]) && (text[i] < 'a' || text[i] > 'f'))
        return FALSE;
    }

  return TRUE;
}

static gboolean
joined_too_long (const char * const *items,
                 int                 max_length)
{
  g_autofree char *joined = g_strjoinv (",", (char **) items);

  return too_long (joined, max_length);
}

/**
 * rp_meeting_validate:
 * @self: a #RpMeeting
 * @error: return location for a #RpMeetingError
 *
 * Checks what the database would refuse, and more: a name that is not just
 * spaces, a schedule, a link Reprieve would open (plain http is allowed;
 * the editor warns about it) and a phone number it can dial. RpStore calls
 * it before every write.
 *
 * Returns: %TRUE when @self may be saved; otherwise @error says what to fix
 */
gboolean
rp_meeting_validate (RpMeeting  *self,
                     GError    **error)
{
  g_autofree char *trimmed_name = NULL;
  gboolean has_comma = FALSE;

  g_return_val_if_fail (RP_IS_MEETING (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed_name = g_strstrip (g_strdup (self->name));
  if (trimmed_name[0] == '\0')
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Give the meeting a name."));
      return FALSE;
    }

  if (self->schedule == NULL)
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Choose when the meeting takes place."));
      return FALSE;
    }

  if (too_long (self->name, RP_MEETING_MAX_NAME_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the meeting’s name to at most %d character.",
                                "Shorten the meeting’s name to at most %d characters.",
                                RP_MEETING_MAX_NAME_LENGTH),
                   RP_MEETING_MAX_NAME_LENGTH);
      return FALSE;
    }

  if (too_long (self->group_name, RP_MEETING_MAX_GROUP_NAME_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the group’s name to at most %d character.",
                                "Shorten the group’s name to at most %d characters.",
                                RP_MEETING_MAX_GROUP_NAME_LENGTH),
                   RP_MEETING_MAX_GROUP_NAME_LENGTH);
      return FALSE;
    }

  if (too_long (self->program, RP_MEETING_MAX_PROGRAM_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the program to at most %d character.",
                                "Shorten the program to at most %d characters.",
                                RP_MEETING_MAX_PROGRAM_LENGTH),
                   RP_MEETING_MAX_PROGRAM_LENGTH);
      return FALSE;
    }

  if (too_long (self->location, RP_MEETING_MAX_LOCATION_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the location to at most %d character.",
                                "Shorten the location to at most %d characters.",
                                RP_MEETING_MAX_LOCATION_LENGTH),
                   RP_MEETING_MAX_LOCATION_LENGTH);
      return FALSE;
    }

  if (too_long (self->address, RP_MEETING_MAX_ADDRESS_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the address to at most %d character.",
                                "Shorten the address to at most %d characters.",
                                RP_MEETING_MAX_ADDRESS_LENGTH),
                   RP_MEETING_MAX_ADDRESS_LENGTH);
      return FALSE;
    }

  if (too_long (self->online_url, RP_MEETING_MAX_ONLINE_URL_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the online link to at most %d character.",
                                "Shorten the online link to at most %d characters.",
                                RP_MEETING_MAX_ONLINE_URL_LENGTH),
                   RP_MEETING_MAX_ONLINE_URL_LENGTH);
      return FALSE;
    }

  if (too_long (self->conference_phone, RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the conference phone number to at most %d character.",
                                "Shorten the conference phone number to at most %d characters.",
                                RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH),
                   RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH);
      return FALSE;
    }

  if (too_long (self->notes, RP_MEETING_MAX_NOTES_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Shorten the notes to at most %d character.",
                                "Shorten the notes to at most %d characters.",
                                RP_MEETING_MAX_NOTES_LENGTH),
                   RP_MEETING_MAX_NOTES_LENGTH);
      return FALSE;
    }

  /* Only a bug or a damaged feed gets these wrong: the importer cuts
   * them to size. */
  if (too_long (self->directory_feed, RP_MEETING_MAX_DIRECTORY_FEED_LENGTH) ||
      too_long (self->directory_slug, RP_MEETING_MAX_DIRECTORY_SLUG_LENGTH) ||
      (self->directory_fingerprint != NULL &&
       !is_fingerprint (self->directory_fingerprint)))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("This meeting’s link to the Directory is too long. Add the meeting again from the Directory."));
      return FALSE;
    }

  if (too_long (self->import_uid, RP_MEETING_MAX_IMPORT_UID_LENGTH))
    {
      g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The calendar event’s ID is longer than %d character; this event cannot be imported.",
                                "The calendar event’s ID is longer than %d characters; this event cannot be imported.",
                                RP_MEETING_MAX_IMPORT_UID_LENGTH),
                   RP_MEETING_MAX_IMPORT_UID_LENGTH);
      return FALSE;
    }

  if (list_has_bad_item ((const char * const *) self->types, &has_comma))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           has_comma
                           ? _("Remove the comma from the meeting type.")
                           : _("Remove the empty meeting type."));
      return FALSE;
    }

  if (joined_too_long ((const char * const *) self->types, RP_MEETING_MAX_TYPES_LENGTH))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Choose fewer meeting types."));
      return FALSE;
    }

  if (list_has_bad_item ((const char * const *) self->tags, &has_comma))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           has_comma
                           ? _("Remove the comma from the tag, or make it two tags.")
                           : _("Remove the empty tag."));
      return FALSE;
    }

  if (joined_too_long ((const char * const *) self->tags, RP_MEETING_MAX_TAGS_LENGTH))
    {
      g_set_error_literal (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                           _("Use fewer or shorter tags."));
      return FALSE;
    }

  if (self->online_url != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (rp_uri_policy_check (self->online_url, &local_error) == RP_URI_VERDICT_REFUSED)
        {
          g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                       _("Check the online link: %s"), local_error->message);
          return FALSE;
        }
    }

  if (self->conference_phone != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!rp_uri_phone_number_is_valid (self->conference_phone, &local_error))
        {
          g_set_error (error, RP_MEETING_ERROR, RP_MEETING_ERROR_INVALID,
                       _("Check the conference phone number: %s"), local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}
