/* rp-libnotify-notifier.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpLibnotifyNotifier shows reminders through libnotify, on whatever
 * notification server the session runs (GNOME Shell, dunst, ...).
 *
 * libnotify delivers actions only to the process that showed the
 * notification, while it runs: that is why Reprieve stays resident. Every
 * shown notification is kept here until the server says it closed, so
 * that its action callbacks stay connected.
 *
 * The server's presence: libnotify tells us nothing until a call fails,
 * and a server may be started on demand by the bus, so "no owner" on its
 * own is not "no server". Showing failing makes the notifier unavailable;
 * the name appearing on the bus makes it available again. Between the
 * two nothing polls.
 */

#define G_LOG_DOMAIN "rp-notifier"

#include "config.h"

#include <libnotify/notify.h>

#include "rp-libnotify-notifier.h"

#define NOTIFICATIONS_NAME "org.freedesktop.Notifications"

/* Reminders are not a standard category; this is the spec's form for a
 * vendor one, so servers can still group or filter them. */
#define CATEGORY "x-reprieve.reminder"

struct _RpLibnotifyNotifier
{
  GObject     parent_instance;

  GHashTable *shown;          /* id → NotifyNotification */
  guint       watch_id;
  guint       available : 1;
  guint       markup_known : 1;
  guint       body_markup : 1;
};

enum {
  PROP_0,
  PROP_AVAILABLE,
  N_PROPS
};

static void rp_notifier_iface_init (RpNotifierInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpLibnotifyNotifier, rp_libnotify_notifier, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (RP_TYPE_NOTIFIER, rp_notifier_iface_init))

static void
set_available (RpLibnotifyNotifier *self,
               gboolean             available)
{
  available = !!available;
  if (self->available == (guint) available)
    return;

  self->available = available;
  /* A new server may speak another dialect. */
  self->markup_known = FALSE;
  g_object_notify (G_OBJECT (self), "available");
}

static void
name_appeared_cb (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  set_available (RP_LIBNOTIFY_NOTIFIER (user_data), TRUE);
}

/* Bodies may be read as markup, but only by servers that say so; to the
 * others, an escaped "&amp;" would show as it is. Asked here rather than
 * through notify_get_server_caps(), which logs a warning when no server
 * answers: that is an error to report, not a bug. The call also starts a
 * server the bus can activate. */
static gboolean
query_capabilities (RpLibnotifyNotifier  *self,
                    GError              **error)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autofree const char **caps = NULL;

  if (self->markup_known)
    return TRUE;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, error);
  if (bus == NULL)
    return FALSE;

  reply = g_dbus_connection_call_sync (bus, NOTIFICATIONS_NAME,
                                       "/org/freedesktop/Notifications",
                                       NOTIFICATIONS_NAME, "GetCapabilities",
                                       NULL, G_VARIANT_TYPE ("(as)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, error);
  if (reply == NULL)
    return FALSE;

  g_variant_get (reply, "(^a&s)", &caps);
  self->body_markup = g_strv_contains (caps, "body-markup");
  self->markup_known = TRUE;

  return TRUE;
}

typedef struct
{
  RpLibnotifyNotifier *notifier;   /* weak */
  char                *id;
  char                *action;
} ActionData;

static void
action_data_free (gpointer data)
{
  ActionData *action_data = data;

  g_clear_weak_pointer (&action_data->notifier);
  g_free (action_data->id);
  g_free (action_data->action);
  g_free (action_data);
}

static void
action_cb (NotifyNotification *notification,
           char               *action,
           gpointer            user_data)
{
  ActionData *data = user_data;

  if (data->notifier != NULL)
    rp_notifier_emit_action_invoked (RP_NOTIFIER (data->notifier), data->id, data->action);
}

static void
add_action (NotifyNotification  *notification,
            RpLibnotifyNotifier *self,
            const char          *id,
            const char          *server_action,
            const char          *action,
            const char          *label)
{
  ActionData *data = g_new0 (ActionData, 1);

  g_set_weak_pointer (&data->notifier, self);
  data->id = g_strdup (id);
  data->action = g_strdup (action);
  notify_notification_add_action (notification, server_action, label,
                                  action_cb, data, action_data_free);
}

static void
closed_cb (NotifyNotification *notification,
           gpointer            user_data)
{
  RpLibnotifyNotifier *self = user_data;
  const char *id = g_object_get_data (G_OBJECT (notification), "rp-id");

  if (id != NULL && g_hash_table_lookup (self->shown, id) == notification)
    g_hash_table_remove (self->shown, id);
}

static gboolean
rp_libnotify_notifier_show (RpNotifier          *notifier,
                            const char          *id,
                            const char          *summary,
                            const char          *body,
                            const char * const  *actions,
                            GError             **error)
{
  RpLibnotifyNotifier *self = RP_LIBNOTIFY_NOTIFIER (notifier);
  /* libnotify 0.8 declares no autoptr cleanup: one reference by hand. */
  NotifyNotification *notification;
  g_autofree char *escaped = NULL;

  if (!query_capabilities (self, error))
    {
      set_available (self, FALSE);
      return FALSE;
    }

  if (self->body_markup)
    escaped = g_markup_escape_text (body, -1);

  notification = g_hash_table_lookup (self->shown, id);
  if (notification != NULL)
    {
      g_object_ref (notification);
      notify_notification_update (notification, summary, escaped ? escaped : body,
                                  APPLICATION_ID);
    }
  else
    {
      notification = notify_notification_new (summary, escaped ? escaped : body,
                                              APPLICATION_ID);
      g_object_set_data_full (G_OBJECT (notification), "rp-id", g_strdup (id), g_free);
      g_signal_connect_object (notification, "closed", G_CALLBACK (closed_cb), self, 0);
    }

  notify_notification_set_hint_string (notification, "desktop-entry", APPLICATION_ID);
  notify_notification_set_category (notification, CATEGORY);
  notify_notification_set_urgency (notification, NOTIFY_URGENCY_NORMAL);

  notify_notification_clear_actions (notification);
  for (guint i = 0; actions != NULL && actions[i] != NULL && actions[i + 1] != NULL; i += 2)
    {
      if (i == 0)
        add_action (notification, self, id, "default", actions[i], actions[i + 1]);
      add_action (notification, self, id, actions[i], actions[i], actions[i + 1]);
    }

  if (!notify_notification_show (notification, error))
    {
      g_object_unref (notification);
      set_available (self, FALSE);
      return FALSE;
    }

  set_available (self, TRUE);
  g_hash_table_replace (self->shown, g_strdup (id), notification);

  return TRUE;
}

static void
rp_libnotify_notifier_withdraw (RpNotifier *notifier,
                                const char *id)
{
  RpLibnotifyNotifier *self = RP_LIBNOTIFY_NOTIFIER (notifier);
  NotifyNotification *notification = g_hash_table_lookup (self->shown, id);

  if (notification != NULL)
    {
      /* The server may already have closed it: nothing to report. */
      notify_notification_close (notification, NULL);
      g_hash_table_remove (self->shown, id);
    }
}

static void
rp_notifier_iface_init (RpNotifierInterface *iface)
{
  iface->show = rp_libnotify_notifier_show;
  iface->withdraw = rp_libnotify_notifier_withdraw;
}

RpLibnotifyNotifier *
rp_libnotify_notifier_new (void)
{
  return g_object_new (RP_TYPE_LIBNOTIFY_NOTIFIER, NULL);
}

static void
rp_libnotify_notifier_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RpLibnotifyNotifier *self = RP_LIBNOTIFY_NOTIFIER (object);

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
rp_libnotify_notifier_dispose (GObject *object)
{
  RpLibnotifyNotifier *self = RP_LIBNOTIFY_NOTIFIER (object);

  if (self->watch_id != 0)
    {
      g_bus_unwatch_name (self->watch_id);
      self->watch_id = 0;
    }
  g_clear_pointer (&self->shown, g_hash_table_unref);

  G_OBJECT_CLASS (rp_libnotify_notifier_parent_class)->dispose (object);
}

static void
rp_libnotify_notifier_finalize (GObject *object)
{
  if (notify_is_initted ())
    notify_uninit ();

  G_OBJECT_CLASS (rp_libnotify_notifier_parent_class)->finalize (object);
}

static void
rp_libnotify_notifier_class_init (RpLibnotifyNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rp_libnotify_notifier_get_property;
  object_class->dispose = rp_libnotify_notifier_dispose;
  object_class->finalize = rp_libnotify_notifier_finalize;

  g_object_class_override_property (object_class, PROP_AVAILABLE, "available");
}

static void
rp_libnotify_notifier_init (RpLibnotifyNotifier *self)
{
  self->available = TRUE;
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  /* The app name every notification is sent with: the same in every
   * language, as the issue and the .desktop file name it. */
  if (!notify_is_initted ())
    notify_init ("Reprieve");

  /* Not auto-starting: watching must not launch a server by itself. */
  self->watch_id = g_bus_watch_name (G_BUS_TYPE_SESSION, NOTIFICATIONS_NAME,
                                     G_BUS_NAME_WATCHER_FLAGS_NONE,
                                     name_appeared_cb, NULL,
                                     self, NULL);
}
