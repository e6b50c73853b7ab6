/* rp-fts-snippet.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-fts-snippet"

#include "config.h"

#include <stdlib.h>

#include "rp-fts-snippet.h"

/* rp_snippet(), the FTS5 auxiliary function behind the reading search's
 * snippets. FTS5's snippet() scores every window against every match (time
 * quadratic in the matches) after tokenizing the whole column, and
 * highlight() copies its whole output again at each mark: for a word as
 * common as "the" in 50 readings of 2,000 words, that was most of the
 * search's time. rp_snippet() picks the window from the matches' token
 * positions alone, then tokenizes the column only as far as the window's
 * end and copies that much. */

/* More than this is no snippet. */
#define MAX_TOKENS 64

/* What lies between a snippet's first or last token and the column's
 * start or end is kept up to this much. */
#define MAX_EDGE_BYTES 16

typedef struct
{
  int start;   /* token positions in the column: [start, end) */
  int end;
  int phrase;
} Hit;

/* The byte offsets of the column's tokens at positions [first, limit). */
typedef struct
{
  int  first;
  int  limit;
  int  position;   /* of the next token */
  int *starts;
  int *ends;
} Tokens;

static int
compare_hits (const void *a,
              const void *b)
{
  const Hit *x = a, *y = b;

  if (x->start != y->start)
    return (x->start > y->start) - (x->start < y->start);
  return (x->end > y->end) - (x->end < y->end);
}

/* The matches in @column, in order. A column of @n_text bytes has fewer
 * tokens than that: an offset beyond is no match (a damaged index). */
static int
collect_hits (const Fts5ExtensionApi  *api,
              Fts5Context             *fts,
              int                      column,
              int                      n_text,
              GArray                  *hits)
{
  int n_instances = 0;
  int rc = api->xInstCount (fts, &n_instances);

  for (int i = 0; rc == SQLITE_OK && i < n_instances; i++)
    {
      int phrase, hit_column, offset;

      rc = api->xInst (fts, i, &phrase, &hit_column, &offset);
      if (rc == SQLITE_OK && hit_column == column && offset >= 0 && offset < n_text)
        {
          Hit hit = { offset, offset + MAX (api->xPhraseSize (fts, phrase), 1), phrase };

          g_array_append_val (hits, hit);
        }
    }

  g_array_sort (hits, compare_hits);
  return rc;
}

/* The first hit starting at @position or after. */
static guint
first_hit_from (GArray *hits,
                int     position)
{
  guint low = 0, high = hits->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (hits, Hit, middle).start < position)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* The window [start, start + n_tokens) with the most different phrases
 * matched, then the most matches, then the earliest; it starts a few
 * tokens before a match (its anchor). */
static void
choose_window (GArray *hits,
               int     n_phrases,
               int     n_column_tokens,
               int     n_tokens,
               int    *out_start,
               int    *out_anchor)
{
  g_autofree guint *seen = g_new0 (guint, MAX (n_phrases, 1));
  int lead = n_tokens / 4;
  guint best_score = 0;

  *out_start = 0;
  *out_anchor = 0;
  for (guint k = 0; k < hits->len; k++)
    {
      int anchor = g_array_index (hits, Hit, k).start;
      int start = MIN (MAX (anchor - lead, 0), MAX (n_column_tokens - n_tokens, 0));
      guint n_terms = 0, n_marks = 0, score;

      for (guint i = first_hit_from (hits, start);
           i < hits->len && g_array_index (hits, Hit, i).start < start + n_tokens;
           i++)
        {
          int phrase = g_array_index (hits, Hit, i).phrase;

          n_marks++;
          if (phrase >= 0 && phrase < n_phrases && seen[phrase] != k + 1)
            {
              seen[phrase] = k + 1;
              n_terms++;
            }
        }

      score = n_terms * 1000 + n_marks;
      if (score > best_score)
        {
          best_score = score;
          *out_start = start;
          *out_anchor = anchor;
        }
    }
}

static int
record_token (void       *user_data,
              int         flags,
              const char *token,
              int         n_token_bytes,
              int         start,
              int         end)
{
  Tokens *tokens = user_data;
  int position;

  if (flags & FTS5_TOKEN_COLOCATED)
    return SQLITE_OK;

  position = tokens->position++;
  if (position >= tokens->first)
    {
      tokens->starts[position - tokens->first] = start;
      tokens->ends[position - tokens->first] = end;
    }

  /* Enough: not an error, the caller knows. */
  return tokens->position >= tokens->limit ? SQLITE_DONE : SQLITE_OK;
}

/* Moves @start back to the start of a match that runs across it. */
static int
start_outside_hits (GArray *hits,
                    int     start)
{
  for (guint i = 0; i < hits->len; i++)
    {
      Hit *hit = &g_array_index (hits, Hit, i);

      if (hit->start < start && start < hit->end)
        start = hit->start;
    }

  return start;
}

static int
end_outside_hits (GArray *hits,
                  int     end)
{
  for (guint i = 0; i < hits->len; i++)
    {
      Hit *hit = &g_array_index (hits, Hit, i);

      if (hit->start < end && end < hit->end)
        end = hit->end;
    }

  return end;
}

/* A sentence or a line starts at token @position when the text since the
 * token before holds its end. */
static gboolean
starts_sentence (const char   *text,
                 const Tokens *tokens,
                 int           position)
{
  int from = tokens->ends[position - 1 - tokens->first];
  int to = tokens->starts[position - tokens->first];

  for (int i = from; i < to; i++)
    if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n')
      return TRUE;

  return FALSE;
}

/* @text's bytes [from, to) with the marks of the hits among the tokens
 * [start, end). Hits overlap when phrases share a token: they are joined. */
static void
append_marked (GString      *out,
               const char   *text,
               int           from,
               int           to,
               const Tokens *tokens,
               GArray       *hits,
               int           start,
               int           end,
               const char   *open,
               const char   *close)
{
  int cursor = from;
  guint i = 0;

  while (i < hits->len)
    {
      Hit mark = g_array_index (hits, Hit, i);
      int mark_start, mark_end;

      for (i++; i < hits->len && g_array_index (hits, Hit, i).start < mark.end; i++)
        mark.end = MAX (mark.end, g_array_index (hits, Hit, i).end);
      if (mark.end <= start || mark.start >= end)
        continue;

      mark_start = tokens->starts[MAX (mark.start, start) - tokens->first];
      mark_end = tokens->ends[MIN (mark.end, end) - 1 - tokens->first];
      g_string_append_len (out, text + cursor, mark_start - cursor);
      g_string_append (out, open);
      g_string_append_len (out, text + mark_start, mark_end - mark_start);
      g_string_append (out, close);
      cursor = mark_end;
    }

  g_string_append_len (out, text + cursor, to - cursor);
}

static void
rp_fts_snippet (const Fts5ExtensionApi  *api,
                Fts5Context             *fts,
                sqlite3_context         *context,
                int                      n_values,
                sqlite3_value          **values)
{
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_autoptr(GString) out = NULL;
  g_autofree int *starts = NULL;
  g_autofree int *ends = NULL;
  const char *open, *close, *ellipsis, *text = NULL;
  int column, n_tokens, n_text = 0, n_column_tokens = 0, max_phrase = 1;
  int start, anchor, end, from, to, rc;
  gboolean at_end;
  Tokens tokens = { 0, };

  if (n_values != 5)
    {
      sqlite3_result_error (context,
                            "wrong number of arguments to " RP_FTS_SNIPPET_FUNCTION "()", -1);
      return;
    }

  column = sqlite3_value_int (values[0]);
  open = (const char *) sqlite3_value_text (values[1]);
  close = (const char *) sqlite3_value_text (values[2]);
  ellipsis = (const char *) sqlite3_value_text (values[3]);
  n_tokens = CLAMP (sqlite3_value_int (values[4]), 1, MAX_TOKENS);
  if (column < 0 || column >= api->xColumnCount (fts) ||
      open == NULL || close == NULL || ellipsis == NULL)
    {
      sqlite3_result_error (context, "bad arguments to " RP_FTS_SNIPPET_FUNCTION "()", -1);
      return;
    }

  rc = api->xColumnText (fts, column, &text, &n_text);
  if (rc == SQLITE_OK)
    rc = api->xColumnSize (fts, column, &n_column_tokens);
  if (rc == SQLITE_OK)
    rc = collect_hits (api, fts, column, n_text, hits);
  if (rc != SQLITE_OK)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }
  if (text == NULL || n_text == 0)
    {
      sqlite3_result_text (context, "", 0, SQLITE_STATIC);
      return;
    }

  for (int i = 0; i < api->xPhraseCount (fts); i++)
    max_phrase = MAX (max_phrase, api->xPhraseSize (fts, i));
  choose_window (hits, api->xPhraseCount (fts), n_column_tokens, n_tokens, &start, &anchor);

  /* Tokenize as far as any window moved to a sentence start, or stretched
   * to the end of a phrase, could reach, and one token more. */
  tokens.first = start_outside_hits (hits, start);
  tokens.limit = anchor + n_tokens + max_phrase + 1;
  starts = g_new (int, tokens.limit - tokens.first);
  ends = g_new (int, tokens.limit - tokens.first);
  tokens.starts = starts;
  tokens.ends = ends;
  rc = api->xTokenize (fts, text, n_text, &tokens, record_token);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }

  for (int position = start + 1; position <= anchor && position < tokens.position; position++)
    if (starts_sentence (text, &tokens, position))
      {
        start = position;
        break;
      }
  start = MAX (start_outside_hits (hits, start), tokens.first);
  end = MIN (end_outside_hits (hits, MIN (start + n_tokens, tokens.position)), tokens.position);
  if (start >= end)
    {
      sqlite3_result_text (context, "", 0, SQLITE_STATIC);
      return;
    }

  /* At either end of the column, what comes before the first token or
   * after the last belongs to the snippet when it is short ("# ", a full
   * stop), not a line of dashes. The window never reaches the last token
   * tokenized when tokenizing stopped early. */
  from = tokens.starts[start - tokens.first];
  to = tokens.ends[end - 1 - tokens.first];
  at_end = (end == tokens.position);
  if (start == 0 && from <= MAX_EDGE_BYTES)
    from = 0;
  if (at_end && n_text - to <= MAX_EDGE_BYTES)
    to = n_text;

  out = g_string_new (NULL);
  if (start > 0)
    g_string_append (out, ellipsis);
  append_marked (out, text, from, to, &tokens, hits, start, end, open, close);
  if (!at_end)
    g_string_append (out, ellipsis);

  sqlite3_result_text (context, out->str, out->len, SQLITE_TRANSIENT);
}

int
rp_fts_snippet_register (fts5_api *api)
{
  g_return_val_if_fail (api != NULL, SQLITE_MISUSE);

  return api->xCreateFunction (api, RP_FTS_SNIPPET_FUNCTION, NULL, rp_fts_snippet, NULL);
}
