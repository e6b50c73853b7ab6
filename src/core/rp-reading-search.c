/* rp-reading-search.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-reading-search"

#include "config.h"

#include <string.h>

#include "rp-reading-search.h"

/* The pure half of the reading search: what the user typed made into an
 * FTS5 query that cannot be a syntax error, and FTS5's marked-up titles
 * and snippets split into plain text and ranges. RpStore runs the query
 * (rp-store-reading-search.c). */

/* More words than this are ignored: nobody types them, and a pasted page
 * must not become a query of thousands of phrases. */
#define MAX_WORDS 16

/**
 * rp_reading_match_free:
 * @match: (nullable) (transfer full): a search result
 */
void
rp_reading_match_free (RpReadingMatch *match)
{
  if (match == NULL)
    return;

  g_free (match->title);
  g_clear_pointer (&match->title_ranges, g_array_unref);
  g_free (match->snippet);
  g_clear_pointer (&match->snippet_ranges, g_array_unref);
  g_free (match);
}

/* Whether @word has something the tokenizer may keep: a chunk of
 * punctuation alone ("-", "(", "*") would be an empty phrase. */
static gboolean
has_word_character (const char *word,
                    const char *end)
{
  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/**
 * rp_reading_search_build_query:
 * @text: (nullable): what the user typed, in UTF-8 (invalid sequences are
 *   replaced)
 *
 * Makes @text an FTS5 query that cannot be a syntax error and in which
 * nothing the user typed acts as an operator: each run of non-space
 * characters becomes a phrase in double quotes (an inner quote doubled),
 * so that "AND", "NEAR(", "-x", "col:x", "^x" and "x*" are words to find
 * and their punctuation a mere separator for the tokenizer; runs with no
 * letter or digit are dropped. Phrases side by side must all match; the
 * last one is a prefix, as the user is still typing it ("grat" finds
 * "gratitude"). "don't" stays one phrase, so it finds "don't" and not
 * every "t...".
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text has
 *   no word to search for
 */
char *
rp_reading_search_build_query (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) query = NULL;
  const char *p;
  guint n_words = 0;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  query = g_string_new (NULL);
  p = valid;
  while (*p != '\0' && n_words < MAX_WORDS)
    {
      const char *start;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p == start || !has_word_character (start, p))
        continue;

      if (n_words > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *c = start; c < p; c++)
        {
          if (*c == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *c);
        }
      g_string_append_c (query, '"');
      n_words++;
    }

  if (n_words == 0)
    return NULL;

  g_string_append_c (query, '*');
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * rp_reading_search_split_marks:
 * @marked: text from FTS5's highlight() or snippet(), each match between
 *   %RP_READING_SEARCH_OPEN and %RP_READING_SEARCH_CLOSE
 * @out_ranges: (out) (optional) (transfer full) (element-type RpTextRange):
 *   the byte ranges of the returned text that matched
 *
 * Removes the marks and says where they were. Marks that do not pair up
 * (an open one inside another, a close one with nothing open) are dropped;
 * one left open ends with the text. Empty ranges are left out and ranges
 * that touch are joined, so the ranges are sorted, disjoint and never
 * empty. The marks fall between tokens, so each range starts and ends on a
 * character boundary.
 *
 * Returns: (transfer full): @marked without the marks
 */
char *
rp_reading_search_split_marks (const char  *marked,
                               GArray     **out_ranges)
{
  g_autoptr(GString) plain = NULL;
  g_autoptr(GArray) ranges = NULL;
  gboolean open = FALSE;
  guint start = 0;

  g_return_val_if_fail (marked != NULL, NULL);

  plain = g_string_sized_new (strlen (marked));
  ranges = g_array_new (FALSE, FALSE, sizeof (RpTextRange));

  for (const char *p = marked; ; p++)
    {
      gboolean at_end = (*p == '\0');

      if (*p == RP_READING_SEARCH_OPEN[0] && !open)
        {
          open = TRUE;
          start = plain->len;
        }
      else if ((*p == RP_READING_SEARCH_CLOSE[0] || at_end) && open)
        {
          RpTextRange *last = ranges->len > 0
                              ? &g_array_index (ranges, RpTextRange, ranges->len - 1)
                              : NULL;

          open = FALSE;
          if (last != NULL && last->end == start)
            last->end = plain->len;
          else if (plain->len > start)
            g_array_append_val (ranges, ((RpTextRange) { start, plain->len }));
        }
      else if (*p != RP_READING_SEARCH_OPEN[0] && *p != RP_READING_SEARCH_CLOSE[0] && !at_end)
        {
          g_string_append_c (plain, *p);
        }

      if (at_end)
        break;
    }

  if (out_ranges != NULL)
    *out_ranges = g_steal_pointer (&ranges);

  return g_string_free (g_steal_pointer (&plain), FALSE);
}

static gboolean
is_mark (char c)
{
  return c == RP_READING_SEARCH_OPEN[0] || c == RP_READING_SEARCH_CLOSE[0];
}

/* The token without its marks is only @c, repeated (at most @max times). */
static gboolean
token_is_only (const char *token,
               gsize       length,
               char        c,
               guint       max)
{
  guint n = 0;

  for (gsize i = 0; i < length; i++)
    {
      if (is_mark (token[i]))
        continue;
      if (token[i] != c)
        return FALSE;
      n++;
    }

  return n > 0 && n <= max;
}

/**
 * rp_reading_search_plain_snippet:
 * @marked: a snippet on one line (single spaces), with the match marks
 *
 * A snippet of a Markdown body shows its words, not its syntax: emphasis
 * and code marks (`*`, `` ` ``, `__`) and heading and quote marks are
 * dropped, and a list's bullet becomes "·". The match marks are kept where
 * they were. Pure.
 *
 * Returns: (transfer full): the snippet to split
 */
char *
rp_reading_search_plain_snippet (const char *marked)
{
  g_autoptr(GString) plain = NULL;
  const char *p;

  g_return_val_if_fail (marked != NULL, NULL);

  plain = g_string_sized_new (strlen (marked));
  p = marked;
  while (*p != '\0')
    {
      const char *end = strchr (p, ' ');
      gsize length = end != NULL ? (gsize) (end - p) : strlen (p);
      gsize before = plain->len;

      if (token_is_only (p, length, '#', 6) || token_is_only (p, length, '>', 3))
        {
          /* a heading's or a quote's mark: nothing */
        }
      else if (token_is_only (p, length, '-', 1) || token_is_only (p, length, '+', 1) ||
               token_is_only (p, length, '*', 1))
        {
          g_string_append (plain, "·");
        }
      else
        {
          for (gsize i = 0; i < length; i++)
            {
              char c = p[i];

              if (c == '*' || c == '`')
                continue;
              if (c == '_' && ((i + 1 < length && p[i + 1] == '_') ||
                               (i > 0 && p[i - 1] == '_')))
                continue;
              g_string_append_c (plain, c);
            }
        }

      /* One space between words that kept something visible. */
      if (plain->len > before && end != NULL)
        g_string_append_c (plain, ' ');

      p += length;
      if (*p == ' ')
        p++;
    }

  while (plain->len > 0 && plain->str[plain->len - 1] == ' ')
    g_string_truncate (plain, plain->len - 1);

  return g_string_free (g_steal_pointer (&plain), FALSE);
}
