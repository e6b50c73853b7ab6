/* rp-form-field.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What an editor does when the user chooses to drop what they typed:
 * usually mark itself as closing and destroy itself. */
typedef void (*RpFormDiscardFunc) (GtkWindow *editor);

char *rp_form_field_dup_stripped   (AdwEntryRow *row);
void  rp_form_field_set_text       (AdwEntryRow *row,
                                    const char  *text);
void  rp_form_field_set_max_length (AdwEntryRow *row,
                                    int          max_length);
char *rp_form_field_dup_view_text  (GtkTextView *view);

void  rp_form_confirm_discard      (GtkWindow         *editor,
                                    const char        *body,
                                    RpFormDiscardFunc  on_discard);
void  rp_form_show_error           (AdwToastOverlay   *overlay,
                                    const char        *message);

G_END_DECLS
