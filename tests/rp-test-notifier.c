/* rp-test-notifier.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rp-test-notifier.h"

struct _RpTestNotifier
{
  GObject    parent_instance;

  GPtrArray *shown;        /* RpTestNotification */
  gboolean   available;
  gboolean   failing;      /* show() fails as with no server on the bus */
};

enum {
  PROP_0,
  PROP_AVAILABLE,
};

static void rp_notifier_iface_init (RpNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpTestNotifier, rp_test_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_NOTIFIER, rp_notifier_iface_init))

static void
notification_free (gpointer data)
{
  RpTestNotification *notification = data;

  g_free (notification->id);
  g_free (notification->summary);
  g_free (notification->body);
  g_strfreev (notification->actions);
  g_free (notification);
}

static gboolean
rp_test_notifier_show (RpNotifier          *notifier,
                       const char          *id,
                       const char          *summary,
                       const char          *body,
                       const char * const  *actions,
                       GError             **error)
{
  RpTestNotifier *self = RP_TEST_NOTIFIER (notifier);
  RpTestNotification *notification;

  if (self->failing)
    {
      g_set_error_literal (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN,
                           "The name org.freedesktop.Notifications was not provided");
      rp_test_notifier_set_available (self, FALSE);
      return FALSE;
    }

  notification = g_new0 (RpTestNotification, 1);
  notification->id = g_strdup (id);
  notification->summary = g_strdup (summary);
  notification->body = g_strdup (body);
  notification->actions = g_strdupv ((GStrv) actions);
  g_ptr_array_add (self->shown, notification);

  return TRUE;
}

static void
rp_notifier_iface_init (RpNotifierInterface *iface)
{
  iface->show = rp_test_notifier_show;
}

static void
rp_test_notifier_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpTestNotifier *self = RP_TEST_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->available);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_test_notifier_finalize (GObject *object)
{
  RpTestNotifier *self = RP_TEST_NOTIFIER (object);

  g_ptr_array_unref (self->shown);

  G_OBJECT_CLASS (rp_test_notifier_parent_class)->finalize (object);
}

static void
rp_test_notifier_class_init (RpTestNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rp_test_notifier_get_property;
  object_class->finalize = rp_test_notifier_finalize;

  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
}

static void
rp_test_notifier_init (RpTestNotifier *self)
{
  self->shown = g_ptr_array_new_with_free_func (notification_free);
  self->available = TRUE;
}

RpTestNotifier *
rp_test_notifier_new (void)
{
  return g_object_new (RP_TYPE_TEST_NOTIFIER, NULL);
}

guint
rp_test_notifier_get_n_shown (RpTestNotifier *self)
{
  return self->shown->len;
}

const RpTestNotification *
rp_test_notifier_get_shown (RpTestNotifier *self,
                            guint           index)
{
  g_assert_cmpuint (index, <, self->shown->len);

  return g_ptr_array_index (self->shown, index);
}

gboolean
rp_test_notification_has_action (const RpTestNotification *notification,
                                 const char               *action)
{
  /* Pairs of name and label: only the names count. */
  for (guint i = 0; notification->actions != NULL && notification->actions[i] != NULL; i += 2)
    {
      if (g_str_equal (notification->actions[i], action))
        return TRUE;
    }

  return FALSE;
}

void
rp_test_notifier_set_available (RpTestNotifier *self,
                                gboolean        available)
{
  if (self->available == available)
    return;

  self->available = available;
  g_object_notify (G_OBJECT (self), "available");
}

void
rp_test_notifier_set_failing (RpTestNotifier *self,
                              gboolean        failing)
{
  self->failing = failing;
}

void
rp_test_notifier_invoke (RpTestNotifier *self,
                         guint           index,
                         const char     *action)
{
  const RpTestNotification *notification = rp_test_notifier_get_shown (self, index);

  g_assert_true (rp_test_notification_has_action (notification, action));
  rp_notifier_emit_action_invoked (RP_NOTIFIER (self), notification->id, action);
}
