/* rp-import-meeting-guide.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include <string.h>

#include "rp-import-meeting-guide.h"
#include "rp-import-meeting-guide-private.h"

/* Reads a Meeting Guide JSON feed (https://github.com/code4recovery/spec)
 * into RpFeedMeeting records and a report of what was changed on the way.
 * Pure: no files, no database; the caller reads the file (in a thread) and
 * stores the result. Real feeds bend the spec in many ways, so every field
 * is checked on its own: a bad one is dropped or normalised with a warning
 * and the meeting is kept. Only a file that is not JSON, not a list of
 * meetings, or over a limit is refused.
 *
 * Privacy: warnings and errors name a field and a position, never a value;
 * feeds carry group contacts' names, emails and phones.
 *
 * This file holds the records and the file as a whole; each entry is read
 * by rp-import-meeting-guide-entry.c and the files it builds on (see
 * rp-import-meeting-guide-private.h), so that no file grows past one
 * subject. */

/* --- records ---------------------------------------------------------- */

static void
feed_meeting_clear (RpFeedMeeting *self)
{
  g_free (self->slug);
  g_free (self->name);
  g_free (self->group);
  g_free (self->timezone);
  g_free (self->location);
  g_free (self->address);
  g_free (self->region);
  g_free (self->conference_url);
  g_free (self->conference_phone);
  g_strfreev (self->types);
  g_strfreev (self->custom_tags);
  g_free (self->notes);
  g_clear_pointer (&self->updated, g_date_time_unref);
  g_free (self->entity);
  g_free (self->entity_url);
  g_free (self->url);
}

G_DEFINE_BOXED_TYPE (RpFeedMeeting, rp_feed_meeting, rp_feed_meeting_ref, rp_feed_meeting_unref)

RpFeedMeeting *
rp_feed_meeting_new (guint position)
{
  RpFeedMeeting *self = g_atomic_rc_box_new0 (RpFeedMeeting);

  self->position = position;
  self->start_minute = -1;
  self->end_minute = -1;

  return self;
}

RpFeedMeeting *
rp_feed_meeting_ref (RpFeedMeeting *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rp_feed_meeting_unref (RpFeedMeeting *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) feed_meeting_clear);
}

gboolean
rp_feed_meeting_has_weekday (const RpFeedMeeting *self,
                             GDateWeekday         weekday)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (g_date_valid_weekday (weekday), FALSE);

  return (self->weekdays & RP_FEED_WEEKDAY_BIT (weekday)) != 0;
}

/* NULL-safe: rp_meeting_guide_flush_warnings() leaves holes where it
 * moved a warning out. */
static void
feed_warning_free (RpFeedWarning *warning)
{
  if (warning == NULL)
    return;

  g_free (warning->slug);
  g_free (warning->reason);
  g_free (warning);
}

static void
feed_report_clear (RpFeedReport *self)
{
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
}

G_DEFINE_BOXED_TYPE (RpFeedReport, rp_feed_report, rp_feed_report_ref, rp_feed_report_unref)

static RpFeedReport *
feed_report_new (void)
{
  RpFeedReport *self = g_atomic_rc_box_new0 (RpFeedReport);

  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) feed_warning_free);
  self->entities = g_ptr_array_new_with_free_func (g_free);

  return self;
}

RpFeedReport *
rp_feed_report_ref (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rp_feed_report_unref (RpFeedReport *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) feed_report_clear);
}

/* Every entry of the feed's list, kept or skipped. */
guint
rp_feed_report_get_n_entries (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_entries;
}

guint
rp_feed_report_get_n_meetings (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_meetings;
}

/* Entries left out: not meetings, or repeats of an earlier ID. */
guint
rp_feed_report_get_n_skipped (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_skipped;
}

guint
rp_feed_report_get_n_by_appointment (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_by_appointment;
}

/* Meetings kept with at least one warning. */
guint
rp_feed_report_get_n_with_warnings (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_with_warnings;
}

/* All warnings, also those beyond RP_FEED_MAX_WARNINGS that were not kept. */
guint
rp_feed_report_get_n_warnings (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_warnings;
}

/**
 * rp_feed_report_get_warnings:
 *
 * Returns: (transfer none) (element-type RpFeedWarning): the first
 *   RP_FEED_MAX_WARNINGS warnings, in feed order
 */
const GPtrArray *
rp_feed_report_get_warnings (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->warnings;
}

/**
 * rp_feed_report_get_entities:
 *
 * Returns: (transfer none): the distinct entity names of the kept
 *   meetings, in order of first appearance, %NULL-terminated
 */
const char * const *
rp_feed_report_get_entities (RpFeedReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->entities->pdata;
}

/* --- the file --------------------------------------------------------- */

typedef struct
{
  gboolean too_deep;
  gboolean trailing;      /* data after the end of the top-level value */
  gsize    value_length;  /* the bytes json-glib gets: up to that data */
  guint    line;          /* where that data starts */
  guint    column;
} Structure;

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* One pass over the bytes before json-glib sees them. Its parser recurses
 * once per nesting level, so depth is limited first. And it accepts a
 * second top-level value after a newline (leaking memory on the way), so
 * it is only given the bytes up to where a second value starts, and that
 * value is reported here. */
static void
scan_structure (const char *data,
                gsize       length,
                Structure  *structure)
{
  guint depth = 0;
  guint line = 1;
  gsize line_start = 0;
  gsize i = 0;
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  gboolean started = FALSE;   /* a top-level scalar (or garbage) was seen */
  gboolean closed = FALSE;    /* a top-level array or object ended */

  memset (structure, 0, sizeof *structure);
  structure->value_length = length;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;

  for (; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        {
          line++;
          line_start = i + 1;
        }

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (depth == 0 && !is_json_space (c) &&
          (closed || (started && (c == '[' || c == '{'))))
        {
          structure->trailing = TRUE;
          structure->value_length = i;
          structure->line = line;
          structure->column = 1;
          for (gsize j = line_start; j < i; j++)
            {
              if (((guchar) data[j] & 0xC0) != 0x80)
                structure->column++;
            }
          return;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          started = started || depth == 0;
          break;

        case '[':
        case '{':
          if (++depth > RP_MEETING_GUIDE_MAX_DEPTH)
            {
              structure->too_deep = TRUE;
              return;
            }
          break;

        case ']':
        case '}':
          if (depth > 0 && --depth == 0)
            closed = TRUE;
          else if (depth == 0)
            started = TRUE;
          break;

        default:
          if (depth == 0 && !is_json_space (c))
            started = TRUE;
          break;
        }
    }
}

static const char *
describe_json_error (const GError *error)
{
  if (error->domain == JSON_PARSER_ERROR)
    {
      switch (error->code)
        {
        case JSON_PARSER_ERROR_TRAILING_COMMA:
          /* Translators: this and the next reasons complete "This file is
           * not valid JSON: %s (line %u, column %u)." */
          return _("there is a comma before a closing bracket");

        case JSON_PARSER_ERROR_MISSING_COMMA:
          return _("a comma is missing");

        case JSON_PARSER_ERROR_MISSING_COLON:
          return _("a colon is missing after a name");

        case JSON_PARSER_ERROR_INVALID_BAREWORD:
          return _("there is a word that is not a JSON value");

        case JSON_PARSER_ERROR_EMPTY_MEMBER_NAME:
          return _("a name is empty");

        case JSON_PARSER_ERROR_INVALID_DATA:
          return _("the text is not in UTF-8");

        default:
          break;
        }
    }

  return _("the data is malformed");
}

/* json-glib's messages quote the offending text, which may be someone's
 * name; only the position is taken from them ("<data>:LINE:COLUMN: ..."). */
static void
set_invalid_json_error (const GError  *json_error,
                        GError       **error)
{
  const char *detail = describe_json_error (json_error);
  const char *position = strstr (json_error->message, ">:");
  guint64 line = 0;
  guint64 column = 0;

  if (position != NULL)
    {
      char *end = NULL;

      line = g_ascii_strtoull (position + 2, &end, 10);
      if (end != NULL && *end == ':')
        column = g_ascii_strtoull (end + 1, NULL, 10);
    }

  if (line > 0 && line <= G_MAXUINT && column <= G_MAXUINT)
    g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON,
                 /* Translators: the first %s is one of the reasons like "a comma is
                  * missing"; then the line and column where the problem is. */
                 _("This file is not valid JSON: %s (line %u, column %u). It may be damaged or incomplete; download the feed again and retry."),
                 detail, (guint) line, (guint) column);
  else
    g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON,
                 /* Translators: %s is one of the reasons like "a comma is missing". */
                 _("This file is not valid JSON: %s. It may be damaged or incomplete; download the feed again and retry."),
                 detail);
}

static void
set_unrecognised_error (GError **error)
{
  g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNRECOGNISED,
                       _("This file is not a Meeting Guide feed: it holds no list of meetings. Choose the meetings feed your intergroup publishes (a .json file)."));
}

static gboolean
has_meeting (JsonArray *array)
{
  guint length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          rp_meeting_guide_looks_like_meeting (json_node_get_object (element)))
        return TRUE;
    }

  return FALSE;
}

/* The shapes seen in the wild: a list of meetings (the spec), one meeting
 * object (the spec's own example), and an object with a "meetings" list
 * (the spec's proposed version 2 envelope). */
static JsonArray *
find_meetings (JsonNode  *root,
               GError   **error)
{
  g_autoptr(JsonArray) meetings = NULL;
  JsonObject *object;
  JsonNode *member;

  if (root == NULL)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY,
                           _("This file is empty. Download the feed again and retry."));
      return NULL;
    }

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      meetings = json_array_ref (json_node_get_array (root));
    }
  else if (JSON_NODE_HOLDS_OBJECT (root))
    {
      object = json_node_get_object (root);
      member = json_object_get_member (object, "meetings");
      if (member != NULL && JSON_NODE_HOLDS_ARRAY (member))
        {
          meetings = json_array_ref (json_node_get_array (member));
        }
      else if (rp_meeting_guide_looks_like_meeting (object))
        {
          meetings = json_array_sized_new (1);
          json_array_add_element (meetings, json_node_copy (root));
        }
    }

  if (meetings == NULL)
    {
      set_unrecognised_error (error);
      return NULL;
    }

  if (json_array_get_length (meetings) == 0)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY,
                           _("This feed lists no meetings; there is nothing to import."));
      return NULL;
    }

  if (json_array_get_length (meetings) > RP_MEETING_GUIDE_MAX_MEETINGS)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "This feed lists more than %u meeting, more than Reprieve can import at once. Ask your intergroup for a feed of your area.",
                                "This feed lists more than %u meetings, more than Reprieve can import at once. Ask your intergroup for a feed of your area.",
                                RP_MEETING_GUIDE_MAX_MEETINGS),
                   RP_MEETING_GUIDE_MAX_MEETINGS);
      return NULL;
    }

  if (!has_meeting (meetings))
    {
      set_unrecognised_error (error);
      return NULL;
    }

  return g_steal_pointer (&meetings);
}

/**
 * rp_import_meeting_guide_parse_data:
 * @data: (array length=length): the feed's bytes, UTF-8; need not end in NUL
 * @length: the number of bytes
 * @report: (out) (optional): what was read, changed and left out
 * @error: where to put a refusal of the whole file
 *
 * Reads a Meeting Guide feed. Safe to call from any thread.
 *
 * Returns: (transfer container) (element-type RpFeedMeeting): the meetings
 *   in feed order, or %NULL with @error set in the RP_IMPORT_ERROR domain
 */
GPtrArray *
rp_import_meeting_guide_parse_data (const char    *data,
                                    gsize          length,
                                    RpFeedReport **report,
                                    GError       **error)
{
  g_autoptr(JsonParser) json = NULL;
  g_autoptr(GError) json_error = NULL;
  g_autoptr(JsonArray) entries = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) feed_report = NULL;
  Parser parser = { 0, };
  Structure structure;
  guint n_entries;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > RP_MEETING_GUIDE_MAX_BYTES)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                   _("This file is too large for a meetings feed (over %u MB). Check that you chose the right file."),
                   (guint) (RP_MEETING_GUIDE_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }

  scan_structure (data, length, &structure);
  if (structure.too_deep)
    {
      g_set_error_literal (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                           _("This file is nested too deeply for a meetings feed. Check that you chose the right file."));
      return NULL;
    }

  json = json_parser_new_immutable ();
  if (structure.value_length > 0 &&
      !json_parser_load_from_data (json, data, structure.value_length, &json_error))
    {
      set_invalid_json_error (json_error, error);
      return NULL;
    }

  if (structure.trailing)
    {
      g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON,
                   _("This file is not valid JSON: %s (line %u, column %u). It may be damaged or incomplete; download the feed again and retry."),
                   _("there is more data after the end"), structure.line, structure.column);
      return NULL;
    }

  entries = find_meetings (structure.value_length > 0 ? json_parser_get_root (json) : NULL, error);
  if (entries == NULL)
    return NULL;

  feed_report = feed_report_new ();
  meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_feed_meeting_unref);
  parser.report = feed_report;
  parser.zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) feed_warning_free);

  n_entries = json_array_get_length (entries);
  for (guint i = 0; i < n_entries; i++)
    {
      parser.position = i;
      rp_meeting_guide_read_entry (&parser, json_array_get_element (entries, i), meetings);
    }
  g_ptr_array_add (feed_report->entities, NULL);

  g_hash_table_unref (parser.zones);
  g_hash_table_unref (parser.slugs);
  g_hash_table_unref (parser.entities);
  g_ptr_array_unref (parser.pending);

  if (report != NULL)
    *report = g_steal_pointer (&feed_report);

  return g_steal_pointer (&meetings);
}

GPtrArray *
rp_import_meeting_guide_parse_bytes (GBytes        *feed,
                                     RpFeedReport **report,
                                     GError       **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (feed != NULL, NULL);

  data = g_bytes_get_data (feed, &length);

  return rp_import_meeting_guide_parse_data (data, length, report, error);
}
