/* rp-form-field.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What every editor (meetings, contacts, readings) does with its entry
 * rows and text views: read them trimmed, fill them from a record that may
 * have no value, and cap them as the database does. */

#define G_LOG_DOMAIN "rp-form-field"

#include "config.h"

#include "rp-form-field.h"

/* Returns: (transfer full): the row's text without surrounding blanks */
char *
rp_form_field_dup_stripped (AdwEntryRow *row)
{
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* @text: (nullable): a record's field; NULL empties the row */
void
rp_form_field_set_text (AdwEntryRow *row,
                        const char  *text)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* The caps the database enforces, enforced while typing. */
void
rp_form_field_set_max_length (AdwEntryRow *row,
                              int          max_length)
{
  GtkEditable *delegate;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), max_length);
}

/* Returns: (transfer full): all the text of @view, as typed */
char *
rp_form_field_dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
