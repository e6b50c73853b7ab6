/* rp-markdown-outline.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The headings of a Markdown text, found line by line ("#" headings and
 * one-line "===" / "---" ones, outside code blocks and block quotes),
 * without parsing the rest: what the importer splits a dated book by. */

typedef struct
{
  guint  level;       /* 1 to 6 */
  char  *text;        /* one line, trimmed, see rp_markdown_outline_make_title() */
  guint  line;        /* of its first line */
  gsize  start;       /* byte offset of its first line */
  gsize  body_start;  /* byte offset after its last line */
  int    month;       /* 0; for the caller, a day heading's date */
  int    day;
} RpMarkdownHeading;

/* RpMarkdownHeading (cleared by the array) of @text from @offset on, whose
 * lines are numbered from @first_line. Lines end in "\n". */
GArray *rp_markdown_outline_find_headings (const char *text,
                                           gsize       length,
                                           gsize       offset,
                                           guint       first_line);

/* A title of one line: control characters (tabs, a carriage return) as
 * spaces, trimmed, at most RP_READING_MAX_TITLE_LENGTH characters ("…"
 * ending a longer one). @length -1: up to the NUL. */
char   *rp_markdown_outline_make_title    (const char *text,
                                           gssize      length);

G_END_DECLS
