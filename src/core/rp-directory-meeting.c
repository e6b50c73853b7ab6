/* rp-directory-meeting.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-directory-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rp-directory-meeting-private.h"
#include "rp-directory-query.h"
#include "rp-meeting-types.h"

/* RpDirectoryMeeting is one meeting of the Directory: what an intergroup's
 * feed says about it, as imported. RpStore loads them (in a worker thread
 * after an import) and hands them out in rp_store_get_directory(); they are
 * immutable, so every property is read-only and never notifies. Each one
 * keeps its search text folded once, when it is made, so that searching
 * thousands of them per keystroke only compares bytes. */

struct _RpDirectoryMeeting
{
  GObject                 parent_instance;

  RpDirectoryMeetingData  data;
  char                   *search_text;
  char                   *sort_key;
};

G_DEFINE_FINAL_TYPE (RpDirectoryMeeting, rp_directory_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FEED_ID,
  PROP_FEED_KEY,
  PROP_FEED_NAME,
  PROP_SLUG,
  PROP_NAME,
  PROP_DISPLAY_NAME,
  PROP_GROUP_NAME,
  PROP_WEEKDAYS,
  PROP_START_MINUTE,
  PROP_END_MINUTE,
  PROP_BY_APPOINTMENT,
  PROP_TIME_ZONE,
  PROP_LOCATION,
  PROP_ADDRESS,
  PROP_APPROXIMATE,
  PROP_REGION,
  PROP_ONLINE_URL,
  PROP_CONFERENCE_PHONE,
  PROP_TYPES,
  PROP_CUSTOM_TAGS,
  PROP_NOTES,
  PROP_ENTITY,
  PROP_ENTITY_URL,
  PROP_URL,
  PROP_FINGERPRINT,
  PROP_ONLINE,
  PROP_IN_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- data ------------------------------------------------------------- */

void
rp_directory_meeting_data_init (RpDirectoryMeetingData *data)
{
  memset (data, 0, sizeof *data);
  data->start_minute = -1;
  data->end_minute = -1;
  data->types = g_new0 (char *, 1);
  data->custom_tags = g_new0 (char *, 1);
}

void
rp_directory_meeting_data_clear (RpDirectoryMeetingData *data)
{
  g_clear_pointer (&data->feed_key, g_free);
  g_clear_pointer (&data->feed_name, g_free);
  g_clear_pointer (&data->slug, g_free);
  g_clear_pointer (&data->name, g_free);
  g_clear_pointer (&data->group_name, g_free);
  g_clear_pointer (&data->time_zone, g_free);
  g_clear_pointer (&data->location, g_free);
  g_clear_pointer (&data->address, g_free);
  g_clear_pointer (&data->region, g_free);
  g_clear_pointer (&data->online_url, g_free);
  g_clear_pointer (&data->conference_phone, g_free);
  g_clear_pointer (&data->types, g_strfreev);
  g_clear_pointer (&data->custom_tags, g_strfreev);
  g_clear_pointer (&data->notes, g_free);
  g_clear_pointer (&data->entity, g_free);
  g_clear_pointer (&data->entity_url, g_free);
  g_clear_pointer (&data->url, g_free);
  g_clear_pointer (&data->fingerprint, g_free);
}

/* Each value is written with its presence and length, so that no two
 * different entries hash the same bytes. */
static void
checksum_text (GChecksum  *checksum,
               const char *text)
{
  char prefix[32];
  int length;

  if (text == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "-;", 2);
      return;
    }

  length = g_snprintf (prefix, sizeof prefix, "%zu:", strlen (text));
  g_checksum_update (checksum, (const guchar *) prefix, length);
  g_checksum_update (checksum, (const guchar *) text, strlen (text));
}

static void
checksum_int (GChecksum *checksum,
              int        value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%d", value);
  checksum_text (checksum, text);
}

static void
checksum_list (GChecksum   *checksum,
               char * const *items)
{
  checksum_int (checksum, (int) g_strv_length ((char **) items));
  for (guint i = 0; items[i] != NULL; i++)
    checksum_text (checksum, items[i]);
}

/* The fingerprint covers every field the feed gave, not the row's id or
 * its feed's name: two imports of an unchanged entry give the same one. */
char *
rp_directory_meeting_data_fingerprint (const RpDirectoryMeetingData *data)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  checksum_text (checksum, "reprieve-directory-1");
  checksum_text (checksum, data->slug);
  checksum_text (checksum, data->name);
  checksum_text (checksum, data->group_name);
  checksum_int (checksum, data->weekdays);
  checksum_int (checksum, data->start_minute);
  checksum_int (checksum, data->end_minute);
  checksum_text (checksum, data->time_zone);
  checksum_text (checksum, data->location);
  checksum_text (checksum, data->address);
  checksum_int (checksum, data->approximate ? 1 : 0);
  checksum_text (checksum, data->region);
  checksum_text (checksum, data->online_url);
  checksum_text (checksum, data->conference_phone);
  checksum_list (checksum, data->types);
  checksum_list (checksum, data->custom_tags);
  checksum_text (checksum, data->notes);
  checksum_text (checksum, data->entity);
  checksum_text (checksum, data->entity_url);
  checksum_text (checksum, data->url);

  return g_strdup (g_checksum_get_string (checksum));
}

/* --- object ----------------------------------------------------------- */

static void
rp_directory_meeting_finalize (GObject *object)
{
  RpDirectoryMeeting *self = (RpDirectoryMeeting *)object;

  rp_directory_meeting_data_clear (&self->data);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->sort_key, g_free);

  G_OBJECT_CLASS (rp_directory_meeting_parent_class)->finalize (object);
}

static void
rp_directory_meeting_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RpDirectoryMeeting *self = RP_DIRECTORY_MEETING (object);
  RpDirectoryMeetingData *data = &self->data;

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, data->id); break;
    case PROP_FEED_ID: g_value_set_int64 (value, data->feed_id); break;
    case PROP_FEED_KEY: g_value_set_string (value, data->feed_key); break;
    case PROP_FEED_NAME: g_value_set_string (value, data->feed_name); break;
    case PROP_SLUG: g_value_set_string (value, data->slug); break;
    case PROP_NAME: g_value_set_string (value, data->name); break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, rp_directory_meeting_get_display_name (self));
      break;
    case PROP_GROUP_NAME: g_value_set_string (value, data->group_name); break;
    case PROP_WEEKDAYS: g_value_set_uint (value, data->weekdays); break;
    case PROP_START_MINUTE: g_value_set_int (value, data->start_minute); break;
    case PROP_END_MINUTE: g_value_set_int (value, data->end_minute); break;
    case PROP_BY_APPOINTMENT: g_value_set_boolean (value, data->weekdays == 0); break;
    case PROP_TIME_ZONE: g_value_set_string (value, data->time_zone); break;
    case PROP_LOCATION: g_value_set_string (value, data->location); break;
    case PROP_ADDRESS: g_value_set_string (value, data->address); break;
    case PROP_APPROXIMATE: g_value_set_boolean (value, data->approximate); break;
    case PROP_REGION: g_value_set_string (value, data->region); break;
    case PROP_ONLINE_URL: g_value_set_string (value, data->online_url); break;
    case PROP_CONFERENCE_PHONE: g_value_set_string (value, data->conference_phone); break;
    case PROP_TYPES: g_value_set_boxed (value, data->types); break;
    case PROP_CUSTOM_TAGS: g_value_set_boxed (value, data->custom_tags); break;
    case PROP_NOTES: g_value_set_string (value, data->notes); break;
    case PROP_ENTITY: g_value_set_string (value, data->entity); break;
    case PROP_ENTITY_URL: g_value_set_string (value, data->entity_url); break;
    case PROP_URL: g_value_set_string (value, data->url); break;
    case PROP_FINGERPRINT: g_value_set_string (value, data->fingerprint); break;
    case PROP_ONLINE:
      g_value_set_boolean (value, rp_directory_meeting_is_online (self));
      break;
    case PROP_IN_PERSON:
      g_value_set_boolean (value, rp_directory_meeting_is_in_person (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define READ_ONLY (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, READ_ONLY);
}

static GParamSpec *
boolean_property (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, READ_ONLY);
}

static void
rp_directory_meeting_class_init (RpDirectoryMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_directory_meeting_finalize;
  object_class->get_property = rp_directory_meeting_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, READ_ONLY);
  properties[PROP_FEED_ID] = g_param_spec_int64 ("feed-id", NULL, NULL, 0, G_MAXINT64, 0, READ_ONLY);

  /**
   * RpDirectoryMeeting:feed-key:
   *
   * What identifies the feed across re-imports; with #RpDirectoryMeeting:slug
   * it links a meeting added to My meetings to this entry.
   */
  properties[PROP_FEED_KEY] = string_property ("feed-key");
  properties[PROP_FEED_NAME] = string_property ("feed-name");
  properties[PROP_SLUG] = string_property ("slug");

  /**
   * RpDirectoryMeeting:name:
   *
   * The name the feed gives, or %NULL; #RpDirectoryMeeting:display-name
   * is never %NULL.
   */
  properties[PROP_NAME] = string_property ("name");
  properties[PROP_DISPLAY_NAME] = string_property ("display-name");
  properties[PROP_GROUP_NAME] = string_property ("group-name");

  /**
   * RpDirectoryMeeting:weekdays:
   *
   * The #RpWeekdays it meets on; none when by appointment.
   */
  properties[PROP_WEEKDAYS] = g_param_spec_uint ("weekdays", NULL, NULL,
                                                 0, RP_WEEKDAYS_ALL, 0, READ_ONLY);

  /**
   * RpDirectoryMeeting:start-minute:
   *
   * Minutes after midnight on the meeting's clock, or -1 when by appointment.
   */
  properties[PROP_START_MINUTE] = g_param_spec_int ("start-minute", NULL, NULL,
                                                    -1, 1439, -1, READ_ONLY);
  properties[PROP_END_MINUTE] = g_param_spec_int ("end-minute", NULL, NULL,
                                                  -1, 1439, -1, READ_ONLY);
  properties[PROP_BY_APPOINTMENT] = boolean_property ("by-appointment");

  /**
   * RpDirectoryMeeting:time-zone:
   *
   * The meeting's IANA zone, or %NULL when the feed gives none.
   */
  properties[PROP_TIME_ZONE] = string_property ("time-zone");
  properties[PROP_LOCATION] = string_property ("location");

  /**
   * RpDirectoryMeeting:address:
   *
   * One line: street, city, region, postal code and country as the feed
   * gives them.
   */
  properties[PROP_ADDRESS] = string_property ("address");

  /**
   * RpDirectoryMeeting:approximate:
   *
   * The address only says roughly where (a city, for an online meeting).
   */
  properties[PROP_APPROXIMATE] = boolean_property ("approximate");

  /**
   * RpDirectoryMeeting:region:
   *
   * The feed's regions, general to specific, joined with " > ".
   */
  properties[PROP_REGION] = string_property ("region");

  /**
   * RpDirectoryMeeting:online-url:
   *
   * The feed's conference link (http or https); check it with
   * rp_uri_policy_check() before opening it.
   */
  properties[PROP_ONLINE_URL] = string_property ("online-url");
  properties[PROP_CONFERENCE_PHONE] = string_property ("conference-phone");

  /**
   * RpDirectoryMeeting:types:
   *
   * Meeting Guide codes as the spec spells them; never %NULL.
   */
  properties[PROP_TYPES] = g_param_spec_boxed ("types", NULL, NULL, G_TYPE_STRV, READ_ONLY);

  /**
   * RpDirectoryMeeting:custom-tags:
   *
   * The feed's other codes; never %NULL.
   */
  properties[PROP_CUSTOM_TAGS] = g_param_spec_boxed ("custom-tags", NULL, NULL,
                                                     G_TYPE_STRV, READ_ONLY);
  properties[PROP_NOTES] = string_property ("notes");
  properties[PROP_ENTITY] = string_property ("entity");
  properties[PROP_ENTITY_URL] = string_property ("entity-url");

  /**
   * RpDirectoryMeeting:url:
   *
   * The meeting's page on the publisher's site.
   */
  properties[PROP_URL] = string_property ("url");
  properties[PROP_FINGERPRINT] = string_property ("fingerprint");
  properties[PROP_ONLINE] = boolean_property ("online");
  properties[PROP_IN_PERSON] = boolean_property ("in-person");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_directory_meeting_init (RpDirectoryMeeting *self)
{
}

static void
append_search_field (GString    *text,
                     const char *field)
{
  g_autofree char *folded = NULL;

  if (field == NULL)
    return;

  folded = rp_directory_fold_text (field);
  if (folded[0] == '\0')
    return;

  /* A newline between fields: query words never hold one, so no word
   * matches across two fields. */
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, folded);
}

/**
 * rp_directory_meeting_new_take:
 * @data: the meeting's data; its contents are taken, leaving it cleared
 *
 * Returns: (transfer full): a new #RpDirectoryMeeting
 */
RpDirectoryMeeting *
rp_directory_meeting_new_take (RpDirectoryMeetingData *data)
{
  RpDirectoryMeeting *self;
  GString *search_text;
  g_autofree char *folded_name = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->slug != NULL, NULL);
  g_return_val_if_fail (data->types != NULL && data->custom_tags != NULL, NULL);

  self = g_object_new (RP_TYPE_DIRECTORY_MEETING, NULL);
  self->data = *data;
  memset (data, 0, sizeof *data);

  if (self->data.fingerprint == NULL)
    self->data.fingerprint = rp_directory_meeting_data_fingerprint (&self->data);

  search_text = g_string_new (NULL);
  append_search_field (search_text, self->data.name);
  append_search_field (search_text, self->data.group_name);
  append_search_field (search_text, self->data.location);
  append_search_field (search_text, self->data.address);
  append_search_field (search_text, self->data.region);
  append_search_field (search_text, self->data.notes);
  self->search_text = g_string_free (search_text, FALSE);

  folded_name = g_utf8_casefold (rp_directory_meeting_get_display_name (self), -1);
  self->sort_key = g_utf8_collate_key (folded_name, -1);

  return self;
}

/**
 * rp_directory_meeting_get_search_text:
 * @self: a #RpDirectoryMeeting
 *
 * Returns: the searched fields, folded by rp_directory_fold_text() and
 *   separated by newlines
 */
const char *
rp_directory_meeting_get_search_text (RpDirectoryMeeting *self)
{
  return self->search_text;
}

static int
first_weekday (RpDirectoryMeeting *self)
{
  /* By appointment sorts after Sunday. */
  for (int day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      if (self->data.weekdays & RP_WEEKDAY_BIT (day))
        return day;
    }

  return G_DATE_SUNDAY + 1;
}

/* The Directory's order: by name, then by day and time, then by row. */
int
rp_directory_meeting_compare (RpDirectoryMeeting *a,
                              RpDirectoryMeeting *b)
{
  int result = strcmp (a->sort_key, b->sort_key);

  if (result == 0)
    result = first_weekday (a) - first_weekday (b);
  if (result == 0)
    result = a->data.start_minute - b->data.start_minute;
  if (result == 0)
    result = (a->data.id > b->data.id) - (a->data.id < b->data.id);

  return result;
}

/* Whether @b may stand in for @a in a list: the same row, unchanged. */
gboolean
rp_directory_meeting_same_entry (RpDirectoryMeeting *a,
                                 RpDirectoryMeeting *b)
{
  return a->data.id == b->data.id &&
         g_strcmp0 (a->data.fingerprint, b->data.fingerprint) == 0 &&
         g_strcmp0 (a->data.feed_key, b->data.feed_key) == 0 &&
         g_strcmp0 (a->data.feed_name, b->data.feed_name) == 0;
}

/* --- accessors -------------------------------------------------------- */

#define GETTER(type, name, field, fallback) \
  type \
  rp_directory_meeting_get_##name (RpDirectoryMeeting *self) \
  { \
    g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), fallback); \
    return self->data.field; \
  }

GETTER (gint64, id, id, 0)
GETTER (gint64, feed_id, feed_id, 0)
GETTER (const char *, feed_key, feed_key, NULL)
GETTER (const char *, feed_name, feed_name, NULL)
GETTER (const char *, slug, slug, NULL)
GETTER (const char *, name, name, NULL)
GETTER (const char *, group_name, group_name, NULL)
GETTER (RpWeekdays, weekdays, weekdays, RP_WEEKDAYS_NONE)
GETTER (int, start_minute, start_minute, -1)
GETTER (int, end_minute, end_minute, -1)
GETTER (const char *, time_zone, time_zone, NULL)
GETTER (const char *, location, location, NULL)
GETTER (const char *, address, address, NULL)
GETTER (gboolean, approximate, approximate, FALSE)
GETTER (const char *, region, region, NULL)
GETTER (const char *, online_url, online_url, NULL)
GETTER (const char *, conference_phone, conference_phone, NULL)
GETTER (const char *, notes, notes, NULL)
GETTER (const char *, entity, entity, NULL)
GETTER (const char *, entity_url, entity_url, NULL)
GETTER (const char *, url, url, NULL)
GETTER (const char *, fingerprint, fingerprint, NULL)

#undef GETTER

const char * const *
rp_directory_meeting_get_types (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), NULL);

  return (const char * const *) self->data.types;
}

const char * const *
rp_directory_meeting_get_custom_tags (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), NULL);

  return (const char * const *) self->data.custom_tags;
}

/**
 * rp_directory_meeting_get_display_name:
 * @self: a #RpDirectoryMeeting
 *
 * Returns: the name, or when the feed gives none the group, the location
 *   or "Meeting"; never %NULL
 */
const char *
rp_directory_meeting_get_display_name (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), NULL);

  if (self->data.name != NULL)
    return self->data.name;
  if (self->data.group_name != NULL)
    return self->data.group_name;
  if (self->data.location != NULL)
    return self->data.location;

  return C_("directory meeting without a name", "Meeting");
}

gboolean
rp_directory_meeting_has_weekday (RpDirectoryMeeting *self,
                                  GDateWeekday        weekday)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (weekday), FALSE);

  return (self->data.weekdays & RP_WEEKDAY_BIT (weekday)) != 0;
}

/**
 * rp_directory_meeting_get_by_appointment:
 * @self: a #RpDirectoryMeeting
 *
 * Returns: %TRUE when the feed gives no day and time: the meeting cannot
 *   be added to My meetings
 */
gboolean
rp_directory_meeting_get_by_appointment (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), FALSE);

  return self->data.weekdays == RP_WEEKDAYS_NONE;
}

/**
 * rp_directory_meeting_has_type:
 * @self: a #RpDirectoryMeeting
 * @code: a Meeting Guide code, in any ASCII case; legacy codes too
 *
 * Returns: whether the meeting has the type @code
 */
gboolean
rp_directory_meeting_has_type (RpDirectoryMeeting *self,
                               const char         *code)
{
  const char *canonical;

  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  canonical = rp_meeting_type_get_canonical (code);
  if (canonical == NULL)
    return FALSE;

  /* The importer stores the canonical spelling. */
  return g_strv_contains ((const char * const *) self->data.types, canonical);
}

gboolean
rp_directory_meeting_is_temporarily_closed (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), FALSE);

  return g_strv_contains ((const char * const *) self->data.types,
                          RP_MEETING_TYPE_TEMPORARILY_CLOSED);
}

/**
 * rp_directory_meeting_is_online:
 * @self: a #RpDirectoryMeeting
 *
 * Returns: whether one can join from home: a conference link or phone
 *   number, or the legacy "Online" type
 */
gboolean
rp_directory_meeting_is_online (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), FALSE);

  return self->data.online_url != NULL ||
         self->data.conference_phone != NULL ||
         g_strv_contains ((const char * const *) self->data.types, RP_MEETING_TYPE_ONLINE);
}

/**
 * rp_directory_meeting_is_in_person:
 * @self: a #RpDirectoryMeeting
 *
 * An approximate address (the city an online meeting gives) does not
 * count, nor does a location marked temporarily closed.
 *
 * Returns: whether one can go there
 */
gboolean
rp_directory_meeting_is_in_person (RpDirectoryMeeting *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), FALSE);

  return self->data.address != NULL &&
         !self->data.approximate &&
         !rp_directory_meeting_is_temporarily_closed (self);
}

static const char *
short_weekday_name (GDateWeekday weekday)
{
  switch (weekday)
    {
    case G_DATE_MONDAY: return C_("short weekday", "Mon");
    case G_DATE_TUESDAY: return C_("short weekday", "Tue");
    case G_DATE_WEDNESDAY: return C_("short weekday", "Wed");
    case G_DATE_THURSDAY: return C_("short weekday", "Thu");
    case G_DATE_FRIDAY: return C_("short weekday", "Fri");
    case G_DATE_SATURDAY: return C_("short weekday", "Sat");
    case G_DATE_SUNDAY: return C_("short weekday", "Sun");
    case G_DATE_BAD_WEEKDAY:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * rp_directory_meeting_dup_when_text:
 * @self: a #RpDirectoryMeeting
 *
 * A short text for a list row, on the meeting's own clock: "Mon, Thu ·
 * 19:30–20:30", "Every day · 07:00", or "By appointment".
 *
 * Returns: (transfer full): the text
 */
char *
rp_directory_meeting_dup_when_text (RpDirectoryMeeting *self)
{
  const RpDirectoryMeetingData *data;
  g_autoptr(GString) days = NULL;
  g_autofree char *time = NULL;

  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), NULL);

  data = &self->data;
  if (data->weekdays == RP_WEEKDAYS_NONE)
    return g_strdup (_("By appointment"));

  if (data->weekdays == RP_WEEKDAYS_ALL)
    {
      days = g_string_new (C_("directory meeting days", "Every day"));
    }
  else
    {
      days = g_string_new (NULL);
      for (int day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
        {
          if (!(data->weekdays & RP_WEEKDAY_BIT (day)))
            continue;
          if (days->len > 0)
            /* Translators: between short weekday names: “Mon, Thu” */
            g_string_append (days, C_("weekday list", ", "));
          g_string_append (days, short_weekday_name (day));
        }
    }

  if (data->end_minute >= 0)
    /* Translators: a meeting's start and end times, 24-hour clock */
    time = g_strdup_printf (C_("directory meeting time", "%02d:%02d–%02d:%02d"),
                            data->start_minute / 60, data->start_minute % 60,
                            data->end_minute / 60, data->end_minute % 60);
  else
    time = g_strdup_printf (C_("directory meeting time", "%02d:%02d"),
                            data->start_minute / 60, data->start_minute % 60);

  /* Translators: the days (“Mon, Thu”), then the time (“19:30–20:30”) */
  return g_strdup_printf (C_("directory meeting when", "%s · %s"), days->str, time);
}

/* The place in a few words: the location, else the address up to its
 * first comma (the street), else the region. */
static char *
dup_place (const RpDirectoryMeetingData *data)
{
  const char *comma;

  if (data->location != NULL)
    return g_strdup (data->location);

  if (data->address != NULL && !data->approximate)
    {
      comma = strchr (data->address, ',');
      return comma != NULL ? g_strndup (data->address, comma - data->address)
                           : g_strdup (data->address);
    }

  return g_strdup (data->region);
}

/**
 * rp_directory_meeting_dup_where_text:
 * @self: a #RpDirectoryMeeting
 *
 * A short text for a list row: the place, "Online", "St Mark’s and
 * online", "Temporarily closed", or "No place given".
 *
 * Returns: (transfer full): the text
 */
char *
rp_directory_meeting_dup_where_text (RpDirectoryMeeting *self)
{
  g_autofree char *place = NULL;
  gboolean online;
  gboolean in_person;

  g_return_val_if_fail (RP_IS_DIRECTORY_MEETING (self), NULL);

  online = rp_directory_meeting_is_online (self);
  in_person = rp_directory_meeting_is_in_person (self);
  place = dup_place (&self->data);

  if (in_person && online)
    /* Translators: a meeting held both at a place (“St Mark’s Church”) and online */
    return g_strdup_printf (_("%s and online"), place);
  if (in_person)
    return g_steal_pointer (&place);
  if (online)
    return g_strdup (C_("directory meeting where", "Online"));
  if (rp_directory_meeting_is_temporarily_closed (self))
    return g_strdup (_("Temporarily closed"));
  if (place != NULL)
    return g_steal_pointer (&place);

  return g_strdup (_("No place given"));
}
