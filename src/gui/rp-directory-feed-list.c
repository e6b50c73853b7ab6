/* rp-directory-feed-list.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDirectoryFeedList lists the imported meeting feeds (name, how many
 * meetings, when imported) with a button to remove each one, after asking,
 * and a button to import another. RpDirectoryView shows it in a popover.
 * It reads the list again whenever the Directory changes or it is shown.
 */

#define G_LOG_DOMAIN "rp-directory-feed-list"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-directory-feed-list.h"
#include "rp-toast.h"

struct _RpDirectoryFeedList
{
  AdwBin      parent_instance;

  RpStore    *store;
  GPtrArray  *feeds;           /* RpDirectoryFeed, as listed */

  GtkListBox *list_box;
  GtkLabel   *none_label;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpDirectoryFeedList, rp_directory_feed_list, ADW_TYPE_BIN)

static void
popdown (RpDirectoryFeedList *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
make_row (const RpDirectoryFeed *feed)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *subtitle = NULL;
  g_autofree char *date = NULL;
  g_autofree char *tooltip = NULL;

  if (feed->imported != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (feed->imported);

      /* Translators: when a meeting list was imported, see g_date_time_format() */
      date = g_date_time_format (local, _("%-d %B %Y"));
    }

  if (date != NULL)
    /* Translators: “120 meetings · imported 21 November 2026” */
    subtitle = g_strdup_printf (ngettext ("%u meeting · imported %s",
                                          "%u meetings · imported %s",
                                          feed->n_meetings),
                                feed->n_meetings, date);
  else
    subtitle = g_strdup_printf (ngettext ("%u meeting", "%u meetings", feed->n_meetings),
                                feed->n_meetings);

  /* Feed names come from the feed: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), feed->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  tooltip = g_strdup_printf (_("Remove “%s”"), feed->name);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "feeds.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", feed->id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
refresh (RpDirectoryFeedList *self)
{
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if (self->store != NULL)
    {
      feeds = rp_store_list_directory_feeds (self->store, &error);
      if (feeds == NULL)
        g_warning ("Could not list the meeting feeds: %s", error->message);
    }
  if (feeds == NULL)
    feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_directory_feed_free);

  for (guint i = 0; i < feeds->len; i++)
    gtk_list_box_append (self->list_box, make_row (g_ptr_array_index (feeds, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->list_box), feeds->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->none_label), feeds->len == 0);

  g_clear_pointer (&self->feeds, g_ptr_array_unref);
  self->feeds = g_steal_pointer (&feeds);
}

static const RpDirectoryFeed *
find_feed (RpDirectoryFeedList *self,
           gint64               feed_id)
{
  for (guint i = 0; self->feeds != NULL && i < self->feeds->len; i++)
    {
      const RpDirectoryFeed *feed = g_ptr_array_index (self->feeds, i);

      if (feed->id == feed_id)
        return feed;
    }

  return NULL;
}

typedef struct
{
  RpDirectoryFeedList *self;
  RpDirectoryFeed     *feed;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  g_object_unref (removal->self);
  rp_directory_feed_free (removal->feed);
  g_free (removal);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Removal          *removal)
{
  RpDirectoryFeedList *self = removal->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->store == NULL)
    return;

  if (!rp_store_remove_directory_feed (self->store, removal->feed->id, &error))
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  refresh (self);
  message = g_strdup_printf (_("Removed “%s”"), removal->feed->name);
  rp_toast_show (GTK_WIDGET (self), message);
}

static void
remove_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpDirectoryFeedList *self = RP_DIRECTORY_FEED_LIST (widget);
  const RpDirectoryFeed *feed = find_feed (self, g_variant_get_int64 (parameter));
  GtkRoot *root = gtk_widget_get_root (widget);
  Removal *removal;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (feed == NULL)
    return;

  popdown (self);

  heading = g_strdup_printf (_("Remove “%s”?"), feed->name);
  body = g_strdup_printf (ngettext ("Its %u meeting leaves the directory. Meetings you added to My Meetings stay.",
                                    "Its %u meetings leave the directory. Meetings you added to My Meetings stay.",
                                    feed->n_meetings),
                          feed->n_meetings);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  removal = g_new0 (Removal, 1);
  removal->self = g_object_ref (self);
  removal->feed = rp_directory_feed_copy (feed);
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb),
                         removal, (GClosureNotify) (void (*) (void)) removal_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_clicked_cb (RpDirectoryFeedList *self)
{
  popdown (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.import-meetings", NULL);
}

GtkWidget *
rp_directory_feed_list_new (void)
{
  return g_object_new (RP_TYPE_DIRECTORY_FEED_LIST, NULL);
}

RpStore *
rp_directory_feed_list_get_store (RpDirectoryFeedList *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_FEED_LIST (self), NULL);

  return self->store;
}

void
rp_directory_feed_list_set_store (RpDirectoryFeedList *self,
                                  RpStore             *store)
{
  g_return_if_fail (RP_IS_DIRECTORY_FEED_LIST (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "changed::directory",
                             G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
rp_directory_feed_list_map (GtkWidget *widget)
{
  /* Another process (the command line) may have imported meanwhile. */
  refresh (RP_DIRECTORY_FEED_LIST (widget));

  GTK_WIDGET_CLASS (rp_directory_feed_list_parent_class)->map (widget);
}

static void
rp_directory_feed_list_dispose (GObject *object)
{
  RpDirectoryFeedList *self = RP_DIRECTORY_FEED_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->feeds, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_DIRECTORY_FEED_LIST);

  G_OBJECT_CLASS (rp_directory_feed_list_parent_class)->dispose (object);
}

static void
rp_directory_feed_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RpDirectoryFeedList *self = RP_DIRECTORY_FEED_LIST (object);

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
rp_directory_feed_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RpDirectoryFeedList *self = RP_DIRECTORY_FEED_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_directory_feed_list_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_feed_list_class_init (RpDirectoryFeedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_directory_feed_list_dispose;
  object_class->get_property = rp_directory_feed_list_get_property;
  object_class->set_property = rp_directory_feed_list_set_property;

  widget_class->map = rp_directory_feed_list_map;

  /**
   * RpDirectoryFeedList:store:
   *
   * The store whose feeds are listed.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-directory-feed-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryFeedList, list_box);
  gtk_widget_class_bind_template_child (widget_class, RpDirectoryFeedList, none_label);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);

  gtk_widget_class_install_action (widget_class, "feeds.remove", "x", remove_action_cb);
}

static void
rp_directory_feed_list_init (RpDirectoryFeedList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  refresh (self);
}
