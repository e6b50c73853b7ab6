/* rp-reading-highlight.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The search results' markup. Titles and snippets come from what users
 * wrote or imported, so nothing in them may act as markup: every piece is
 * escaped, and only the ranges the search reported become <b>. Ranges
 * that are out of bounds, empty, overlapping or cut a UTF-8 character are
 * dropped or trimmed rather than trusted. */

#define G_LOG_DOMAIN "rp-reading-highlight"

#include "config.h"

#include <string.h>

#include "rp-reading-highlight.h"
#include "rp-reading-search.h"

/* Escapes one plain piece. Control characters (a snippet's line breaks,
 * FTS5's own marks) become spaces: a result is one flowing line. */
static void
append_escaped (GString    *markup,
                const char *text,
                gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (markup, "&amp;");
          break;
        case '<':
          g_string_append (markup, "&lt;");
          break;
        case '>':
          g_string_append (markup, "&gt;");
          break;
        case '"':
          g_string_append (markup, "&quot;");
          break;
        case '\'':
          g_string_append (markup, "&apos;");
          break;
        default:
          if ((guchar) *p < 0x20 || *p == 0x7f)
            g_string_append_c (markup, ' ');
          else
            g_string_append_c (markup, *p);
        }
    }
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const RpTextRange *first = a;
  const RpTextRange *second = b;

  if (first->start != second->start)
    return first->start < second->start ? -1 : 1;

  return first->end < second->end ? -1 : first->end > second->end;
}

static gboolean
is_boundary (const char *text,
             gsize       length,
             guint       offset)
{
  /* A continuation byte is 10xxxxxx. */
  return offset == length || ((guchar) text[offset] & 0xc0) != 0x80;
}

/**
 * rp_reading_highlight_markup:
 * @text: (nullable): plain text
 * @ranges: (nullable) (element-type RpTextRange): byte ranges of @text
 *
 * Returns: (transfer full): markup for a GtkLabel
 */
char *
rp_reading_highlight_markup (const char *text,
                             GArray     *ranges)
{
  g_autofree char *valid = NULL;
  g_autoptr(GArray) sorted = NULL;
  GString *markup;
  gsize length;
  guint done = 0;

  if (text == NULL)
    return g_strdup ("");

  length = strlen (text);
  markup = g_string_sized_new (length + 16);

  /* Offsets into text that was not UTF-8 mean nothing once it is made
   * valid: it is shown without highlights. */
  if (!g_utf8_validate (text, length, NULL))
    {
      valid = g_utf8_make_valid (text, length);
      append_escaped (markup, valid, strlen (valid));
      return g_string_free (markup, FALSE);
    }

  if (ranges != NULL && ranges->len > 0)
    {
      sorted = g_array_sized_new (FALSE, FALSE, sizeof (RpTextRange), ranges->len);
      g_array_append_vals (sorted, ranges->data, ranges->len);
      g_array_sort (sorted, compare_ranges);
    }

  for (guint i = 0; sorted != NULL && i < sorted->len; i++)
    {
      RpTextRange range = g_array_index (sorted, RpTextRange, i);

      range.start = MAX (range.start, done);
      if (range.end > length || range.start >= range.end ||
          !is_boundary (text, length, range.start) || !is_boundary (text, length, range.end))
        continue;

      append_escaped (markup, text + done, range.start - done);
      g_string_append (markup, "<b>");
      append_escaped (markup, text + range.start, range.end - range.start);
      g_string_append (markup, "</b>");
      done = range.end;
    }

  append_escaped (markup, text + done, length - done);

  return g_string_free (markup, FALSE);
}
