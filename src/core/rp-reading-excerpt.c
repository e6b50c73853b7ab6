/* rp-reading-excerpt.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The first words of a reading as plain text, for the Today page's card:
 * Markdown is parsed with md4c (as the reader does) and only the words of
 * its paragraphs, lists, quotes and tables are kept, without the syntax.
 * Headings are left out (the card shows the title already) unless the text
 * is nothing but headings; code blocks are left out. Raw HTML is text, as
 * the reader shows it. Pure: no I/O, no state. */

#define G_LOG_DOMAIN "rp-reading-excerpt"

#include "config.h"

#include <md4c.h>
#include <string.h>

#include "rp-reading-excerpt.h"

/* Only the start of a long text is parsed: the excerpt never needs more,
 * and a 365-day book or a 2 MiB text must not slow the Today page. */
#define SOURCE_BYTES 16384

typedef struct
{
  GString  *text;
  guint     n_characters;
  gboolean  space_pending;
} Buffer;

typedef struct
{
  Buffer    words;      /* paragraphs, lists, quotes, tables */
  Buffer    headings;   /* only used when there are no words */
  guint     skip_depth; /* inside a code block or an HTML block */
  guint     heading_depth;
  guint     wanted;     /* characters enough to know whether to cut */
} Excerpt;

/* Appends @text with every run of white space made one space, and the
 * other control characters left out. */
static void
buffer_append (Buffer     *buffer,
               const char *text,
               gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          buffer->space_pending = TRUE;
          continue;
        }
      if (g_unichar_iscntrl (c))
        continue;

      if (buffer->space_pending && buffer->text->len > 0)
        {
          g_string_append_c (buffer->text, ' ');
          buffer->n_characters++;
        }
      buffer->space_pending = FALSE;
      g_string_append_unichar (buffer->text, c);
      buffer->n_characters++;
    }
}

static Buffer *
current_buffer (Excerpt *excerpt)
{
  return excerpt->heading_depth > 0 ? &excerpt->headings : &excerpt->words;
}

static const struct {
  const char *name;
  gunichar    character;
} entities[] = {
  { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' },
  { "&apos;", '\'' }, { "&nbsp;", ' ' }, { "&ndash;", 0x2013 }, { "&mdash;", 0x2014 },
  { "&hellip;", 0x2026 }, { "&lsquo;", 0x2018 }, { "&rsquo;", 0x2019 },
  { "&ldquo;", 0x201C }, { "&rdquo;", 0x201D }, { "&copy;", 0x00A9 },
};

/* md4c gives an entity as written ("&amp;", "&#233;", "&#xE9;"): the common
 * ones become their character, the others stay as written. */
static void
append_entity (Buffer     *buffer,
               const char *text,
               gsize       length)
{
  char utf8[6];
  gunichar c = 0;

  if (length > 3 && text[1] == '#')
    {
      g_autofree char *digits = NULL;
      gboolean hex = text[2] == 'x' || text[2] == 'X';
      char *number_end = NULL;
      guint64 value;

      digits = g_strndup (text + (hex ? 3 : 2), length - (hex ? 4 : 3));
      value = g_ascii_strtoull (digits, &number_end, hex ? 16 : 10);
      if (number_end != digits && *number_end == '\0' && value > 0 && value <= 0x10FFFF)
        c = (gunichar) value;
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
        if (strlen (entities[i].name) == length &&
            strncmp (entities[i].name, text, length) == 0)
          c = entities[i].character;
    }

  if (c == 0 || !g_unichar_validate (c))
    {
      buffer_append (buffer, text, length);
      return;
    }

  buffer_append (buffer, utf8, g_unichar_to_utf8 (c, utf8));
}

static int
enter_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Excerpt *excerpt = user_data;

  if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML)
    excerpt->skip_depth++;
  else if (type == MD_BLOCK_H)
    excerpt->heading_depth++;

  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Excerpt *excerpt = user_data;

  if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML)
    excerpt->skip_depth--;
  else if (type == MD_BLOCK_H)
    excerpt->heading_depth--;

  /* The words of two blocks never run together. */
  current_buffer (excerpt)->space_pending = TRUE;
  if (type == MD_BLOCK_H)
    excerpt->headings.space_pending = TRUE;

  return 0;
}

static int
span_cb (MD_SPANTYPE  type,
         void        *detail,
         void        *user_data)
{
  return 0;
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *user_data)
{
  Excerpt *excerpt = user_data;
  Buffer *buffer = current_buffer (excerpt);

  if (excerpt->skip_depth > 0)
    return 0;

  switch (type)
    {
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      buffer->space_pending = TRUE;
      break;

    case MD_TEXT_NULLCHAR:
      buffer_append (buffer, "\xEF\xBF\xBD", 3);
      break;

    case MD_TEXT_ENTITY:
      append_entity (buffer, text, size);
      break;

    case MD_TEXT_HTML:
      /* Not given with MD_FLAG_NOHTML; never shown as markup anyway. */
      break;

    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
    default:
      buffer_append (buffer, text, size);
      break;
    }

  /* Enough to fill the excerpt and see that there is more: stop parsing. */
  return excerpt->words.n_characters > excerpt->wanted ? 1 : 0;
}

/* Cuts @text (of @n_characters) to at most @max_characters, ending with
 * "…" at a word's end when one is near. */
static char *
cut (GString *text,
     guint    n_characters,
     guint    max_characters)
{
  const char *start = text->str;
  const char *end;
  const char *space;

  if (n_characters <= max_characters)
    return g_strdup (text->str);
  if (max_characters == 0)
    return g_strdup ("");

  /* Room for the ellipsis. */
  end = g_utf8_offset_to_pointer (start, max_characters - 1);

  /* Back to the last space, unless that drops more than a third. */
  space = end;
  while (space > start && *space != ' ')
    space = g_utf8_prev_char (space);
  if (space > start && g_utf8_pointer_to_offset (space, end) <= (glong) max_characters / 3)
    end = space;

  /* No dangling space or punctuation before the ellipsis. */
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (previous);

      if (!g_unichar_isspace (c) && c != ',' && c != ';' && c != ':' && c != '-')
        break;
      end = previous;
    }

  return g_strdup_printf ("%.*s…", (int) (end - start), start);
}

/**
 * rp_reading_excerpt:
 * @text: (nullable): a reading's body
 * @format: how @text is written
 * @max_characters: the longest excerpt wanted, in characters (not bytes)
 *
 * The start of @text as one line of plain text: Markdown's syntax left out,
 * white space made single spaces, and cut at a word's end with "…" when
 * there is more. Never longer than @max_characters, never cutting a
 * character in two; invalid UTF-8 becomes U+FFFD.
 *
 * Returns: (transfer full): the excerpt, "" when @text has no words
 */
char *
rp_reading_excerpt (const char      *text,
                    RpReadingFormat  format,
                    guint            max_characters)
{
  Excerpt excerpt = { { NULL, 0, FALSE }, { NULL, 0, FALSE }, 0, 0, max_characters };
  g_autofree char *source = NULL;
  g_autoptr(GString) words = NULL;
  g_autoptr(GString) headings = NULL;
  gsize length;

  if (text == NULL)
    return g_strdup ("");

  length = strlen (text);
  if (length > SOURCE_BYTES)
    {
      /* Cut at a character's first byte, so nothing valid turns invalid. */
      length = SOURCE_BYTES;
      while (length > 0 && ((guchar) text[length] & 0xC0) == 0x80)
        length--;
    }
  source = g_utf8_make_valid (text, (gssize) length);

  words = excerpt.words.text = g_string_new (NULL);
  headings = excerpt.headings.text = g_string_new (NULL);

  if (format == RP_READING_FORMAT_PLAIN)
    {
      buffer_append (&excerpt.words, source, strlen (source));
    }
  else
    {
      MD_PARSER parser = {
        .abi_version = 0,
        /* As the reader: GitHub's extensions, and raw HTML is text. */
        .flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
        .enter_block = enter_block_cb,
        .leave_block = leave_block_cb,
        .enter_span = span_cb,
        .leave_span = span_cb,
        .text = text_cb,
      };

      /* A non-zero result is text_cb() stopping early: what was gathered
       * stands. */
      md_parse (source, (MD_SIZE) strlen (source), &parser, &excerpt);
    }

  if (excerpt.words.n_characters > 0)
    return cut (words, excerpt.words.n_characters, max_characters);

  return cut (headings, excerpt.headings.n_characters, max_characters);
}
