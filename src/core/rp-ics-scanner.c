/* rp-ics-scanner.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rp-import.h"
#include "rp-ics-scanner.h"

/* The first pass over an .ics file, before libical sees any of it. It
 * unfolds content lines, follows BEGIN/END, and keeps only the lines of
 * the properties the importer reads, checked against the caps in the
 * header. libical 3.0 can spend minutes on a hostile file (a VTIMEZONE
 * whose rules repeat every minute, a line with thousands of parameters);
 * what it gets from here is small and plain:
 *  - VTIMEZONEs keep their TZID and X-LIC-LOCATION only, never their
 *    rules, so libical can never expand a zone from the file;
 *  - an event keeps the properties of rp-ics-event.c and its VALARMs'
 *    TRIGGER and ACTION; attendees, attachments, HTML descriptions and
 *    unknown components are dropped unread;
 *  - a line that is too long, has too many parameters, holds a NUL or
 *    invalid UTF-8, or is not a content line at all marks its event as
 *    damaged (skipped with a reason) instead of reaching libical.
 * Parsing the values stays libical's job. */

/* Property names longer than this are not content lines we care about. */
#define MAX_NAME_BYTES 128
#define MAX_COMPONENT_NAME_BYTES 64
/* How many physical lines between two looks at the clock. */
#define LINES_PER_DEADLINE_CHECK 64

typedef struct
{
  const RpIcsDeadline  *deadline;
  guint                 max_items;
  RpIcsScan            *scan;
  RpIcsCalendar        *calendar;
  RpIcsItem            *item;
  char                 *stack[RP_ICS_MAX_DEPTH];
  guint                 depth;
  guint                 overflow;
  gboolean              in_alarm;
  guint                 n_alarms;
  gboolean              seen_calendar;
  GError               *error;
} Scanner;

gboolean
rp_ics_deadline_expired (const RpIcsDeadline *self)
{
  if (self == NULL)
    return FALSE;

  if (self->cancellable != NULL && g_cancellable_is_cancelled (self->cancellable))
    return TRUE;

  return g_get_monotonic_time () >= self->deadline;
}

void
rp_ics_set_timed_out_error (GError **error)
{
  g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TIMED_OUT,
                       _("Reading the calendar file took too long, so it was stopped. The file may be damaged or far more complex than a list of meetings."));
}

/* --- the result ------------------------------------------------------ */

static void
item_free (gpointer data)
{
  RpIcsItem *item = data;

  g_free (item->component_name);
  g_ptr_array_unref (item->lines);
  g_free (item);
}

static void
calendar_free (gpointer data)
{
  RpIcsCalendar *calendar = data;

  g_ptr_array_unref (calendar->lines);
  g_ptr_array_unref (calendar->items);
  g_ptr_array_unref (calendar->time_zones);
  g_free (calendar);
}

void
rp_ics_scan_free (RpIcsScan *scan)
{
  if (scan == NULL)
    return;

  g_ptr_array_unref (scan->calendars);
  g_free (scan);
}

static void
damage (Scanner     *self,
        RpIcsDamage  kind)
{
  if (self->item != NULL && self->item->damage == RP_ICS_DAMAGE_NONE)
    self->item->damage = kind;
}

static void
add_line (GPtrArray  *lines,
          const char *line,
          gsize       length,
          gsize       name_length)
{
  char *copy = g_strndup (line, length);

  for (gsize i = 0; i < name_length; i++)
    copy[i] = g_ascii_toupper (copy[i]);

  g_ptr_array_add (lines, copy);
}

/* --- which lines are kept -------------------------------------------- */

static const char * const event_properties[] = {
  "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "EXRULE", "RDATE", "EXDATE",
  "RECURRENCE-ID", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "CATEGORIES",
  "STATUS", "CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
};

static gboolean
name_in (const char         *name,
         const char * const *names,
         gsize               n_names)
{
  for (gsize i = 0; i < n_names; i++)
    if (strcmp (name, names[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_event_property (const char *name)
{
  if (name_in (name, event_properties, G_N_ELEMENTS (event_properties)))
    return TRUE;

  /* Reprieve's own fields, and the join links calendars add
   * (X-GOOGLE-CONFERENCE, X-MS-OLK-CONFERENCE...). */
  return g_str_has_prefix (name, "X-REPRIEVE-") ||
         (g_str_has_prefix (name, "X-") && strstr (name, "CONFERENCE") != NULL);
}

static GPtrArray *
lines_for_property (Scanner    *self,
                    const char *name)
{
  static const char * const alarm_properties[] = { "TRIGGER", "ACTION" };
  static const char * const zone_properties[] = { "TZID", "X-LIC-LOCATION" };
  static const char * const calendar_properties[] = { "X-WR-TIMEZONE" };

  if (self->calendar == NULL || self->overflow > 0)
    return NULL;

  if (self->depth == 1)
    return name_in (name, calendar_properties, G_N_ELEMENTS (calendar_properties))
           ? self->calendar->lines : NULL;

  if (self->item == NULL || self->item->kind == RP_ICS_ITEM_OTHER)
    return NULL;

  if (self->item->kind == RP_ICS_ITEM_TIME_ZONE)
    return self->depth == 2 && name_in (name, zone_properties, G_N_ELEMENTS (zone_properties))
           ? self->item->lines : NULL;

  if (self->depth == 2)
    return is_event_property (name) ? self->item->lines : NULL;

  if (self->depth == 3 && self->in_alarm)
    return name_in (name, alarm_properties, G_N_ELEMENTS (alarm_properties))
           ? self->item->lines : NULL;

  return NULL;
}

/* Lines at these levels would have reached libical: a broken one there
 * means the event cannot be read as it was meant. */
static gboolean
at_read_level (Scanner *self)
{
  return self->item != NULL && self->item->kind == RP_ICS_ITEM_EVENT && self->overflow == 0 &&
         (self->depth == 2 || (self->depth == 3 && self->in_alarm));
}

/* --- components -------------------------------------------------------- */

static gboolean
begin_component (Scanner    *self,
                 const char *name)
{
  if (self->depth >= RP_ICS_MAX_DEPTH)
    {
      self->overflow++;
      damage (self, RP_ICS_DAMAGE_TOO_DEEP);
      return TRUE;
    }

  if (self->overflow > 0)
    {
      self->overflow++;
      return TRUE;
    }

  self->stack[self->depth++] = g_strdup (name);

  if (self->depth == 1 && strcmp (name, "VCALENDAR") == 0)
    {
      if (self->scan->calendars->len >= RP_ICS_MAX_CALENDARS)
        {
          g_set_error (&self->error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                       _("The file holds more than %d calendars."), RP_ICS_MAX_CALENDARS);
          return FALSE;
        }

      self->seen_calendar = TRUE;
      self->calendar = g_new0 (RpIcsCalendar, 1);
      self->calendar->lines = g_ptr_array_new_with_free_func (g_free);
      self->calendar->items = g_ptr_array_new_with_free_func (item_free);
      self->calendar->time_zones = g_ptr_array_new_with_free_func (item_free);
      g_ptr_array_add (self->scan->calendars, self->calendar);
      return TRUE;
    }

  if (self->depth == 2 && self->calendar != NULL)
    {
      RpIcsItem *item = g_new0 (RpIcsItem, 1);

      item->component_name = g_strdup (name);
      item->lines = g_ptr_array_new_with_free_func (g_free);

      if (strcmp (name, "VTIMEZONE") == 0)
        {
          if (self->calendar->time_zones->len >= RP_ICS_MAX_TIME_ZONES)
            {
              item_free (item);
              g_set_error (&self->error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                           _("The file holds more than %d time zones."), RP_ICS_MAX_TIME_ZONES);
              return FALSE;
            }
          item->kind = RP_ICS_ITEM_TIME_ZONE;
          g_ptr_array_add (self->calendar->time_zones, item);
        }
      else
        {
          if (self->scan->n_items >= self->max_items)
            {
              item_free (item);
              g_set_error (&self->error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                           _("The file holds more than %u events. Export only the calendar with your meetings."),
                           self->max_items);
              return FALSE;
            }
          item->kind = strcmp (name, "VEVENT") == 0 ? RP_ICS_ITEM_EVENT : RP_ICS_ITEM_OTHER;
          item->position = ++self->scan->n_items;
          g_ptr_array_add (self->calendar->items, item);
        }

      g_ptr_array_add (item->lines, g_strdup_printf ("BEGIN:%s", name));
      self->item = item;
      self->n_alarms = 0;
      return TRUE;
    }

  if (self->depth == 3 && self->item != NULL && self->item->kind == RP_ICS_ITEM_EVENT &&
      strcmp (name, "VALARM") == 0 && self->n_alarms < RP_ICS_MAX_ALARMS)
    {
      self->in_alarm = TRUE;
      self->n_alarms++;
      g_ptr_array_add (self->item->lines, g_strdup ("BEGIN:VALARM"));
    }

  return TRUE;
}

/* Closes the innermost component; @properly is FALSE when its END is
 * missing (another END or the end of the file came first). */
static void
close_component (Scanner  *self,
                 gboolean  properly)
{
  char *name = self->stack[--self->depth];

  if (self->depth == 2 && self->in_alarm)
    {
      g_ptr_array_add (self->item->lines, g_strdup ("END:VALARM"));
      self->in_alarm = FALSE;
    }
  else if (self->depth == 1 && self->item != NULL)
    {
      if (properly)
        g_ptr_array_add (self->item->lines, g_strdup_printf ("END:%s", name));
      else
        damage (self, RP_ICS_DAMAGE_UNFINISHED);
      self->item = NULL;
    }
  else if (self->depth == 0)
    {
      self->calendar = NULL;
    }

  g_free (name);
}

static void
end_component (Scanner    *self,
               const char *name)
{
  guint open_index;

  if (self->overflow > 0)
    {
      self->overflow--;
      return;
    }

  for (open_index = self->depth; open_index > 0; open_index--)
    if (strcmp (self->stack[open_index - 1], name) == 0)
      break;

  /* An END for nothing open: ignore it, but not inside an event. */
  if (open_index == 0)
    {
      if (at_read_level (self))
        damage (self, RP_ICS_DAMAGE_MALFORMED_LINE);
      return;
    }

  while (self->depth > open_index)
    close_component (self, FALSE);
  close_component (self, TRUE);
}

/* --- content lines ----------------------------------------------------- */

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-';
}

static gboolean
is_blank (const char *line,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (line[i]))
      return FALSE;

  return TRUE;
}

/* The value's colon: the first one outside double quotes. */
static const char *
find_value_colon (const char *params,
                  const char *end,
                  guint      *n_parameters)
{
  gboolean quoted = FALSE;

  *n_parameters = 0;
  for (const char *p = params; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ';')
        (*n_parameters)++;
      else if (!quoted && *p == ':')
        return p;
    }

  return NULL;
}

static gboolean
read_component_name (const char *value,
                     const char *end,
                     char       *name)
{
  gsize length;

  while (value < end && g_ascii_isspace (*value))
    value++;
  while (end > value && g_ascii_isspace (end[-1]))
    end--;

  length = end - value;
  if (length == 0 || length > MAX_COMPONENT_NAME_BYTES)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!is_name_char (value[i]))
        return FALSE;
      name[i] = g_ascii_toupper (value[i]);
    }
  name[length] = '\0';

  return TRUE;
}

static gboolean
process_line (Scanner    *self,
              const char *line,
              gsize       length,
              gboolean    too_long,
              gboolean    has_nul)
{
  const char *end = line + length;
  const char *colon;
  char name[MAX_NAME_BYTES + 1];
  gsize name_length = 0;
  guint n_parameters;
  GPtrArray *lines;

  /* Blank lines (only white space) appear around real calendars. */
  if (is_blank (line, length))
    return TRUE;

  while (name_length < length && is_name_char (line[name_length]))
    name_length++;

  if (name_length == 0 || name_length > MAX_NAME_BYTES || name_length == length ||
      (line[name_length] != ':' && line[name_length] != ';'))
    {
      if (at_read_level (self))
        damage (self, RP_ICS_DAMAGE_MALFORMED_LINE);
      return TRUE;
    }

  for (gsize i = 0; i < name_length; i++)
    name[i] = g_ascii_toupper (line[i]);
  name[name_length] = '\0';

  if (strcmp (name, "BEGIN") == 0 || strcmp (name, "END") == 0)
    {
      char component[MAX_COMPONENT_NAME_BYTES + 1];

      if (line[name_length] != ':' || too_long || has_nul ||
          !read_component_name (line + name_length + 1, end, component))
        {
          if (at_read_level (self))
            damage (self, RP_ICS_DAMAGE_MALFORMED_LINE);
          return TRUE;
        }

      if (name[0] == 'B')
        return begin_component (self, component);

      end_component (self, component);
      return TRUE;
    }

  lines = lines_for_property (self, name);
  if (lines == NULL)
    {
      if (at_read_level (self) && find_value_colon (line + name_length, end, &n_parameters) == NULL)
        damage (self, RP_ICS_DAMAGE_MALFORMED_LINE);
      return TRUE;
    }

  /* Calendar-level lines are only a hint: a bad one is just not read. */
  if (self->depth == 1)
    {
      if (!too_long && !has_nul && g_utf8_validate_len (line, length, NULL) &&
          (colon = find_value_colon (line + name_length, end, &n_parameters)) != NULL &&
          !is_blank (colon + 1, end - colon - 1) &&
          n_parameters <= RP_ICS_MAX_PARAMETERS &&
          (gsize) (colon - line) - name_length <= RP_ICS_MAX_PARAMETER_BYTES &&
          lines->len < RP_ICS_MAX_ITEM_LINES)
        add_line (lines, line, length, name_length);
      return TRUE;
    }

  colon = find_value_colon (line + name_length, end, &n_parameters);

  /* An empty value ("LOCATION:") says nothing; libical would call it an
   * error. */
  if (colon != NULL && !too_long && is_blank (colon + 1, end - colon - 1))
    return TRUE;

  if (too_long)
    damage (self, RP_ICS_DAMAGE_LINE_TOO_LONG);
  else if (has_nul || !g_utf8_validate_len (line, length, NULL))
    damage (self, RP_ICS_DAMAGE_NOT_TEXT);
  else if (colon == NULL)
    damage (self, RP_ICS_DAMAGE_MALFORMED_LINE);
  else if (n_parameters > RP_ICS_MAX_PARAMETERS ||
           (gsize) (colon - line) - name_length > RP_ICS_MAX_PARAMETER_BYTES)
    damage (self, RP_ICS_DAMAGE_TOO_MANY_PARAMETERS);
  else if (lines->len >= RP_ICS_MAX_ITEM_LINES)
    damage (self, RP_ICS_DAMAGE_TOO_MANY_LINES);
  else if (self->item->damage == RP_ICS_DAMAGE_NONE)
    add_line (lines, line, length, name_length);

  return TRUE;
}

/* --- the walk over the file -------------------------------------------- */

typedef struct
{
  GString  *text;
  gboolean  started;
  gboolean  too_long;
  gboolean  has_nul;
} LogicalLine;

static void
logical_line_append (LogicalLine *logical,
                     const char  *text,
                     gsize        length)
{
  if (memchr (text, '\0', length) != NULL)
    logical->has_nul = TRUE;

  if (logical->text->len + length > RP_ICS_MAX_LINE_BYTES)
    {
      length = RP_ICS_MAX_LINE_BYTES - logical->text->len;
      logical->too_long = TRUE;
    }

  g_string_append_len (logical->text, text, length);
}

static gboolean
flush_logical_line (Scanner     *self,
                    LogicalLine *logical)
{
  gboolean ok = TRUE;

  if (logical->started)
    ok = process_line (self, logical->text->str, logical->text->len,
                       logical->too_long, logical->has_nul);

  g_string_truncate (logical->text, 0);
  logical->started = FALSE;
  logical->too_long = FALSE;
  logical->has_nul = FALSE;

  return ok;
}

/**
 * rp_ics_scan:
 * @data: the file, without its byte order mark
 * @length: its length in bytes
 * @max_items: refuse the file when it holds more events and other items
 * @deadline: (nullable): when to give up
 * @error: return location for a #RpImportError
 *
 * Returns: (transfer full) (nullable): what the file holds, or %NULL with
 *   @error set: %RP_IMPORT_ERROR_UNRECOGNISED without a VCALENDAR,
 *   %RP_IMPORT_ERROR_TOO_LARGE over a cap, %RP_IMPORT_ERROR_TIMED_OUT
 */
RpIcsScan *
rp_ics_scan (const char           *data,
             gsize                 length,
             guint                 max_items,
             const RpIcsDeadline  *deadline,
             GError              **error)
{
  g_autoptr(RpIcsScan) scan = g_new0 (RpIcsScan, 1);
  g_autoptr(GString) text = g_string_sized_new (256);
  LogicalLine logical = { text, FALSE, FALSE, FALSE };
  Scanner self = { 0 };
  const char *p = data;
  const char *end = data + length;
  guint n_lines = 0;
  gboolean ok = TRUE;

  scan->calendars = g_ptr_array_new_with_free_func (calendar_free);
  self.deadline = deadline;
  self.max_items = max_items;
  self.scan = scan;

  while (ok && p < end)
    {
      const char *eol = p;
      const char *next;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;

      next = eol;
      if (next < end && *next == '\r')
        next++;
      if (next < end && *next == '\n' && (next == eol || *eol == '\r'))
        next++;

      if (++n_lines % LINES_PER_DEADLINE_CHECK == 0 && rp_ics_deadline_expired (deadline))
        {
          rp_ics_set_timed_out_error (&self.error);
          ok = FALSE;
          break;
        }

      /* RFC 5545 3.1: a line starting with a space or a tab continues the
       * one before it. */
      if (logical.started && eol > p && (*p == ' ' || *p == '\t'))
        {
          logical_line_append (&logical, p + 1, eol - p - 1);
        }
      else
        {
          ok = flush_logical_line (&self, &logical);
          logical.started = TRUE;
          logical_line_append (&logical, p, eol - p);
        }

      p = next;
    }

  if (ok)
    ok = flush_logical_line (&self, &logical);

  while (self.depth > 0)
    close_component (&self, FALSE);

  if (ok && !self.seen_calendar)
    {
      g_set_error_literal (&self.error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED,
                           _("The file is not a calendar: it has no BEGIN:VCALENDAR line."));
      ok = FALSE;
    }

  if (!ok)
    {
      g_propagate_error (error, self.error);
      return NULL;
    }

  return g_steal_pointer (&scan);
}
