/* rp-twelve-steps.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The wording of the twelve steps for step work, taken from the starter
 * library's "twelve-steps" reading (the 1939 first printing, compiled into
 * the core as a resource) so that the text lives in one place. It is read
 * and parsed once, on first use.
 *
 * The 1939 wording is public domain in its English original and is shown
 * as printed: it is NOT translated (a translation would be a new text that
 * is not the 1939 one); the UI says "Original 1939 wording". Only the
 * short names ("Step 4") go through gettext. */

#define G_LOG_DOMAIN "rp-twelve-steps"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <gio/gio.h>
#include <string.h>

#include "rp-readings-resources.h"
#include "rp-starter-library.h"
#include "rp-twelve-steps.h"

static const char * const step_names[RP_TWELVE_STEPS_COUNT] = {
  N_("Step 1"), N_("Step 2"), N_("Step 3"), N_("Step 4"), N_("Step 5"), N_("Step 6"),
  N_("Step 7"), N_("Step 8"), N_("Step 9"), N_("Step 10"), N_("Step 11"), N_("Step 12"),
};

static char *step_texts[RP_TWELVE_STEPS_COUNT];

static GBytes *
lookup_reading (void)
{
  GResource *resource = rp_readings_get_resource ();
  g_auto(GStrv) names = NULL;

  names = g_resource_enumerate_children (resource, RP_STARTER_LIBRARY_PATH,
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (strstr (names[i], "twelve-steps") != NULL && g_str_has_suffix (names[i], ".md"))
        {
          g_autofree char *path = g_strconcat (RP_STARTER_LIBRARY_PATH, names[i], NULL);

          return g_resource_lookup_data (resource, path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
        }
    }

  return NULL;
}

/* The first numbered list, "1. …" to "12. …", one step per line, in order. */
static gboolean
parse_steps (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint next = 1;

  for (guint i = 0; lines[i] != NULL && next <= RP_TWELVE_STEPS_COUNT; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%u. ", next);
      const char *line = lines[i];

      if (!g_str_has_prefix (line, prefix))
        {
          /* Anything else inside the list ends it too early. */
          if (next > 1)
            return FALSE;
          continue;
        }

      step_texts[next - 1] = g_strstrip (g_strdup (line + strlen (prefix)));
      if (step_texts[next - 1][0] == '\0')
        return FALSE;
      next++;
    }

  return next == RP_TWELVE_STEPS_COUNT + 1;
}

static void
ensure_loaded (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GBytes) bytes = lookup_reading ();
      g_autofree char *markdown = NULL;

      if (bytes != NULL)
        markdown = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      /* A shipped file that does not parse is a bug of the build. */
      if (markdown == NULL || !parse_steps (markdown))
        {
          g_warning ("The starter library's twelve steps cannot be read");
          for (guint i = 0; i < RP_TWELVE_STEPS_COUNT; i++)
            g_clear_pointer (&step_texts[i], g_free);
        }

      g_once_init_leave (&loaded, 1);
    }
}

/**
 * rp_twelve_steps_get_text:
 * @step: 1 to 12
 *
 * Returns: (nullable): the step as first printed in 1939, in English (not
 *   translated, see above); %NULL for a number out of range
 */
const char *
rp_twelve_steps_get_text (guint step)
{
  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, NULL);

  ensure_loaded ();

  return step_texts[step - 1];
}

/**
 * rp_twelve_steps_get_name:
 * @step: 1 to 12
 *
 * Returns: its short name, translated: "Step 4"
 */
const char *
rp_twelve_steps_get_name (guint step)
{
  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, NULL);

  return _(step_names[step - 1]);
}

/**
 * rp_twelve_steps_dup_beginning:
 * @step: 1 to 12
 * @max_words: how many words at most
 *
 * Returns: (transfer full): the first @max_words words of the step, with
 *   "…" when there is more, for a list's subtitle
 */
char *
rp_twelve_steps_dup_beginning (guint step,
                               guint max_words)
{
  const char *text;
  const char *end;
  guint words = 0;

  g_return_val_if_fail (step >= 1 && step <= RP_TWELVE_STEPS_COUNT, NULL);
  g_return_val_if_fail (max_words > 0, NULL);

  text = rp_twelve_steps_get_text (step);
  if (text == NULL)
    return g_strdup ("");

  for (end = text; *end != '\0'; end++)
    {
      if (*end == ' ' && ++words == max_words)
        break;
    }

  if (*end == '\0')
    return g_strdup (text);

  /* No dangling comma or dash before the ellipsis. */
  while (end > text && strchr (",;:-", end[-1]) != NULL)
    end--;

  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}
