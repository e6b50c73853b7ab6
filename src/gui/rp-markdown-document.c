/* rp-markdown-document.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Turns a reading's Markdown (or plain text) into the text RpMarkdownView
 * shows and the styled ranges over it. md4c does the parsing; this file
 * only lays its blocks and spans out as lines. Nothing from the text is
 * ever interpreted as markup: raw HTML arrives as text (MD_FLAG_NOHTML),
 * links are kept as strings for the view to hand to the link opener. */

#define G_LOG_DOMAIN "rp-markdown-document"

#include "config.h"

#include <glib/gi18n.h>
#include <md4c.h>
#include <string.h>

#include "rp-markdown-document.h"
#include "rp-markdown-entity.h"

/* GtkTextView lays a paragraph out in one piece: a megabyte-long one
 * stalls it for minutes. A line longer than SOFT_LINE_LIMIT characters is
 * broken at its next space, and one with no space at HARD_LINE_LIMIT. */
#define SOFT_LINE_LIMIT 2000
#define HARD_LINE_LIMIT 5000

/* Emphasis, code and links past these counts are shown as plain text: a
 * real reading never comes close, while a megabyte of `*_[` would take
 * GtkTextBuffer seconds to tag (its cost grows with the tags on a line). */
#define MAX_INLINE_SPANS_PER_LINE 100
#define MAX_INLINE_SPANS          50000

#define PARSER_FLAGS (MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML | MD_FLAG_STRIKETHROUGH | \
                      MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS)

typedef enum
{
  CONTAINER_QUOTE,
  CONTAINER_LIST,
  CONTAINER_ITEM,
} ContainerKind;

typedef struct
{
  ContainerKind kind;
  guint         start;       /* QUOTE: where its text begins */
  gboolean      ordered;     /* LIST */
  gboolean      tight;       /* LIST */
  guint         number;      /* LIST, ordered: the next item's number */
  char          delimiter;   /* LIST, ordered: '.' or ')' */
} Container;

typedef struct
{
  guint           start;
  RpMarkdownStyle style;
} OpenSpan;

typedef struct
{
  RpMarkdownDocument *doc;
  GArray             *containers;     /* Container */
  GArray             *open_spans;     /* OpenSpan */
  guint               depth;          /* quotes and list items around */
  guint               n_lists;        /* lists around: picks the bullet */
  guint               line_start;
  guint               line_chars;
  guint               line_inline_spans;
  guint               n_inline_spans;
  gboolean            line_has_text;  /* more than a list marker */
  gboolean            line_is_item;   /* the line starts a list item */
  gboolean            line_has_space;
  gboolean            pending_space;  /* the next block gets room above */
  guint               block_start;    /* the current heading or code block */
  guint               heading_level;
  guint               table_cell;
  guint               link_depth;
  char               *link_uri;
  guint               image_depth;
  guint               image_start;
} Render;

static void
add_span (RpMarkdownDocument *doc,
          guint               start,
          guint               end,
          RpMarkdownStyle     style,
          guint               level)
{
  RpMarkdownSpan span = { start, end, style, level };

  if (start >= end)
    return;

  /* Lines in a row at one level, a quote closing around a quote: one
   * range, not thousands. */
  if (doc->spans->len > 0)
    {
      RpMarkdownSpan *last = &g_array_index (doc->spans, RpMarkdownSpan, doc->spans->len - 1);

      if (last->style == style && last->level == level &&
          start <= last->end && end >= last->start)
        {
          last->start = MIN (last->start, start);
          last->end = MAX (last->end, end);
          return;
        }
    }

  g_array_append_val (doc->spans, span);
}

static void
end_line (Render *r)
{
  RpMarkdownDocument *doc = r->doc;
  guint level = MIN (r->depth, RP_MARKDOWN_MAX_LEVEL);

  g_string_append_c (doc->text, '\n');
  doc->n_chars++;

  if (r->line_is_item)
    add_span (doc, r->line_start, doc->n_chars, RP_MARKDOWN_STYLE_ITEM, MAX (level, 1));
  else if (level > 0)
    add_span (doc, r->line_start, doc->n_chars, RP_MARKDOWN_STYLE_LEVEL, level);
  if (r->line_has_space)
    add_span (doc, r->line_start, doc->n_chars, RP_MARKDOWN_STYLE_SPACE, 0);

  r->line_start = doc->n_chars;
  r->line_chars = 0;
  r->line_inline_spans = 0;
  r->line_has_text = FALSE;
  r->line_is_item = FALSE;
  r->line_has_space = FALSE;
}

static void
end_line_if_started (Render *r)
{
  if (r->line_chars > 0)
    end_line (r);
}

/* A block starts on a line of its own, unless only a list marker is there
 * (the item's first paragraph goes beside it). */
static void
start_block (Render *r)
{
  if (r->line_has_text)
    end_line (r);
  if (r->pending_space && r->doc->n_chars > 0)
    r->line_has_space = TRUE;
  r->pending_space = FALSE;
}

static void
append_run (Render     *r,
            const char *text,
            gsize       length,
            guint       n_chars)
{
  if (length == 0)
    return;

  g_string_append_len (r->doc->text, text, length);
  r->doc->n_chars += n_chars;
  r->line_chars += n_chars;
  r->line_has_text = TRUE;
}

/* @text is valid UTF-8. Its line breaks end lines; an overlong line is
 * broken (see SOFT_LINE_LIMIT). */
static void
append_text (Render     *r,
             const char *text,
             gsize       length)
{
  const char *end = text + length;
  const char *run = text;
  const char *p = text;
  guint run_chars = 0;

  while (p < end)
    {
      guint line_chars = r->line_chars + run_chars;
      gboolean newline = *p == '\n' || *p == '\r';
      gboolean at_space = *p == ' ' && line_chars >= SOFT_LINE_LIMIT;

      if (newline || at_space || line_chars >= HARD_LINE_LIMIT)
        {
          append_run (r, run, p - run, run_chars);
          end_line (r);
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          if (newline || at_space)
            p++;
          run = p;
          run_chars = 0;
          continue;
        }

      p = g_utf8_next_char (p);
      run_chars++;
    }

  append_run (r, run, end - run, run_chars);
}

static void
append_marker (Render     *r,
               const char *marker)
{
  gboolean had_text = r->line_has_text;

  append_text (r, marker, strlen (marker));
  r->line_has_text = had_text;
}

static char *
attribute_to_string (const MD_ATTRIBUTE *attribute)
{
  GString *out = g_string_new (NULL);

  if (attribute->size == 0 || attribute->substr_offsets == NULL)
    return g_string_free (out, FALSE);

  for (guint i = 0; attribute->substr_offsets[i] < attribute->size; i++)
    {
      const char *piece = attribute->text + attribute->substr_offsets[i];
      gsize length = attribute->substr_offsets[i + 1] - attribute->substr_offsets[i];

      switch (attribute->substr_types[i])
        {
        case MD_TEXT_NULLCHAR:
          g_string_append (out, "\357\277\275");
          break;
        case MD_TEXT_ENTITY:
          rp_markdown_append_entity (out, piece, length);
          break;
        default:
          g_string_append_len (out, piece, length);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

static Container *
top_container (Render *r)
{
  if (r->containers->len == 0)
    return NULL;

  return &g_array_index (r->containers, Container, r->containers->len - 1);
}

static void
push_container (Render    *r,
                Container *container)
{
  g_array_append_val (r->containers, *container);
}

static Container
pop_container (Render *r)
{
  Container container = { 0, };

  if (r->containers->len > 0)
    {
      container = *top_container (r);
      g_array_set_size (r->containers, r->containers->len - 1);
    }

  return container;
}

static gboolean
in_tight_list (Render *r)
{
  for (guint i = r->containers->len; i > 0; i--)
    {
      Container *container = &g_array_index (r->containers, Container, i - 1);

      if (container->kind == CONTAINER_LIST)
        return container->tight;
      if (container->kind == CONTAINER_QUOTE)
        return FALSE;
    }

  return FALSE;
}

static void
enter_item (Render *r)
{
  Container *list = top_container (r);
  Container item = { CONTAINER_ITEM, };
  /* A different bullet at each level of nesting. */
  static const char *bullets[] = { "•\t", "◦\t", "▪\t" };

  start_block (r);

  if (list != NULL && list->kind == CONTAINER_LIST && list->ordered)
    {
      g_autofree char *marker = g_strdup_printf ("%u%c\t", list->number, list->delimiter);

      list->number++;
      append_marker (r, marker);
    }
  else
    {
      append_marker (r, bullets[(MAX (r->n_lists, 1) - 1) % G_N_ELEMENTS (bullets)]);
    }

  push_container (r, &item);
  r->depth++;
  r->line_is_item = TRUE;
}

static void
leave_item (Render *r)
{
  Container *list;

  end_line_if_started (r);
  pop_container (r);
  r->depth--;

  list = top_container (r);
  if (list != NULL && list->kind == CONTAINER_LIST && !list->tight)
    r->pending_space = TRUE;
}

static RpMarkdownStyle
heading_style (guint level)
{
  switch (level)
    {
    case 1:
      return RP_MARKDOWN_STYLE_H1;
    case 2:
      return RP_MARKDOWN_STYLE_H2;
    default:
      return RP_MARKDOWN_STYLE_H3;
    }
}

static int
enter_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Render *r = user_data;
  Container container = { 0, };

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      if (r->line_has_text)
        end_line (r);
      container.kind = CONTAINER_QUOTE;
      container.start = r->doc->n_chars;
      push_container (r, &container);
      r->depth++;
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      container.kind = CONTAINER_LIST;
      container.ordered = type == MD_BLOCK_OL;
      if (type == MD_BLOCK_OL)
        {
          MD_BLOCK_OL_DETAIL *ol = detail;

          container.tight = ol->is_tight;
          container.number = ol->start;
          container.delimiter = ol->mark_delimiter == ')' ? ')' : '.';
        }
      else
        {
          container.tight = ((MD_BLOCK_UL_DETAIL *) detail)->is_tight;
        }
      push_container (r, &container);
      r->n_lists++;
      break;

    case MD_BLOCK_LI:
      enter_item (r);
      break;

    case MD_BLOCK_H:
      start_block (r);
      r->block_start = r->doc->n_chars;
      r->heading_level = ((MD_BLOCK_H_DETAIL *) detail)->level;
      break;

    case MD_BLOCK_CODE:
      start_block (r);
      r->block_start = r->doc->n_chars;
      break;

    case MD_BLOCK_HR:
      start_block (r);
      r->block_start = r->doc->n_chars;
      append_text (r, "———", strlen ("———"));
      add_span (r->doc, r->block_start, r->doc->n_chars, RP_MARKDOWN_STYLE_RULE, 0);
      break;

    case MD_BLOCK_TR:
      start_block (r);
      r->table_cell = 0;
      break;

    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      if (r->table_cell++ > 0)
        append_text (r, " │ ", strlen (" │ "));
      if (type == MD_BLOCK_TH)
        {
          OpenSpan span = { r->doc->n_chars, RP_MARKDOWN_STYLE_BOLD };

          g_array_append_val (r->open_spans, span);
        }
      break;

    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
    case MD_BLOCK_TABLE:
      start_block (r);
      break;

    case MD_BLOCK_DOC:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    default:
      break;
    }

  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *user_data)
{
  Render *r = user_data;
  Container container;

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      container = pop_container (r);
      r->depth--;
      add_span (r->doc, container.start, r->doc->n_chars, RP_MARKDOWN_STYLE_QUOTE, 0);
      r->pending_space = TRUE;
      break;

    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      pop_container (r);
      r->n_lists--;
      /* A list inside a tight list's item is part of it. */
      r->pending_space = !in_tight_list (r);
      break;

    case MD_BLOCK_LI:
      leave_item (r);
      break;

    case MD_BLOCK_H:
      add_span (r->doc, r->block_start, r->doc->n_chars, heading_style (r->heading_level), 0);
      end_line_if_started (r);
      r->pending_space = TRUE;
      break;

    case MD_BLOCK_CODE:
      end_line_if_started (r);
      add_span (r->doc, r->block_start, r->doc->n_chars, RP_MARKDOWN_STYLE_CODE_BLOCK, 0);
      r->pending_space = TRUE;
      break;

    case MD_BLOCK_TH:
      if (r->open_spans->len > 0)
        {
          OpenSpan span = g_array_index (r->open_spans, OpenSpan, r->open_spans->len - 1);

          g_array_set_size (r->open_spans, r->open_spans->len - 1);
          add_span (r->doc, span.start, r->doc->n_chars, span.style, 0);
        }
      break;

    case MD_BLOCK_TR:
      end_line_if_started (r);
      break;

    case MD_BLOCK_HR:
    case MD_BLOCK_P:
    case MD_BLOCK_HTML:
      end_line_if_started (r);
      r->pending_space = TRUE;
      break;

    case MD_BLOCK_TABLE:
      r->pending_space = TRUE;
      break;

    case MD_BLOCK_DOC:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TD:
    default:
      break;
    }

  return 0;
}

static int
enter_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Render *r = user_data;
  OpenSpan span = { r->doc->n_chars, RP_MARKDOWN_STYLE_ITALIC };

  switch (type)
    {
    case MD_SPAN_EM:
      span.style = RP_MARKDOWN_STYLE_ITALIC;
      break;
    case MD_SPAN_STRONG:
      span.style = RP_MARKDOWN_STYLE_BOLD;
      break;
    case MD_SPAN_DEL:
      span.style = RP_MARKDOWN_STYLE_STRIKETHROUGH;
      break;
    case MD_SPAN_CODE:
      span.style = RP_MARKDOWN_STYLE_CODE;
      break;
    case MD_SPAN_A:
      span.style = RP_MARKDOWN_STYLE_LINK;
      /* md4c never nests links, but an image's description could hold one. */
      if (r->link_depth++ == 0)
        r->link_uri = attribute_to_string (&((MD_SPAN_A_DETAIL *) detail)->href);
      break;
    case MD_SPAN_IMG:
      span.style = RP_MARKDOWN_STYLE_IMAGE;
      if (r->image_depth++ == 0)
        r->image_start = r->doc->n_chars;
      break;
    default:
      return 0;
    }

  g_array_append_val (r->open_spans, span);

  return 0;
}

static int
leave_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *user_data)
{
  Render *r = user_data;
  OpenSpan span;
  gboolean styled;

  switch (type)
    {
    case MD_SPAN_EM:
    case MD_SPAN_STRONG:
    case MD_SPAN_DEL:
    case MD_SPAN_CODE:
    case MD_SPAN_A:
    case MD_SPAN_IMG:
      break;
    default:
      return 0;
    }

  if (r->open_spans->len == 0)
    return 0;

  if (type == MD_SPAN_IMG && --r->image_depth == 0 && r->doc->n_chars == r->image_start)
    {
      /* Translators: shown in a reading in place of a picture that has no description */
      const char *placeholder = _("(picture)");

      append_text (r, placeholder, strlen (placeholder));
    }

  span = g_array_index (r->open_spans, OpenSpan, r->open_spans->len - 1);
  g_array_set_size (r->open_spans, r->open_spans->len - 1);
  styled = r->line_inline_spans < MAX_INLINE_SPANS_PER_LINE &&
           r->n_inline_spans < MAX_INLINE_SPANS;
  if (styled)
    {
      add_span (r->doc, span.start, r->doc->n_chars, span.style, 0);
      r->line_inline_spans++;
      r->n_inline_spans++;
    }

  if (type == MD_SPAN_A && --r->link_depth == 0)
    {
      g_autofree char *uri = g_steal_pointer (&r->link_uri);

      /* A link that does not look like one is not followed either. */
      if (styled && span.start < r->doc->n_chars && uri != NULL && uri[0] != '\0')
        {
          RpMarkdownLink link = { span.start, r->doc->n_chars, g_steal_pointer (&uri) };

          g_array_append_val (r->doc->links, link);
        }
    }

  return 0;
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *user_data)
{
  Render *r = user_data;
  g_autoptr(GString) entity = NULL;

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      append_text (r, "\357\277\275", 3);
      break;

    case MD_TEXT_BR:
      end_line (r);
      break;

    case MD_TEXT_SOFTBR:
      if (r->line_chars >= SOFT_LINE_LIMIT)
        end_line (r);
      else
        append_text (r, " ", 1);
      break;

    case MD_TEXT_ENTITY:
      entity = g_string_new (NULL);
      rp_markdown_append_entity (entity, text, size);
      append_text (r, entity->str, entity->len);
      break;

    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
    case MD_TEXT_LATEXMATH:
    default:
      append_text (r, text, size);
      break;
    }

  return 0;
}

static void
clear_link (gpointer data)
{
  RpMarkdownLink *link = data;

  g_clear_pointer (&link->uri, g_free);
}

static RpMarkdownDocument *
document_new (gsize length)
{
  RpMarkdownDocument *self = g_new0 (RpMarkdownDocument, 1);

  self->text = g_string_sized_new (length + 1);
  self->spans = g_array_new (FALSE, FALSE, sizeof (RpMarkdownSpan));
  self->links = g_array_new (FALSE, FALSE, sizeof (RpMarkdownLink));
  g_array_set_clear_func (self->links, clear_link);

  return self;
}

static void
render_init (Render             *r,
             RpMarkdownDocument *doc)
{
  memset (r, 0, sizeof *r);
  r->doc = doc;
  r->containers = g_array_new (FALSE, FALSE, sizeof (Container));
  r->open_spans = g_array_new (FALSE, FALSE, sizeof (OpenSpan));
}

static void
render_clear (Render *r)
{
  g_array_unref (r->containers);
  g_array_unref (r->open_spans);
  g_clear_pointer (&r->link_uri, g_free);
}

/**
 * rp_markdown_document_new_plain:
 * @text: valid UTF-8
 * @length: its length in bytes
 *
 * A plain text: its lines as they are (overlong ones broken).
 *
 * Returns: (transfer full): the document
 */
RpMarkdownDocument *
rp_markdown_document_new_plain (const char *text,
                                gsize       length)
{
  RpMarkdownDocument *self = document_new (length);
  Render r;

  g_return_val_if_fail (text != NULL || length == 0, self);

  render_init (&r, self);
  append_text (&r, text, length);
  end_line_if_started (&r);
  render_clear (&r);

  return self;
}

/**
 * rp_markdown_document_new_markdown:
 * @text: valid UTF-8
 * @length: its length in bytes
 *
 * Returns: (transfer full): the document; @text as plain text in the
 *   unlikely case md4c fails (it only does when out of memory)
 */
RpMarkdownDocument *
rp_markdown_document_new_markdown (const char *text,
                                   gsize       length)
{
  RpMarkdownDocument *self;
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = PARSER_FLAGS,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  Render r;
  int result;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length > G_MAXUINT32)
    return rp_markdown_document_new_plain (text, length);

  self = document_new (length);
  render_init (&r, self);
  result = md_parse (text != NULL ? text : "", (MD_SIZE) length, &parser, &r);
  end_line_if_started (&r);
  render_clear (&r);

  if (result != 0)
    {
      rp_markdown_document_free (self);
      return rp_markdown_document_new_plain (text, length);
    }

  return self;
}

void
rp_markdown_document_free (RpMarkdownDocument *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_array_unref (self->spans);
  g_array_unref (self->links);
  g_free (self);
}
