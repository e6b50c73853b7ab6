/* rp-text.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Small checks every record's validation makes on its text fields. */

#define G_LOG_DOMAIN "rp-text"

#include "config.h"

#include "rp-text.h"

/* Whether @text is at most @max_chars characters (not bytes: the caps are
 * what the user sees). */
gboolean
rp_text_fits (const char *text,
              glong       max_chars)
{
  return text == NULL || g_utf8_strlen (text, -1) <= max_chars;
}

/* Whether @text is valid UTF-8 without control characters, bar newlines
 * and tabs when @multi_line: a name with a stray escape sequence or a NUL
 * would show wrongly everywhere it appears. */
gboolean
rp_text_is_clean (const char *text,
                  gboolean    multi_line)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_iscntrl (*p) && !(multi_line && (*p == '\n' || *p == '\t')))
        return FALSE;
    }

  return TRUE;
}
