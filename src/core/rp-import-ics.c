/* rp-import-ics.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <libical/ical.h>

#include "rp-ics-event.h"
#include "rp-ics-scanner.h"
#include "rp-ics-zones.h"
#include "rp-import-ics-private.h"
#include "rp-import-ics.h"

/* Reads an .ics file into candidates for My meetings. Pure apart from the
 * system's time zone database: the caller reads the file and stores the
 * meetings (RpStore upserts them by UID).
 *
 * How a hostile file is kept from hanging or crashing the app:
 *  - files over RP_IMPORT_ICS_MAX_BYTES are refused unread;
 *  - rp-ics-scanner.c reads the file first and hands libical only the few
 *    properties used here, in capped lines; VTIMEZONE rules never reach
 *    libical, so it never expands one (zones are mapped by name,
 *    rp-ics-zones.c), and the only recurrence ever run is a COUNT over a
 *    rule already checked to be weekly or monthly;
 *  - a cooperative deadline is checked between lines and between events;
 *  - rp_import_ics_parse_async() and rp_import_ics_parse_with_limit() run
 *    the parse in a worker thread and stop waiting for it at a hard time
 *    limit, whatever it is doing. */

G_DEFINE_BOXED_TYPE (RpIcsReport, rp_ics_report, rp_ics_report_ref, rp_ics_report_unref)

/* Shortened UIDs in reasons: enough to find the event in the file. */
#define MAX_UID_CHARS_SHOWN 40

/* --- the report ---------------------------------------------------------- */

static void
skip_free (gpointer data)
{
  RpIcsSkip *skip = data;

  g_free (skip->uid);
  g_free (skip->reason);
  g_free (skip);
}

static void
report_clear (gpointer data)
{
  RpIcsReport *self = data;

  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->uids, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
}

static RpIcsReport *
report_new (void)
{
  RpIcsReport *self = g_atomic_rc_box_new0 (RpIcsReport);

  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->uids = g_ptr_array_new_with_free_func (g_free);
  self->skipped = g_ptr_array_new_with_free_func (skip_free);

  return self;
}

/**
 * rp_ics_report_ref:
 * @self: a #RpIcsReport
 *
 * Returns: (transfer full): @self
 */
RpIcsReport *
rp_ics_report_ref (RpIcsReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rp_ics_report_unref (RpIcsReport *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, report_clear);
}

/* A UID as reasons show it: short, on one line. */
static char *
shown_uid (const char *uid)
{
  GString *shown = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *p = uid; *p != '\0'; p = g_utf8_next_char (p), n_chars++)
    {
      if (n_chars == MAX_UID_CHARS_SHOWN)
        {
          g_string_append (shown, "…");
          break;
        }
      if ((guchar) *p < 0x20 || *p == 0x7f)
        g_string_append_c (shown, '?');
      else
        g_string_append_unichar (shown, g_utf8_get_char (p));
    }

  return g_string_free (shown, FALSE);
}

static void
add_skip (RpIcsReport     *report,
          const RpIcsItem *item,
          const char      *uid,
          RpIcsSkipKind    kind,
          const char      *sentence)
{
  RpIcsSkip *skip = g_new0 (RpIcsSkip, 1);

  skip->kind = kind;
  skip->position = item->position;
  skip->uid = g_strdup (uid);

  if (item->kind != RP_ICS_ITEM_EVENT)
    /* Translators: the item's position in the file, then why it was skipped */
    skip->reason = g_strdup_printf (_("Item %u: %s"), item->position, sentence);
  else if (uid != NULL)
    {
      g_autofree char *shown = shown_uid (uid);

      /* Translators: the event's position in the file, its UID, then why
       * it was skipped */
      skip->reason = g_strdup_printf (_("Event %u (UID “%s”): %s"), item->position, shown, sentence);
    }
  else
    /* Translators: the event's position in the file, then why it was skipped */
    skip->reason = g_strdup_printf (_("Event %u: %s"), item->position, sentence);

  g_ptr_array_add (report->skipped, skip);
}

static const char *
describe_damage (RpIcsDamage damage)
{
  switch (damage)
    {
    case RP_ICS_DAMAGE_LINE_TOO_LONG:
      return _("One of its lines is too long to be read.");
    case RP_ICS_DAMAGE_TOO_MANY_PARAMETERS:
      return _("One of its lines has too many parameters to be read.");
    case RP_ICS_DAMAGE_NOT_TEXT:
      return _("It holds text that is not UTF-8, or a zero byte.");
    case RP_ICS_DAMAGE_TOO_DEEP:
      return _("Its parts are nested too deeply.");
    case RP_ICS_DAMAGE_TOO_MANY_LINES:
      return _("It has too many lines.");
    case RP_ICS_DAMAGE_UNFINISHED:
      return _("It is cut short: its END line is missing.");
    case RP_ICS_DAMAGE_MALFORMED_LINE:
    case RP_ICS_DAMAGE_NONE:
    default:
      return _("One of its lines is not an iCalendar line.");
    }
}

/* --- libical ------------------------------------------------------------- */

/* The scanner's lines, all short and few, given to libical one by one. */
static icalcomponent *
parse_lines (const char *first,
             GPtrArray  *lines,
             const char *last)
{
  icalparser *parser = icalparser_new ();
  icalcomponent *component = NULL;
  guint n_lines = lines->len + (first != NULL) + (last != NULL);

  for (guint i = 0; i < n_lines && component == NULL; i++)
    {
      const char *text;
      g_autofree char *line = NULL;

      if (first != NULL && i == 0)
        text = first;
      else if (last != NULL && i == n_lines - 1)
        text = last;
      else
        text = g_ptr_array_index (lines, i - (first != NULL));

      line = g_strdup (text);
      component = icalparser_add_line (parser, line);
    }

  icalparser_free (parser);

  return component;
}

static const char *
property_text_by_name (icalcomponent *component,
                       const char    *name)
{
  for (icalproperty *property = icalcomponent_get_first_property (component, ICAL_ANY_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (component, ICAL_ANY_PROPERTY))
    {
      const char *x_name = icalproperty_get_x_name (property);
      icalproperty_kind kind = icalproperty_isa (property);

      if ((x_name != NULL && g_ascii_strcasecmp (x_name, name) == 0) ||
          (kind != ICAL_X_PROPERTY && g_ascii_strcasecmp (icalproperty_kind_to_string (kind), name) == 0))
        {
          if (kind == ICAL_TZID_PROPERTY)
            return icalproperty_get_tzid (property);
          return rp_ics_property_text (property);
        }
    }

  return NULL;
}

static void
read_time_zones (RpIcsZones    *zones,
                 RpIcsCalendar *calendar)
{
  rp_ics_zones_clear_vtimezones (zones);

  for (guint i = 0; i < calendar->time_zones->len; i++)
    {
      RpIcsItem *item = g_ptr_array_index (calendar->time_zones, i);
      icalcomponent *component;
      const char *tzid;

      if (item->damage != RP_ICS_DAMAGE_NONE)
        continue;

      component = parse_lines (NULL, item->lines, NULL);
      if (component == NULL)
        continue;

      tzid = property_text_by_name (component, "TZID");
      if (tzid != NULL && icalcomponent_count_properties (component, ICAL_XLICERROR_PROPERTY) == 0)
        rp_ics_zones_add_vtimezone (zones, tzid, property_text_by_name (component, "X-LIC-LOCATION"));
      icalcomponent_free (component);
    }
}

static char *
read_calendar_time_zone (RpIcsZones    *zones,
                         RpIcsCalendar *calendar)
{
  icalcomponent *component;
  const char *tzid;
  char *zone = NULL;

  if (calendar->lines->len == 0)
    return NULL;

  component = parse_lines ("BEGIN:VCALENDAR", calendar->lines, "END:VCALENDAR");
  if (component == NULL)
    return NULL;

  tzid = property_text_by_name (component, "X-WR-TIMEZONE");
  if (tzid != NULL)
    zone = g_strdup (rp_ics_zones_resolve (zones, tzid));
  icalcomponent_free (component);

  return zone;
}

/* --- events -------------------------------------------------------------- */

typedef struct
{
  RpIcsItem     *item;
  icalcomponent *component;
  char          *uid;
  gboolean       uid_made_up;
  gboolean       is_override;
} Parsed;

static void
parsed_free (gpointer data)
{
  Parsed *parsed = data;

  g_clear_pointer (&parsed->component, icalcomponent_free);
  g_free (parsed->uid);
  g_free (parsed);
}

/* The UID as the file has it: none when it was made up here. */
static const char *
file_uid (const Parsed *parsed)
{
  return parsed->uid_made_up ? NULL : parsed->uid;
}

static char *
hashed_uid (const char *text)
{
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  return g_strconcat ("rp-", digest, NULL);
}

/* The event's UID, or one made from its position and lines: the same
 * file gives the same UIDs again, so a re-import updates instead of
 * adding. */
static char *
read_uid (Parsed *parsed)
{
  g_autofree char *uid = g_strdup (property_text_by_name (parsed->component, "UID"));

  if (uid != NULL)
    g_strstrip (uid);

  if (uid == NULL || uid[0] == '\0')
    {
      g_autofree char *joined = NULL;

      g_autofree char *keyed = NULL;

      g_ptr_array_add (parsed->item->lines, NULL);
      joined = g_strjoinv ("\n", (char **) parsed->item->lines->pdata);
      g_ptr_array_remove_index (parsed->item->lines, parsed->item->lines->len - 1);
      keyed = g_strdup_printf ("%u\n%s", parsed->item->position, joined);
      parsed->uid_made_up = TRUE;
      return hashed_uid (keyed);
    }

  if (g_utf8_strlen (uid, -1) > RP_IMPORT_ICS_MAX_UID_LENGTH)
    return hashed_uid (uid);

  return g_steal_pointer (&uid);
}

/* A damaged event's UID, if it came before the damage: only its own line
 * is given to libical. */
static char *
damaged_item_uid (RpIcsItem *item)
{
  g_autoptr(GPtrArray) uid_lines = g_ptr_array_new ();
  icalcomponent *component;
  char *uid = NULL;

  for (guint i = 0; i < item->lines->len; i++)
    {
      const char *line = g_ptr_array_index (item->lines, i);

      if (g_str_has_prefix (line, "UID:") || g_str_has_prefix (line, "UID;"))
        g_ptr_array_add (uid_lines, (gpointer) line);
    }

  if (uid_lines->len == 0)
    return NULL;

  component = parse_lines ("BEGIN:VEVENT", uid_lines, "END:VEVENT");
  if (component == NULL)
    return NULL;

  uid = g_strdup (property_text_by_name (component, "UID"));
  icalcomponent_free (component);

  return uid;
}

static GPtrArray *
parse_items (RpIcsReport   *report,
             RpIcsCalendar *calendar)
{
  GPtrArray *parsed_items = g_ptr_array_new_with_free_func (parsed_free);

  for (guint i = 0; i < calendar->items->len; i++)
    {
      RpIcsItem *item = g_ptr_array_index (calendar->items, i);
      Parsed *parsed;

      if (item->kind == RP_ICS_ITEM_OTHER)
        {
          add_skip (report, item, NULL, RP_ICS_SKIP_NOT_AN_EVENT,
                    _("It is not an event (a to-do, a journal entry or the like); only events become meetings."));
          continue;
        }

      if (item->damage != RP_ICS_DAMAGE_NONE)
        {
          g_autofree char *uid = damaged_item_uid (item);

          add_skip (report, item, uid, RP_ICS_SKIP_DAMAGED, describe_damage (item->damage));
          continue;
        }

      parsed = g_new0 (Parsed, 1);
      parsed->item = item;
      parsed->component = parse_lines (NULL, item->lines, NULL);
      if (parsed->component == NULL ||
          icalcomponent_isa (parsed->component) != ICAL_VEVENT_COMPONENT)
        {
          add_skip (report, item, NULL, RP_ICS_SKIP_DAMAGED, _("It could not be read."));
          parsed_free (parsed);
          continue;
        }

      parsed->uid = read_uid (parsed);
      parsed->is_override = icalcomponent_get_first_property (parsed->component,
                                                              ICAL_RECURRENCEID_PROPERTY) != NULL;
      g_ptr_array_add (parsed_items, parsed);
    }

  return parsed_items;
}

static gboolean
read_calendar (RpIcsReport          *report,
               RpIcsCalendar        *calendar,
               RpIcsZones           *zones,
               GHashTable           *seen_uids,
               const char           *default_time_zone_id,
               const RpIcsDeadline  *deadline,
               GError              **error)
{
  g_autoptr(GPtrArray) parsed_items = NULL;
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GHashTable) imported = NULL;
  g_autofree char *calendar_time_zone_id = NULL;
  RpIcsContext context = { 0 };

  read_time_zones (zones, calendar);
  calendar_time_zone_id = read_calendar_time_zone (zones, calendar);
  context.zones = zones;
  context.default_time_zone_id = default_time_zone_id;
  context.calendar_time_zone_id = calendar_time_zone_id;
  context.deadline = deadline;

  parsed_items = parse_items (report, calendar);

  /* UID → the RECURRENCE-IDs that change its occurrences. */
  overrides = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                     (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < parsed_items->len; i++)
    {
      Parsed *parsed = g_ptr_array_index (parsed_items, i);
      GPtrArray *list;

      if (!parsed->is_override)
        continue;

      list = g_hash_table_lookup (overrides, parsed->uid);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (overrides, parsed->uid, list);
        }
      g_ptr_array_add (list, icalcomponent_get_first_property (parsed->component,
                                                               ICAL_RECURRENCEID_PROPERTY));
    }

  /* UID → the position of the meeting made from it. */
  imported = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < parsed_items->len; i++)
    {
      Parsed *parsed = g_ptr_array_index (parsed_items, i);
      g_autofree char *reason = NULL;
      RpIcsSkipKind kind = RP_ICS_SKIP_INVALID;
      RpMeeting *meeting;

      if (parsed->is_override)
        continue;

      if (rp_ics_deadline_expired (deadline))
        {
          rp_ics_set_timed_out_error (error);
          return FALSE;
        }

      if (g_hash_table_contains (seen_uids, parsed->uid))
        {
          add_skip (report, parsed->item, file_uid (parsed), RP_ICS_SKIP_DUPLICATE,
                    _("An earlier event in the file has the same UID."));
          continue;
        }
      g_hash_table_add (seen_uids, g_strdup (parsed->uid));

      meeting = rp_ics_event_read (parsed->component, &context,
                                   g_hash_table_lookup (overrides, parsed->uid),
                                   &kind, &reason, error);
      if (meeting == NULL && reason == NULL)
        return FALSE;

      if (meeting == NULL)
        {
          add_skip (report, parsed->item, file_uid (parsed), kind, reason);
          continue;
        }

      g_ptr_array_add (report->meetings, meeting);
      g_ptr_array_add (report->uids, g_strdup (parsed->uid));
      g_hash_table_insert (imported, parsed->uid, GUINT_TO_POINTER (parsed->item->position));
    }

  for (guint i = 0; i < parsed_items->len; i++)
    {
      Parsed *parsed = g_ptr_array_index (parsed_items, i);
      guint master = GPOINTER_TO_UINT (g_hash_table_lookup (imported, parsed->uid));
      g_autofree char *sentence = NULL;

      if (!parsed->is_override)
        continue;

      if (master != 0)
        sentence = g_strdup_printf (_("It changes one occurrence of event %u, which Reprieve cannot keep; that occurrence is left out of the meeting."),
                                    master);
      else
        sentence = g_strdup (_("It changes one occurrence of an event that was not imported."));

      add_skip (report, parsed->item, file_uid (parsed), RP_ICS_SKIP_CHANGED_OCCURRENCE,
                sentence);
    }

  return TRUE;
}

static int
compare_skips (gconstpointer a,
               gconstpointer b)
{
  const RpIcsSkip *skip_a = *(const RpIcsSkip * const *) a;
  const RpIcsSkip *skip_b = *(const RpIcsSkip * const *) b;

  return (skip_a->position > skip_b->position) - (skip_a->position < skip_b->position);
}

/**
 * rp_import_ics_parse:
 * @data: the file's contents
 * @default_time_zone_id: (nullable): the IANA zone for times without one
 *   (floating), when the calendar has no X-WR-TIMEZONE: the user's own
 * @deadline: a g_get_monotonic_time() at which to give up, or 0 for none
 * @cancellable: (nullable): stops the parse, from any thread
 * @error: return location for a #RpImportError
 *
 * Reads an .ics file in the calling thread, checking @deadline and
 * @cancellable as it goes. UI code uses rp_import_ics_parse_async().
 *
 * Returns: (transfer full) (nullable): what the file gave, or %NULL with
 *   @error set when the whole file is refused: too large, not a calendar,
 *   no events, or %RP_IMPORT_ERROR_TIMED_OUT
 */
RpIcsReport *
rp_import_ics_parse (GBytes        *data,
                     const char    *default_time_zone_id,
                     gint64         deadline,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(RpIcsReport) report = NULL;
  g_autoptr(RpIcsScan) scan = NULL;
  g_autoptr(RpIcsZones) zones = NULL;
  g_autoptr(GHashTable) seen_uids = NULL;
  RpIcsDeadline limits = { deadline > 0 ? deadline : G_MAXINT64, cancellable };
  const char *text;
  gsize length;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = g_bytes_get_data (data, &length);
  if (length > RP_IMPORT_ICS_MAX_BYTES)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                   _("The calendar file is larger than %d MiB. Export only the calendar with your meetings."),
                   RP_IMPORT_ICS_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  scan = rp_ics_scan (text != NULL ? text : "", length, RP_IMPORT_ICS_MAX_ITEMS, &limits, error);
  if (scan == NULL)
    return NULL;

  if (scan->n_items == 0)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY,
                           _("The calendar holds no events."));
      return NULL;
    }

  report = report_new ();
  zones = rp_ics_zones_new ();
  seen_uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < scan->calendars->len; i++)
    if (!read_calendar (report, g_ptr_array_index (scan->calendars, i), zones, seen_uids,
                        default_time_zone_id, &limits, error))
      return NULL;

  g_ptr_array_sort (report->skipped, compare_skips);

  return g_steal_pointer (&report);
}
