/* rp-reading-link-group.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingLinkGroup: where a link reading points. A web page is saved only
 * over https (the database holds nothing else, and rp-uri-policy's
 * message says why anything else is refused); a document on this
 * computer is chosen with the desktop's file chooser (a portal inside a
 * sandbox) and kept as its file:// address. RpReadingEditor owns it. */

#define G_LOG_DOMAIN "rp-reading-link-group"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-field-problem.h"
#include "rp-reading-link-group.h"
#include "rp-reading.h"
#include "rp-toast.h"
#include "rp-uri-policy.h"

struct _RpReadingLinkGroup
{
  AdwPreferencesGroup   parent_instance;

  char                 *document_uri;
  GtkFileChooserNative *chooser;
  guint                 touched : 1;
  guint                 loading : 1;

  AdwEntryRow          *uri_row;
  AdwActionRow         *uri_problem;
  AdwActionRow         *document_row;
  GtkWidget            *clear_document_button;
};

G_DEFINE_FINAL_TYPE (RpReadingLinkGroup, rp_reading_link_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  SIGNAL_CHANGED,
  SIGNAL_DOCUMENT_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_typed (RpReadingLinkGroup *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->uri_row))));
}

/* Returns the address to save ("https://" in lower case), or NULL with
 * @message set. */
static char *
check_web_address (const char  *uri,
                   char       **message)
{
  g_autoptr(GError) error = NULL;
  RpUriVerdict verdict;

  if (g_ascii_strncasecmp (uri, "file:", 5) == 0)
    {
      *message = g_strdup (_("For a document on this computer, use Choose File."));
      return NULL;
    }

  verdict = rp_uri_policy_check (uri, &error);
  switch (verdict)
    {
    case RP_URI_VERDICT_REFUSED:
      *message = g_strdup (error->message);
      return NULL;

    case RP_URI_VERDICT_ALLOWED_INSECURE:
      *message = g_strdup (_("Use the secure address, starting with https://."));
      return NULL;

    case RP_URI_VERDICT_ALLOWED:
    default:
      if (g_ascii_strncasecmp (uri, "https://", 8) != 0)
        {
          *message = g_strdup (_("Enter a web address that starts with https://."));
          return NULL;
        }
      return g_strconcat ("https://", uri + 8, NULL);
    }
}

/**
 * rp_reading_link_group_check:
 * @self: a #RpReadingLinkGroup
 * @insist: show "nothing given" as an error, not a hint
 *
 * Returns: (transfer full) (nullable): the address to save
 */
char *
rp_reading_link_group_check (RpReadingLinkGroup *self,
                             gboolean            insist)
{
  g_autofree char *typed = NULL;
  g_autofree char *message = NULL;
  char *uri = NULL;

  g_return_val_if_fail (RP_IS_READING_LINK_GROUP (self), NULL);

  if (self->document_uri != NULL)
    {
      rp_field_problem_show (GTK_WIDGET (self->uri_row), GTK_WIDGET (self->uri_problem),
                             NULL, FALSE);
      return g_strdup (self->document_uri);
    }

  typed = dup_typed (self);
  if (typed[0] == '\0')
    message = g_strdup (_("Enter a web address that starts with https://, or choose a "
                          "document."));
  else
    uri = check_web_address (typed, &message);

  rp_field_problem_show (GTK_WIDGET (self->uri_row), GTK_WIDGET (self->uri_problem), message,
                         typed[0] == '\0' && !self->touched && !insist);

  return uri;
}

void
rp_reading_link_group_show_problem (RpReadingLinkGroup *self,
                                    const char         *message)
{
  g_return_if_fail (RP_IS_READING_LINK_GROUP (self));

  rp_field_problem_show (GTK_WIDGET (self->uri_row), GTK_WIDGET (self->uri_problem),
                         message, FALSE);
}

char *
rp_reading_link_group_dup_text (RpReadingLinkGroup *self)
{
  g_return_val_if_fail (RP_IS_READING_LINK_GROUP (self), NULL);

  return self->document_uri != NULL ? g_strdup (self->document_uri) : dup_typed (self);
}

static void
uri_changed_cb (RpReadingLinkGroup *self)
{
  if (self->loading)
    return;

  self->touched = TRUE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/* --- the document ----------------------------------------------------------- */

static void
set_document_uri (RpReadingLinkGroup *self,
                  char               *uri)
{
  gboolean has_document = uri != NULL;

  g_free (self->document_uri);
  self->document_uri = uri;

  self->loading = TRUE;
  if (has_document)
    gtk_editable_set_text (GTK_EDITABLE (self->uri_row), "");
  self->loading = FALSE;

  gtk_widget_set_visible (self->clear_document_button, has_document);
  gtk_widget_set_sensitive (GTK_WIDGET (self->uri_row), !has_document);

  if (has_document)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *display = basename != NULL ? g_filename_display_name (basename) : NULL;

      adw_action_row_set_subtitle (self->document_row, display != NULL ? display : "");
    }
  else
    adw_action_row_set_subtitle (self->document_row, _("None chosen"));
}

/**
 * rp_reading_link_group_set_document:
 * @self: a #RpReadingLinkGroup
 * @file: (nullable): a document on this computer, or %NULL for none
 *
 * What "Choose File…" does with the chosen file.
 */
void
rp_reading_link_group_set_document (RpReadingLinkGroup *self,
                                    GFile              *file)
{
  g_autofree char *uri = NULL;

  g_return_if_fail (RP_IS_READING_LINK_GROUP (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (file != NULL)
    {
      uri = g_file_get_uri (file);
      /* A portal gives a file:// path too; anything else could not be
       * opened later without the network. */
      if (!g_str_has_prefix (uri, "file:///") || strlen (uri) > RP_READING_MAX_URI_LENGTH)
        {
          rp_toast_show (GTK_WIDGET (self),
                         _("Choose a document saved on this computer, with a shorter path."));
          return;
        }
    }

  set_document_uri (self, g_steal_pointer (&uri));
  self->touched = TRUE;

  if (file != NULL)
    g_signal_emit (self, signals[SIGNAL_DOCUMENT_CHOSEN], 0, file);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
chooser_response_cb (RpReadingLinkGroup   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        rp_reading_link_group_set_document (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
choose_document_cb (RpReadingLinkGroup *self)
{
  g_autoptr(GtkFileFilter) documents = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  static const char * const types[] = {
    "application/pdf", "application/epub+zip", "application/x-mobipocket-ebook",
    "image/vnd.djvu", "application/vnd.oasis.opendocument.text",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword", "application/rtf", "text/plain", "text/markdown", "text/html",
  };

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (documents, _("Documents"));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    gtk_file_filter_add_mime_type (documents, types[i]);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose a Document"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), documents);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
clear_document_cb (RpReadingLinkGroup *self)
{
  rp_reading_link_group_set_document (self, NULL);
}

/**
 * rp_reading_link_group_set_uri:
 * @self: a #RpReadingLinkGroup
 * @uri: (nullable): a saved link's address
 *
 * Shows what was saved, as it is: not a change.
 */
void
rp_reading_link_group_set_uri (RpReadingLinkGroup *self,
                               const char         *uri)
{
  g_return_if_fail (RP_IS_READING_LINK_GROUP (self));

  if (uri != NULL && g_str_has_prefix (uri, "file://"))
    set_document_uri (self, g_strdup (uri));
  else
    {
      set_document_uri (self, NULL);
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->uri_row), uri != NULL ? uri : "");
      self->loading = FALSE;
    }

  self->touched = uri != NULL;
}

/* --- the class --------------------------------------------------------------- */

static void
rp_reading_link_group_dispose (GObject *object)
{
  RpReadingLinkGroup *self = RP_READING_LINK_GROUP (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_LINK_GROUP);

  G_OBJECT_CLASS (rp_reading_link_group_parent_class)->dispose (object);
}

static void
rp_reading_link_group_finalize (GObject *object)
{
  RpReadingLinkGroup *self = RP_READING_LINK_GROUP (object);

  g_free (self->document_uri);

  G_OBJECT_CLASS (rp_reading_link_group_parent_class)->finalize (object);
}

static void
rp_reading_link_group_class_init (RpReadingLinkGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_reading_link_group_dispose;
  object_class->finalize = rp_reading_link_group_finalize;

  /**
   * RpReadingLinkGroup::changed:
   *
   * An address was typed, or a document chosen or removed.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * RpReadingLinkGroup::document-chosen:
   * @file: the document
   *
   * A document was chosen (the editor names the reading after it).
   */
  signals[SIGNAL_DOCUMENT_CHOSEN] =
    g_signal_new ("document-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-link-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingLinkGroup, uri_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLinkGroup, uri_problem);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLinkGroup, document_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingLinkGroup, clear_document_button);
  gtk_widget_class_bind_template_callback (widget_class, uri_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_document_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_document_cb);
}

static void
rp_reading_link_group_init (RpReadingLinkGroup *self)
{
  GtkEditable *delegate;

  gtk_widget_init_template (GTK_WIDGET (self));

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->uri_row));
  if (GTK_IS_TEXT (delegate))
    {
      gtk_text_set_max_length (GTK_TEXT (delegate), RP_READING_MAX_URI_LENGTH);
      gtk_text_set_input_purpose (GTK_TEXT (delegate), GTK_INPUT_PURPOSE_URL);
    }
  rp_field_problem_add_icon (self->uri_problem);
}
