/* rp-import-meeting-guide-members.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include <string.h>

#include "rp-import-meeting-guide-private.h"

/* What every field reader of the Meeting Guide feed parser builds on:
 * the warnings an entry collects, text cleaned of HTML and invisible
 * characters, and members read by JSON type. Apart from
 * rp-import-meeting-guide-schedule.c and -entry.c, which read the fields
 * themselves, so that each file stays one subject. */

/* --- warnings --------------------------------------------------------- */

void
rp_meeting_guide_warn (Parser            *parser,
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

void
rp_meeting_guide_warn_truncated (Parser     *parser,
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
  rp_meeting_guide_warn (parser, RP_FEED_WARNING_TRUNCATED, field, reason);
}

/* Moves the entry's warnings to the report, now that its slug is known. */
void
rp_meeting_guide_flush_warnings (Parser     *parser,
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

gboolean
rp_meeting_guide_is_blank (const char *text)
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
char *
rp_meeting_guide_clean_text (const char *raw,
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
gboolean
rp_meeting_guide_truncate_text (char  **text,
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
JsonNode *
rp_meeting_guide_get_member (JsonObject *object,
                             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

GType
rp_meeting_guide_value_type (JsonNode *node)
{
  if (!JSON_NODE_HOLDS_VALUE (node))
    return G_TYPE_INVALID;

  return json_node_get_value_type (node);
}

/* The member as text, trimmed, when it is a string or an integer (feeds
 * send numeric slugs and postal codes). Anything else is dropped with a
 * warning. Returns NULL when absent or blank. */
char *
rp_meeting_guide_read_raw (Parser     *parser,
                           JsonObject *object,
                           const char *field)
{
  JsonNode *node = rp_meeting_guide_get_member (object, field);
  char *text;

  if (node == NULL)
    return NULL;

  switch (rp_meeting_guide_value_type (node))
    {
    case G_TYPE_STRING:
      text = g_strstrip (g_strdup (json_node_get_string (node)));
      break;

    case G_TYPE_INT64:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      break;

    default:
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                             /* Translators: a field of an imported meeting held a number,
                              * a list or the like where text was expected. */
                             _("Not the expected kind of value; it was left out."));
      return NULL;
    }

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

char *
rp_meeting_guide_read_text (Parser     *parser,
                            JsonObject *object,
                            const char *field,
                            TextKind    kind,
                            guint       cap)
{
  g_autofree char *raw = rp_meeting_guide_read_raw (parser, object, field);
  char *text;

  if (raw == NULL)
    return NULL;

  text = rp_meeting_guide_clean_text (raw, kind);
  if (text != NULL && rp_meeting_guide_truncate_text (&text, cap))
    rp_meeting_guide_warn_truncated (parser, field, cap);

  return text;
}

/* An http or https link with a host; other schemes (javascript:, file:)
 * and relative links are dropped. */
char *
rp_meeting_guide_read_web_link (Parser     *parser,
                                JsonObject *object,
                                const char *field)
{
  g_autofree char *raw = rp_meeting_guide_read_raw (parser, object, field);
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (raw == NULL)
    return NULL;

  if (g_utf8_strlen (raw, -1) > RP_FEED_MAX_URL)
    {
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
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
          rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
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
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                             _("Not a web link (http or https); it was left out."));
      return NULL;
    }

  return g_steal_pointer (&raw);
}

/* Digits with an optional leading "+", and "," "*" "#" for pauses and
 * menus, as the spec says; the spaces, dashes, dots and brackets people
 * write for readability are removed. */
char *
rp_meeting_guide_read_phone (Parser     *parser,
                             JsonObject *object,
                             const char *field)
{
  g_autofree char *raw = rp_meeting_guide_read_raw (parser, object, field);
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
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                             _("Not a phone number that can be dialled; it was left out."));
      return NULL;
    }
  if (phone->len > RP_FEED_MAX_PHONE)
    {
      g_string_free (phone, TRUE);
      rp_meeting_guide_warn (parser, RP_FEED_WARNING_DROPPED, field,
                             _("Too long to be kept whole; it was left out."));
      return NULL;
    }

  return g_string_free (phone, FALSE);
}
