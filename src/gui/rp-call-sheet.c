/* rp-call-sheet.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpCallSheet is where a call goes when this computer cannot place it, or
 * when the user asked for the number: the contact's name, the number (or
 * email address) large and selectable, Copy, and a QR code of the link for
 * a phone's camera. It never ends in "failed": there is always a way to
 * reach the person from here. The call launcher (rp-call-launcher.c) opens
 * it; it knows nothing of the store. */

#define G_LOG_DOMAIN "rp-call-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-call-sheet.h"
#include "rp-qr-code.h"
#include "rp-toast.h"

struct _RpCallSheet
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkLabel        *reason_label;
  GtkLabel        *shown_label;
  GtkButton       *copy_button;
  RpQrCode        *qr_code;
  GtkLabel        *caption_label;

  RpCallKind       kind;
};

G_DEFINE_FINAL_TYPE (RpCallSheet, rp_call_sheet, ADW_TYPE_WINDOW)

static void
copy_clicked_cb (RpCallSheet *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_set_text (clipboard, gtk_label_get_text (self->shown_label));
  adw_toast_overlay_add_toast (self->toast_overlay,
                               rp_toast_new (self->kind == RP_CALL_KIND_EMAIL
                                             ? _("Address copied")
                                             : _("Number copied")));
}

/* Focus on Copy, not on the number: a focused selectable label selects
 * all its text, which reads as a highlight over the number. */
static void
rp_call_sheet_map (GtkWidget *widget)
{
  RpCallSheet *self = RP_CALL_SHEET (widget);

  GTK_WIDGET_CLASS (rp_call_sheet_parent_class)->map (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->copy_button));
}

static void
rp_call_sheet_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_CALL_SHEET);

  G_OBJECT_CLASS (rp_call_sheet_parent_class)->dispose (object);
}

static void
rp_call_sheet_class_init (RpCallSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_call_sheet_dispose;

  widget_class->map = rp_call_sheet_map;

  g_type_ensure (RP_TYPE_QR_CODE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-call-sheet.ui");
  gtk_widget_class_bind_template_child (widget_class, RpCallSheet, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpCallSheet, reason_label);
  gtk_widget_class_bind_template_child (widget_class, RpCallSheet, shown_label);
  gtk_widget_class_bind_template_child (widget_class, RpCallSheet, copy_button);
  gtk_widget_class_bind_template_child (widget_class, RpCallSheet, qr_code);
  gtk_widget_class_bind_template_child (widget_class, RpCallSheet, caption_label);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_call_sheet_init (RpCallSheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static const char *
get_reason_text (RpCallKind kind)
{
  switch (kind)
    {
    case RP_CALL_KIND_TEXT:
      return _("No app on this computer can send text messages. Text from your phone:");
    case RP_CALL_KIND_EMAIL:
      return _("No email app is set up on this computer. Write from your phone:");
    case RP_CALL_KIND_CALL:
    default:
      return _("No app on this computer can place calls. Call from your phone:");
    }
}

static const char *
get_caption_text (RpCallKind kind)
{
  switch (kind)
    {
    case RP_CALL_KIND_TEXT:
      return _("Scan with your phone’s camera to send a text");
    case RP_CALL_KIND_EMAIL:
      return _("Scan with your phone’s camera to write an email");
    case RP_CALL_KIND_CALL:
    default:
      return _("Scan with your phone’s camera to call");
    }
}

/**
 * rp_call_sheet_new:
 * @name: the contact's display name: the sheet's title
 * @kind: a call, a text or an email
 * @number_or_address: the number (as the user typed it) or the address
 * @uri: the tel:, sms: or mailto: link, already checked by rp-uri-policy
 * @reason: why the sheet is shown
 *
 * The caller sets the parent (or the application) and presents it.
 *
 * Returns: (transfer floating): a new call sheet
 */
RpCallSheet *
rp_call_sheet_new (const char        *name,
                   RpCallKind         kind,
                   const char        *number_or_address,
                   const char        *uri,
                   RpCallSheetReason  reason)
{
  RpCallSheet *self;
  g_autofree char *qr_label = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (number_or_address != NULL, NULL);
  g_return_val_if_fail (uri != NULL, NULL);

  self = g_object_new (RP_TYPE_CALL_SHEET, "title", name, NULL);
  self->kind = kind;

  gtk_label_set_text (self->reason_label, get_reason_text (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label),
                          reason == RP_CALL_SHEET_REASON_NO_HANDLER);
  gtk_label_set_text (self->shown_label, number_or_address);
  gtk_label_set_text (self->caption_label, get_caption_text (kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->copy_button),
                               kind == RP_CALL_KIND_EMAIL
                               ? _("Copy the address to the clipboard")
                               : _("Copy the number to the clipboard"));

  rp_qr_code_set_text (self->qr_code, uri);
  /* Translators: %s is a phone number or an email address */
  qr_label = g_strdup_printf (_("QR code for %s"), number_or_address);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->qr_code),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, qr_label,
                                  -1);

  return self;
}

/**
 * rp_call_sheet_get_uri:
 *
 * Returns: the link the QR code holds
 */
const char *
rp_call_sheet_get_uri (RpCallSheet *self)
{
  g_return_val_if_fail (RP_IS_CALL_SHEET (self), NULL);

  return rp_qr_code_get_text (self->qr_code);
}

/**
 * rp_call_sheet_get_shown:
 *
 * Returns: the number or address the sheet shows (and Copy copies)
 */
const char *
rp_call_sheet_get_shown (RpCallSheet *self)
{
  g_return_val_if_fail (RP_IS_CALL_SHEET (self), NULL);

  return gtk_label_get_text (self->shown_label);
}
