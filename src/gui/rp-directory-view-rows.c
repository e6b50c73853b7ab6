/* rp-directory-view-rows.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rows of RpDirectoryView's results and what they show of My
 * meetings: which meetings are added already, the "directory.add" action
 * and the list item factory that hands rows from meeting to meeting.
 * Apart from rp-directory-view.c (the search, the filters and the
 * object), which installs these handlers. */

#define G_LOG_DOMAIN "rp-directory-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-directory-row.h"
#include "rp-directory-view-private.h"
#include "rp-slot-list-model.h"
#include "rp-toast.h"

static char *
link_key (const char *feed_key,
          const char *slug)
{
  return g_strconcat (feed_key, "\n", slug, NULL);
}

static gboolean
is_added (RpDirectoryView    *self,
          RpDirectoryMeeting *meeting)
{
  g_autofree char *key = link_key (rp_directory_meeting_get_feed_key (meeting),
                                   rp_directory_meeting_get_slug (meeting));

  return g_hash_table_contains (self->added_keys, key);
}

/* --- My meetings ------------------------------------------------------- */

void
rp_directory_view_update_added (RpDirectoryView *self)
{
  GListModel *meetings;
  GHashTableIter iter;
  gpointer row;

  g_hash_table_remove_all (self->added_keys);
  if (self->store == NULL)
    return;

  meetings = rp_store_get_meetings (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RpMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *feed_key = rp_meeting_get_directory_feed (meeting);
      const char *slug = rp_meeting_get_directory_slug (meeting);

      if (feed_key != NULL && slug != NULL)
        g_hash_table_add (self->added_keys, link_key (feed_key, slug));
    }

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      RpDirectoryMeeting *meeting = rp_directory_row_get_meeting (row);

      rp_directory_row_set_added (row, meeting != NULL && is_added (self, meeting));
    }
}

static RpDirectoryMeeting *
find_directory_meeting (RpDirectoryView *self,
                        gint64           id)
{
  GListModel *directory = rp_store_get_directory (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (directory); i++)
    {
      g_autoptr(RpDirectoryMeeting) meeting = g_list_model_get_item (directory, i);

      if (rp_directory_meeting_get_id (meeting) == id)
        return g_steal_pointer (&meeting);
    }

  return NULL;
}

void
rp_directory_view_add_action_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RpDirectoryView *self = RP_DIRECTORY_VIEW (widget);
  g_autoptr(RpDirectoryMeeting) entry = NULL;
  g_autoptr(RpMeeting) meeting = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  entry = find_directory_meeting (self, g_variant_get_int64 (parameter));
  if (entry == NULL)
    return;

  now = g_date_time_new_now_local ();
  meeting = rp_store_add_directory_meeting (self->store, entry, now, &error);
  if (meeting == NULL)
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  rp_directory_view_update_added (self);
  rp_toast_show (GTK_WIDGET (self), _("Added to My Meetings"));
}

/* --- the list ---------------------------------------------------------- */

static void
bind_meeting (RpDirectoryView    *self,
              RpDirectoryRow     *row,
              RpDirectoryMeeting *meeting)
{
  rp_directory_row_set_meeting (row, meeting);
  rp_directory_row_set_added (row, is_added (self, meeting));
}

static void
slot_changed_cb (RpListSlot     *slot,
                 GParamSpec     *pspec,
                 RpDirectoryRow *row)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (row), RP_TYPE_DIRECTORY_VIEW);

  if (view != NULL)
    bind_meeting (RP_DIRECTORY_VIEW (view), row, rp_list_slot_get_item (slot));
}

void
rp_directory_view_setup_row_cb (GtkSignalListItemFactory *factory,
                                GtkListItem              *item,
                                RpDirectoryView          *self)
{
  gtk_list_item_set_child (item, rp_directory_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
}

void
rp_directory_view_bind_row_cb (GtkSignalListItemFactory *factory,
                               GtkListItem              *item,
                               RpDirectoryView          *self)
{
  RpDirectoryRow *row = RP_DIRECTORY_ROW (gtk_list_item_get_child (item));
  RpListSlot *slot = gtk_list_item_get_item (item);

  bind_meeting (self, row, rp_list_slot_get_item (slot));
  g_signal_connect_object (slot, "notify::item", G_CALLBACK (slot_changed_cb), row, 0);
  g_hash_table_add (self->bound_rows, row);
}

void
rp_directory_view_unbind_row_cb (GtkSignalListItemFactory *factory,
                                 GtkListItem              *item,
                                 RpDirectoryView          *self)
{
  RpDirectoryRow *row = RP_DIRECTORY_ROW (gtk_list_item_get_child (item));
  RpListSlot *slot = gtk_list_item_get_item (item);

  g_signal_handlers_disconnect_by_func (slot, slot_changed_cb, row);
  g_hash_table_remove (self->bound_rows, row);
  rp_directory_row_set_meeting (row, NULL);
}
