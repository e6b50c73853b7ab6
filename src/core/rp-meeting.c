/* rp-meeting.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-meeting"

#include "config.h"

#include "rp-meeting.h"
#include "rp-meeting-object-private.h"

/* RpMeeting is one of "My meetings": what the editor edits, the lists show
 * and the reminders plan from. It is a plain value object: RpStore loads
 * and saves it (and alone sets its id and timestamps); widgets bind to its
 * properties. Optional text is %NULL when empty, never "".
 *
 * This file holds the class, its properties, copying and comparing; the
 * getters and setters are in rp-meeting-accessors.c and the checks before
 * saving in rp-meeting-validate.c (see rp-meeting-object-private.h). */

G_DEFINE_FINAL_TYPE (RpMeeting, rp_meeting, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-meeting-error-quark, rp_meeting_error)

G_DEFINE_BOXED_TYPE (RpAttendanceRecord, rp_attendance_record,
                     rp_attendance_record_copy, rp_attendance_record_free)

GParamSpec *rp_meeting_properties[N_PROPS];

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
  rp_meeting_properties[PROP_ID] =
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
  rp_meeting_properties[PROP_NAME] = string_property ("name", TRUE);
  rp_meeting_properties[PROP_GROUP_NAME] = string_property ("group-name", TRUE);

  /**
   * RpMeeting:program:
   *
   * Free text: "AA", "NA", ...
   */
  rp_meeting_properties[PROP_PROGRAM] = string_property ("program", TRUE);

  /**
   * RpMeeting:schedule:
   *
   * When the meeting takes place, or %NULL while a new one is being
   * filled in; a saved meeting always has one.
   */
  rp_meeting_properties[PROP_SCHEDULE] =
    g_param_spec_boxed ("schedule", NULL, NULL,
                        RP_TYPE_SCHEDULE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  rp_meeting_properties[PROP_LOCATION] = string_property ("location", TRUE);
  rp_meeting_properties[PROP_ADDRESS] = string_property ("address", TRUE);

  /**
   * RpMeeting:online-url:
   *
   * The conference link; checked with rp_uri_policy_check() on save and
   * again before it is opened.
   */
  rp_meeting_properties[PROP_ONLINE_URL] = string_property ("online-url", TRUE);
  rp_meeting_properties[PROP_CONFERENCE_PHONE] = string_property ("conference-phone", TRUE);

  /**
   * RpMeeting:types:
   *
   * Meeting Guide type codes ("O", "D", ...); never %NULL.
   */
  rp_meeting_properties[PROP_TYPES] =
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
  rp_meeting_properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  rp_meeting_properties[PROP_NOTES] = string_property ("notes", TRUE);

  /**
   * RpMeeting:home-group:
   *
   * Whether this is the user's home group.
   */
  rp_meeting_properties[PROP_HOME_GROUP] =
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
  rp_meeting_properties[PROP_REMINDER] =
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
  rp_meeting_properties[PROP_ARCHIVED] =
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
  rp_meeting_properties[PROP_DIRECTORY_FEED] = string_property ("directory-feed", TRUE);
  rp_meeting_properties[PROP_DIRECTORY_SLUG] = string_property ("directory-slug", TRUE);

  /**
   * RpMeeting:directory-fingerprint:
   *
   * The fingerprint of the directory entry when the meeting was added
   * from it (or when the user last accepted its changes); set by RpStore.
   */
  rp_meeting_properties[PROP_DIRECTORY_FINGERPRINT] = string_property ("directory-fingerprint", FALSE);

  /**
   * RpMeeting:import-uid:
   *
   * The UID of the iCalendar event the meeting was imported from; importing
   * the file again updates the meeting instead of adding another.
   */
  rp_meeting_properties[PROP_IMPORT_UID] = string_property ("import-uid", TRUE);

  /**
   * RpMeeting:created:
   *
   * When it was first saved, "YYYY-MM-DDTHH:MM:SSZ"; set by RpStore.
   */
  rp_meeting_properties[PROP_CREATED] = string_property ("created", FALSE);

  /**
   * RpMeeting:updated:
   *
   * When it was last saved, "YYYY-MM-DDTHH:MM:SSZ"; set by RpStore.
   */
  rp_meeting_properties[PROP_UPDATED] = string_property ("updated", FALSE);

  g_object_class_install_properties (object_class, N_PROPS, rp_meeting_properties);
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
