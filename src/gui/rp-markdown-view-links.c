/* rp-markdown-view-links.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The links of an RpMarkdownView: finding the one under the pointer or
 * the selection, the pointer's cursor over them, a click, and Tab, Shift+Tab
 * and Enter going from link to link. Apart from rp-markdown-view.c (the
 * text, its size and the reader's place), which connects these handlers. */

#define G_LOG_DOMAIN "rp-markdown-view"

#include "config.h"

#include "rp-markdown-view-private.h"

/* The link at @offset, or NULL. */
static const RpMarkdownLink *
find_link (RpMarkdownView *self,
           int             offset)
{
  guint low = 0;
  guint high = self->links->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const RpMarkdownLink *link = &g_array_index (self->links, RpMarkdownLink, middle);

      if ((guint) offset < link->start)
        high = middle;
      else if ((guint) offset >= link->end)
        low = middle + 1;
      else
        return link;
    }

  return NULL;
}

static const RpMarkdownLink *
find_link_at_point (RpMarkdownView *self,
                    double          x,
                    double          y)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextIter iter;
  int buffer_x, buffer_y;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (view, &iter, buffer_x, buffer_y))
    return NULL;

  return find_link (self, gtk_text_iter_get_offset (&iter));
}

void
rp_markdown_view_click_released_cb (GtkGestureClick *gesture,
                                    int              n_press,
                                    double           x,
                                    double           y,
                                    RpMarkdownView  *self)
{
  const RpMarkdownLink *link;

  /* Selecting text over a link is not following it. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (rp_markdown_view_get_buffer (self)))
    return;

  link = find_link_at_point (self, x, y);
  if (link != NULL)
    rp_markdown_view_activate_link (self, link);
}

void
rp_markdown_view_set_over_link (RpMarkdownView *self,
                                gboolean        over_link)
{
  if (self->over_link == over_link)
    return;

  self->over_link = over_link;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over_link ? "pointer" : "text");
}

void
rp_markdown_view_motion_cb (GtkEventControllerMotion *controller,
                            double                    x,
                            double                    y,
                            RpMarkdownView           *self)
{
  rp_markdown_view_set_over_link (self, find_link_at_point (self, x, y) != NULL);
}

void
rp_markdown_view_leave_cb (GtkEventControllerMotion *controller,
                           RpMarkdownView           *self)
{
  rp_markdown_view_set_over_link (self, FALSE);
}

static gboolean
iter_is_visible (RpMarkdownView    *self,
                 const GtkTextIter *iter)
{
  GdkRectangle visible;
  GdkRectangle location;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* Not gtk_text_view_scroll_mark_onscreen(): see restore_place(). */
static void
scroll_onscreen (RpMarkdownView    *self,
                 const GtkTextIter *iter)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  int top_margin = gtk_text_view_get_top_margin (GTK_TEXT_VIEW (self));
  GdkRectangle visible;
  GdkRectangle location;

  if (vadjustment == NULL)
    return;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), iter, &location);

  if (location.y < visible.y)
    gtk_adjustment_set_value (vadjustment, location.y + top_margin);
  else if (location.y + location.height > visible.y + visible.height)
    gtk_adjustment_set_value (vadjustment,
                              location.y + location.height - visible.height + top_margin);
}

/* The link the selection is exactly on (Tab put it there), or -1. */
static int
get_selected_link (RpMarkdownView *self)
{
  GtkTextIter start, end;
  const RpMarkdownLink *link;

  if (!gtk_text_buffer_get_selection_bounds (rp_markdown_view_get_buffer (self), &start, &end))
    return -1;

  link = find_link (self, gtk_text_iter_get_offset (&start));
  if (link == NULL ||
      link->start != (guint) gtk_text_iter_get_offset (&start) ||
      link->end != (guint) gtk_text_iter_get_offset (&end))
    return -1;

  return link - &g_array_index (self->links, RpMarkdownLink, 0);
}

/* Tab and Shift+Tab go from link to link (selecting it, so that it shows
 * and Enter follows it); past the last one, focus moves on. */
static gboolean
focus_next_link (RpMarkdownView *self,
                 gboolean        forward)
{
  GtkTextBuffer *buffer = rp_markdown_view_get_buffer (self);
  GtkTextIter insert, start, end;
  int current = get_selected_link (self);
  int next = -1;
  guint from;

  if (self->links->len == 0)
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (buffer, &insert, gtk_text_buffer_get_insert (buffer));
  from = iter_is_visible (self, &insert) ? (guint) gtk_text_iter_get_offset (&insert)
                                         : (guint) rp_markdown_view_get_top_offset (self);

  if (current >= 0)
    {
      next = forward ? current + 1 : current - 1;
    }
  else if (forward)
    {
      for (guint i = 0; i < self->links->len && next < 0; i++)
        if (g_array_index (self->links, RpMarkdownLink, i).start >= from)
          next = (int) i;
    }
  else
    {
      for (guint i = self->links->len; i > 0 && next < 0; i--)
        if (g_array_index (self->links, RpMarkdownLink, i - 1).start < from)
          next = (int) i - 1;
    }

  if (next < 0 || (guint) next >= self->links->len)
    {
      gtk_text_buffer_select_range (buffer, &insert, &insert);
      return FALSE;
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                      g_array_index (self->links, RpMarkdownLink, next).start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                      g_array_index (self->links, RpMarkdownLink, next).end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  scroll_onscreen (self, &start);

  return TRUE;
}

gboolean
rp_markdown_view_key_pressed_cb (GtkEventControllerKey *controller,
                                 guint                  keyval,
                                 guint                  keycode,
                                 GdkModifierType        state,
                                 RpMarkdownView        *self)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  int current;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* The link Tab went to: the cursor is hidden, so that is the only
       * one the user can see as chosen. */
      current = get_selected_link (self);
      if (modifiers != 0 || current < 0)
        return FALSE;
      rp_markdown_view_activate_link (self, &g_array_index (self->links, RpMarkdownLink, current));
      return TRUE;

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if (modifiers != 0)
        return FALSE;
      return focus_next_link (self, TRUE);

    case GDK_KEY_ISO_Left_Tab:
      if (modifiers != 0 && modifiers != GDK_SHIFT_MASK)
        return FALSE;
      return focus_next_link (self, FALSE);

    default:
      return FALSE;
    }
}
