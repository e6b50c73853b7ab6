/* rp-toast.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The one way Reprieve's widgets make toasts. A toast's title is Pango
 * markup in libadwaita 1.2, and messages quote meeting names, links and
 * file paths, where "&" or "<" would break it (a warning, and no text).
 * A deletion's toast offers Undo the same way everywhere. */

#define G_LOG_DOMAIN "rp-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-toast.h"

/**
 * rp_toast_new:
 * @text: plain text, not markup
 *
 * Returns: (transfer full): a toast showing @text as it is
 */
AdwToast *
rp_toast_new (const char *text)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/**
 * rp_toast_show:
 * @widget: (nullable): a widget inside an #AdwToastOverlay
 * @text: plain text, not markup
 *
 * Shows @text in the nearest toast overlay around @widget (the window's);
 * does nothing when there is none, as for a widget not in a window yet.
 */
void
rp_toast_show (GtkWidget  *widget,
               const char *text)
{
  GtkWidget *overlay;

  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  overlay = widget != NULL ? gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) : NULL;
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), rp_toast_new (text));
}

typedef struct
{
  RpToastUndoFunc undo;
  gint64          id;
} Undo;

static void
undo_clicked_cb (AdwToast *toast,
                 GObject  *owner)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "rp-toast-undo");

  undo->undo (owner, undo->id);
}

/**
 * rp_toast_new_undo:
 * @text: plain text, not markup: what was just deleted or archived
 * @owner: what @undo is called with; the button does nothing once it is gone
 * @id: the record's id, for @undo
 * @undo: called when the toast's Undo button is clicked
 *
 * A toast with an Undo button, shown before other toasts. Its button calls
 * back rather than naming an action: the toast lives in the window's
 * overlay, where a page's or a dialog's actions cannot be looked up.
 *
 * Returns: (transfer full): the toast
 */
AdwToast *
rp_toast_new_undo (const char      *text,
                   GObject         *owner,
                   gint64           id,
                   RpToastUndoFunc  undo)
{
  AdwToast *toast;
  Undo *data;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);
  g_return_val_if_fail (undo != NULL, NULL);

  toast = rp_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  data = g_new (Undo, 1);
  data->undo = undo;
  data->id = id;
  g_object_set_data_full (G_OBJECT (toast), "rp-toast-undo", data, g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), owner, 0);

  return toast;
}

/**
 * rp_toast_show_undo:
 * @widget: a widget inside an #AdwToastOverlay; @undo is called with it
 * @text: plain text, not markup
 * @id: the record's id, for @undo
 * @undo: called when the toast's Undo button is clicked
 *
 * Shows rp_toast_new_undo() in the nearest toast overlay around @widget;
 * does nothing when there is none.
 */
void
rp_toast_show_undo (GtkWidget       *widget,
                    const char      *text,
                    gint64           id,
                    RpToastUndoFunc  undo)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                 rp_toast_new_undo (text, G_OBJECT (widget), id, undo));
}

static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *overlay = find_toast_overlay (child);

      if (overlay != NULL)
        return overlay;
    }

  return NULL;
}

/**
 * rp_toast_show_in_window:
 * @window: (nullable): a window with a toast overlay in it
 * @text: plain text, not markup
 *
 * Shows @text in @window's own toast overlay (the outermost one), for a
 * dialog's result once the dialog is gone.
 *
 * Returns: whether @window had an overlay to show it in
 */
gboolean
rp_toast_show_in_window (GtkWindow  *window,
                         const char *text)
{
  AdwToastOverlay *overlay;

  g_return_val_if_fail (window == NULL || GTK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  overlay = window != NULL ? find_toast_overlay (GTK_WIDGET (window)) : NULL;
  if (overlay == NULL)
    return FALSE;

  adw_toast_overlay_add_toast (overlay, rp_toast_new (text));

  return TRUE;
}
