/* rp-ics-event.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-ics-event-private.h"
#include "rp-schedule-private.h"
#include "rp-uri-policy.h"

/* Turns one VEVENT, as libical parsed it from the scanner's lines, into a
 * meeting for My meetings, or says in one sentence why it cannot be one.
 * All or nothing: an event whose schedule, time zone or fields do not fit
 * a meeting is skipped whole. Times are read from the properties' own
 * values and TZID parameters and placed with GTimeZone
 * (rp_schedule_wall_time_to_date_time()), never with libical's zones. */

typedef enum
{
  FIELD_NAME,
  FIELD_GROUP,
  FIELD_PROGRAM,
  FIELD_LOCATION,
  FIELD_ADDRESS,
  FIELD_NOTES,
  FIELD_PHONE,
  FIELD_TAGS,
  FIELD_TYPES,
} Field;

static void
reader_clear (RpIcsReader *self)
{
  g_clear_pointer (&self->reason, g_free);
  g_clear_error (&self->error);
  g_clear_pointer (&self->time_zone_id, g_free);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_clear_pointer (&self->start, g_date_time_unref);
}

gboolean
rp_ics_reader_skip (RpIcsReader   *self,
                    RpIcsSkipKind  kind,
                    const char    *format,
                    ...)
{
  va_list args;

  if (self->reason != NULL)
    return FALSE;

  va_start (args, format);
  self->skip_kind = kind;
  self->reason = g_strdup_vprintf (format, args);
  va_end (args);

  return FALSE;
}

/* --- reading values ----------------------------------------------------- */

/**
 * rp_ics_property_text:
 * @property: a property with a text, URI or unknown (X-) value
 *
 * Returns: (nullable): its value, unescaped, owned by @property
 */
const char *
rp_ics_property_text (icalproperty *property)
{
  icalvalue *value = property != NULL ? icalproperty_get_value (property) : NULL;

  if (value == NULL)
    return NULL;

  switch (icalvalue_isa (value))
    {
    case ICAL_TEXT_VALUE:
      return icalvalue_get_text (value);
    case ICAL_URI_VALUE:
      return icalvalue_get_uri (value);
    case ICAL_X_VALUE:
      return icalvalue_get_x (value);
    default:
      return NULL;
    }
}

icalproperty *
rp_ics_find_x_property (icalcomponent *component,
                        const char    *name)
{
  for (icalproperty *property = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    {
      const char *x_name = icalproperty_get_x_name (property);

      if (x_name != NULL && g_ascii_strcasecmp (x_name, name) == 0)
        return property;
    }

  return NULL;
}

static const char *
x_text (RpIcsReader *self,
        const char  *name)
{
  return rp_ics_property_text (rp_ics_find_x_property (self->event, name));
}

static const char *
first_text (RpIcsReader       *self,
            icalproperty_kind  kind)
{
  return rp_ics_property_text (icalcomponent_get_first_property (self->event, kind));
}

/* Control characters never reach a meeting; a one-line field also loses
 * its line breaks. Returns NULL for nothing but white space. */
static char *
clean_text (const char *text,
            gboolean    one_line)
{
  GString *clean;

  if (text == NULL)
    return NULL;

  clean = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n' || *p == '\r')
        g_string_append_c (clean, one_line ? ' ' : '\n');
      else if (*p == '\t')
        g_string_append_c (clean, ' ');
      else if ((guchar) *p >= 0x20 && *p != 0x7f)
        g_string_append_c (clean, *p);
    }

  g_strstrip (clean->str);
  if (clean->str[0] == '\0')
    {
      g_string_free (clean, TRUE);
      return NULL;
    }

  return g_string_free (clean, FALSE);
}

static char *
too_long_message (Field field,
                  int   cap)
{
  switch (field)
    {
    case FIELD_NAME:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its name is longer than %d character.",
                                           "Its name is longer than %d characters.", cap),
                              cap);
    case FIELD_GROUP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its group’s name is longer than %d character.",
                                           "Its group’s name is longer than %d characters.", cap),
                              cap);
    case FIELD_PROGRAM:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its program is longer than %d character.",
                                           "Its program is longer than %d characters.", cap),
                              cap);
    case FIELD_LOCATION:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its location is longer than %d character.",
                                           "Its location is longer than %d characters.", cap),
                              cap);
    case FIELD_ADDRESS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its address is longer than %d character.",
                                           "Its address is longer than %d characters.", cap),
                              cap);
    case FIELD_NOTES:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its description is longer than %d character.",
                                           "Its description is longer than %d characters.", cap),
                              cap);
    case FIELD_PHONE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its conference phone number is longer than %d character.",
                                           "Its conference phone number is longer than %d characters.", cap),
                              cap);
    case FIELD_TAGS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its categories come to more than %d character.",
                                           "Its categories come to more than %d characters.", cap),
                              cap);
    case FIELD_TYPES:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its meeting types come to more than %d character.",
                                           "Its meeting types come to more than %d characters.", cap),
                              cap);
    }
}

static gboolean
too_long (RpIcsReader *self,
          const char  *text,
          Field        field)
{
  static const int caps[] = {
    [FIELD_NAME] = RP_MEETING_MAX_NAME_LENGTH,
    [FIELD_GROUP] = RP_MEETING_MAX_GROUP_NAME_LENGTH,
    [FIELD_PROGRAM] = RP_MEETING_MAX_PROGRAM_LENGTH,
    [FIELD_LOCATION] = RP_MEETING_MAX_LOCATION_LENGTH,
    [FIELD_ADDRESS] = RP_MEETING_MAX_ADDRESS_LENGTH,
    [FIELD_NOTES] = RP_MEETING_MAX_NOTES_LENGTH,
    [FIELD_PHONE] = RP_MEETING_MAX_CONFERENCE_PHONE_LENGTH,
    [FIELD_TAGS] = RP_MEETING_MAX_TAGS_LENGTH,
    [FIELD_TYPES] = RP_MEETING_MAX_TYPES_LENGTH,
  };
  g_autofree char *message = NULL;

  if (text == NULL || g_utf8_strlen (text, -1) <= caps[field])
    return FALSE;

  message = too_long_message (field, caps[field]);
  rp_ics_reader_skip (self, RP_ICS_SKIP_TOO_LONG, "%s", message);

  return TRUE;
}

/* --- the other fields ------------------------------------------------------ */

static char *
web_link (const char *text,
          gboolean    https_only)
{
  g_autofree char *link = clean_text (text, TRUE);
  RpUriVerdict verdict;

  if (link == NULL || strlen (link) > RP_MEETING_MAX_ONLINE_URL_LENGTH ||
      (g_ascii_strncasecmp (link, "https://", 8) != 0 &&
       g_ascii_strncasecmp (link, "http://", 7) != 0) ||
      strchr (link, ' ') != NULL)
    return NULL;

  verdict = rp_uri_policy_check (link, NULL);
  if (verdict == RP_URI_VERDICT_REFUSED || (https_only && verdict != RP_URI_VERDICT_ALLOWED))
    return NULL;

  return g_steal_pointer (&link);
}

/* The first https link in a description, as people paste join links. */
static char *
link_in_text (const char *text)
{
  const char *p = text;

  for (guint i = 0; p != NULL && i < 10; i++)
    {
      const char *start = strstr (p, "https://");
      const char *end;
      g_autofree char *candidate = NULL;
      char *link;

      if (start == NULL)
        return NULL;

      end = start;
      while (*end != '\0' && !g_ascii_isspace (*end) && strchr ("<>\"'", *end) == NULL)
        end++;
      while (end > start && strchr (".,;:!?)]", end[-1]) != NULL)
        end--;

      candidate = g_strndup (start, end - start);
      link = web_link (candidate, TRUE);
      if (link != NULL)
        return link;
      p = end;
    }

  return NULL;
}

static char *
read_online_link (RpIcsReader *self,
                  const char  *location)
{
  char *link = NULL;

  if (self->from_reprieve)
    return web_link (first_text (self, ICAL_URL_PROPERTY), FALSE);

  for (icalproperty *property = icalcomponent_get_first_property (self->event, ICAL_ANY_PROPERTY);
       property != NULL && link == NULL;
       property = icalcomponent_get_next_property (self->event, ICAL_ANY_PROPERTY))
    {
      icalproperty_kind kind = icalproperty_isa (property);
      const char *x_name = kind == ICAL_X_PROPERTY ? icalproperty_get_x_name (property) : NULL;

      if (kind == ICAL_CONFERENCE_PROPERTY ||
          (x_name != NULL && !g_str_has_prefix (x_name, RP_ICS_X_PREFIX)))
        link = web_link (rp_ics_property_text (property), FALSE);
    }

  if (link == NULL)
    link = web_link (location, FALSE);
  if (link == NULL)
    link = web_link (first_text (self, ICAL_URL_PROPERTY), FALSE);
  if (link == NULL && first_text (self, ICAL_DESCRIPTION_PROPERTY) != NULL)
    link = link_in_text (first_text (self, ICAL_DESCRIPTION_PROPERTY));

  return link;
}

/* Comma-separated values, as CATEGORIES and Reprieve's types hold them. */
static void
add_list_items (GPtrArray  *items,
                const char *text)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = clean_text (parts[i], TRUE);

      if (item == NULL || g_ptr_array_find_with_equal_func (items, item, g_str_equal, NULL))
        g_free (item);
      else
        g_ptr_array_add (items, item);
    }
}

static gboolean
read_list (RpIcsReader *self,
           GPtrArray   *items,
           Field        field)
{
  g_autofree char *joined = NULL;

  g_ptr_array_add (items, NULL);
  joined = g_strjoinv (",", (char **) items->pdata);
  g_ptr_array_remove_index (items, items->len - 1);

  return !too_long (self, joined, field);
}

static int
read_reminder (RpIcsReader *self)
{
  const char *reprieve = x_text (self, RP_ICS_X_REMINDER);

  if (reprieve != NULL)
    {
      guint64 minutes;

      if (g_ascii_strcasecmp (reprieve, RP_ICS_REMINDER_DEFAULT) == 0)
        return RP_MEETING_REMINDER_DEFAULT;
      if (g_ascii_strcasecmp (reprieve, RP_ICS_REMINDER_OFF) == 0)
        return RP_MEETING_REMINDER_OFF;
      if (g_ascii_string_to_unsigned (reprieve, 10, 0, RP_MEETING_MAX_REMINDER_MINUTES,
                                      &minutes, NULL))
        return (int) minutes;
    }

  /* The first alarm that goes off before the start, relative to it. */
  for (icalcomponent *alarm = icalcomponent_get_first_component (self->event, ICAL_VALARM_COMPONENT);
       alarm != NULL;
       alarm = icalcomponent_get_next_component (self->event, ICAL_VALARM_COMPONENT))
    {
      icalproperty *property = icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY);
      icalparameter *related;
      struct icaltriggertype trigger;
      gint64 offset;

      if (property == NULL || icalcomponent_count_properties (alarm, ICAL_XLICERROR_PROPERTY) > 0)
        continue;

      trigger = icalproperty_get_trigger (property);
      if (!icaltime_is_null_time (trigger.time))
        continue;

      offset = icaldurationtype_as_int (trigger.duration);
      related = icalproperty_get_first_parameter (property, ICAL_RELATED_PARAMETER);
      if (related != NULL && icalparameter_get_related (related) == ICAL_RELATED_END)
        offset += (gint64) self->duration_minutes * 60;

      if (offset <= 0 && -offset <= (gint64) RP_MEETING_MAX_REMINDER_MINUTES * 60)
        return (int) ((-offset + 59) / 60);
    }

  /* No alarm: the meeting reminds like one added by hand. */
  return RP_MEETING_REMINDER_DEFAULT;
}

/* LOCATION is one line of text in most calendars: a place's name, an
 * address, or both. Digits suggest an address, which the map link needs. */
static gboolean
read_place (RpIcsReader  *self,
            RpMeeting    *meeting,
            char        **location_link)
{
  g_autofree char *location = NULL;
  g_autofree char *address = NULL;

  if (self->from_reprieve)
    {
      location = clean_text (x_text (self, RP_ICS_X_LOCATION), TRUE);
      address = clean_text (x_text (self, RP_ICS_X_ADDRESS), TRUE);
    }
  else
    {
      g_autofree char *text = clean_text (first_text (self, ICAL_LOCATION_PROPERTY), TRUE);
      g_autofree char *link = web_link (text, FALSE);

      if (link != NULL)
        *location_link = g_steal_pointer (&link);
      else if (text != NULL && strpbrk (text, "0123456789") == NULL &&
               g_utf8_strlen (text, -1) <= RP_MEETING_MAX_LOCATION_LENGTH)
        location = g_steal_pointer (&text);
      else
        address = g_steal_pointer (&text);
    }

  if (too_long (self, location, FIELD_LOCATION) || too_long (self, address, FIELD_ADDRESS))
    return FALSE;

  rp_meeting_set_location (meeting, location);
  rp_meeting_set_address (meeting, address);

  return TRUE;
}

static gboolean
read_fields (RpIcsReader *self,
             RpMeeting   *meeting)
{
  g_autofree char *name = clean_text (first_text (self, ICAL_SUMMARY_PROPERTY), TRUE);
  g_autofree char *notes = NULL;
  g_autofree char *location_link = NULL;
  g_autofree char *link = NULL;
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);

  if (name == NULL)
    return rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, _("It has no name (SUMMARY)."));
  if (too_long (self, name, FIELD_NAME))
    return FALSE;
  rp_meeting_set_name (meeting, name);

  if (!read_place (self, meeting, &location_link))
    return FALSE;

  /* Reprieve writes its notes apart when the description also holds the
   * group, program or phone. */
  if (self->from_reprieve &&
      (x_text (self, RP_ICS_X_NOTES) != NULL || x_text (self, RP_ICS_X_GROUP) != NULL ||
       x_text (self, RP_ICS_X_PROGRAM) != NULL || x_text (self, RP_ICS_X_PHONE) != NULL))
    notes = clean_text (x_text (self, RP_ICS_X_NOTES), FALSE);
  else
    notes = clean_text (first_text (self, ICAL_DESCRIPTION_PROPERTY), FALSE);
  if (too_long (self, notes, FIELD_NOTES))
    return FALSE;
  rp_meeting_set_notes (meeting, notes);

  link = read_online_link (self, location_link);
  rp_meeting_set_online_url (meeting, link);

  for (icalproperty *property = icalcomponent_get_first_property (self->event, ICAL_CATEGORIES_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (self->event, ICAL_CATEGORIES_PROPERTY))
    add_list_items (tags, rp_ics_property_text (property));
  if (!read_list (self, tags, FIELD_TAGS))
    return FALSE;
  g_ptr_array_add (tags, NULL);
  rp_meeting_set_tags (meeting, (const char * const *) tags->pdata);

  if (self->from_reprieve)
    {
      g_autofree char *group = clean_text (x_text (self, RP_ICS_X_GROUP), TRUE);
      g_autofree char *program = clean_text (x_text (self, RP_ICS_X_PROGRAM), TRUE);
      g_autofree char *phone = clean_text (x_text (self, RP_ICS_X_PHONE), TRUE);
      g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_free);
      const char *home_group = x_text (self, RP_ICS_X_HOME_GROUP);

      add_list_items (types, x_text (self, RP_ICS_X_TYPES));
      if (too_long (self, group, FIELD_GROUP) || too_long (self, program, FIELD_PROGRAM) ||
          too_long (self, phone, FIELD_PHONE) || !read_list (self, types, FIELD_TYPES))
        return FALSE;
      g_ptr_array_add (types, NULL);

      rp_meeting_set_group_name (meeting, group);
      rp_meeting_set_program (meeting, program);
      rp_meeting_set_conference_phone (meeting, phone);
      rp_meeting_set_types (meeting, (const char * const *) types->pdata);
      rp_meeting_set_home_group (meeting, home_group != NULL &&
                                 g_ascii_strcasecmp (home_group, "TRUE") == 0);
    }

  rp_meeting_set_reminder (meeting, read_reminder (self));

  return TRUE;
}

/* --- the event ------------------------------------------------------------- */

static RpMeeting *
read_event (RpIcsReader *self,
            GPtrArray   *overrides)
{
  g_autoptr(RpMeeting) meeting = rp_meeting_new ();
  g_autoptr(RpSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  icalproperty *status = icalcomponent_get_first_property (self->event, ICAL_STATUS_PROPERTY);

  if (icalcomponent_count_properties (self->event, ICAL_XLICERROR_PROPERTY) > 0)
    {
      rp_ics_reader_skip (self, RP_ICS_SKIP_DAMAGED, _("One of its lines could not be read."));
      return NULL;
    }

  if (status != NULL && icalproperty_get_status (status) == ICAL_STATUS_CANCELLED)
    {
      rp_ics_reader_skip (self, RP_ICS_SKIP_CANCELLED, _("It is cancelled."));
      return NULL;
    }

  if (icalcomponent_count_properties (self->event, ICAL_RRULE_PROPERTY) > 1)
    rp_ics_reader_skip (self, RP_ICS_SKIP_UNSUPPORTED_REPEAT, _("It has more than one repeat rule (RRULE)."));
  else if (icalcomponent_count_properties (self->event, ICAL_EXRULE_PROPERTY) > 0)
    rp_ics_reader_skip (self, RP_ICS_SKIP_UNSUPPORTED_REPEAT, _("It has an exception rule (EXRULE)."));
  else if (icalcomponent_count_properties (self->event, ICAL_RDATE_PROPERTY) > 0)
    rp_ics_reader_skip (self, RP_ICS_SKIP_UNSUPPORTED_REPEAT,
                        _("It has extra dates (RDATE), which a meeting’s schedule cannot hold."));
  if (self->reason != NULL)
    return NULL;

  self->repeats = icalcomponent_get_first_property (self->event, ICAL_RRULE_PROPERTY) != NULL;
  self->from_reprieve = FALSE;
  for (icalproperty *property = icalcomponent_get_first_property (self->event, ICAL_X_PROPERTY);
       property != NULL && !self->from_reprieve;
       property = icalcomponent_get_next_property (self->event, ICAL_X_PROPERTY))
    self->from_reprieve = icalproperty_get_x_name (property) != NULL &&
                          g_str_has_prefix (icalproperty_get_x_name (property), RP_ICS_X_PREFIX);

  if (!rp_ics_reader_read_start (self) || !rp_ics_reader_read_duration (self))
    return NULL;

  schedule = rp_ics_reader_read_schedule (self, overrides);
  if (schedule == NULL)
    return NULL;
  rp_meeting_set_schedule (meeting, schedule);

  if (!read_fields (self, meeting))
    return NULL;

  if (!rp_meeting_validate (meeting, &error))
    {
      rp_ics_reader_skip (self, RP_ICS_SKIP_INVALID, "%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&meeting);
}

/**
 * rp_ics_event_read:
 * @event: a VEVENT without RECURRENCE-ID
 * @context: the calendar it is in
 * @overrides: (nullable) (element-type icalproperty): the RECURRENCE-ID
 *   properties of the other VEVENTs with its UID
 * @skip_kind: (out): why it was skipped
 * @reason: (out): why, a translated sentence
 * @error: return location for %RP_IMPORT_ERROR_TIMED_OUT
 *
 * Returns: (transfer full) (nullable): a valid meeting, or %NULL with
 *   @skip_kind and @reason set, or %NULL with @error set when the import
 *   must stop
 */
RpMeeting *
rp_ics_event_read (icalcomponent       *event,
                   const RpIcsContext  *context,
                   GPtrArray           *overrides,
                   RpIcsSkipKind       *skip_kind,
                   char               **reason,
                   GError             **error)
{
  RpIcsReader self = { 0 };
  RpMeeting *meeting;

  self.event = event;
  self.context = context;

  meeting = read_event (&self, overrides);

  if (self.error != NULL)
    {
      g_clear_object (&meeting);
      g_propagate_error (error, g_steal_pointer (&self.error));
    }
  else if (meeting == NULL)
    {
      g_assert (self.reason != NULL);
      *skip_kind = self.skip_kind;
      *reason = g_steal_pointer (&self.reason);
    }

  reader_clear (&self);

  return meeting;
}
