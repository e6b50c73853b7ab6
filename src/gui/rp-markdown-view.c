/* rp-markdown-view.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMarkdownView shows a reading: rp-markdown-document.c turns the text
 * into lines and ranges, and this view gives each range a text tag. The
 * text size is the tags' scale, so changing it keeps every character where
 * it was (the reader's remembered place is a character offset). Links are
 * only ever reported ("link-activated"); whoever listens decides whether
 * to open them. The reader may put a footer widget after the text, so
 * that it scrolls with it.
 *
 * The links' handlers (pointer, click, Tab and Enter) are in
 * rp-markdown-view-links.c; the fields are in rp-markdown-view-private.h,
 * which both files share. */

#define G_LOG_DOMAIN "rp-markdown-view"

#include "config.h"

#include <string.h>

#include "rp-markdown-document.h"
#include "rp-markdown-view-private.h"

#define MIN_FONT_SCALE 0.5
#define MAX_FONT_SCALE 3.0

/* Frames the place must stay put before a scroll to it is done. */
#define RESTORE_STABLE_FRAMES 3

G_DEFINE_FINAL_TYPE (RpMarkdownView, rp_markdown_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_FONT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  LINK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkTextBuffer *
rp_markdown_view_get_buffer (RpMarkdownView *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

void
rp_markdown_view_activate_link (RpMarkdownView       *self,
                                const RpMarkdownLink *link)
{
  g_signal_emit (self, signals[LINK_ACTIVATED], 0, link->uri);
}

/* The cursor is hidden, so the keys that move it scroll instead; Home and
 * End go to the start and the end of the text, not of a line. */
static void
rp_markdown_view_move_cursor (GtkTextView     *view,
                              GtkMovementStep  step,
                              int              count,
                              gboolean         extend_selection)
{
  if (step == GTK_MOVEMENT_DISPLAY_LINE_ENDS || step == GTK_MOVEMENT_PARAGRAPH_ENDS)
    step = GTK_MOVEMENT_BUFFER_ENDS;

  GTK_TEXT_VIEW_CLASS (rp_markdown_view_parent_class)->move_cursor (view, step, count,
                                                                     extend_selection);
}

static void
rp_markdown_view_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (widget);
  GtkStyleContext *context;
  GdkRGBA link_color = self->tags.link_color;
  GdkRGBA text_color;

  GTK_WIDGET_CLASS (rp_markdown_view_parent_class)->css_changed (widget, change);

  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &text_color);
  gtk_style_context_lookup_color (context, "accent_color", &link_color);

  /* Called on every hover and focus change: re-colour only when needed. */
  if (!gdk_rgba_equal (&link_color, &self->tags.link_color) ||
      !gdk_rgba_equal (&text_color, &self->tags.text_color))
    rp_markdown_tags_set_colors (&self->tags, &link_color, &text_color);
}

/* gtk_text_view_scroll_to_mark() is not used: in GTK 4.8 it can scroll
 * the text while its adjustment stays at 0 (a short text, or a place near
 * the end), leaving the first lines out of reach. The adjustment is set
 * instead, on the next frames (not from GtkTextView's own adjustment
 * updates, which would undo it). Lines GTK has not laid out yet have no
 * height: while the place is beyond the end of what is laid out, it is
 * tried again each frame, until it is reached or the user scrolls. */
static void
restore_place (RpMarkdownView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  GdkRectangle location;
  GtkTextIter iter;
  double value = 0;
  double upper;

  /* Not in a scrolled window: nothing to scroll. */
  if (vadjustment == NULL)
    self->restore_offset = -1;
  if (self->restore_offset < 0 || gtk_widget_get_height (GTK_WIDGET (self)) <= 0)
    return;

  gtk_text_buffer_get_iter_at_offset (rp_markdown_view_get_buffer (self), &iter,
                                      self->restore_offset);
  gtk_text_view_get_iter_location (view, &iter, &location);

  /* Moved while the text stayed where it was: the user scrolled. */
  if (self->restore_value >= 0 && location.y == self->restore_y &&
      gtk_adjustment_get_value (vadjustment) != self->restore_value)
    {
      self->restore_offset = -1;
      return;
    }

  /* Buffer coordinates start below the top margin. */
  if (location.y > 0)
    value = location.y + gtk_text_view_get_top_margin (view);
  upper = gtk_adjustment_get_upper (vadjustment);
  gtk_adjustment_set_value (vadjustment, value);

  /* Done when the text has kept its height and the place its line for a
   * few frames: laid out, it will not move any more (a place near the end
   * may stay out of reach: the end is as close as it gets). */
  if (location.y == self->restore_y && upper == self->restore_upper)
    self->restore_stable_frames++;
  else
    self->restore_stable_frames = 0;
  self->restore_y = location.y;
  self->restore_upper = upper;
  self->restore_value = gtk_adjustment_get_value (vadjustment);
  if (self->restore_stable_frames >= RESTORE_STABLE_FRAMES)
    self->restore_offset = -1;
}

static gboolean
restore_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (widget);

  restore_place (self);
  if (self->restore_offset >= 0)
    return G_SOURCE_CONTINUE;

  self->restore_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* GtkTextView counts its children's widths in its own minimum width: the
 * footer, sized to the text, would keep the view from ever getting
 * narrower. */
static void
rp_markdown_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);

  GTK_WIDGET_CLASS (rp_markdown_view_parent_class)->measure (widget, orientation, for_size,
                                                             minimum, natural,
                                                             minimum_baseline,
                                                             natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL && RP_MARKDOWN_VIEW (widget)->footer != NULL)
    *minimum = MIN (*minimum, gtk_text_view_get_left_margin (view) +
                              gtk_text_view_get_right_margin (view));
}

static void
rp_markdown_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (widget);
  GtkTextView *view = GTK_TEXT_VIEW (widget);

  /* An anchored child gets the size it asks for: the footer asks for the
   * width of the text. Asked before the text view allocates its children,
   * so that the footer is allocated in this same pass: asked after, it
   * would be drawn once with no current allocation (a GTK warning). */
  if (self->footer != NULL)
    {
      int footer_width = MAX (width - gtk_text_view_get_left_margin (view)
                                    - gtk_text_view_get_right_margin (view), 1);

      if (footer_width != self->footer_width)
        {
          self->footer_width = footer_width;
          gtk_widget_set_size_request (self->footer, footer_width, -1);
        }
    }

  GTK_WIDGET_CLASS (rp_markdown_view_parent_class)->size_allocate (widget, width, height,
                                                                   baseline);
}

static void
rp_markdown_view_dispose (GObject *object)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (object);

  if (self->restore_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->restore_tick_id);
  self->restore_tick_id = 0;

  G_OBJECT_CLASS (rp_markdown_view_parent_class)->dispose (object);

  g_clear_object (&self->footer);
}

static void
rp_markdown_view_finalize (GObject *object)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (object);

  g_clear_pointer (&self->links, g_array_unref);

  G_OBJECT_CLASS (rp_markdown_view_parent_class)->finalize (object);
}

static void
rp_markdown_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_FONT_SCALE:
      g_value_set_double (value, self->font_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_markdown_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RpMarkdownView *self = RP_MARKDOWN_VIEW (object);

  switch (prop_id)
    {
    case PROP_FONT_SCALE:
      rp_markdown_view_set_font_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_markdown_view_class_init (RpMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->dispose = rp_markdown_view_dispose;
  object_class->finalize = rp_markdown_view_finalize;
  object_class->get_property = rp_markdown_view_get_property;
  object_class->set_property = rp_markdown_view_set_property;

  widget_class->css_changed = rp_markdown_view_css_changed;
  widget_class->measure = rp_markdown_view_measure;
  widget_class->size_allocate = rp_markdown_view_size_allocate;

  text_view_class->move_cursor = rp_markdown_view_move_cursor;

  properties[PROP_FONT_SCALE] =
    g_param_spec_double ("font-scale", NULL, NULL,
                         MIN_FONT_SCALE, MAX_FONT_SCALE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RpMarkdownView::link-activated:
   * @uri: the link as the text wrote it, not checked
   */
  signals[LINK_ACTIVATED] =
    g_signal_new ("link-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rp_markdown_view_init (RpMarkdownView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  self->font_scale = 1.0;
  self->restore_offset = -1;
  self->links = g_array_new (FALSE, FALSE, sizeof (RpMarkdownLink));

  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, FALSE);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (view, RP_MARKDOWN_TEXT_MARGIN);
  gtk_text_view_set_right_margin (view, RP_MARKDOWN_TEXT_MARGIN);
  gtk_text_view_set_top_margin (view, 18);
  gtk_text_view_set_bottom_margin (view, 24);

  rp_markdown_tags_init (&self->tags,
                         gtk_text_buffer_get_tag_table (rp_markdown_view_get_buffer (self)));

  /* Named, so that tests can tell them from GtkTextView's own. */
  gesture = gtk_gesture_click_new ();
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (gesture), "rp-link-click");
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "released", G_CALLBACK (rp_markdown_view_click_released_cb),
                    self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_motion_new ();
  gtk_event_controller_set_name (controller, "rp-link-motion");
  g_signal_connect (controller, "motion", G_CALLBACK (rp_markdown_view_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (rp_markdown_view_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Before GtkTextView's own key handling and the window's Tab. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (controller, "rp-link-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (rp_markdown_view_key_pressed_cb),
                    self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

GtkWidget *
rp_markdown_view_new (void)
{
  return g_object_new (RP_TYPE_MARKDOWN_VIEW, NULL);
}

static void
attach_footer (RpMarkdownView *self)
{
  GtkTextBuffer *buffer = rp_markdown_view_get_buffer (self);
  GtkTextChildAnchor *anchor;
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  anchor = gtk_text_buffer_create_child_anchor (buffer, &end);
  gtk_text_view_add_child_at_anchor (GTK_TEXT_VIEW (self), self->footer, anchor);
}

static void
detach_footer (RpMarkdownView *self)
{
  if (self->footer != NULL && gtk_widget_get_parent (self->footer) == GTK_WIDGET (self))
    gtk_text_view_remove (GTK_TEXT_VIEW (self), self->footer);
}

/**
 * rp_markdown_view_set_text:
 * @text: (nullable): the reading; invalid UTF-8 is shown as U+FFFD
 * @format: Markdown, or plain text shown as it is
 *
 * Shows @text from its beginning.
 */
void
rp_markdown_view_set_text (RpMarkdownView  *self,
                           const char      *text,
                           RpReadingFormat  format)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;
  g_autoptr(RpMarkdownDocument) document = NULL;
  g_autofree char *valid = NULL;
  GtkTextIter start, end;
  gsize length;

  g_return_if_fail (RP_IS_MARKDOWN_VIEW (self));

  if (text == NULL)
    text = "";
  length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    {
      valid = g_utf8_make_valid (text, length);
      text = valid;
      length = strlen (valid);
    }

  if (format == RP_READING_FORMAT_PLAIN)
    document = rp_markdown_document_new_plain (text, length);
  else
    document = rp_markdown_document_new_markdown (text, length);

  /* Filled before the view sees it: tagging a buffer on show makes the
   * view invalidate its layout for every range, a hundred times slower. */
  buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (
                                 rp_markdown_view_get_buffer (self)));
  gtk_text_buffer_set_text (buffer, document->text->str, (int) document->text->len);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag (buffer, self->tags.base, &start, &end);
  for (guint i = 0; i < document->spans->len; i++)
    {
      const RpMarkdownSpan *span = &g_array_index (document->spans, RpMarkdownSpan, i);
      GtkTextTag *tag = rp_markdown_tags_lookup (&self->tags, span);

      if (tag == NULL)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) span->end);
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
    }

  detach_footer (self);
  rp_markdown_view_set_over_link (self, FALSE);
  gtk_text_view_set_buffer (GTK_TEXT_VIEW (self), buffer);
  self->n_chars = document->n_chars;
  g_clear_pointer (&self->links, g_array_unref);
  self->links = g_array_ref (document->links);

  if (self->footer != NULL)
    attach_footer (self);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  rp_markdown_view_scroll_to_offset (self, 0);
}

double
rp_markdown_view_get_font_scale (RpMarkdownView *self)
{
  g_return_val_if_fail (RP_IS_MARKDOWN_VIEW (self), 1.0);

  return self->font_scale;
}

/**
 * rp_markdown_view_set_font_scale:
 * @font_scale: 1.0 for the normal size, from 0.5 to 3.0
 *
 * Resizes the text; the line at the top stays at the top.
 */
void
rp_markdown_view_set_font_scale (RpMarkdownView *self,
                                 double          font_scale)
{
  int top_offset;

  g_return_if_fail (RP_IS_MARKDOWN_VIEW (self));

  font_scale = CLAMP (font_scale, MIN_FONT_SCALE, MAX_FONT_SCALE);
  if (G_APPROX_VALUE (self->font_scale, font_scale, 0.0001))
    return;

  top_offset = rp_markdown_view_get_top_offset (self);
  self->font_scale = font_scale;
  rp_markdown_tags_set_scale (&self->tags, font_scale);
  rp_markdown_view_scroll_to_offset (self, top_offset);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SCALE]);
}

/**
 * rp_markdown_view_get_top_offset:
 *
 * Returns: the character offset where the first line in view starts (the
 *   offset last given to rp_markdown_view_scroll_to_offset() until the
 *   text has been laid out)
 */
int
rp_markdown_view_get_top_offset (RpMarkdownView *self)
{
  GtkTextView *view;
  GdkRectangle visible;
  GtkTextIter iter;

  g_return_val_if_fail (RP_IS_MARKDOWN_VIEW (self), 0);

  if (self->restore_offset >= 0)
    return self->restore_offset;

  view = GTK_TEXT_VIEW (self);
  gtk_text_view_get_visible_rect (view, &visible);
  /* One pixel in: the line that ends exactly at the top edge (its wrap
   * spacing included) is not in view. */
  gtk_text_view_get_iter_at_location (view, &iter, visible.x, visible.y + 1);
  /* At the start of the display line, not where the left edge meets it. */
  if (!gtk_text_view_starts_display_line (view, &iter))
    gtk_text_view_backward_display_line_start (view, &iter);

  return MIN (gtk_text_iter_get_offset (&iter), (int) self->n_chars);
}

/**
 * rp_markdown_view_scroll_to_offset:
 * @offset: a character offset, from rp_markdown_view_get_top_offset()
 *
 * Scrolls so that the line holding @offset is at the top, now or as soon
 * as the text is laid out.
 */
void
rp_markdown_view_scroll_to_offset (RpMarkdownView *self,
                                   int             offset)
{
  g_return_if_fail (RP_IS_MARKDOWN_VIEW (self));

  self->restore_offset = CLAMP (offset, 0, (int) self->n_chars);
  self->restore_y = -1;
  self->restore_upper = -1;
  self->restore_value = -1;
  self->restore_stable_frames = 0;
  if (self->restore_tick_id == 0)
    self->restore_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), restore_tick_cb,
                                                          NULL, NULL);
}

/**
 * rp_markdown_view_set_footer:
 * @footer: (nullable): a widget to show after the text, as wide as the
 *   text, scrolling with it
 */
void
rp_markdown_view_set_footer (RpMarkdownView *self,
                             GtkWidget      *footer)
{
  g_return_if_fail (RP_IS_MARKDOWN_VIEW (self));
  g_return_if_fail (footer == NULL || GTK_IS_WIDGET (footer));

  if (self->footer == footer)
    return;

  detach_footer (self);
  g_clear_object (&self->footer);

  if (footer != NULL)
    {
      self->footer = g_object_ref_sink (footer);
      self->footer_width = 0;
      attach_footer (self);
    }
}

/**
 * rp_markdown_view_get_text:
 *
 * Returns: (transfer full): the text as shown (without the footer)
 */
char *
rp_markdown_view_get_text (RpMarkdownView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (RP_IS_MARKDOWN_VIEW (self), NULL);

  buffer = rp_markdown_view_get_buffer (self);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) self->n_chars);

  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}
