/* rp-meeting-list.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMeetingList is the Meetings page's "My Meetings" view: the store's
 * meetings, bound to its model (name, schedule in the viewer's words, place
 * or "Online", a home-group badge), and on request the archived ones, read
 * from the store whenever meetings change. A row opens the meeting's detail
 * through the page's `meetings.show-meeting` action. */

#define G_LOG_DOMAIN "rp-meeting-list"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-meeting-list.h"

struct _RpMeetingList
{
  AdwBin      parent_instance;

  RpStore    *store;
  guint       n_archived;

  GtkLabel   *count_label;
  GtkListBox *meetings_list;
  GtkWidget  *none_active_label;
  GtkWidget  *archived_section;
  GtkListBox *archived_list;
  GtkSwitch  *show_archived_switch;
};

G_DEFINE_FINAL_TYPE (RpMeetingList, rp_meeting_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
row_activated_cb (AdwActionRow *row,
                  RpMeeting    *meeting)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "meetings.show-meeting", "(xs)",
                              rp_meeting_get_id (meeting), "");
}

static char *
describe (RpMeeting *meeting)
{
  g_autoptr(GTimeZone) viewer = g_time_zone_new_local ();
  RpSchedule *schedule = rp_meeting_get_schedule (meeting);
  g_autofree char *when = NULL;
  const char *place = rp_meeting_get_location (meeting);

  if (place == NULL)
    place = rp_meeting_get_address (meeting);
  if (place == NULL && (rp_meeting_get_online_url (meeting) != NULL ||
                        rp_meeting_get_conference_phone (meeting) != NULL))
    place = _("Online");

  if (schedule != NULL)
    when = rp_schedule_describe (schedule, viewer);

  if (when != NULL && place != NULL)
    /* Translators: a meeting's schedule, then its place (or “Online”) */
    return g_strdup_printf (C_("schedule and place", "%s · %s"), when, place);
  if (when != NULL)
    return g_steal_pointer (&when);

  return g_strdup (place);
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RpMeeting *meeting = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe (meeting);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rp_meeting_get_name (meeting));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (rp_meeting_get_home_group (meeting))
    {
      GtkWidget *badge = gtk_label_new (_("Home Group"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "home-group-badge");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* The row owns its reference to the meeting through the closure. */
  g_signal_connect_data (row, "activated", G_CALLBACK (row_activated_cb),
                         g_object_ref (meeting), unref_closure_data, 0);

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
refresh (RpMeetingList *self)
{
  g_autoptr(GPtrArray) archived = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  guint n_active = 0;

  clear_list (self->archived_list);
  self->n_archived = 0;

  if (self->store != NULL)
    {
      n_active = g_list_model_get_n_items (rp_store_get_meetings (self->store));
      archived = rp_store_list_archived_meetings (self->store, &error);
      if (archived == NULL)
        g_debug ("Could not read the archived meetings: %s", error->message);
    }

  if (archived != NULL)
    {
      self->n_archived = archived->len;
      for (guint i = 0; i < archived->len; i++)
        gtk_list_box_append (self->archived_list,
                             create_row (g_ptr_array_index (archived, i), self));
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", n_active),
                           n_active);
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->meetings_list), n_active > 0);
  gtk_widget_set_visible (self->none_active_label, n_active == 0);
  gtk_widget_set_visible (self->archived_section, self->n_archived > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->archived_list),
                          self->n_archived > 0 && gtk_switch_get_active (self->show_archived_switch));
}

static void
show_archived_changed_cb (RpMeetingList *self)
{
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ARCHIVED]);
}

RpStore *
rp_meeting_list_get_store (RpMeetingList *self)
{
  g_return_val_if_fail (RP_IS_MEETING_LIST (self), NULL);

  return self->store;
}

void
rp_meeting_list_set_store (RpMeetingList *self,
                           RpStore       *store)
{
  g_return_if_fail (RP_IS_MEETING_LIST (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      gtk_list_box_bind_model (self->meetings_list, rp_store_get_meetings (store),
                               create_row, self, NULL);
      g_signal_connect_object (store, "changed::meeting", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      gtk_list_box_bind_model (self->meetings_list, NULL, NULL, NULL, NULL);
    }

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
rp_meeting_list_get_show_archived (RpMeetingList *self)
{
  g_return_val_if_fail (RP_IS_MEETING_LIST (self), FALSE);

  return gtk_switch_get_active (self->show_archived_switch);
}

void
rp_meeting_list_set_show_archived (RpMeetingList *self,
                                   gboolean       show_archived)
{
  g_return_if_fail (RP_IS_MEETING_LIST (self));

  /* The switch notifies, and show_archived_changed_cb() follows. */
  gtk_switch_set_active (self->show_archived_switch, show_archived);
}

/**
 * rp_meeting_list_get_n_archived:
 * @self: a #RpMeetingList
 *
 * Returns: how many archived meetings the store had when last read
 */
guint
rp_meeting_list_get_n_archived (RpMeetingList *self)
{
  g_return_val_if_fail (RP_IS_MEETING_LIST (self), 0);

  return self->n_archived;
}

static void
rp_meeting_list_dispose (GObject *object)
{
  RpMeetingList *self = RP_MEETING_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_MEETING_LIST);

  G_OBJECT_CLASS (rp_meeting_list_parent_class)->dispose (object);
}

static void
rp_meeting_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RpMeetingList *self = RP_MEETING_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, rp_meeting_list_get_show_archived (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meeting_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RpMeetingList *self = RP_MEETING_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_meeting_list_set_store (self, g_value_get_object (value));
      break;

    case PROP_SHOW_ARCHIVED:
      rp_meeting_list_set_show_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_meeting_list_class_init (RpMeetingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_meeting_list_dispose;
  object_class->get_property = rp_meeting_list_get_property;
  object_class->set_property = rp_meeting_list_set_property;

  /**
   * RpMeetingList:store:
   *
   * Where My meetings come from.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpMeetingList:show-archived:
   *
   * Whether the archived meetings are listed too.
   */
  properties[PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-meeting-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMeetingList, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingList, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingList, none_active_label);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingList, archived_section);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingList, archived_list);
  gtk_widget_class_bind_template_child (widget_class, RpMeetingList, show_archived_switch);
  gtk_widget_class_bind_template_callback (widget_class, show_archived_changed_cb);
}

static void
rp_meeting_list_init (RpMeetingList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  refresh (self);
}
