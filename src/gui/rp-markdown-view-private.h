/* rp-markdown-view-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-markdown-tags.h"
#include "rp-markdown-view.h"

G_BEGIN_DECLS

/* RpMarkdownView is written in two files: rp-markdown-view.c (the text,
 * its size, the reader's place and the footer) and
 * rp-markdown-view-links.c (following links with the pointer and the
 * keyboard). This is what they share. */

struct _RpMarkdownView
{
  GtkTextView  parent_instance;

  RpMarkdownTags tags;

  GArray      *links;            /* RpMarkdownLink, by start */
  guint        n_chars;          /* the text's, without the footer */
  /* A place to scroll to once the text is laid out far enough (-1: none),
   * and the adjustment it is read from. */
  int            restore_offset;
  int            restore_y;          /* where it was last frame */
  double         restore_value;      /* the adjustment's value set for it */
  double         restore_upper;      /* the text's height last frame */
  guint          restore_stable_frames;
  guint          restore_tick_id;

  GtkWidget   *footer;
  int          footer_width;

  double       font_scale;
  gboolean     over_link;
};

/* rp-markdown-view.c */
GtkTextBuffer *rp_markdown_view_get_buffer        (RpMarkdownView           *self);
void           rp_markdown_view_activate_link     (RpMarkdownView           *self,
                                                   const RpMarkdownLink     *link);

/* rp-markdown-view-links.c */
void           rp_markdown_view_set_over_link     (RpMarkdownView           *self,
                                                   gboolean                  over_link);
void           rp_markdown_view_click_released_cb (GtkGestureClick          *gesture,
                                                   int                       n_press,
                                                   double                    x,
                                                   double                    y,
                                                   RpMarkdownView           *self);
void           rp_markdown_view_motion_cb         (GtkEventControllerMotion *controller,
                                                   double                    x,
                                                   double                    y,
                                                   RpMarkdownView           *self);
void           rp_markdown_view_leave_cb          (GtkEventControllerMotion *controller,
                                                   RpMarkdownView           *self);
gboolean       rp_markdown_view_key_pressed_cb    (GtkEventControllerKey    *controller,
                                                   guint                     keyval,
                                                   guint                     keycode,
                                                   GdkModifierType           state,
                                                   RpMarkdownView           *self);

G_END_DECLS
