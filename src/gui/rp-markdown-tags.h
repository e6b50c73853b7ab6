/* rp-markdown-tags.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rp-markdown-document.h"

G_BEGIN_DECLS

/* How RpMarkdownView draws each style: one text tag per style (and per
 * level of indentation), sized by the text scale and coloured by the
 * theme. The tags are named ("h1", "bold", "link", "level-2", "item-1"...)
 * and live in the view's tag table. */

/* The view's own margin, which an indented line's tag replaces. */
#define RP_MARKDOWN_TEXT_MARGIN 18

typedef struct
{
  GtkTextTag *base;          /* the whole text: the size */
  GtkTextTag *styles[RP_MARKDOWN_N_STYLES];
  GtkTextTag *levels[RP_MARKDOWN_MAX_LEVEL + 1];
  GtkTextTag *items[RP_MARKDOWN_MAX_LEVEL + 1];
  GdkRGBA     link_color;
  GdkRGBA     text_color;
} RpMarkdownTags;

void        rp_markdown_tags_init       (RpMarkdownTags       *self,
                                         GtkTextTagTable      *table);
void        rp_markdown_tags_set_scale  (RpMarkdownTags       *self,
                                         double                scale);
void        rp_markdown_tags_set_colors (RpMarkdownTags       *self,
                                         const GdkRGBA        *link_color,
                                         const GdkRGBA        *text_color);
GtkTextTag *rp_markdown_tags_lookup     (RpMarkdownTags       *self,
                                         const RpMarkdownSpan *span);

G_END_DECLS
