/* rp-editor-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpEditorWindow: what every modal editor that asks before closing over
 * changes has in common (goals, readings, clean dates, inventory). The
 * subclass says what its form holds (dup_state), remembers it once loaded,
 * installs "editor.save" (Ctrl+Return, Ctrl+S) and closes with
 * rp_editor_window_close_saved() once saved; closing any other way
 * (Cancel, Escape, the window manager) asks first when anything differs
 * from what the editor opened with. */

#define G_LOG_DOMAIN "rp-editor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-editor-window.h"
#include "rp-form-field.h"

typedef struct
{
  char     *initial_state;
  gboolean  closing;
} RpEditorWindowPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RpEditorWindow, rp_editor_window, ADW_TYPE_WINDOW)

static char *
dup_state (RpEditorWindow *self)
{
  RpEditorWindowClass *klass = RP_EDITOR_WINDOW_GET_CLASS (self);

  g_return_val_if_fail (klass->dup_state != NULL, NULL);

  return klass->dup_state (self);
}

/**
 * rp_editor_window_remember_state:
 * @self: a #RpEditorWindow, its form loaded
 *
 * Takes what the form holds now as what the editor opened with: what
 * rp_editor_window_get_modified() compares to.
 */
void
rp_editor_window_remember_state (RpEditorWindow *self)
{
  RpEditorWindowPrivate *priv = rp_editor_window_get_instance_private (self);

  g_return_if_fail (RP_IS_EDITOR_WINDOW (self));

  g_free (priv->initial_state);
  priv->initial_state = dup_state (self);
}

/**
 * rp_editor_window_get_modified:
 * @self: a #RpEditorWindow
 *
 * Returns: whether a field differs from what the editor opened with
 */
gboolean
rp_editor_window_get_modified (RpEditorWindow *self)
{
  RpEditorWindowPrivate *priv = rp_editor_window_get_instance_private (self);
  g_autofree char *state = NULL;

  g_return_val_if_fail (RP_IS_EDITOR_WINDOW (self), FALSE);

  state = dup_state (self);

  return g_strcmp0 (state, priv->initial_state) != 0;
}

/**
 * rp_editor_window_close_saved:
 * @self: a #RpEditorWindow
 *
 * Closes the editor without asking: what it held is saved (or deleted).
 */
void
rp_editor_window_close_saved (RpEditorWindow *self)
{
  RpEditorWindowPrivate *priv = rp_editor_window_get_instance_private (self);

  g_return_if_fail (RP_IS_EDITOR_WINDOW (self));

  priv->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_cb (GtkWindow *window)
{
  rp_editor_window_close_saved (RP_EDITOR_WINDOW (window));
}

/* Cancel, Escape and the window manager all come here. */
static gboolean
rp_editor_window_close_request (GtkWindow *window)
{
  RpEditorWindow *self = RP_EDITOR_WINDOW (window);
  RpEditorWindowPrivate *priv = rp_editor_window_get_instance_private (self);
  const char *body = RP_EDITOR_WINDOW_GET_CLASS (self)->discard_body;

  if (priv->closing || !rp_editor_window_get_modified (self))
    return GTK_WINDOW_CLASS (rp_editor_window_parent_class)->close_request (window);

  rp_form_confirm_discard (window, body != NULL ? _(body) : NULL, discard_cb);

  return GDK_EVENT_STOP;
}

static void
rp_editor_window_finalize (GObject *object)
{
  RpEditorWindow *self = RP_EDITOR_WINDOW (object);
  RpEditorWindowPrivate *priv = rp_editor_window_get_instance_private (self);

  g_free (priv->initial_state);

  G_OBJECT_CLASS (rp_editor_window_parent_class)->finalize (object);
}

static void
rp_editor_window_class_init (RpEditorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->finalize = rp_editor_window_finalize;
  window_class->close_request = rp_editor_window_close_request;

  /* The subclass installs "editor.save". */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_editor_window_init (RpEditorWindow *self)
{
}
