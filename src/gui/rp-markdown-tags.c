/* rp-markdown-tags.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The look of a reading: headings relative to the text size, indents that
 * grow with it, list markers hanging in the margin, links in the accent
 * colour, quotes and pictures' descriptions a little dimmer. */

#define G_LOG_DOMAIN "rp-markdown-tags"

#include "config.h"

#include <string.h>

#include "rp-markdown-tags.h"

/* In pixels at the normal text size. */
#define LEVEL_STEP  28
#define ITEM_HANG   24
#define BLOCK_SPACE 12
#define WRAP_SPACE  3

static GtkTextTag *
add_tag (GtkTextTagTable *table,
         const char      *name)
{
  GtkTextTag *tag = gtk_text_tag_new (name);

  gtk_text_tag_table_add (table, tag);
  g_object_unref (tag);

  return tag;
}

/**
 * rp_markdown_tags_init:
 * @table: the view's tag table, empty
 *
 * Makes the tags. Those made later win where two set the same thing:
 * paragraph layout first, then blocks, then emphasis, links last.
 */
void
rp_markdown_tags_init (RpMarkdownTags  *self,
                       GtkTextTagTable *table)
{
  GtkTextTag **styles = self->styles;
  GdkRGBA link_color, text_color;

  memset (self, 0, sizeof *self);
  self->base = add_tag (table, "base");

  for (guint level = 0; level <= RP_MARKDOWN_MAX_LEVEL; level++)
    {
      g_autofree char *level_name = g_strdup_printf ("level-%u", level);
      g_autofree char *item_name = g_strdup_printf ("item-%u", level);

      self->levels[level] = add_tag (table, level_name);
      self->items[level] = add_tag (table, item_name);
    }

  styles[RP_MARKDOWN_STYLE_SPACE] = add_tag (table, "space");
  styles[RP_MARKDOWN_STYLE_CODE_BLOCK] = add_tag (table, "code-block");
  g_object_set (styles[RP_MARKDOWN_STYLE_CODE_BLOCK],
                "family", "monospace",
                "wrap-mode", GTK_WRAP_CHAR,
                NULL);
  styles[RP_MARKDOWN_STYLE_QUOTE] = add_tag (table, "quote");
  styles[RP_MARKDOWN_STYLE_RULE] = add_tag (table, "rule");
  g_object_set (styles[RP_MARKDOWN_STYLE_RULE], "justification", GTK_JUSTIFY_CENTER, NULL);
  styles[RP_MARKDOWN_STYLE_H1] = add_tag (table, "h1");
  styles[RP_MARKDOWN_STYLE_H2] = add_tag (table, "h2");
  styles[RP_MARKDOWN_STYLE_H3] = add_tag (table, "h3");
  styles[RP_MARKDOWN_STYLE_CODE] = add_tag (table, "code");
  g_object_set (styles[RP_MARKDOWN_STYLE_CODE], "family", "monospace", NULL);
  styles[RP_MARKDOWN_STYLE_BOLD] = add_tag (table, "bold");
  styles[RP_MARKDOWN_STYLE_ITALIC] = add_tag (table, "italic");
  g_object_set (styles[RP_MARKDOWN_STYLE_ITALIC], "style", PANGO_STYLE_ITALIC, NULL);
  styles[RP_MARKDOWN_STYLE_STRIKETHROUGH] = add_tag (table, "strikethrough");
  g_object_set (styles[RP_MARKDOWN_STYLE_STRIKETHROUGH], "strikethrough", TRUE, NULL);
  styles[RP_MARKDOWN_STYLE_IMAGE] = add_tag (table, "image");
  g_object_set (styles[RP_MARKDOWN_STYLE_IMAGE], "style", PANGO_STYLE_ITALIC, NULL);
  styles[RP_MARKDOWN_STYLE_LINK] = add_tag (table, "link");
  g_object_set (styles[RP_MARKDOWN_STYLE_LINK], "underline", PANGO_UNDERLINE_SINGLE, NULL);

  g_object_set (styles[RP_MARKDOWN_STYLE_H1], "weight", PANGO_WEIGHT_BOLD, NULL);
  g_object_set (styles[RP_MARKDOWN_STYLE_H2], "weight", PANGO_WEIGHT_BOLD, NULL);
  g_object_set (styles[RP_MARKDOWN_STYLE_H3], "weight", PANGO_WEIGHT_BOLD, NULL);
  g_object_set (styles[RP_MARKDOWN_STYLE_BOLD], "weight", PANGO_WEIGHT_BOLD, NULL);

  /* Until the view knows its theme: GNOME's blue, and black. */
  gdk_rgba_parse (&link_color, "#1c71d8");
  gdk_rgba_parse (&text_color, "#000000");
  rp_markdown_tags_set_colors (self, &link_color, &text_color);
  rp_markdown_tags_set_scale (self, 1.0);
}

static int
scaled (double scale,
        int    pixels)
{
  return (int) (pixels * scale + 0.5);
}

/**
 * rp_markdown_tags_set_scale:
 * @scale: 1.0 for the normal text size
 *
 * Sizes the text, the headings relative to it, and the indents.
 */
void
rp_markdown_tags_set_scale (RpMarkdownTags *self,
                            double          scale)
{
  g_object_set (self->base,
                "scale", scale,
                "pixels-inside-wrap", scaled (scale, WRAP_SPACE),
                NULL);
  g_object_set (self->styles[RP_MARKDOWN_STYLE_H1], "scale", scale * 1.6, NULL);
  g_object_set (self->styles[RP_MARKDOWN_STYLE_H2], "scale", scale * 1.35, NULL);
  g_object_set (self->styles[RP_MARKDOWN_STYLE_H3], "scale", scale * 1.15, NULL);
  g_object_set (self->styles[RP_MARKDOWN_STYLE_SPACE],
                "pixels-above-lines", scaled (scale, BLOCK_SPACE),
                NULL);

  for (guint level = 0; level <= RP_MARKDOWN_MAX_LEVEL; level++)
    {
      int margin = RP_MARKDOWN_TEXT_MARGIN + scaled (scale, LEVEL_STEP * level);
      int hang = level > 0 ? scaled (scale, ITEM_HANG) : 0;
      g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, TRUE,
                                                                          PANGO_TAB_LEFT,
                                                                          MAX (hang, 1));

      g_object_set (self->levels[level], "left-margin", margin, NULL);
      /* Pango indents all lines but the first by -indent: the marker
       * hangs, and the tab after it lines the first line up with the
       * others. */
      g_object_set (self->items[level],
                    "left-margin", margin - hang,
                    "indent", -hang,
                    "tabs", tabs,
                    NULL);
    }
}

static void
set_color (GtkTextTag    *tag,
           const char    *property,
           const GdkRGBA *color,
           double         alpha)
{
  GdkRGBA with_alpha = *color;

  with_alpha.alpha *= alpha;
  g_object_set (tag, property, &with_alpha, NULL);
}

/**
 * rp_markdown_tags_set_colors:
 * @link_color: the theme's accent colour
 * @text_color: the view's text colour
 */
void
rp_markdown_tags_set_colors (RpMarkdownTags *self,
                             const GdkRGBA  *link_color,
                             const GdkRGBA  *text_color)
{
  GtkTextTag **styles = self->styles;

  self->link_color = *link_color;
  self->text_color = *text_color;

  set_color (styles[RP_MARKDOWN_STYLE_LINK], "foreground-rgba", link_color, 1.0);
  set_color (styles[RP_MARKDOWN_STYLE_QUOTE], "foreground-rgba", text_color, 0.75);
  set_color (styles[RP_MARKDOWN_STYLE_RULE], "foreground-rgba", text_color, 0.5);
  set_color (styles[RP_MARKDOWN_STYLE_IMAGE], "foreground-rgba", text_color, 0.7);
  set_color (styles[RP_MARKDOWN_STYLE_CODE], "background-rgba", text_color, 0.08);
  set_color (styles[RP_MARKDOWN_STYLE_CODE_BLOCK], "paragraph-background-rgba",
             text_color, 0.06);
}

/* Returns: (transfer none) (nullable): the tag that draws @span */
GtkTextTag *
rp_markdown_tags_lookup (RpMarkdownTags       *self,
                         const RpMarkdownSpan *span)
{
  guint level = MIN (span->level, RP_MARKDOWN_MAX_LEVEL);

  switch ((RpMarkdownStyle) span->style)
    {
    case RP_MARKDOWN_STYLE_LEVEL:
      return self->levels[level];
    case RP_MARKDOWN_STYLE_ITEM:
      return self->items[level];
    case RP_MARKDOWN_N_STYLES:
      return NULL;
    default:
      return span->style < RP_MARKDOWN_N_STYLES ? self->styles[span->style] : NULL;
    }
}
