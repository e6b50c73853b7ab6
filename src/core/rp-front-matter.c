/* rp-front-matter.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-front-matter"

#include "config.h"

#include <string.h>

#include "rp-front-matter.h"

static void
clear_field (gpointer data)
{
  RpFrontMatterField *field = data;

  g_clear_pointer (&field->key, g_free);
  g_clear_pointer (&field->value, g_free);
}

/* Whether [line, line_end) is @mark, give or take trailing blanks and a
 * carriage return. */
static gboolean
line_is (const char *line,
         const char *line_end,
         const char *mark)
{
  gsize n = strlen (mark);

  if ((gsize) (line_end - line) < n || memcmp (line, mark, n) != 0)
    return FALSE;

  for (const char *p = line + n; p < line_end; p++)
    {
      if (*p != ' ' && *p != '\t' && *p != '\r')
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_blank (const char *line,
          const char *line_end)
{
  for (const char *p = line; p < line_end; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return TRUE;
}

/* "key: value", the key of letters, digits, "-" and "_". */
static gboolean
parse_field (const char         *line,
             const char         *line_end,
             guint               line_number,
             RpFrontMatterField *out_field)
{
  const char *p = line;
  g_autofree char *value = NULL;
  gsize n;

  while (p < line_end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_'))
    p++;
  if (p == line || p == line_end || *p != ':')
    return FALSE;

  value = g_strstrip (g_strndup (p + 1, line_end - p - 1));
  n = strlen (value);
  if (n >= 2 && (value[0] == '"' || value[0] == '\'') && value[n - 1] == value[0])
    {
      memmove (value, value + 1, n - 2);
      value[n - 2] = '\0';
    }

  out_field->key = g_ascii_strdown (line, p - line);
  out_field->value = g_steal_pointer (&value);
  out_field->line = line_number;

  return TRUE;
}

/**
 * rp_front_matter_parse:
 * @text: the start of a UTF-8 text, without byte order mark
 * @length: its length in bytes
 *
 * Returns: (transfer full) (nullable): the block, or %NULL when @text
 *   does not open with one
 */
RpFrontMatter *
rp_front_matter_parse (const char *text,
                       gsize       length)
{
  g_autoptr(RpFrontMatter) self = NULL;
  const char *end = text + length;
  const char *line = text;
  guint line_number = 1;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self = g_new0 (RpFrontMatter, 1);
  self->fields = g_array_new (FALSE, TRUE, sizeof (RpFrontMatterField));
  g_array_set_clear_func (self->fields, clear_field);

  while (line < end && line_number <= RP_FRONT_MATTER_MAX_LINES)
    {
      const char *newline = memchr (line, '\n', end - line);
      const char *line_end = newline != NULL ? newline : end;
      const char *next = newline != NULL ? newline + 1 : end;

      if (line_number == 1)
        {
          if (!line_is (line, line_end, "---"))
            return NULL;
        }
      else if (line_is (line, line_end, "---") || line_is (line, line_end, "..."))
        {
          self->end = next - text;
          self->n_lines = line_number;
          return g_steal_pointer (&self);
        }
      else if (!is_blank (line, line_end))
        {
          RpFrontMatterField field = { NULL, NULL, 0 };

          if (parse_field (line, line_end, line_number, &field))
            g_array_append_val (self->fields, field);
          else if (self->first_bad_line == 0)
            self->first_bad_line = line_number;
        }

      line = next;
      line_number++;
    }

  return NULL;
}

const char *
rp_front_matter_lookup (const RpFrontMatter *self,
                        const char          *key)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const RpFrontMatterField *field = &g_array_index (self->fields, RpFrontMatterField, i);

      if (strcmp (field->key, key) == 0)
        return field->value;
    }

  return NULL;
}

void
rp_front_matter_free (RpFrontMatter *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->fields, g_array_unref);
  g_free (self);
}
