/* rp-field-problem.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Shows @message (or hides it, NULL) in @problem, the row or label under
 * @input: in red, or dimmed when @quiet (a hint for a field the user has
 * not reached yet). @input, when given, is marked invalid for screen
 * readers and described by the message. */
void rp_field_problem_show     (GtkWidget    *input,
                                GtkWidget    *problem,
                                const char   *message,
                                gboolean      quiet);
/* The error icon at the start of a problem row. */
void rp_field_problem_add_icon (AdwActionRow *problem);

G_END_DECLS
