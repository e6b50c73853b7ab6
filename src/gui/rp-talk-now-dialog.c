/* rp-talk-now-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTalkNowDialog: "I need to talk to someone now". Everyone in the
 * support network, the primary sponsor first and then in the user's own
 * order, each with Call and Text; then the crisis lines (RpCrisisLinesGroup).
 * Opened from the Support page and the main menu (win.talk-now). */

#define G_LOG_DOMAIN "rp-talk-now-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-contact-actions.h"
#include "rp-contact-editor.h"
#include "rp-crisis-lines-group.h"
#include "rp-talk-now-dialog.h"

struct _RpTalkNowDialog
{
  AdwWindow            parent_instance;

  RpStore             *store;
  GPtrArray           *rows;
  guint                refresh_source;

  AdwPreferencesGroup *network_group;
  RpCrisisLinesGroup  *crisis_group;
};

G_DEFINE_FINAL_TYPE (RpTalkNowDialog, rp_talk_now_dialog, ADW_TYPE_WINDOW)

static void
add_row (RpTalkNowDialog *self,
         GtkWidget       *row)
{
  adw_preferences_group_add (self->network_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
add_contact_row (RpTalkNowDialog *self,
                 RpContact       *contact)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = rp_contact_actions_dup_subtitle (contact);
  GtkWidget *call = rp_contact_actions_new_button (contact, RP_CALL_KIND_CALL);
  GtkWidget *text = rp_contact_actions_new_button (contact, RP_CALL_KIND_TEXT);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rp_contact_get_display_name (contact));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  g_object_set_data_full (G_OBJECT (call), "rp-store", g_object_ref (self->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (text), "rp-store", g_object_ref (self->store), g_object_unref);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), text);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), call);
  add_row (self, row);
}

static void
add_someone_cb (RpTalkNowDialog *self)
{
  RpContactEditor *editor = rp_contact_editor_new (self->store, NULL);

  rp_contact_editor_present (editor, GTK_WINDOW (self));
}

/**
 * rp_talk_now_dialog_refresh:
 * @self: a #RpTalkNowDialog
 *
 * Shows the store's contacts now (the dialog follows the store by
 * itself, a moment after each change).
 */
void
rp_talk_now_dialog_refresh (RpTalkNowDialog *self)
{
  GListModel *contacts;
  g_autoptr(RpContact) sponsor = NULL;
  gboolean any = FALSE;

  g_return_if_fail (RP_IS_TALK_NOW_DIALOG (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->network_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  rp_crisis_lines_group_refresh (self->crisis_group);

  if (self->store == NULL)
    return;

  sponsor = rp_store_get_sponsor (self->store);
  if (sponsor != NULL)
    {
      add_contact_row (self, sponsor);
      any = TRUE;
    }

  contacts = rp_store_get_contacts (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (contacts, i);

      if (rp_contact_get_role (contact) == RP_CONTACT_ROLE_CRISIS_LINE ||
          (sponsor != NULL && rp_contact_get_id (contact) == rp_contact_get_id (sponsor)))
        continue;

      add_contact_row (self, contact);
      any = TRUE;
    }

  if (!any)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Someone"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No one is saved yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Save your sponsor and friends in the program, "
                                     "so that they are one click away."));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect_object (button, "clicked", G_CALLBACK (add_someone_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      add_row (self, row);
    }
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RpTalkNowDialog *self = user_data;

  self->refresh_source = 0;
  rp_talk_now_dialog_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
contacts_changed_cb (RpTalkNowDialog *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
rp_talk_now_dialog_dispose (GObject *object)
{
  RpTalkNowDialog *self = RP_TALK_NOW_DIALOG (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_TALK_NOW_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_talk_now_dialog_parent_class)->dispose (object);
}

static void
rp_talk_now_dialog_class_init (RpTalkNowDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_talk_now_dialog_dispose;

  g_type_ensure (RP_TYPE_CRISIS_LINES_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-talk-now-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpTalkNowDialog, network_group);
  gtk_widget_class_bind_template_child (widget_class, RpTalkNowDialog, crisis_group);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_talk_now_dialog_init (RpTalkNowDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

/**
 * rp_talk_now_dialog_new:
 * @store: where the support network is
 *
 * Returns: (transfer none): a new dialog, not shown yet; GTK owns it
 */
RpTalkNowDialog *
rp_talk_now_dialog_new (RpStore *store)
{
  RpTalkNowDialog *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  self = g_object_new (RP_TYPE_TALK_NOW_DIALOG, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed::contact",
                           G_CALLBACK (contacts_changed_cb), self, G_CONNECT_SWAPPED);
  rp_crisis_lines_group_set_store (self->crisis_group, store);
  rp_talk_now_dialog_refresh (self);

  return self;
}

/**
 * rp_talk_now_dialog_present:
 * @parent: (nullable): the window it belongs to
 * @store: where the support network is
 *
 * Returns: (transfer none): the dialog, shown, modal for @parent
 */
RpTalkNowDialog *
rp_talk_now_dialog_present (GtkWindow *parent,
                            RpStore   *store)
{
  RpTalkNowDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = rp_talk_now_dialog_new (store);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}
