/* rp-markdown-outline.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finds the headings of a Markdown text for the importer. It reads line by
 * line, without recursion or backtracking, so that neither a hostile
 * nesting nor a long line costs more than reading it once. It follows
 * CommonMark where a day heading could be mistaken: code blocks (fenced or
 * indented), block quotes and list items hold no heading. */

#define G_LOG_DOMAIN "rp-markdown-outline"

#include "config.h"

#include <string.h>

#include "rp-markdown-outline.h"
#include "rp-reading.h"

static void
clear_heading (gpointer data)
{
  RpMarkdownHeading *heading = data;

  g_clear_pointer (&heading->text, g_free);
}

typedef struct
{
  const char *start;
  const char *end;      /* without the line break */
  guint       number;
  guint       indent;   /* columns of leading white space */
  const char *content;  /* after it */
  gboolean    blank;
} Line;

static void
read_line (const char *line,
           const char *end,
           guint       number,
           Line       *out_line)
{
  const char *newline = memchr (line, '\n', end - line);
  const char *p = line;

  out_line->start = line;
  out_line->end = newline != NULL ? newline : end;
  out_line->number = number;
  out_line->indent = 0;
  while (p < out_line->end && (*p == ' ' || *p == '\t'))
    {
      out_line->indent += *p == '\t' ? 4 - out_line->indent % 4 : 1;
      p++;
    }
  out_line->content = p;
  out_line->blank = TRUE;
  for (const char *q = p; q < out_line->end; q++)
    {
      if (!g_ascii_isspace (*q))
        {
          out_line->blank = FALSE;
          break;
        }
    }
}

/* The length of a run of @c at @p, up to @end. */
static gsize
run_length (const char *p,
            const char *end,
            char        c)
{
  gsize n = 0;

  while (p + n < end && p[n] == c)
    n++;

  return n;
}

/* A fence that opens (or, with @fence_char set, closes) a code block. */
static gboolean
is_fence (const Line *line,
          char        fence_char,
          gsize       fence_length,
          char       *out_char,
          gsize      *out_length)
{
  char c = line->content < line->end ? line->content[0] : '\0';
  gsize n;

  if (line->indent >= 4 || (c != '`' && c != '~'))
    return FALSE;
  if (fence_char != '\0' && c != fence_char)
    return FALSE;

  n = run_length (line->content, line->end, c);
  if (n < 3 || (fence_char != '\0' && n < fence_length))
    return FALSE;

  /* A closing fence has nothing after it. */
  if (fence_char != '\0')
    {
      for (const char *p = line->content + n; p < line->end; p++)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
        }
    }

  *out_char = c;
  *out_length = n;

  return TRUE;
}

/* A one-line title: control characters (tabs, a stray carriage return)
 * as spaces, trimmed, at most RP_READING_MAX_TITLE_LENGTH characters. */
char *
rp_markdown_outline_make_title (const char *text,
                                gssize      length)
{
  g_autofree char *title = g_strndup (text, length < 0 ? strlen (text) : (gsize) length);

  for (char *p = title; *p; p++)
    {
      if (g_ascii_iscntrl (*p))
        *p = ' ';
    }
  g_strstrip (title);

  if (g_utf8_strlen (title, -1) > RP_READING_MAX_TITLE_LENGTH)
    {
      g_autofree char *cut = g_utf8_substring (title, 0, RP_READING_MAX_TITLE_LENGTH - 1);

      g_free (title);
      title = g_strconcat (g_strchomp (cut), "…", NULL);
    }

  return g_steal_pointer (&title);
}

/* "## January 1 ##": the text between the opening and closing "#"s. */
static gboolean
parse_atx_heading (const Line  *line,
                   guint       *out_level,
                   char       **out_text)
{
  const char *end = line->end;
  const char *text;
  const char *hashes;
  gsize level;

  if (line->indent >= 4)
    return FALSE;

  level = run_length (line->content, end, '#');
  if (level < 1 || level > 6)
    return FALSE;

  text = line->content + level;
  if (text < end && *text != ' ' && *text != '\t' && *text != '\r')
    return FALSE;

  while (end > text && g_ascii_isspace (end[-1]))
    end--;

  /* A closing run of "#"s counts only after a space. */
  hashes = end;
  while (hashes > text && hashes[-1] == '#')
    hashes--;
  if (hashes == text || hashes[-1] == ' ' || hashes[-1] == '\t')
    end = hashes;

  *out_level = level;
  *out_text = rp_markdown_outline_make_title (text, end - text);

  return TRUE;
}

/* A paragraph line a setext underline ("===" or "---") can make a
 * heading: text, not a list item, quote, HTML block or table. */
static gboolean
can_be_setext_text (const Line *line)
{
  char c;

  if (line->blank || line->indent >= 4)
    return FALSE;

  c = line->content[0];
  if (strchr ("#>-*+<|`~=", c) != NULL)
    return FALSE;

  if (g_ascii_isdigit (c))
    {
      const char *p = line->content;

      while (p < line->end && g_ascii_isdigit (*p))
        p++;
      if (p < line->end && (*p == '.' || *p == ')'))
        return FALSE;
    }

  return TRUE;
}

static guint
setext_level (const Line *line)
{
  char c;
  gsize n;

  if (line->indent >= 4 || line->blank)
    return 0;

  c = line->content[0];
  if (c != '=' && c != '-')
    return 0;

  n = run_length (line->content, line->end, c);
  for (const char *p = line->content + n; p < line->end; p++)
    {
      if (!g_ascii_isspace (*p))
        return 0;
    }

  return c == '=' ? 1 : 2;
}

/* Every heading of @text from @offset on (its lines numbered from
 * @first_line), outside code blocks and block quotes. */
GArray *
rp_markdown_outline_find_headings (const char *text,
                                   gsize       length,
                                   gsize       offset,
                                   guint       first_line)
{
  g_autoptr(GArray) headings = g_array_new (FALSE, TRUE, sizeof (RpMarkdownHeading));
  const char *end = text + length;
  const char *p = text + offset;
  Line previous = { NULL, NULL, 0, 0, NULL, TRUE };
  gboolean previous_starts_paragraph = FALSE;
  gboolean previous_was_blank = TRUE;
  char fence_char = '\0';
  gsize fence_length = 0;
  guint number = first_line;

  g_array_set_clear_func (headings, clear_heading);

  while (p < end)
    {
      Line line;
      RpMarkdownHeading heading = { 0, NULL, 0, 0, 0, 0, 0 };
      guint level = 0;
      char c;
      gsize n;

      read_line (p, end, number, &line);

      if (fence_char != '\0')
        {
          if (is_fence (&line, fence_char, fence_length, &c, &n))
            fence_char = '\0';
          line.blank = TRUE;
        }
      else if (is_fence (&line, '\0', 0, &c, &n))
        {
          fence_char = c;
          fence_length = n;
          line.blank = TRUE;
        }
      else if (parse_atx_heading (&line, &level, &heading.text))
        {
          heading.line = line.number;
          heading.start = line.start - text;
          line.blank = TRUE;
        }
      else if (previous_starts_paragraph && (level = setext_level (&line)) > 0)
        {
          heading.text = rp_markdown_outline_make_title (previous.content,
                                                         previous.end - previous.content);
          heading.line = previous.number;
          heading.start = previous.start - text;
          line.blank = TRUE;
        }

      if (heading.text != NULL)
        {
          heading.level = level;
          heading.body_start = (line.end < end ? line.end + 1 : end) - text;
          g_array_append_val (headings, heading);
        }

      /* Only a one-line paragraph after a blank line: enough for a day
       * heading, and no paragraph text becomes a title by surprise. */
      previous_starts_paragraph = previous_was_blank && can_be_setext_text (&line) &&
                                  fence_char == '\0';
      previous_was_blank = line.blank;
      previous = line;
      p = line.end < end ? line.end + 1 : end;
      number++;
    }

  return g_steal_pointer (&headings);
}

