/* rp-crisis-lines.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The crisis lines Reprieve suggests, as data. Reprieve is not an
 * emergency service: it only helps the user save the lines that serve
 * where they live, and says for which country each suggestion is. The
 * numbers are the services' own published ones. */

#define G_LOG_DOMAIN "rp-crisis-lines"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-crisis-lines.h"

static const RpCrisisLine us_lines[] = {
  {
    N_("988 Suicide & Crisis Lifeline"),
    "988",
    N_("24 hours, every day"),
    N_("Call or text when you are in distress, thinking of suicide, or worried about someone."),
  },
  {
    N_("SAMHSA National Helpline"),
    "1-800-662-4357",
    N_("24 hours, every day"),
    N_("Free, confidential referrals to treatment and support for substance use."),
  },
};

/**
 * rp_crisis_lines_get_us_suggestions:
 * @out_n_lines: (out): how many there are
 *
 * Returns: (array length=out_n_lines) (transfer none): the lines suggested
 *   to users in the United States, and only there
 */
const RpCrisisLine *
rp_crisis_lines_get_us_suggestions (guint *out_n_lines)
{
  g_return_val_if_fail (out_n_lines != NULL, NULL);

  *out_n_lines = G_N_ELEMENTS (us_lines);

  return us_lines;
}

const char *
rp_crisis_line_get_name (const RpCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  return _(line->name);
}

const char *
rp_crisis_line_get_call_hours (const RpCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  return _(line->call_hours);
}

const char *
rp_crisis_line_get_description (const RpCrisisLine *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  return _(line->description);
}

/**
 * rp_crisis_line_new_contact:
 * @line: a suggested line
 *
 * Returns: (transfer full): an unsaved contact with the crisis-line role,
 *   the line's (translated) name, hours and number
 */
RpContact *
rp_crisis_line_new_contact (const RpCrisisLine *line)
{
  RpContact *contact;

  g_return_val_if_fail (line != NULL, NULL);

  contact = rp_contact_new ();
  rp_contact_set_display_name (contact, rp_crisis_line_get_name (line));
  rp_contact_set_role (contact, RP_CONTACT_ROLE_CRISIS_LINE);
  rp_contact_add_phone (contact, NULL, line->number);
  rp_contact_set_call_hours (contact, rp_crisis_line_get_call_hours (line));
  rp_contact_set_notes (contact, rp_crisis_line_get_description (line));

  return contact;
}
