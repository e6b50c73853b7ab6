/* rp-front-matter.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The "---" block of "field: value" lines that opens a Markdown file (as
 * static site generators write it): the starter library's header, and the
 * title and description of an imported file. Only one line per field is
 * read, not YAML. */

typedef struct
{
  char  *key;     /* lower case */
  char  *value;   /* trimmed, without surrounding quotes */
  guint  line;    /* 1-based, in the whole text */
} RpFrontMatterField;

typedef struct
{
  GArray *fields;          /* RpFrontMatterField, in order */
  guint   first_bad_line;  /* a line that is not "field: value", or 0 */
  gsize   end;             /* byte offset of what follows the block */
  guint   n_lines;         /* lines it takes, both "---" lines included */
} RpFrontMatter;

/* NULL when @text does not open with "---" or the block is never closed
 * (by "---" or "...") within its first RP_FRONT_MATTER_MAX_LINES lines. */
#define RP_FRONT_MATTER_MAX_LINES 100

RpFrontMatter *rp_front_matter_parse  (const char          *text,
                                       gsize                length);
/* The first value given for @key (lower case), or NULL. */
const char    *rp_front_matter_lookup (const RpFrontMatter *self,
                                       const char          *key);
void           rp_front_matter_free   (RpFrontMatter       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpFrontMatter, rp_front_matter_free)

G_END_DECLS
