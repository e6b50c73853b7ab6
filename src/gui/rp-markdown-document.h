/* rp-markdown-document.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What RpMarkdownView shows, worked out without GTK: the text to display
 * and, by character offset, the styles and links over it. Markdown is
 * parsed with md4c (CommonMark, tables, strikethrough, autolinks; raw HTML
 * stays text); a plain text keeps its lines as they are. */

/* Nesting deeper than this is drawn at this depth, so that a 10,000-deep
 * quote or list stays readable (and cheap). */
#define RP_MARKDOWN_MAX_LEVEL 5

typedef enum
{
  RP_MARKDOWN_STYLE_H1,
  RP_MARKDOWN_STYLE_H2,
  RP_MARKDOWN_STYLE_H3,        /* h4–h6 too */
  RP_MARKDOWN_STYLE_BOLD,
  RP_MARKDOWN_STYLE_ITALIC,
  RP_MARKDOWN_STYLE_STRIKETHROUGH,
  RP_MARKDOWN_STYLE_CODE,
  RP_MARKDOWN_STYLE_CODE_BLOCK,
  RP_MARKDOWN_STYLE_QUOTE,
  RP_MARKDOWN_STYLE_RULE,
  RP_MARKDOWN_STYLE_IMAGE,     /* an image's description */
  RP_MARKDOWN_STYLE_LINK,
  RP_MARKDOWN_STYLE_SPACE,     /* room above the first line of a block */
  RP_MARKDOWN_STYLE_LEVEL,     /* lines indented by .level */
  RP_MARKDOWN_STYLE_ITEM,      /* a list item's first line: its marker hangs */
  RP_MARKDOWN_N_STYLES,
} RpMarkdownStyle;

typedef struct
{
  guint  start;                /* character offsets, end excluded */
  guint  end;
  guint8 style;                /* RpMarkdownStyle */
  guint8 level;                /* LEVEL and ITEM: 0…RP_MARKDOWN_MAX_LEVEL */
} RpMarkdownSpan;

typedef struct
{
  guint  start;
  guint  end;
  char  *uri;                  /* as written: not checked here */
} RpMarkdownLink;

typedef struct
{
  GString *text;               /* valid UTF-8 */
  guint    n_chars;
  GArray  *spans;              /* RpMarkdownSpan, in no order */
  GArray  *links;              /* RpMarkdownLink, by start, never overlapping */
} RpMarkdownDocument;

/* @text must be valid UTF-8 (the view makes it so). */
RpMarkdownDocument *rp_markdown_document_new_markdown (const char         *text,
                                                       gsize               length);
RpMarkdownDocument *rp_markdown_document_new_plain    (const char         *text,
                                                       gsize               length);
void                rp_markdown_document_free         (RpMarkdownDocument *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpMarkdownDocument, rp_markdown_document_free)

G_END_DECLS
