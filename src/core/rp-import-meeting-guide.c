/* rp-import-meeting-guide.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include <math.h>
#include <string.h>

#include "rp-import-meeting-guide.h"
#include "rp-meeting-types.h"

/* Reads a Meeting Guide JSON feed (https://github.com/code4recovery/spec)
 * into RpFeedMeeting records and a report of what was changed on the way.
 * Pure: no files, no database; the caller reads the file (in a thread) and
 * stores the result. Real feeds bend the spec in many ways, so every field
 * is checked on its own: a bad one is dropped or normalised with a warning
 * and the meeting is kept. Only a file that is not JSON, not a list of
 * meetings, or over a limit is refused.
 *
 * Privacy: warnings and errors name a field and a position, never a value;
 * feeds carry group contacts' names, emails and phones. */

struct _RpFeedReport
{
  guint      n_entries;
  guint      n_meetings;
  guint      n_skipped;
  guint      n_by_appointment;
  guint      n_with_warnings;
  guint      n_warnings;
  GPtrArray *warnings;  /* RpFeedWarning */
  GPtrArray *entities;  /* char *, NULL-terminated once parsing is done */
};

typedef enum
{
  TEXT_LINE,        /* one line: newlines and tabs become spaces */
  TEXT_PARAGRAPHS,  /* keeps line breaks, at most one blank line in a row */
} TextKind;

typedef struct
{
  RpFeedReport *report;
  GHashTable   *zones;         /* identifier → GINT_TO_POINTER (1 known, 2 unknown) */
  GHashTable   *slugs;         /* slugs of the meetings kept so far */
  GHashTable   *entities;      /* entity names already in report->entities */
  GPtrArray    *pending;       /* RpFeedWarning of the entry being read */
  guint         position;
} Parser;

/* Members whose presence makes an object look like a meeting. */
static const char * const meeting_members[] = {
  "slug", "day", "days", "time", "formatted_address", "address", "city",
  "location", "conference_url", "conference_phone", "types",
};

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

static RpFeedMeeting *
feed_meeting_new (guint position)
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

/* NULL-safe: flush_warnings() leaves holes where it moved a warning out. */
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

/* --- warnings --------------------------------------------------------- */

static void
warn (Parser            *parser,
      RpFeedWarningKind  kind,
      const char        *field,
      const char        *reason)
{
  RpFeedWarning *warning = g_new0 (RpFeedWarning, 1);

  warning->kind = kind;
  warning->position = parser->position;
  warning->field = field;
  warning->reason = g_strdup (reason);
  g_ptr_array_add (parser->pending, warning);
}

static void
warn_truncated (Parser     *parser,
                const char *field,
                guint       cap)
{
  g_autofree char *reason = NULL;

  reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: a field of a meeting in an
                                          * imported feed was too long. */
                                         "Too long; it was shortened to %u character.",
                                         "Too long; it was shortened to %u characters.",
                                         cap),
                            cap);
  warn (parser, RP_FEED_WARNING_TRUNCATED, field, reason);
}

/* Moves the entry's warnings to the report, now that its slug is known. */
static void
flush_warnings (Parser     *parser,
                const char *slug)
{
  RpFeedReport *report = parser->report;

  for (guint i = 0; i < parser->pending->len; i++)
    {
      RpFeedWarning *warning = g_ptr_array_index (parser->pending, i);

      report->n_warnings++;
      if (report->warnings->len >= RP_FEED_MAX_WARNINGS)
        continue;

      warning->slug = g_strdup (slug);
      parser->pending->pdata[i] = NULL;
      g_ptr_array_add (report->warnings, warning);
    }

  g_ptr_array_set_size (parser->pending, 0);
}

/* --- text ------------------------------------------------------------- */

typedef struct
{
  const char *name;
  gunichar    character;
} Entity;

static const Entity html_entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0x00A0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
  { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
};

/* Decodes the HTML entity at @p (which points at '&'), appending it to
 * @out; returns the length consumed, or 0 when it is not one we know. */
static gsize
decode_entity (const char *p,
               GString    *out)
{
  const char *semicolon = NULL;
  gunichar character = 0;
  gsize length;

  for (gsize i = 1; i < 12 && p[i] != '\0'; i++)
    {
      if (p[i] == ';')
        {
          semicolon = p + i;
          break;
        }
    }
  if (semicolon == NULL)
    return 0;

  length = semicolon - p - 1;
  if (length >= 2 && p[1] == '#')
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      const char *digits = p + (hex ? 3 : 2);
      char *end = NULL;
      guint64 value;

      if (!g_ascii_isxdigit (*digits))
        return 0;
      value = g_ascii_strtoull (digits, &end, hex ? 16 : 10);
      if (end != semicolon || value == 0 || value > 0x10FFFF ||
          !g_unichar_validate ((gunichar) value))
        return 0;
      character = (gunichar) value;
    }
  else
    {
      for (gsize i = 0; i < G_N_ELEMENTS (html_entities); i++)
        {
          if (strlen (html_entities[i].name) == length &&
              strncmp (p + 1, html_entities[i].name, length) == 0)
            {
              character = html_entities[i].character;
              break;
            }
        }
      if (character == 0)
        return 0;
    }

  g_string_append_unichar (out, character);
  return semicolon - p + 1;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_block_tag (const char *name,
              gsize       length)
{
  static const char * const block_tags[] = { "br", "p", "div", "li", "tr", "ul", "ol" };

  for (gsize i = 0; i < G_N_ELEMENTS (block_tags); i++)
    {
      if (strlen (block_tags[i]) == length &&
          g_ascii_strncasecmp (name, block_tags[i], length) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The spec asks for plain text, yet WordPress feeds send markup and
 * entities: tags go (block tags become line breaks), entities are decoded. */
static char *
html_to_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        {
          const char *end = strchr (p, '>');
          const char *name = p + 1;
          gsize name_length = 0;

          if (end == NULL)
            break;

          if (*name == '/')
            name++;
          while (g_ascii_isalnum (name[name_length]))
            name_length++;
          if (is_block_tag (name, name_length))
            g_string_append_c (out, '\n');

          p = end + 1;
          continue;
        }

      if (*p == '&')
        {
          gsize consumed = decode_entity (p, out);

          if (consumed > 0)
            {
              p += consumed;
              continue;
            }
        }

      g_string_append_c (out, *p);
      p++;
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

/* Characters that would reorder the text around them on screen (bidi
 * overrides and isolates), or are invisible formatting. */
static gboolean
is_hidden_format (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) ||
         c == 0x200E || c == 0x200F || c == 0xFEFF;
}

/* Makes @raw safe to show: valid UTF-8, plain text, no control characters,
 * no runs of blanks, trimmed. Returns NULL when nothing is left. */
static char *
clean_text (const char *raw,
            TextKind    kind)
{
  g_autofree char *valid = NULL;
  g_autofree char *plain = NULL;
  const char *text = raw;
  GString *out;
  guint newlines = 0;
  gboolean space = FALSE;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (strchr (text, '<') != NULL || strchr (text, '&') != NULL)
    text = plain = html_to_text (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] == '\n')
            continue;
          c = '\n';
        }

      if (c == '\n' && kind == TEXT_PARAGRAPHS)
        {
          if (out->len > 0 && newlines < 2)
            newlines++;
          space = FALSE;
          continue;
        }
      if (c == '\n' || c == '\t' || g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (g_unichar_iscntrl (c) || is_hidden_format (c))
        continue;

      if (newlines > 0)
        {
          for (guint i = 0; i < newlines; i++)
            g_string_append_c (out, '\n');
        }
      else if (space && out->len > 0)
        {
          g_string_append_c (out, ' ');
        }
      newlines = 0;
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Shortens *@text to @cap characters, the last one an ellipsis. */
static gboolean
truncate_text (char  **text,
               guint   cap)
{
  const char *cut;
  char *shortened;

  if ((gulong) g_utf8_strlen (*text, -1) <= cap)
    return FALSE;

  cut = g_utf8_offset_to_pointer (*text, cap - 1);
  shortened = g_malloc (cut - *text + sizeof "…");
  memcpy (shortened, *text, cut - *text);
  strcpy (shortened + (cut - *text), "…");
  g_free (*text);
  *text = shortened;

  return TRUE;
}

/* --- members ---------------------------------------------------------- */

/* A member that says something: JSON null counts as absent. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

static GType
value_type (JsonNode *node)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return G_TYPE_INVALID;

  return json_node_get_value_type (node);
}

/* The member as text, trimmed, when it is a string or an integer (feeds
 * send numeric slugs and postal codes). Anything else is dropped with a
 * warning. Returns NULL when absent or blank. */
static char *
read_raw (Parser     *parser,
          JsonObject *object,
          const char *field)
{
  JsonNode *node = get_member (object, field);
  char *text;

  if (node == NULL)
    return NULL;

  switch (value_type (node))
    {
    case G_TYPE_STRING:
      text = g_strstrip (g_strdup (json_node_get_string (node)));
      break;

    case G_TYPE_INT64:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      break;

    default:
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            /* Translators: a field of an imported meeting held a number,
             * a list or the like where text was expected. */
            _("Not the expected kind of value; it was left out."));
      return NULL;
    }

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static char *
read_text (Parser     *parser,
           JsonObject *object,
           const char *field,
           TextKind    kind,
           guint       cap)
{
  g_autofree char *raw = read_raw (parser, object, field);
  char *text;

  if (raw == NULL)
    return NULL;

  text = clean_text (raw, kind);
  if (text != NULL && truncate_text (&text, cap))
    warn_truncated (parser, field, cap);

  return text;
}

/* An http or https link with a host; other schemes (javascript:, file:)
 * and relative links are dropped. */
static char *
read_web_link (Parser     *parser,
               JsonObject *object,
               const char *field)
{
  g_autofree char *raw = read_raw (parser, object, field);
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (raw == NULL)
    return NULL;

  if (g_utf8_strlen (raw, -1) > RP_FEED_MAX_URL)
    {
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            /* Translators: a link or phone number of an imported meeting
             * was too long; a shortened one would not work. */
            _("Too long to be kept whole; it was left out."));
      return NULL;
    }

  /* GUri lets spaces through, in the host too; a link with one is
   * broken at best, and a trick to show one address and open another at worst. */
  for (const char *p = raw; *p != '\0'; p++)
    {
      if ((guchar) *p <= ' ' || *p == 0x7f)
        {
          warn (parser, RP_FEED_WARNING_DROPPED, field,
                _("Not a web link (http or https); it was left out."));
          return NULL;
        }
    }

  uri = g_uri_parse (raw, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  host = uri != NULL ? g_uri_get_host (uri) : NULL;
  if (scheme == NULL || host == NULL || *host == '\0' ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            _("Not a web link (http or https); it was left out."));
      return NULL;
    }

  return g_steal_pointer (&raw);
}

/* Digits with an optional leading "+", and "," "*" "#" for pauses and
 * menus, as the spec says; the spaces, dashes, dots and brackets people
 * write for readability are removed. */
static char *
read_phone (Parser     *parser,
            JsonObject *object,
            const char *field)
{
  g_autofree char *raw = read_raw (parser, object, field);
  GString *phone;
  const char *p;
  gboolean has_digit = FALSE;

  if (raw == NULL)
    return NULL;

  p = raw;
  if (g_ascii_strncasecmp (p, "tel:", 4) == 0)
    p += 4;

  phone = g_string_new (NULL);
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        has_digit = TRUE;
      else if (*p == ' ' || *p == '-' || *p == '.' || *p == '(' || *p == ')' || *p == '/')
        continue;
      else if (!(*p == ',' || *p == '*' || *p == '#' || (*p == '+' && phone->len == 0)))
        break;
      g_string_append_c (phone, *p);
    }

  if (*p != '\0' || !has_digit)
    {
      g_string_free (phone, TRUE);
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            _("Not a phone number that can be dialled; it was left out."));
      return NULL;
    }
  if (phone->len > RP_FEED_MAX_PHONE)
    {
      g_string_free (phone, TRUE);
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            _("Too long to be kept whole; it was left out."));
      return NULL;
    }

  return g_string_free (phone, FALSE);
}

/* --- schedule --------------------------------------------------------- */

/* Skips an "am"/"pm" suffix ("pm", "p.m.", "p"); returns 0 for none, 1
 * for am, 2 for pm, -1 for something else. */
static int
parse_meridiem (const char *p)
{
  int meridiem;

  while (*p == ' ')
    p++;
  if (*p == '\0')
    return 0;

  if (*p == 'a')
    meridiem = 1;
  else if (*p == 'p')
    meridiem = 2;
  else
    return -1;
  p++;
  if (*p == '.')
    p++;
  if (*p == 'm')
    {
      p++;
      if (*p == '.')
        p++;
    }

  return *p == '\0' ? meridiem : -1;
}

static gboolean
parse_two_digits (const char **p,
                  guint        max,
                  guint       *value)
{
  const char *s = *p;

  if (!g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]))
    return FALSE;
  *value = (s[0] - '0') * 10 + (s[1] - '0');
  *p = s + 2;

  return *value <= max;
}

/* Minutes after midnight for "19:30", "7:30", "19:30:00", "7:30 PM",
 * "7:30pm", "7 p.m.", "7.30pm", "noon" or "midnight"; -1 if none of these.
 * "24:00", which some feeds give as an end time, is midnight when
 * @allow_24 (as a start it would belong to the next day). */
static int
parse_time_of_day (const char *text,
                   gboolean    allow_24)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *p = g_strstrip (lower);
  guint hour = 0;
  guint minute = 0;
  guint second = 0;
  gboolean has_minutes = FALSE;
  int meridiem;

  if (strcmp (p, "noon") == 0)
    return 12 * 60;
  if (strcmp (p, "midnight") == 0)
    return 0;

  if (!g_ascii_isdigit (*p))
    return -1;
  hour = *p++ - '0';
  if (g_ascii_isdigit (*p))
    hour = hour * 10 + (*p++ - '0');

  if (*p == ':' || *p == '.')
    {
      p++;
      if (!parse_two_digits (&p, 59, &minute))
        return -1;
      has_minutes = TRUE;
      if (*p == ':')
        {
          p++;
          if (!parse_two_digits (&p, 59, &second))
            return -1;
        }
    }

  meridiem = parse_meridiem (p);
  if (meridiem < 0)
    return -1;

  if (meridiem == 0)
    {
      if (!has_minutes)
        return -1;
      if (allow_24 && hour == 24 && minute == 0 && second == 0)
        return 0;
      if (hour > 23)
        return -1;
    }
  else
    {
      if (hour < 1 || hour > 12)
        return -1;
      hour %= 12;
      if (meridiem == 2)
        hour += 12;
    }

  return hour * 60 + minute;
}

static int
read_time (Parser     *parser,
           JsonObject *object,
           const char *field)
{
  JsonNode *node = get_member (object, field);
  int minutes = -1;

  if (node == NULL)
    return -1;
  if (value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (*text == '\0')
        return -1;
      minutes = parse_time_of_day (text, strcmp (field, "end_time") == 0);
    }

  if (minutes < 0)
    {
      /* Translators: "time" or "end_time" of an imported meeting. */
      warn (parser, RP_FEED_WARNING_DROPPED, field, _("Not a time of day; it was left out."));
      return -1;
    }

  return minutes;
}

/* 0 = Sunday … 6 = Saturday, as the spec numbers them, to GDateWeekday. */
static GDateWeekday
weekday_from_spec_number (gint64 number)
{
  if (number < 0 || number > 6)
    return G_DATE_BAD_WEEKDAY;

  return number == 0 ? G_DATE_SUNDAY : (GDateWeekday) number;
}

static GDateWeekday
weekday_from_text (const char *text)
{
  static const struct
  {
    const char   *name;
    GDateWeekday  weekday;
  } names[] = {
    { "sunday", G_DATE_SUNDAY }, { "sun", G_DATE_SUNDAY },
    { "monday", G_DATE_MONDAY }, { "mon", G_DATE_MONDAY },
    { "tuesday", G_DATE_TUESDAY }, { "tue", G_DATE_TUESDAY }, { "tues", G_DATE_TUESDAY },
    { "wednesday", G_DATE_WEDNESDAY }, { "wed", G_DATE_WEDNESDAY },
    { "thursday", G_DATE_THURSDAY }, { "thu", G_DATE_THURSDAY },
    { "thur", G_DATE_THURSDAY }, { "thurs", G_DATE_THURSDAY },
    { "friday", G_DATE_FRIDAY }, { "fri", G_DATE_FRIDAY },
    { "saturday", G_DATE_SATURDAY }, { "sat", G_DATE_SATURDAY },
  };
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  guint64 number;

  if (*copy == '\0')
    return G_DATE_BAD_WEEKDAY;

  if (g_ascii_isdigit (*copy))
    {
      number = g_ascii_strtoull (copy, &end, 10);
      if (*end != '\0' || number > 6)
        return G_DATE_BAD_WEEKDAY;
      return weekday_from_spec_number ((gint64) number);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (copy, names[i].name) == 0)
        return names[i].weekday;
    }

  return G_DATE_BAD_WEEKDAY;
}

/* Adds the days in one value (a number, a numeric string, a day's name,
 * or a comma-separated list of these) to @weekdays; FALSE if any part is
 * not a day. */
static gboolean
add_weekdays_from_value (JsonNode *node,
                         guint8   *weekdays)
{
  GDateWeekday weekday = G_DATE_BAD_WEEKDAY;

  switch (value_type (node))
    {
    case G_TYPE_INT64:
      weekday = weekday_from_spec_number (json_node_get_int (node));
      break;

    case G_TYPE_DOUBLE:
      {
        double number = json_node_get_double (node);

        if (number == floor (number))
          weekday = weekday_from_spec_number ((gint64) CLAMP (number, -1, 7));
      }
      break;

    case G_TYPE_STRING:
      {
        g_auto(GStrv) parts = g_strsplit (json_node_get_string (node), ",", -1);
        gboolean all_valid = TRUE;

        for (guint i = 0; parts[i] != NULL; i++)
          {
            if (*g_strstrip (parts[i]) == '\0')
              continue;
            weekday = weekday_from_text (parts[i]);
            if (weekday == G_DATE_BAD_WEEKDAY)
              all_valid = FALSE;
            else
              *weekdays |= RP_FEED_WEEKDAY_BIT (weekday);
          }
        return all_valid;
      }

    default:
      return FALSE;
    }

  if (weekday == G_DATE_BAD_WEEKDAY)
    return FALSE;

  *weekdays |= RP_FEED_WEEKDAY_BIT (weekday);
  return TRUE;
}

/* "day" is a number 0–6 in the spec, but feeds also send strings, day
 * names and lists of any of these. "days" is the spec's proposed v2 name. */
static guint8
read_weekdays (Parser      *parser,
               JsonObject  *object,
               const char **field)
{
  JsonNode *node;
  guint8 weekdays = 0;
  gboolean valid = TRUE;

  *field = !json_object_has_member (object, "day") && json_object_has_member (object, "days")
           ? "days" : "day";
  node = get_member (object, *field);
  if (node == NULL)
    return 0;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint length = json_array_get_length (array);

      for (guint i = 0; i < length; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_NULL (element))
            continue;
          if (!add_weekdays_from_value (element, &weekdays))
            valid = FALSE;
        }
    }
  else if (value_type (node) == G_TYPE_STRING && is_blank (json_node_get_string (node)))
    {
      /* a blank string says as much as a missing day */
      return 0;
    }
  else
    {
      valid = add_weekdays_from_value (node, &weekdays);
    }

  if (!valid)
    warn (parser, RP_FEED_WARNING_DROPPED, *field,
          _("Not a day of the week (0 for Sunday to 6 for Saturday); it was left out."));

  return weekdays;
}

static void
read_schedule (Parser        *parser,
               JsonObject    *object,
               RpFeedMeeting *meeting)
{
  const char *day_field;
  guint8 weekdays;
  int start;

  weekdays = read_weekdays (parser, object, &day_field);
  start = read_time (parser, object, "time");

  if (weekdays != 0 && start >= 0)
    {
      meeting->weekdays = weekdays;
      meeting->start_minute = start;
      meeting->end_minute = read_time (parser, object, "end_time");
      return;
    }

  meeting->by_appointment = TRUE;
  if (weekdays != 0)
    warn (parser, RP_FEED_WARNING_BY_APPOINTMENT, "time",
          _("The meeting has a day but no valid time, so it is listed as by appointment."));
  else if (start >= 0)
    warn (parser, RP_FEED_WARNING_BY_APPOINTMENT, day_field,
          _("The meeting has a time but no valid day, so it is listed as by appointment."));
}

/* --- other fields ----------------------------------------------------- */

static char *
read_timezone (Parser     *parser,
               JsonObject *object)
{
  g_autofree char *raw = read_raw (parser, object, "timezone");
  gpointer known;

  if (raw == NULL)
    return NULL;

  known = g_hash_table_lookup (parser->zones, raw);
  if (known == NULL)
    {
      gboolean plausible = g_ascii_isalpha (*raw) && strlen (raw) <= RP_FEED_MAX_TIMEZONE;
      g_autoptr(GTimeZone) zone = NULL;

      /* Only names like "America/Argentina/Buenos_Aires" or "Etc/GMT+5":
       * GLib would also take offsets such as "+05:00", which are not IANA
       * zones and do not follow daylight-saving changes, and the name
       * becomes a path under /usr/share/zoneinfo. */
      for (const char *p = raw; plausible && *p != '\0'; p++)
        plausible = g_ascii_isalnum (*p) || *p == '/' || *p == '_' || *p == '-' || *p == '+';
      if (plausible)
        zone = g_time_zone_new_identifier (raw);

      known = GINT_TO_POINTER (zone != NULL ? 1 : 2);
      g_hash_table_insert (parser->zones, g_strdup (raw), known);
    }

  if (GPOINTER_TO_INT (known) != 1)
    {
      warn (parser, RP_FEED_WARNING_DROPPED, "timezone",
            _("Not a known time zone; it was left out, so the default zone is used."));
      return NULL;
    }

  return g_steal_pointer (&raw);
}

static char *
join_parts (GPtrArray  *parts,
            const char *separator)
{
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

static char *
read_address (Parser     *parser,
              JsonObject *object)
{
  static const char * const split_fields[] = {
    "address", "city", "state", "postal_code", "country",
  };
  char *parts[G_N_ELEMENTS (split_fields)] = { NULL, };
  g_autoptr(GPtrArray) line = g_ptr_array_new_with_free_func (g_free);
  char *address;

  address = read_text (parser, object, "formatted_address", TEXT_LINE, RP_FEED_MAX_ADDRESS);
  if (address != NULL)
    return address;

  /* "1 Main St, Springfield, IL 62701, US": state and postal code share a part */
  for (gsize i = 0; i < G_N_ELEMENTS (split_fields); i++)
    parts[i] = read_text (parser, object, split_fields[i], TEXT_LINE, RP_FEED_MAX_ADDRESS);

  if (parts[0] != NULL)
    g_ptr_array_add (line, g_steal_pointer (&parts[0]));
  if (parts[1] != NULL)
    g_ptr_array_add (line, g_steal_pointer (&parts[1]));
  if (parts[2] != NULL && parts[3] != NULL)
    g_ptr_array_add (line, g_strjoin (" ", parts[2], parts[3], NULL));
  else if (parts[2] != NULL || parts[3] != NULL)
    g_ptr_array_add (line, g_strdup (parts[2] != NULL ? parts[2] : parts[3]));
  if (parts[4] != NULL)
    g_ptr_array_add (line, g_steal_pointer (&parts[4]));
  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    g_free (parts[i]);

  address = join_parts (line, ", ");
  if (address != NULL && truncate_text (&address, RP_FEED_MAX_ADDRESS))
    warn_truncated (parser, "address", RP_FEED_MAX_ADDRESS);

  return address;
}

static char *
read_region (Parser     *parser,
             JsonObject *object)
{
  static const char * const split_fields[] = { "region", "sub_region", "sub_sub_region" };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = get_member (object, "regions");
  const char *field = "regions";
  char *region;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      gboolean wrong = FALSE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          char *part;

          if (JSON_NODE_HOLDS_NULL (element))
            continue;
          if (value_type (element) != G_TYPE_STRING)
            {
              wrong = TRUE;
              continue;
            }
          part = clean_text (json_node_get_string (element), TEXT_LINE);
          if (part != NULL)
            g_ptr_array_add (parts, part);
        }
      if (wrong)
        warn (parser, RP_FEED_WARNING_DROPPED, field,
              _("Not the expected kind of value; it was left out."));
    }
  else if (node != NULL)
    {
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            _("Not the expected kind of value; it was left out."));
    }

  /* "regions" is the newer, more complete form; region and sub_region
   * are read only when it gives nothing. */
  if (parts->len == 0)
    {
      field = "region";
      for (gsize i = 0; i < G_N_ELEMENTS (split_fields); i++)
        {
          char *part = read_text (parser, object, split_fields[i], TEXT_LINE, RP_FEED_MAX_REGION);

          if (part != NULL)
            g_ptr_array_add (parts, part);
        }
    }

  region = join_parts (parts, " > ");
  if (region != NULL && truncate_text (&region, RP_FEED_MAX_REGION))
    warn_truncated (parser, field, RP_FEED_MAX_REGION);

  return region;
}

static void
add_type_code (GPtrArray  *codes,
               const char *code)
{
  for (guint i = 0; i < codes->len; i++)
    {
      if (strcmp (g_ptr_array_index (codes, i), code) == 0)
        return;
    }

  g_ptr_array_add (codes, g_strdup (code));
}

static void
add_type (Parser     *parser,
          const char *raw,
          GPtrArray  *types,
          GPtrArray  *tags,
          gboolean   *truncated)
{
  g_autofree char *code = clean_text (raw, TEXT_LINE);
  const char *canonical;

  if (code == NULL)
    return;

  canonical = rp_meeting_type_get_canonical (code);
  if (canonical != NULL)
    {
      add_type_code (types, canonical);
      return;
    }

  if (truncate_text (&code, RP_FEED_MAX_TAG))
    *truncated = TRUE;
  add_type_code (tags, code);
}

/* "types" is a list of codes; older feeds send one comma-separated
 * string. Reserved codes go to types, the rest to custom tags. */
static void
read_types (Parser        *parser,
            JsonObject    *object,
            RpFeedMeeting *meeting)
{
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = get_member (object, "types");
  gboolean wrong = FALSE;
  gboolean truncated = FALSE;
  guint n_kept = 0;

  if (node == NULL)
    ;
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (raw, g_strdup (json_node_get_string (element)));
          else if (!JSON_NODE_HOLDS_NULL (element))
            wrong = TRUE;
        }
    }
  else if (value_type (node) == G_TYPE_STRING)
    {
      g_auto(GStrv) parts = g_strsplit (json_node_get_string (node), ",", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        g_ptr_array_add (raw, g_steal_pointer (&parts[i]));
    }
  else
    {
      wrong = TRUE;
    }

  if (wrong)
    warn (parser, RP_FEED_WARNING_DROPPED, "types",
          _("Not the expected kind of value; it was left out."));

  for (guint i = 0; i < raw->len; i++)
    {
      if (types->len + tags->len >= RP_FEED_MAX_TYPES)
        {
          g_autofree char *reason = NULL;

          reason = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: an imported meeting listed
                                                  * more type codes than we keep. */
                                                 "Too many types; only the first %u was kept.",
                                                 "Too many types; only the first %u were kept.",
                                                 n_kept),
                                    n_kept);
          warn (parser, RP_FEED_WARNING_TRUNCATED, "types", reason);
          break;
        }
      add_type (parser, g_ptr_array_index (raw, i), types, tags, &truncated);
      n_kept = types->len + tags->len;
    }
  if (truncated)
    warn_truncated (parser, "types", RP_FEED_MAX_TAG);

  g_ptr_array_add (types, NULL);
  g_ptr_array_add (tags, NULL);
  meeting->types = (char **) g_ptr_array_free (g_steal_pointer (&types), FALSE);
  meeting->custom_tags = (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

static char *
read_notes (Parser     *parser,
            JsonObject *object)
{
  static const char * const fields[] = {
    "notes", "location_notes", "group_notes", "conference_url_notes", "conference_phone_notes",
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *notes;

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      char *part = read_text (parser, object, fields[i], TEXT_PARAGRAPHS, G_MAXUINT);

      if (part != NULL)
        g_ptr_array_add (parts, part);
    }

  notes = join_parts (parts, "\n\n");
  if (notes != NULL && truncate_text (&notes, RP_FEED_MAX_NOTES))
    warn_truncated (parser, "notes", RP_FEED_MAX_NOTES);

  return notes;
}

/* A number, or a string holding one (TSML UI accepts both). */
static gboolean
read_coordinate (Parser     *parser,
                 JsonObject *object,
                 const char *field,
                 double      limit,
                 double     *value)
{
  JsonNode *node = get_member (object, field);
  gboolean valid = FALSE;

  if (node == NULL)
    return FALSE;

  switch (value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      *value = json_node_get_double (node);
      valid = TRUE;
      break;

    case G_TYPE_STRING:
      {
        g_autofree char *text = g_strstrip (g_strdup (json_node_get_string (node)));
        char *end = NULL;

        if (*text == '\0')
          return FALSE;
        *value = g_ascii_strtod (text, &end);
        valid = end != text && *end == '\0';
      }
      break;

    default:
      break;
    }

  if (!valid || !isfinite (*value) || fabs (*value) > limit)
    {
      warn (parser, RP_FEED_WARNING_DROPPED, field,
            _("Not a valid map position; it was left out."));
      return FALSE;
    }

  return TRUE;
}

static void
read_coordinates (Parser        *parser,
                  JsonObject    *object,
                  RpFeedMeeting *meeting)
{
  double latitude = 0;
  double longitude = 0;
  gboolean has_latitude = read_coordinate (parser, object, "latitude", 90, &latitude);
  gboolean has_longitude = read_coordinate (parser, object, "longitude", 180, &longitude);

  /* 0, 0 is in the ocean: feeds use it for "not geocoded" */
  if (has_latitude && has_longitude && !(latitude == 0 && longitude == 0))
    {
      meeting->has_coordinates = TRUE;
      meeting->latitude = latitude;
      meeting->longitude = longitude;
    }
}

/* "YYYY-MM-DD HH:MM:SS" in UTC by the spec; full ISO 8601 is taken too. */
static GDateTime *
read_updated (Parser     *parser,
              JsonObject *object)
{
  g_autofree char *raw = read_raw (parser, object, "updated");
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) updated = NULL;

  if (raw == NULL)
    return NULL;

  if (strlen (raw) == 10)
    {
      char *with_time = g_strconcat (raw, "T00:00:00", NULL);

      g_free (raw);
      raw = with_time;
    }
  else if (strlen (raw) > 10 && raw[10] == ' ')
    {
      raw[10] = 'T';
    }

  utc = g_time_zone_new_utc ();
  updated = g_date_time_new_from_iso8601 (raw, utc);
  if (updated == NULL)
    {
      warn (parser, RP_FEED_WARNING_DROPPED, "updated",
            _("Not a date and time; it was left out."));
      return NULL;
    }

  return g_date_time_to_utc (updated);
}

static gboolean
read_approximate (Parser     *parser,
                  JsonObject *object)
{
  JsonNode *node = get_member (object, "approximate");
  const char *text;

  if (node == NULL)
    return FALSE;

  if (value_type (node) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (node);

  if (value_type (node) == G_TYPE_STRING)
    {
      text = json_node_get_string (node);
      if (g_ascii_strcasecmp (text, "yes") == 0 || g_ascii_strcasecmp (text, "true") == 0)
        return TRUE;
      if (g_ascii_strcasecmp (text, "no") == 0 || g_ascii_strcasecmp (text, "false") == 0 ||
          *text == '\0')
        return FALSE;
    }

  /* Translators: "approximate" should be "yes" or "no" in a feed. */
  warn (parser, RP_FEED_WARNING_DROPPED, "approximate", _("Not yes or no; it was left out."));
  return FALSE;
}

static char *
read_entity_url (Parser     *parser,
                 JsonObject *object)
{
  char *url = read_web_link (parser, object, "entity_website_url");

  /* the spec's README example and TSML UI say entity_url */
  if (url == NULL)
    url = read_web_link (parser, object, "entity_url");

  return url;
}

/* --- slugs ------------------------------------------------------------ */

static char *
hashed_slug (const char *text)
{
  g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  return g_strconcat ("rp-", checksum, NULL);
}

/* A meeting without an ID gets one made from what identifies it, so that
 * importing the same feed again finds it again. */
static char *
made_up_slug (const RpFeedMeeting *meeting)
{
  g_autofree char *key = NULL;

  key = g_strdup_printf ("%s\x1f%u\x1f%d\x1f%s\x1f%s",
                         meeting->name != NULL ? meeting->name : "",
                         meeting->weekdays,
                         meeting->start_minute,
                         meeting->address != NULL ? meeting->address : "",
                         meeting->location != NULL ? meeting->location : "");

  return hashed_slug (key);
}

static char *
read_slug (Parser     *parser,
           JsonObject *object,
           gboolean   *made_up)
{
  JsonNode *node = get_member (object, "slug");
  g_autofree char *raw = NULL;
  char *slug;

  /* An integral double ("slug": 12.0) is still a number the feed means. */
  if (node != NULL && value_type (node) == G_TYPE_DOUBLE)
    {
      double number = json_node_get_double (node);

      if (number == floor (number) && fabs (number) < 1e15)
        return g_strdup_printf ("%.0f", number);
    }

  raw = read_raw (parser, object, "slug");
  if (raw == NULL)
    return NULL;

  slug = clean_text (raw, TEXT_LINE);
  if (slug != NULL && g_utf8_strlen (slug, -1) > RP_FEED_MAX_SLUG)
    {
      char *hashed = hashed_slug (slug);

      g_free (slug);
      *made_up = TRUE;
      warn (parser, RP_FEED_WARNING_SLUG_MADE_UP, "slug",
            _("The ID is too long; a shorter one was made from it."));
      return hashed;
    }

  return slug;
}

/* --- meetings --------------------------------------------------------- */

static gboolean
looks_like_meeting (JsonObject *object)
{
  if (!json_object_has_member (object, "name") && !json_object_has_member (object, "slug"))
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (meeting_members); i++)
    {
      if (json_object_has_member (object, meeting_members[i]))
        return TRUE;
    }

  return FALSE;
}

static RpFeedMeeting *
read_meeting (Parser     *parser,
              JsonObject *object)
{
  g_autoptr(RpFeedMeeting) meeting = feed_meeting_new (parser->position);

  meeting->slug = read_slug (parser, object, &meeting->slug_made_up);
  meeting->name = read_text (parser, object, "name", TEXT_LINE, RP_FEED_MAX_NAME);
  if (meeting->name == NULL)
    warn (parser, RP_FEED_WARNING_MISSING, "name", _("The meeting has no name."));
  meeting->group = read_text (parser, object, "group", TEXT_LINE, RP_FEED_MAX_GROUP);
  read_schedule (parser, object, meeting);
  meeting->timezone = read_timezone (parser, object);
  meeting->location = read_text (parser, object, "location", TEXT_LINE, RP_FEED_MAX_LOCATION);
  meeting->address = read_address (parser, object);
  meeting->approximate = read_approximate (parser, object);
  meeting->region = read_region (parser, object);
  read_coordinates (parser, object, meeting);
  meeting->conference_url = read_web_link (parser, object, "conference_url");
  meeting->conference_phone = read_phone (parser, object, "conference_phone");
  read_types (parser, object, meeting);
  meeting->notes = read_notes (parser, object);
  meeting->updated = read_updated (parser, object);
  meeting->entity = read_text (parser, object, "entity", TEXT_LINE, RP_FEED_MAX_ENTITY);
  meeting->entity_url = read_entity_url (parser, object);
  meeting->url = read_web_link (parser, object, "url");

  if (meeting->slug == NULL)
    {
      meeting->slug = made_up_slug (meeting);
      meeting->slug_made_up = TRUE;
      warn (parser, RP_FEED_WARNING_SLUG_MADE_UP, "slug",
            _("The meeting has no ID; one was made from its name, day, time and address."));
    }

  return g_steal_pointer (&meeting);
}

static void
add_entity (Parser     *parser,
            const char *entity)
{
  if (entity == NULL || g_hash_table_contains (parser->entities, entity))
    return;

  g_ptr_array_add (parser->report->entities, g_strdup (entity));
  g_hash_table_add (parser->entities, g_strdup (entity));
}

static void
read_entry (Parser     *parser,
            JsonNode   *node,
            GPtrArray  *meetings)
{
  RpFeedReport *report = parser->report;
  g_autoptr(RpFeedMeeting) meeting = NULL;
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

  report->n_entries++;

  if (object == NULL || !looks_like_meeting (object))
    {
      warn (parser, RP_FEED_WARNING_SKIPPED, NULL,
            _("This entry is not a meeting; it was skipped."));
      report->n_skipped++;
      flush_warnings (parser, NULL);
      return;
    }

  meeting = read_meeting (parser, object);

  if (g_hash_table_contains (parser->slugs, meeting->slug))
    {
      /* The first one wins, so that "update by slug" has one answer. */
      g_ptr_array_set_size (parser->pending, 0);
      warn (parser, RP_FEED_WARNING_SKIPPED, "slug",
            _("An earlier meeting in the feed has the same ID; this one was skipped."));
      report->n_skipped++;
      flush_warnings (parser, meeting->slug);
      return;
    }

  g_hash_table_add (parser->slugs, g_strdup (meeting->slug));
  report->n_meetings++;
  if (meeting->by_appointment)
    report->n_by_appointment++;
  if (parser->pending->len > 0)
    report->n_with_warnings++;
  add_entity (parser, meeting->entity);
  flush_warnings (parser, meeting->slug);

  g_ptr_array_add (meetings, g_steal_pointer (&meeting));
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

      if (JSON_NODE_HOLDS_OBJECT (element) && looks_like_meeting (json_node_get_object (element)))
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
      else if (looks_like_meeting (object))
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
      read_entry (&parser, json_array_get_element (entries, i), meetings);
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
