/* rp-markdown-view.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rp-reading.h"

G_BEGIN_DECLS

#define RP_TYPE_MARKDOWN_VIEW (rp_markdown_view_get_type ())

/* A read-only GtkTextView that shows Markdown (parsed with md4c into
 * text tags: headings, emphasis, lists, quotes, code, links) or plain
 * text. Raw HTML is shown as the text it is, never interpreted; images
 * show their description; links open only through rp-uri-policy. */
G_DECLARE_FINAL_TYPE (RpMarkdownView, rp_markdown_view, RP, MARKDOWN_VIEW, GtkTextView)

GtkWidget *rp_markdown_view_new              (void);
void       rp_markdown_view_set_text         (RpMarkdownView  *self,
                                              const char      *text,
                                              RpReadingFormat  format);
/* "font-scale": 1.0 is the normal size. */
double     rp_markdown_view_get_font_scale   (RpMarkdownView  *self);
void       rp_markdown_view_set_font_scale   (RpMarkdownView  *self,
                                              double           font_scale);
/* The character offset of the first line in view, and scrolling back to
 * it: what the reader remembers, stable across text sizes. */
int        rp_markdown_view_get_top_offset   (RpMarkdownView  *self);
void       rp_markdown_view_scroll_to_offset (RpMarkdownView  *self,
                                              int              offset);
/* A widget after the text, as wide as the text, scrolling with it (the
 * reader's Mark as Read Today). */
void       rp_markdown_view_set_footer       (RpMarkdownView  *self,
                                              GtkWidget       *footer);
/* The text as shown, without the footer. */
char      *rp_markdown_view_get_text         (RpMarkdownView  *self);

/* Signal "link-activated" (const char *uri): the user clicked a link or
 * pressed Enter on it. */

G_END_DECLS
