/* rp-reading-search.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A range of bytes [start, end) of a match's title or snippet that
 * matched the search. */
typedef struct
{
  guint start;
  guint end;
} RpTextRange;

/* One search result. Title and snippet are plain text (never markup); the
 * GUI escapes them and marks the ranges. */
typedef struct
{
  gint64  reading_id;
  char   *title;
  GArray *title_ranges;     /* RpTextRange */
  char   *snippet;          /* a few words around the best match, "…" cut */
  GArray *snippet_ranges;   /* RpTextRange */
  double  rank;             /* lower is better (bm25) */
} RpReadingMatch;

void   rp_reading_match_free          (RpReadingMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpReadingMatch, rp_reading_match_free)

/* What the user typed into an FTS5 query that cannot be a syntax error:
 * each word quoted, the last a prefix (as-you-type), all required. NULL
 * when @text has no word to search for. Pure. */
char  *rp_reading_search_build_query  (const char     *text);

/* Splits text that FTS5's highlight()/snippet() marked with
 * RP_READING_SEARCH_OPEN/CLOSE into plain text and ranges. Pure. */
#define RP_READING_SEARCH_OPEN  "\x02"
#define RP_READING_SEARCH_CLOSE "\x03"
char  *rp_reading_search_split_marks  (const char     *marked,
                                       GArray        **out_ranges);
char  *rp_reading_search_plain_snippet (const char    *marked);

G_END_DECLS
