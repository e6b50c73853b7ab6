/* rp-crisis-lines.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rp-contact.h"

G_BEGIN_DECLS

/**
 * RpCrisisLine:
 * @name: the line's name, untranslated (see rp_crisis_line_get_name())
 * @number: the number to call or text, as the line publishes it
 * @call_hours: when it answers, untranslated
 * @description: one line on who it is for, untranslated
 *
 * A crisis line Reprieve suggests. Suggestions are only ever offered for
 * the region they serve, and labelled with it.
 */
typedef struct
{
  const char *name;
  const char *number;
  const char *call_hours;
  const char *description;
} RpCrisisLine;

const RpCrisisLine *rp_crisis_lines_get_us_suggestions (guint              *out_n_lines);
const char         *rp_crisis_line_get_name            (const RpCrisisLine *line);
const char         *rp_crisis_line_get_call_hours      (const RpCrisisLine *line);
const char         *rp_crisis_line_get_description     (const RpCrisisLine *line);
RpContact          *rp_crisis_line_new_contact         (const RpCrisisLine *line);

G_END_DECLS
