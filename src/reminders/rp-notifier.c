/* rp-notifier.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-notifier"

#include "config.h"

#include "rp-notifier.h"

G_DEFINE_INTERFACE (RpNotifier, rp_notifier, G_TYPE_OBJECT)

enum {
  ACTION_INVOKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
rp_notifier_default_init (RpNotifierInterface *iface)
{
  /**
   * RpNotifier:available:
   *
   * Whether a notification server is believed to be there. It starts
   * %TRUE and turns %FALSE when showing fails; it turns %TRUE again when
   * a server appears on the bus.
   */
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("available", NULL, NULL,
                                                             TRUE,
                                                             G_PARAM_READABLE |
                                                             G_PARAM_EXPLICIT_NOTIFY |
                                                             G_PARAM_STATIC_STRINGS));

  /**
   * RpNotifier::action-invoked:
   * @id: the notification's id
   * @action: the action's name, as given to rp_notifier_show()
   */
  signals[ACTION_INVOKED] = g_signal_new ("action-invoked",
                                          G_TYPE_FROM_INTERFACE (iface),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2,
                                          G_TYPE_STRING, G_TYPE_STRING);
}

gboolean
rp_notifier_show (RpNotifier          *self,
                  const char          *id,
                  const char          *summary,
                  const char          *body,
                  const char * const  *actions,
                  GError             **error)
{
  g_return_val_if_fail (RP_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (id != NULL && summary != NULL && body != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return RP_NOTIFIER_GET_IFACE (self)->show (self, id, summary, body, actions, error);
}

void
rp_notifier_withdraw (RpNotifier *self,
                      const char *id)
{
  g_return_if_fail (RP_IS_NOTIFIER (self));
  g_return_if_fail (id != NULL);

  if (RP_NOTIFIER_GET_IFACE (self)->withdraw != NULL)
    RP_NOTIFIER_GET_IFACE (self)->withdraw (self, id);
}

gboolean
rp_notifier_get_available (RpNotifier *self)
{
  gboolean available = FALSE;

  g_return_val_if_fail (RP_IS_NOTIFIER (self), FALSE);

  g_object_get (self, "available", &available, NULL);

  return available;
}

void
rp_notifier_emit_action_invoked (RpNotifier *self,
                                 const char *id,
                                 const char *action)
{
  g_return_if_fail (RP_IS_NOTIFIER (self));

  g_signal_emit (self, signals[ACTION_INVOKED], 0, id, action);
}
