/* rp-call-launcher.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The GUI's one way to call, text or email a contact. The link is built
 * only by rp-uri-policy from the contact's saved number or address, then
 * handed to the desktop's default handler (GNOME Calls, KDE Connect, a
 * softphone, a mail app). When there is none, or it fails, the call sheet
 * shows the number and a QR code instead: the user is never left with just
 * "failed". Every call handed over or shown on the sheet is logged for the
 * goals. No GtkUriLauncher (GTK 4.10): GIO with the display's launch
 * context does the same. */

#define G_LOG_DOMAIN "rp-call-launcher"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-call-launcher.h"
#include "rp-call-sheet.h"
#include "rp-toast.h"
#include "rp-uri-policy.h"

typedef struct
{
  GtkWindow  *parent;
  RpStore    *store;
  RpContact  *contact;
  RpCallKind  kind;
  /* What the sheet shows: the number as saved, or the address. */
  char       *shown;
  char       *uri;
} CallData;

static void
call_data_free (CallData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->store);
  g_clear_object (&data->contact);
  g_free (data->shown);
  g_free (data->uri);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CallData, call_data_free)

/* Builds the link for @contact; on failure the error says what to fix,
 * in words the user can act on. */
static gboolean
build_link (RpContact   *contact,
            RpCallKind   kind,
            guint        phone_index,
            char       **out_shown,
            char       **out_uri,
            GError     **error)
{
  const char *name = rp_contact_get_display_name (contact);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *uri = NULL;
  const char *shown;

  if (kind == RP_CALL_KIND_EMAIL)
    {
      shown = rp_contact_get_email (contact);
      if (shown == NULL || *shown == '\0')
        {
          /* Translators: %s is a contact's name */
          g_set_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID,
                       _("No email address is saved for %s. Add one on the Support page."),
                       name);
          return FALSE;
        }
      uri = rp_uri_build_mailto (shown, &local_error);
    }
  else
    {
      GPtrArray *phones = rp_contact_get_phones (contact);
      RpContactPhone *phone;

      if (phones == NULL || phone_index >= phones->len)
        {
          /* Translators: %s is a contact's name */
          g_set_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID,
                       _("No phone number is saved for %s. Add one on the Support page."),
                       name);
          return FALSE;
        }
      phone = g_ptr_array_index (phones, phone_index);
      shown = phone->number;
      if (kind == RP_CALL_KIND_TEXT)
        uri = rp_uri_build_sms (shown, &local_error);
      else
        uri = rp_uri_build_tel (shown, &local_error);
    }

  if (uri == NULL)
    {
      /* Translators: the first %s is a contact's name, the second why
       * their number or address is refused */
      g_set_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID,
                   _("%s can’t be reached from here: %s Correct it on the Support page."),
                   name, local_error->message);
      return FALSE;
    }

  *out_shown = g_strdup (shown);
  *out_uri = g_steal_pointer (&uri);
  return TRUE;
}

static void
log_call (RpStore    *store,
          RpContact  *contact,
          RpCallKind  kind)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  /* The call itself went ahead: a log that could not be written costs a
   * goal's count, not the call. */
  if (!rp_store_log_call (store, rp_contact_get_id (contact), kind, now, &error))
    g_message ("Could not log the call: %s", error->message);
}

static void
present_sheet (GtkWindow         *parent,
               RpContact         *contact,
               RpCallKind         kind,
               const char        *shown,
               const char        *uri,
               RpCallSheetReason  reason)
{
  RpCallSheet *sheet;

  sheet = rp_call_sheet_new (rp_contact_get_display_name (contact), kind, shown, uri, reason);

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (sheet), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (sheet), TRUE);
    }
  else
    {
      GApplication *application = g_application_get_default ();

      /* From the command line or a notification with no window open: the
       * sheet stands alone, and keeps the application running while it is
       * open. */
      gtk_window_set_modal (GTK_WINDOW (sheet), FALSE);
      if (GTK_IS_APPLICATION (application))
        gtk_window_set_application (GTK_WINDOW (sheet), GTK_APPLICATION (application));
    }

  gtk_window_present (GTK_WINDOW (sheet));
}

static const char *
get_scheme_name (RpCallKind kind)
{
  switch (kind)
    {
    case RP_CALL_KIND_TEXT:
      return "sms";
    case RP_CALL_KIND_EMAIL:
      return "mailto";
    case RP_CALL_KIND_CALL:
    default:
      return "tel";
    }
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CallData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    {
      log_call (data->store, data->contact, data->kind);
      g_task_return_int (task, RP_CALL_OUTCOME_HANDED);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* GIO's message may quote the link, hence the number: only the scheme
   * and the error's code go to the log. */
  g_debug ("No app took the %s: link (%s %d); showing the call sheet",
           get_scheme_name (data->kind), g_quark_to_string (error->domain), error->code);

  present_sheet (data->parent, data->contact, data->kind, data->shown, data->uri,
                 RP_CALL_SHEET_REASON_NO_HANDLER);
  log_call (data->store, data->contact, data->kind);
  g_task_return_int (task, RP_CALL_OUTCOME_SHEET);
}

/**
 * rp_call_launcher_contact_async:
 * @parent: (nullable): the window the user acted in; %NULL from the
 *   command line or a notification with no window open
 * @store: where the call is logged
 * @contact: who to reach
 * @kind: call, text or email
 * @phone_index: which of the contact's numbers, for a call or a text
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the link was handed over, the sheet shown, or
 *   nothing could be done
 * @user_data: for @callback
 *
 * Calls, texts or emails @contact through the desktop's default handler,
 * or shows the call sheet when there is none.
 */
void
rp_call_launcher_contact_async (GtkWindow           *parent,
                                RpStore             *store,
                                RpContact           *contact,
                                RpCallKind           kind,
                                guint                phone_index,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autoptr(CallData) data = NULL;
  GdkDisplay *display;
  const char *uri;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (RP_IS_CONTACT (contact));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rp_call_launcher_contact_async);

  data = g_new0 (CallData, 1);
  data->parent = parent != NULL ? g_object_ref (parent) : NULL;
  data->store = g_object_ref (store);
  data->contact = g_object_ref (contact);
  data->kind = kind;

  if (!build_link (contact, kind, phone_index, &data->shown, &data->uri, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  display = parent != NULL ? gtk_widget_get_display (GTK_WIDGET (parent))
                           : gdk_display_get_default ();
  context = gdk_display_get_app_launch_context (display);

  uri = data->uri;
  g_task_set_task_data (task, g_steal_pointer (&data), (GDestroyNotify) call_data_free);
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context),
                                           cancellable, launched_cb,
                                           g_steal_pointer (&task));
}

/**
 * rp_call_launcher_contact_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: set when the outcome is %RP_CALL_OUTCOME_FAILED: why, in words
 *   the user can act on (or %G_IO_ERROR_CANCELLED)
 *
 * Returns: what became of the call
 */
RpCallOutcome
rp_call_launcher_contact_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gssize outcome;

  g_return_val_if_fail (g_task_is_valid (result, NULL), RP_CALL_OUTCOME_FAILED);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rp_call_launcher_contact_async,
                        RP_CALL_OUTCOME_FAILED);

  outcome = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return RP_CALL_OUTCOME_FAILED;
    }

  return (RpCallOutcome) outcome;
}

/**
 * rp_call_launcher_show_sheet:
 * @parent: (nullable): the window the user acted in
 * @store: where the call is logged
 * @contact: who to reach
 * @kind: call, text or email
 * @phone_index: which of the contact's numbers, for a call or a text
 *
 * The "Show number" path: the call sheet, without trying the desktop's
 * handler. A contact with no usable number or address gets a message in
 * @parent's toast overlay instead.
 */
void
rp_call_launcher_show_sheet (GtkWindow  *parent,
                             RpStore    *store,
                             RpContact  *contact,
                             RpCallKind  kind,
                             guint       phone_index)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (RP_IS_CONTACT (contact));

  if (!build_link (contact, kind, phone_index, &shown, &uri, &error))
    {
      if (!rp_toast_show_in_window (parent, error->message))
        g_message ("The call sheet was not shown: the contact has no usable number or address");
      return;
    }

  present_sheet (parent, contact, kind, shown, uri, RP_CALL_SHEET_REASON_ASKED);
  /* Logged like a handed-over call: the user asked for the number to
   * reach the person from their phone, and the goals count reaching out,
   * not which device dialled. */
  log_call (store, contact, kind);
}
