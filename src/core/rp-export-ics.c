/* rp-export-ics.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-export-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <libical/ical.h>

#include "rp-export-ics.h"
#include "rp-ics-event.h"
#include "rp-meeting.h"
#include "rp-schedule-private.h"

/* Writes My meetings as one iCalendar file that GNOME Calendar,
 * Thunderbird and phones import as real repeating events:
 *  - one VEVENT per meeting, archived ones left out (they no longer take
 *    place; the export is a calendar, not a backup);
 *  - DTSTART/DTEND in the meeting's zone (TZID), DTSTART on its first
 *    occurrence (a first date that is not a meeting day would otherwise
 *    become an extra occurrence elsewhere), the stored RRULE with its last
 *    date as a UTC UNTIL as RFC 5545 requires, one EXDATE per excluded
 *    date; a meeting in UTC is written in UTC, without a TZID;
 *  - a VTIMEZONE per zone used, from libical's copy of the system's tz
 *    data, renamed to the plain IANA name and cut to the years that
 *    matter;
 *  - a VALARM for the reminder, none when it is off;
 *  - Reprieve's own fields in X-REPRIEVE- properties, so that importing
 *    the file again gives the same meetings (rp-ics-event.c).
 * A repeating meeting that never takes place (its last date comes before
 * its first meeting day) is left out: other calendars would show it once.
 *
 * libical 3.0.16 folds lines by itself, but it can split a line's CRLF
 * (leaving a stray CR when a line is 74 octets long); its output is
 * unfolded and folded again here, at 75 octets and between characters. */

G_DEFINE_QUARK (rp-export-error-quark, rp_export_error)

#define PRODID "-//Reprieve//Reprieve " PACKAGE_VERSION "//EN"
#define FOLD_OCTETS 75
/* Weekly and monthly meetings meet within this many days of any date. */
#define MAX_DAYS_TO_FIRST_MEETING 40

/* --- time ------------------------------------------------------------------ */

static gboolean
is_utc_zone (const char *zone_id)
{
  return strcmp (zone_id, "UTC") == 0;
}

static struct icaltimetype
ical_time (GDateTime *date_time,
           gboolean   utc)
{
  struct icaltimetype time = icaltime_null_time ();

  time.year = g_date_time_get_year (date_time);
  time.month = g_date_time_get_month (date_time);
  time.day = g_date_time_get_day_of_month (date_time);
  time.hour = g_date_time_get_hour (date_time);
  time.minute = g_date_time_get_minute (date_time);
  time.second = g_date_time_get_second (date_time);
  time.is_date = 0;
  if (utc)
    time.zone = icaltimezone_get_utc_timezone ();

  return time;
}

/* A date-time property on the meeting's clock: with a TZID, or in UTC. */
static icalproperty *
zoned_property (icalproperty *property,
                const char   *zone_id)
{
  if (!is_utc_zone (zone_id))
    icalproperty_add_parameter (property, icalparameter_new_tzid (zone_id));

  return property;
}

static struct icaltimetype
meeting_time (RpSchedule   *schedule,
              const GDate  *date,
              GDateTime   **instant)
{
  g_autoptr(GDateTime) start = rp_schedule_wall_time_to_date_time (rp_schedule_get_time_zone (schedule),
                                                                   date,
                                                                   rp_schedule_get_start_minute (schedule));

  if (instant != NULL)
    *instant = g_date_time_ref (start);

  return ical_time (start, is_utc_zone (rp_schedule_get_time_zone_id (schedule)));
}

static gboolean
first_meeting_date (RpSchedule *schedule,
                    GDate      *date)
{
  const GDate *last_date = rp_schedule_get_last_date (schedule);

  *date = *rp_schedule_get_first_date (schedule);
  if (rp_schedule_get_kind (schedule) == RP_SCHEDULE_ONCE)
    return TRUE;

  for (guint i = 0; i < MAX_DAYS_TO_FIRST_MEETING; i++)
    {
      if (last_date != NULL && g_date_compare (date, last_date) > 0)
        return FALSE;
      if (rp_schedule_rule_matches (schedule, date))
        return TRUE;
      g_date_add_days (date, 1);
    }

  return FALSE;
}

/* --- time zones ------------------------------------------------------------ */

static int
observance_last_year (icalcomponent *observance)
{
  icalproperty *rule = icalcomponent_get_first_property (observance, ICAL_RRULE_PROPERTY);
  int last_year;

  if (rule != NULL)
    {
      struct icalrecurrencetype recurrence = icalproperty_get_rrule (rule);

      return icaltime_is_null_time (recurrence.until) ? G_MAXINT : recurrence.until.year;
    }

  last_year = icalcomponent_get_dtstart (observance).year;
  for (icalproperty *rdate = icalcomponent_get_first_property (observance, ICAL_RDATE_PROPERTY);
       rdate != NULL;
       rdate = icalcomponent_get_next_property (observance, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype value = icalproperty_get_rdate (rdate);
      int year = icaltime_is_null_time (value.time) ? value.period.start.year : value.time.year;

      last_year = MAX (last_year, year);
    }

  return last_year;
}

/* Drops the observances that ended before @first_year, except the last of
 * them: it says which offset is in force when @first_year begins. */
static void
trim_observances (icalcomponent *vtimezone,
                  int            first_year)
{
  g_autoptr(GPtrArray) old = g_ptr_array_new ();
  icalcomponent *latest_old = NULL;
  int latest_old_year = G_MININT;

  for (icalcomponent *observance = icalcomponent_get_first_component (vtimezone, ICAL_ANY_COMPONENT);
       observance != NULL;
       observance = icalcomponent_get_next_component (vtimezone, ICAL_ANY_COMPONENT))
    {
      int last_year = observance_last_year (observance);

      if (last_year >= first_year)
        continue;

      g_ptr_array_add (old, observance);
      if (last_year >= latest_old_year)
        {
          latest_old_year = last_year;
          latest_old = observance;
        }
    }

  for (guint i = 0; i < old->len; i++)
    {
      icalcomponent *observance = g_ptr_array_index (old, i);

      if (observance == latest_old)
        continue;
      icalcomponent_remove_component (vtimezone, observance);
      icalcomponent_free (observance);
    }
}

static icalcomponent *
make_vtimezone (const char  *zone_id,
                int          first_year,
                GError     **error)
{
  icaltimezone *builtin = icaltimezone_get_builtin_timezone (zone_id);
  icalcomponent *source = builtin != NULL ? icaltimezone_get_component (builtin) : NULL;
  icalcomponent *vtimezone;
  icalproperty *tzid;

  if (source == NULL)
    {
      g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_NO_TIME_ZONE_DATA,
                   _("This computer has no data for the time zone “%s”, so meetings in it cannot be exported."),
                   zone_id);
      return NULL;
    }

  vtimezone = icalcomponent_new_clone (source);

  /* libical names its zones "/freeassociation.sourceforge.net/…"; our
   * TZIDs are the IANA names other programs know. */
  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, zone_id);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (zone_id));

  /* A year earlier than needed: a first meeting on 1 January may still
   * depend on the change of the year before. */
  trim_observances (vtimezone, first_year - 1);

  return vtimezone;
}

/* --- one meeting ----------------------------------------------------------- */

/* No CR ever reaches libical: a lone one would end up in the file. */
static char *
plain_text (const char *text)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;

  parts = g_strsplit_set (text, "\r", -1);

  return g_strjoinv ("", parts);
}

static void
add_x_text (icalcomponent *event,
            const char    *name,
            const char    *value)
{
  g_autofree char *plain = plain_text (value);
  icalproperty *property;

  if (plain == NULL || plain[0] == '\0')
    return;

  property = icalproperty_new_x (plain);
  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (event, property);
}

/* The notes, then what other calendars have no field for, one per line. */
static char *
describe (RpMeeting *meeting)
{
  g_autoptr(GPtrArray) extra = g_ptr_array_new_with_free_func (g_free);
  const char *notes = rp_meeting_get_notes (meeting);
  const char *group = rp_meeting_get_group_name (meeting);
  const char *program = rp_meeting_get_program (meeting);
  const char *phone = rp_meeting_get_conference_phone (meeting);
  g_autofree char *extra_text = NULL;

  if (group != NULL)
    /* Translators: a line in the description of an exported calendar event */
    g_ptr_array_add (extra, g_strdup_printf (C_("exported event", "Group: %s"), group));
  if (program != NULL)
    g_ptr_array_add (extra, g_strdup_printf (C_("exported event", "Program: %s"), program));
  if (phone != NULL)
    g_ptr_array_add (extra, g_strdup_printf (C_("exported event", "Conference phone: %s"), phone));

  if (extra->len == 0)
    return g_strdup (notes);

  g_ptr_array_add (extra, NULL);
  extra_text = g_strjoinv ("\n", (char **) extra->pdata);
  if (notes == NULL)
    return g_steal_pointer (&extra_text);

  return g_strconcat (notes, "\n\n", extra_text, NULL);
}

static void
add_alarm (icalcomponent *event,
           RpMeeting     *meeting,
           guint          default_reminder_minutes)
{
  int reminder = rp_meeting_get_reminder (meeting);
  struct icaltriggertype trigger = { 0 };
  icalcomponent *alarm;

  if (reminder == RP_MEETING_REMINDER_OFF)
    return;
  if (reminder == RP_MEETING_REMINDER_DEFAULT)
    reminder = MIN (default_reminder_minutes, RP_MEETING_MAX_REMINDER_MINUTES);

  trigger.time = icaltime_null_time ();
  trigger.duration = icaldurationtype_from_int (-reminder * 60);

  alarm = icalcomponent_new_valarm ();
  icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
  icalcomponent_add_property (alarm, icalproperty_new_description (rp_meeting_get_name (meeting)));
  icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
  icalcomponent_add_component (event, alarm);
}

static void
add_reprieve_fields (icalcomponent *event,
                     RpMeeting     *meeting,
                     const char    *description)
{
  g_autofree char *types = g_strjoinv (",", (char **) rp_meeting_get_types (meeting));
  g_autofree char *reminder = NULL;

  add_x_text (event, RP_ICS_X_LOCATION, rp_meeting_get_location (meeting));
  add_x_text (event, RP_ICS_X_ADDRESS, rp_meeting_get_address (meeting));
  add_x_text (event, RP_ICS_X_GROUP, rp_meeting_get_group_name (meeting));
  add_x_text (event, RP_ICS_X_PROGRAM, rp_meeting_get_program (meeting));
  add_x_text (event, RP_ICS_X_PHONE, rp_meeting_get_conference_phone (meeting));
  add_x_text (event, RP_ICS_X_TYPES, types);
  if (rp_meeting_get_home_group (meeting))
    add_x_text (event, RP_ICS_X_HOME_GROUP, "TRUE");
  if (g_strcmp0 (description, rp_meeting_get_notes (meeting)) != 0)
    add_x_text (event, RP_ICS_X_NOTES, rp_meeting_get_notes (meeting));

  /* Always there: it marks the event as Reprieve's. */
  switch (rp_meeting_get_reminder (meeting))
    {
    case RP_MEETING_REMINDER_DEFAULT:
      reminder = g_strdup (RP_ICS_REMINDER_DEFAULT);
      break;
    case RP_MEETING_REMINDER_OFF:
      reminder = g_strdup (RP_ICS_REMINDER_OFF);
      break;
    default:
      reminder = g_strdup_printf ("%d", rp_meeting_get_reminder (meeting));
      break;
    }
  add_x_text (event, RP_ICS_X_REMINDER, reminder);
}

static void
add_schedule (icalcomponent *event,
              RpSchedule    *schedule,
              const GDate   *first_meeting)
{
  const char *zone_id = rp_schedule_get_time_zone_id (schedule);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) end_local = NULL;
  icalproperty *property;
  const GDate *excluded;
  guint n_excluded;

  property = icalproperty_new_dtstart (meeting_time (schedule, first_meeting, &start));
  icalcomponent_add_property (event, zoned_property (property, zone_id));

  end = g_date_time_add_minutes (start, rp_schedule_get_duration_minutes (schedule));
  end_local = g_date_time_to_timezone (end, rp_schedule_get_time_zone (schedule));
  property = icalproperty_new_dtend (ical_time (end_local, is_utc_zone (zone_id)));
  icalcomponent_add_property (event, zoned_property (property, zone_id));

  if (rp_schedule_get_kind (schedule) != RP_SCHEDULE_ONCE)
    {
      g_autoptr(GString) rule_text = g_string_new (NULL);
      const GDate *last_date = rp_schedule_get_last_date (schedule);
      struct icalrecurrencetype rule;

      /* The stored rule without its UNTIL date... */
      rp_schedule_append_rule_text (schedule, rule_text);
      rule = icalrecurrencetype_from_string (rule_text->str);

      /* ...which becomes the UTC start of the last date's meeting. */
      if (last_date != NULL)
        {
          g_autoptr(GDateTime) until = NULL;
          g_autoptr(GDateTime) until_utc = NULL;

          meeting_time (schedule, last_date, &until);
          until_utc = g_date_time_to_utc (until);
          rule.until = ical_time (until_utc, TRUE);
        }

      icalcomponent_add_property (event, icalproperty_new_rrule (rule));
    }

  excluded = rp_schedule_get_excluded_dates (schedule, &n_excluded);
  for (guint i = 0; i < n_excluded; i++)
    {
      property = icalproperty_new_exdate (meeting_time (schedule, &excluded[i], NULL));
      icalcomponent_add_property (event, zoned_property (property, zone_id));
    }
}

static char *
meeting_uid (RpMeeting  *meeting,
             GHashTable *used)
{
  const char *import_uid = rp_meeting_get_import_uid (meeting);
  g_autofree char *base = NULL;
  char *uid;

  /* The UID it came with, or the one the store gave it when first saved. */
  if (import_uid != NULL && import_uid[0] != '\0')
    base = g_strdup (import_uid);
  else if (rp_meeting_get_id (meeting) > 0)
    base = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "@reprieve", rp_meeting_get_id (meeting));
  else
    {
      /* Not saved yet: the same meeting gives the same UID. */
      RpSchedule *schedule = rp_meeting_get_schedule (meeting);
      g_autofree char *rule = rp_schedule_to_rrule (schedule);
      g_autofree char *first = rp_schedule_dup_first_date_string (schedule);
      g_autofree char *key = g_strdup_printf ("%s\n%s\n%s", rp_meeting_get_name (meeting),
                                              rule != NULL ? rule : "", first);
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

      digest[16] = '\0';
      base = g_strdup_printf ("meeting-%s@reprieve", digest);
    }

  uid = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (used, uid); n++)
    {
      g_free (uid);
      uid = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (used, g_strdup (uid));

  return uid;
}

static icalcomponent *
make_event (RpMeeting   *meeting,
            const GDate *first_meeting,
            GDateTime   *now,
            const char  *uid,
            guint        default_reminder_minutes)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autoptr(GDateTime) now_utc = g_date_time_to_utc (now);
  g_autofree char *name = plain_text (rp_meeting_get_name (meeting));
  g_autofree char *description = describe (meeting);
  g_autofree char *plain_description = plain_text (description);
  const char *location = rp_meeting_get_location (meeting);
  const char *address = rp_meeting_get_address (meeting);
  const char * const *tags = rp_meeting_get_tags (meeting);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (ical_time (now_utc, TRUE)));
  add_schedule (event, rp_meeting_get_schedule (meeting), first_meeting);
  icalcomponent_add_property (event, icalproperty_new_summary (name));

  if (location != NULL || address != NULL)
    {
      g_autofree char *place = location != NULL && address != NULL
                               ? g_strdup_printf ("%s, %s", location, address)
                               : g_strdup (location != NULL ? location : address);
      g_autofree char *plain_place = plain_text (place);

      icalcomponent_add_property (event, icalproperty_new_location (plain_place));
    }

  if (rp_meeting_get_online_url (meeting) != NULL)
    icalcomponent_add_property (event, icalproperty_new_url (rp_meeting_get_online_url (meeting)));

  if (plain_description != NULL)
    icalcomponent_add_property (event, icalproperty_new_description (plain_description));

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *tag = plain_text (tags[i]);

      icalcomponent_add_property (event, icalproperty_new_categories (tag));
    }

  add_reprieve_fields (event, meeting, description);
  add_alarm (event, meeting, default_reminder_minutes);

  return event;
}

/* --- the file ---------------------------------------------------------------- */

static void
append_folded (GString    *out,
               const char *line,
               gsize       length)
{
  gsize room = FOLD_OCTETS;

  while (length > room)
    {
      gsize cut = room;

      /* Never inside a UTF-8 character. */
      while (cut > 0 && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;

      g_string_append_len (out, line, cut);
      g_string_append (out, "\r\n ");
      line += cut;
      length -= cut;
      room = FOLD_OCTETS - 1;
    }

  g_string_append_len (out, line, length);
  g_string_append (out, "\r\n");
}

static GBytes *
serialize (icalcomponent *calendar)
{
  g_autofree char *raw = icalcomponent_as_ical_string_r (calendar);
  GString *unfolded = g_string_sized_new (strlen (raw));
  GString *out = g_string_sized_new (strlen (raw) + strlen (raw) / 32);
  const char *line;

  for (const char *p = raw; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && (p[2] == ' ' || p[2] == '\t'))
        p += 2;
      else
        g_string_append_c (unfolded, *p);
    }

  line = unfolded->str;
  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");

      if (end == NULL)
        end = line + strlen (line);
      append_folded (out, line, end - line);
      line = *end != '\0' ? end + 2 : end;
    }

  g_string_free (unfolded, TRUE);

  return g_string_free_to_bytes (out);
}

/**
 * rp_export_ics:
 * @meetings: (element-type RpMeeting): My meetings
 * @now: the moment of the export (DTSTAMP)
 * @default_reminder_minutes: the lead time of meetings whose reminder is
 *   %RP_MEETING_REMINDER_DEFAULT
 * @error: return location for a #RpExportError
 *
 * Writes @meetings as one VCALENDAR; see the top of rp-export-ics.c for
 * what goes in. Archived meetings are left out.
 *
 * Returns: (transfer full) (nullable): the file's contents (UTF-8, CRLF
 *   line ends), or %NULL with @error set
 */
GBytes *
rp_export_ics (GPtrArray  *meetings,
               GDateTime  *now,
               guint       default_reminder_minutes,
               GError    **error)
{
  g_autoptr(GHashTable) first_years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) used_uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GList) zones = NULL;
  icalcomponent *calendar;
  GBytes *bytes;

  g_return_val_if_fail (meetings != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  for (guint i = 0; i < meetings->len; i++)
    {
      RpMeeting *meeting = g_ptr_array_index (meetings, i);
      RpSchedule *schedule;
      g_autofree char *uid = NULL;
      const char *zone_id;
      GDate first_meeting;
      int year;

      g_return_val_if_fail (RP_IS_MEETING (meeting), NULL);

      schedule = rp_meeting_get_schedule (meeting);
      if (rp_meeting_get_archived (meeting) || schedule == NULL ||
          !first_meeting_date (schedule, &first_meeting))
        continue;

      zone_id = rp_schedule_get_time_zone_id (schedule);
      year = g_date_get_year (&first_meeting);
      if (!is_utc_zone (zone_id) &&
          (!g_hash_table_contains (first_years, zone_id) ||
           GPOINTER_TO_INT (g_hash_table_lookup (first_years, zone_id)) > year))
        g_hash_table_replace (first_years, g_strdup (zone_id), GINT_TO_POINTER (year));

      uid = meeting_uid (meeting, used_uids);
      g_ptr_array_add (events, make_event (meeting, &first_meeting, now, uid,
                                           default_reminder_minutes));
    }

  /* VTIMEZONEs first, in a stable order, as calendar programs write them. */
  zones = g_hash_table_get_keys (first_years);
  zones = g_list_sort (zones, (GCompareFunc) strcmp);
  for (GList *l = zones; l != NULL; l = l->next)
    {
      icalcomponent *vtimezone = make_vtimezone (l->data,
                                                 GPOINTER_TO_INT (g_hash_table_lookup (first_years, l->data)),
                                                 error);

      if (vtimezone == NULL)
        {
          for (guint i = 0; i < events->len; i++)
            icalcomponent_free (g_ptr_array_index (events, i));
          icalcomponent_free (calendar);
          return NULL;
        }
      icalcomponent_add_component (calendar, vtimezone);
    }

  for (guint i = 0; i < events->len; i++)
    icalcomponent_add_component (calendar, g_ptr_array_index (events, i));

  bytes = serialize (calendar);
  icalcomponent_free (calendar);

  return bytes;
}
