/* rp-link-opener.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opens a link from a meeting (its Join link) in the desktop's default
 * handler, only when rp-uri-policy allows it: a plain http link is opened
 * only after the user has been told it is not encrypted, and a refused link
 * or a failed launch is reported in a toast. No GtkUriLauncher (GTK 4.10):
 * GIO's default handler with the display's launch context does the job. */

#define G_LOG_DOMAIN "rp-link-opener"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-link-opener.h"
#include "rp-toast.h"
#include "rp-uri-policy.h"

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) overlay = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: the reason comes from the system */
      message = g_strdup_printf (_("The link could not be opened: %s"), error->message);
      /* The overlay itself: the widget that asked may be gone by now. */
      rp_toast_show (overlay, message);
    }
}

static void
launch (GtkWidget  *source,
        const char *uri)
{
  g_autoptr(GdkAppLaunchContext) context = NULL;
  GtkWidget *overlay;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (source));
  overlay = gtk_widget_get_ancestor (source, ADW_TYPE_TOAST_OVERLAY);

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           launched_cb,
                                           overlay != NULL ? g_object_ref (overlay) : NULL);
}

static void
insecure_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  GtkWidget *source = user_data;
  const char *uri = g_object_get_data (G_OBJECT (dialog), "rp-uri");

  if (g_strcmp0 (response, "open") == 0 && gtk_widget_get_root (source) != NULL)
    launch (source, uri);
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

/**
 * rp_link_opener_open:
 * @source: the widget the user activated; its window is the parent of any
 *   question, its toast overlay shows any error
 * @uri: the link
 *
 * Opens @uri if rp_uri_policy_check() allows it, asking first for a plain
 * http link. Returns at once: the launch finishes in the background.
 */
void
rp_link_opener_open (GtkWidget  *source,
                     const char *uri)
{
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (uri != NULL);

  switch (rp_uri_policy_check (uri, &error))
    {
    case RP_URI_VERDICT_ALLOWED:
      launch (source, uri);
      break;

    case RP_URI_VERDICT_ALLOWED_INSECURE:
      root = gtk_widget_get_root (source);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                 : NULL,
                                                           _("Open an Unencrypted Link?"),
                                                           NULL));
      adw_message_dialog_set_body (dialog,
                                   _("This link starts with “http://”: the connection is not "
                                     "encrypted, so others on the network could see what you "
                                     "send and receive. Ask the meeting for an “https://” link "
                                     "if you can."));
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "open", _("_Open Anyway"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "open", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_object_set_data_full (G_OBJECT (dialog), "rp-uri", g_strdup (uri), g_free);
      g_signal_connect_data (dialog, "response", G_CALLBACK (insecure_response_cb),
                             g_object_ref (source), unref_closure_data, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      break;

    case RP_URI_VERDICT_REFUSED:
    default:
      rp_toast_show (source,
                     error != NULL ? error->message : _("This link cannot be opened."));
      break;
    }
}

/**
 * rp_link_opener_open_document:
 * @source: the widget the user activated; its toast overlay shows any error
 * @uri: a file:/// link the user chose for a reading
 *
 * rp_uri_policy_check() refuses file: links, which come from strangers in
 * feeds and calendars; a reading's document is a file the user picked on
 * this computer. It is opened only when the link names a local file that
 * is still there, and then in the desktop's default app for its type.
 */
void
rp_link_opener_open_document (GtkWidget  *source,
                              const char *uri)
{
  g_autofree char *path = NULL;
  g_autofree char *host = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (uri != NULL);

  path = g_filename_from_uri (uri, &host, NULL);
  if (path == NULL || !g_path_is_absolute (path) ||
      (host != NULL && g_strcmp0 (host, "localhost") != 0))
    {
      rp_toast_show (source, _("This is not a link to a document on this computer."));
      return;
    }

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      rp_toast_show (source,
                     _("The document is not there any more: it may have been moved or "
                       "deleted. Edit the reading to choose it again."));
      return;
    }

  launch (source, uri);
}
