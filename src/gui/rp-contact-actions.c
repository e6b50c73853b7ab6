/* rp-contact-actions.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the Support page, the talk-now dialog and the crisis lines share:
 * starting a call, text or email through the call launcher (the only way
 * the GUI reaches anyone) and reporting what could not be done, the
 * subtitle that says how and when to reach a contact, and the icon
 * buttons that do it. */

#define G_LOG_DOMAIN "rp-contact-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-call-launcher.h"
#include "rp-contact-actions.h"
#include "rp-toast.h"

static void
reach_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWidget) source = user_data;
  g_autoptr(GError) error = NULL;

  if (rp_call_launcher_contact_finish (result, &error) == RP_CALL_OUTCOME_FAILED &&
      error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rp_toast_show (source, error->message);
}

/**
 * rp_contact_actions_reach:
 * @source: the widget the user clicked: its window is the parent of
 *   anything shown, and its toast overlay reports a failure
 * @store: where the call is logged
 * @contact: whom to reach
 * @kind: call, text or email
 *
 * Calls, texts or emails @contact (the first number) through
 * rp_call_launcher_contact_async().
 */
void
rp_contact_actions_reach (GtkWidget  *source,
                          RpStore    *store,
                          RpContact  *contact,
                          RpCallKind  kind)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (RP_IS_CONTACT (contact));

  root = gtk_widget_get_root (source);
  rp_call_launcher_contact_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  store, contact, kind, 0, NULL,
                                  reach_done_cb, g_object_ref (source));
}

/**
 * rp_contact_actions_dup_subtitle:
 * @contact: a contact
 *
 * Returns: (transfer full) (nullable): how to reach @contact at a glance:
 *   for people, when they are happy to take calls, else their number; for
 *   crisis lines, groups and professionals, the number and the hours
 */
char *
rp_contact_actions_dup_subtitle (RpContact *contact)
{
  const char *number;
  const char *hours;

  g_return_val_if_fail (RP_IS_CONTACT (contact), NULL);

  number = rp_contact_get_phone_number (contact);
  hours = rp_contact_get_call_hours (contact);
  if (number != NULL && number[0] == '\0')
    number = NULL;
  if (hours != NULL && hours[0] == '\0')
    hours = NULL;

  switch (rp_contact_get_role (contact))
    {
    case RP_CONTACT_ROLE_CRISIS_LINE:
    case RP_CONTACT_ROLE_HOME_GROUP:
    case RP_CONTACT_ROLE_PROFESSIONAL:
      if (number != NULL && hours != NULL)
        /* Translators: a phone number, then when it answers */
        return g_strdup_printf (C_("contact subtitle", "%s · %s"), number, hours);
      break;

    case RP_CONTACT_ROLE_SPONSOR:
    case RP_CONTACT_ROLE_SPONSEE:
    case RP_CONTACT_ROLE_FRIEND:
    default:
      if (hours != NULL)
        /* Translators: %s is when someone is happy to take calls, as the user wrote it */
        return g_strdup_printf (_("Happy to take calls: %s"), hours);
      break;
    }

  if (number != NULL)
    return g_strdup (number);
  if (hours != NULL)
    return g_strdup (hours);

  return g_strdup (rp_contact_get_email (contact));
}

static void
button_clicked_cb (GtkButton *button,
                   RpContact *contact)
{
  RpStore *store = g_object_get_data (G_OBJECT (button), "rp-store");
  RpCallKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rp-call-kind"));

  if (store != NULL)
    rp_contact_actions_reach (GTK_WIDGET (button), store, contact, kind);
}

/**
 * rp_contact_actions_new_button:
 * @contact: whom the button reaches
 * @kind: call or text (an email button is not an icon button)
 *
 * An icon button that calls or texts @contact once "rp-store" is set on
 * it (g_object_set_data_full()). It is insensitive, saying why, when the
 * contact has no number; its tooltip and accessible label name them.
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
rp_contact_actions_new_button (RpContact  *contact,
                               RpCallKind  kind)
{
  const char *name = rp_contact_get_display_name (contact);
  gboolean has_number = rp_contact_get_phone_number (contact) != NULL;
  GtkWidget *button;
  g_autofree char *label = NULL;

  g_return_val_if_fail (RP_IS_CONTACT (contact), NULL);

  button = gtk_button_new_from_icon_name (kind == RP_CALL_KIND_TEXT ? "mail-send-symbolic"
                                                                    : "call-start-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  if (kind == RP_CALL_KIND_TEXT)
    /* Translators: %s is a contact's name */
    label = g_strdup_printf (_("Text %s"), name);
  else
    /* Translators: %s is a contact's name */
    label = g_strdup_printf (_("Call %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  if (has_number)
    gtk_widget_set_tooltip_text (button, label);
  else
    {
      g_autofree char *why = NULL;

      /* Translators: %s is a contact's name */
      why = g_strdup_printf (_("No phone number saved for %s"), name);
      gtk_widget_set_tooltip_text (button, why);
      gtk_widget_set_sensitive (button, FALSE);
    }

  g_object_set_data (G_OBJECT (button), "rp-call-kind", GUINT_TO_POINTER (kind));
  g_signal_connect_data (button, "clicked", G_CALLBACK (button_clicked_cb),
                         g_object_ref (contact), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);

  return button;
}
