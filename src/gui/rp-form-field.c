/* rp-form-field.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What every editor (meetings, contacts, readings, goals...) does with its
 * entry rows and text views: read them trimmed, fill them from a record
 * that may have no value, and cap them as the database does; and the
 * question before closing over changes, and the error when saving fails. */

#define G_LOG_DOMAIN "rp-form-field"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-form-field.h"
#include "rp-toast.h"

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

typedef struct
{
  GWeakRef          editor;
  RpFormDiscardFunc on_discard;
} DiscardQuestion;

static void
discard_question_free (gpointer  data,
                       GClosure *closure)
{
  DiscardQuestion *question = data;

  g_weak_ref_clear (&question->editor);
  g_free (question);
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     DiscardQuestion  *question)
{
  /* Held for the call: discarding destroys the editor. */
  g_autoptr(GtkWindow) editor = g_weak_ref_get (&question->editor);

  /* Gone: the question goes with it (and GTK 4.8 leaves it a freed
   * parent, not to be touched). */
  if (editor == NULL)
    return;

  /* GTK 4.8 would let go of a parent destroyed meanwhile. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_str_equal (response, "discard"))
    question->on_discard (editor);
}

/**
 * rp_form_confirm_discard:
 * @editor: the editor being closed over changes
 * @body: (nullable): what was not saved; %NULL for "What you typed here
 *   has not been saved."
 * @on_discard: called with @editor if the user chooses Discard
 *
 * Asks, over @editor, whether to drop what was not saved. Keeping on
 * editing is the default, and what Escape does. The question goes with
 * @editor; @on_discard is not called once @editor is gone.
 */
void
rp_form_confirm_discard (GtkWindow         *editor,
                         const char        *body,
                         RpFormDiscardFunc  on_discard)
{
  DiscardQuestion *question;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (editor));
  g_return_if_fail (on_discard != NULL);

  dialog = adw_message_dialog_new (editor, _("Discard Changes?"),
                                   body != NULL ? body
                                                : _("What you typed here has not been saved."));
  /* The tests find it by this name. */
  gtk_widget_set_name (dialog, "discard-changes");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  question = g_new0 (DiscardQuestion, 1);
  g_weak_ref_init (&question->editor, editor);
  question->on_discard = on_discard;
  g_signal_connect_data (dialog, "response", G_CALLBACK (discard_response_cb),
                         question, discard_question_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * rp_form_show_error:
 * @overlay: the editor's toast overlay
 * @message: why saving (or deleting) failed, plain text
 *
 * Shows @message until it is dismissed. Nothing typed is lost: the editor
 * stays open as it was.
 */
void
rp_form_show_error (AdwToastOverlay *overlay,
                    const char      *message)
{
  AdwToast *toast;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (message != NULL);

  toast = rp_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}
