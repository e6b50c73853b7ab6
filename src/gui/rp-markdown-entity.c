/* rp-markdown-entity.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* HTML entities in a reading's Markdown, as characters (md4c hands them
 * over as written). Only characters come out: never markup. */

#define G_LOG_DOMAIN "rp-markdown-entity"

#include "config.h"

#include <string.h>

#include "rp-markdown-entity.h"

typedef struct
{
  const char *name;
  const char *text;
} NamedEntity;

/* The entities people actually type; any other stays as written. */
static const NamedEntity named_entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
  { "nbsp", "\u00a0" }, { "copy", "©" }, { "reg", "®" }, { "trade", "™" },
  { "mdash", "—" }, { "ndash", "–" }, { "hellip", "…" }, { "bull", "•" },
  { "middot", "·" }, { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" },
  { "rdquo", "”" }, { "laquo", "«" }, { "raquo", "»" }, { "deg", "°" },
  { "times", "×" }, { "divide", "÷" }, { "para", "¶" }, { "sect", "§" },
  { "euro", "€" }, { "pound", "£" }, { "yen", "¥" }, { "cent", "¢" },
  { "iexcl", "¡" }, { "iquest", "¿" }, { "shy", "\u00ad" },
};

/**
 * rp_markdown_append_entity:
 * @out: where to append
 * @text: an entity as md4c found it: "&amp;", "&#233;", "&#xE9;"
 * @length: its length in bytes
 *
 * Appends the character @text stands for: a number that is no character
 * gives U+FFFD, as CommonMark says; a name not known here, @text itself.
 */
void
rp_markdown_append_entity (GString    *out,
                           const char *text,
                           gsize       length)
{
  if (length >= 4 && text[0] == '&' && text[1] == '#' && text[length - 1] == ';')
    {
      gboolean hex = text[2] == 'x' || text[2] == 'X';
      const char *digits = text + (hex ? 3 : 2);
      const char *end = text + length - 1;
      guint32 value = 0;
      gunichar c;

      if (digits == end)
        goto verbatim;

      for (const char *p = digits; p < end; p++)
        {
          int digit = hex ? g_ascii_xdigit_value (*p) : g_ascii_digit_value (*p);

          if (digit < 0)
            goto verbatim;
          value = value * (hex ? 16 : 10) + (guint32) digit;
          if (value > 0x10ffff)
            value = 0x110000;
        }

      c = value == 0 || !g_unichar_validate (value) ? 0xfffd : value;
      g_string_append_unichar (out, c);
      return;
    }

  if (length >= 3 && text[0] == '&' && text[length - 1] == ';')
    {
      for (guint i = 0; i < G_N_ELEMENTS (named_entities); i++)
        {
          const char *name = named_entities[i].name;

          if (strlen (name) == length - 2 && strncmp (text + 1, name, length - 2) == 0)
            {
              g_string_append (out, named_entities[i].text);
              return;
            }
        }
    }

verbatim:
  g_string_append_len (out, text, length);
}
