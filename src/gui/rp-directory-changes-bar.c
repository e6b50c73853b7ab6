/* rp-directory-changes-bar.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDirectoryChangesBar tells the user, above the Directory, that meetings
 * they added from it changed or left the Directory with a re-import. It
 * asks RpStore again whenever the store changes. "Review" lists them with
 * what the Directory says now; the user can then mark them reviewed, and
 * their own copies keep their details: Reprieve never rewrites a meeting
 * of the user's by itself.
 */

#define G_LOG_DOMAIN "rp-directory-changes-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-directory-changes-bar.h"
#include "rp-toast.h"

/* A review lists at most this many meetings of each kind. */
#define MAX_LISTED 8

struct _RpDirectoryChangesBar
{
  AdwBin       parent_instance;

  RpStore     *store;
  GPtrArray   *changed;     /* RpMeeting */
  GPtrArray   *vanished;    /* RpMeeting */

  GtkRevealer *revealer;
  GtkLabel    *message_label;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpDirectoryChangesBar, rp_directory_changes_bar, ADW_TYPE_BIN)

static char *
dup_message (RpDirectoryChangesBar *self)
{
  guint n_changed = self->changed->len;
  guint n_vanished = self->vanished->len;

  if (n_changed == 1 && n_vanished == 0)
    return g_strdup_printf (_("“%s” changed in the meeting directory."),
                            rp_meeting_get_name (g_ptr_array_index (self->changed, 0)));
  if (n_changed == 0 && n_vanished == 1)
    return g_strdup_printf (_("“%s” is no longer in the meeting directory."),
                            rp_meeting_get_name (g_ptr_array_index (self->vanished, 0)));
  if (n_vanished == 0)
    return g_strdup_printf (ngettext ("%u of your meetings changed in the meeting directory.",
                                      "%u of your meetings changed in the meeting directory.",
                                      n_changed),
                            n_changed);
  if (n_changed == 0)
    return g_strdup_printf (ngettext ("%u of your meetings is no longer in the meeting directory.",
                                      "%u of your meetings are no longer in the meeting directory.",
                                      n_vanished),
                            n_vanished);

  return g_strdup_printf (ngettext ("%u of your meetings changed in or left the meeting directory.",
                                    "%u of your meetings changed in or left the meeting directory.",
                                    n_changed + n_vanished),
                          n_changed + n_vanished);
}

static void
refresh (RpDirectoryChangesBar *self)
{
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) vanished = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->store != NULL &&
      !rp_store_get_directory_link_changes (self->store, &changed, &vanished, &error))
    g_warning ("Could not check the meetings added from the directory: %s", error->message);

  g_clear_pointer (&self->changed, g_ptr_array_unref);
  g_clear_pointer (&self->vanished, g_ptr_array_unref);
  self->changed = changed != NULL ? g_steal_pointer (&changed) : g_ptr_array_new ();
  self->vanished = vanished != NULL ? g_steal_pointer (&vanished) : g_ptr_array_new ();

  if (self->changed->len + self->vanished->len > 0)
    {
      message = dup_message (self);
      gtk_label_set_text (self->message_label, message);
    }
  gtk_revealer_set_reveal_child (self->revealer, self->changed->len + self->vanished->len > 0);
}

/* The Directory's entry that @meeting was added from, if it is there. */
static RpDirectoryMeeting *
find_entry (RpDirectoryChangesBar *self,
            RpMeeting             *meeting)
{
  GListModel *directory = rp_store_get_directory (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) entry = g_list_model_get_item (directory, i);

      if (g_strcmp0 (rp_directory_meeting_get_slug (entry),
                     rp_meeting_get_directory_slug (meeting)) == 0 &&
          g_strcmp0 (rp_directory_meeting_get_feed_key (entry),
                     rp_meeting_get_directory_feed (meeting)) == 0)
        return g_steal_pointer (&entry);
    }

  return NULL;
}

static void
append_list (RpDirectoryChangesBar *self,
             GString               *body,
             GPtrArray             *meetings,
             const char            *heading,
             gboolean               with_entry)
{
  if (meetings->len == 0)
    return;

  if (body->len > 0)
    g_string_append (body, "\n\n");
  g_string_append (body, heading);

  for (guint i = 0; i < meetings->len && i < MAX_LISTED; i++)
    {
      RpMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(RpDirectoryMeeting) entry = with_entry ? find_entry (self, meeting) : NULL;

      g_string_append_printf (body, "\n• %s", rp_meeting_get_name (meeting));
      if (entry != NULL)
        {
          g_autofree char *when = rp_directory_meeting_dup_when_text (entry);
          g_autofree char *where = rp_directory_meeting_dup_where_text (entry);

          /* Translators: what the directory now says of a meeting: when, then where */
          g_string_append_printf (body, _(" — now %s, %s"), when, where);
        }
    }

  if (meetings->len > MAX_LISTED)
    {
      guint n_more = meetings->len - MAX_LISTED;

      g_string_append (body, "\n");
      g_string_append_printf (body, ngettext ("and %u more", "and %u more", n_more), n_more);
    }
}

static void
accept_all (RpDirectoryChangesBar *self)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->changed->len; i++)
    g_ptr_array_add (meetings, g_object_ref (g_ptr_array_index (self->changed, i)));
  for (guint i = 0; i < self->vanished->len; i++)
    g_ptr_array_add (meetings, g_object_ref (g_ptr_array_index (self->vanished, i)));

  for (guint i = 0; i < meetings->len && error == NULL; i++)
    rp_store_accept_directory_link_change (self->store,
                                           rp_meeting_get_id (g_ptr_array_index (meetings, i)),
                                           &error);

  if (error != NULL)
    rp_toast_show (GTK_WIDGET (self), error->message);

  refresh (self);
}

static void
review_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    RpDirectoryChangesBar *self)
{
  if (g_strcmp0 (response, "reviewed") == 0 && self->store != NULL)
    accept_all (self);
}

static void
review_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpDirectoryChangesBar *self = RP_DIRECTORY_CHANGES_BAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (self->store == NULL || self->changed->len + self->vanished->len == 0)
    return;

  append_list (self, body, self->changed, _("Changed in the directory:"), TRUE);
  append_list (self, body, self->vanished, _("No longer in the directory:"), FALSE);
  g_string_append (body, "\n\n");
  g_string_append (body, _("Your meetings keep their details until you edit them."));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Changes in the Meeting Directory"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "reviewed", _("_Mark as Reviewed"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reviewed",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reviewed");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (review_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
rp_directory_changes_bar_new (void)
{
  return g_object_new (RP_TYPE_DIRECTORY_CHANGES_BAR, NULL);
}

RpStore *
rp_directory_changes_bar_get_store (RpDirectoryChangesBar *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_CHANGES_BAR (self), NULL);

  return self->store;
}

void
rp_directory_changes_bar_set_store (RpDirectoryChangesBar *self,
                                    RpStore               *store)
{
  g_return_if_fail (RP_IS_DIRECTORY_CHANGES_BAR (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "changed",
                             G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rp_directory_changes_bar_get_n_changed:
 * @self: a #RpDirectoryChangesBar
 *
 * Returns: how many of My meetings changed in the Directory
 */
guint
rp_directory_changes_bar_get_n_changed (RpDirectoryChangesBar *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_CHANGES_BAR (self), 0);

  return self->changed->len;
}

/**
 * rp_directory_changes_bar_get_n_vanished:
 * @self: a #RpDirectoryChangesBar
 *
 * Returns: how many of My meetings are no longer in the Directory
 */
guint
rp_directory_changes_bar_get_n_vanished (RpDirectoryChangesBar *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_CHANGES_BAR (self), 0);

  return self->vanished->len;
}

static void
rp_directory_changes_bar_dispose (GObject *object)
{
  RpDirectoryChangesBar *self = RP_DIRECTORY_CHANGES_BAR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  /* The bin's child is a template child too: unparent it through the
   * bin, or the bin would unparent it again once it is gone. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_DIRECTORY_CHANGES_BAR);

  G_OBJECT_CLASS (rp_directory_changes_bar_parent_class)->dispose (object);
}

static void
rp_directory_changes_bar_finalize (GObject *object)
{
  RpDirectoryChangesBar *self = RP_DIRECTORY_CHANGES_BAR (object);

  g_clear_pointer (&self->changed, g_ptr_array_unref);
  g_clear_pointer (&self->vanished, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_directory_changes_bar_parent_class)->finalize (object);
}

static void
rp_directory_changes_bar_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RpDirectoryChangesBar *self = RP_DIRECTORY_CHANGES_BAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_changes_bar_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RpDirectoryChangesBar *self = RP_DIRECTORY_CHANGES_BAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_directory_changes_bar_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_changes_bar_class_init (RpDirectoryChangesBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_directory_changes_bar_dispose;
  object_class->finalize = rp_directory_changes_bar_finalize;
  object_class->get_property = rp_directory_changes_bar_get_property;
  object_class->set_property = rp_directory_changes_bar_set_property;

  /**
   * RpDirectoryChangesBar:store:
   *
   * The store to watch.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-directory-changes-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryChangesBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryChangesBar, message_label);

  gtk_widget_class_install_action (widget_class, "changes.review", NULL, review_action_cb);
}

static void
rp_directory_changes_bar_init (RpDirectoryChangesBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  refresh (self);
}
