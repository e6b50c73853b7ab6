/* rp-notifier.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RP_TYPE_NOTIFIER (rp_notifier_get_type ())

G_DECLARE_INTERFACE (RpNotifier, rp_notifier, RP, NOTIFIER, GObject)

/**
 * RpNotifierInterface:
 * @show: shows (or replaces) the notification @id. @summary and @body are
 *   plain text; the notifier escapes what its server would read as markup.
 *   @actions holds pairs of action name and label, then %NULL; the first
 *   pair is also the default action (a click on the notification).
 *   Returns %FALSE, with @error set, when no notification could be shown
 *   (no notification server on the bus).
 * @withdraw: closes the notification @id if it is still shown
 *
 * Where reminders are shown: libnotify in the application
 * (#RpLibnotifyNotifier), a recording fake in tests. A notifier emits
 * ::action-invoked when the user picks an action, and notifies
 * #RpNotifier:available when a notification server appears or vanishes.
 */
struct _RpNotifierInterface
{
  GTypeInterface parent_iface;

  gboolean (*show)     (RpNotifier          *self,
                        const char          *id,
                        const char          *summary,
                        const char          *body,
                        const char * const  *actions,
                        GError             **error);
  void     (*withdraw) (RpNotifier          *self,
                        const char          *id);
};

gboolean rp_notifier_show                (RpNotifier          *self,
                                          const char          *id,
                                          const char          *summary,
                                          const char          *body,
                                          const char * const  *actions,
                                          GError             **error);
void     rp_notifier_withdraw            (RpNotifier          *self,
                                          const char          *id);
gboolean rp_notifier_get_available       (RpNotifier          *self);
void     rp_notifier_emit_action_invoked (RpNotifier          *self,
                                          const char          *id,
                                          const char          *action);

G_END_DECLS
