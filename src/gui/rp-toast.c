/* rp-toast.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The one way Reprieve's widgets make toasts. A toast's title is Pango
 * markup in libadwaita 1.2, and messages quote meeting names, links and
 * file paths, where "&" or "<" would break it (a warning, and no text). */

#define G_LOG_DOMAIN "rp-toast"

#include "config.h"

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
