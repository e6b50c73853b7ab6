/* rp-crisis-lines-group.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpCrisisLinesGroup: the crisis lines, as the talk-now dialog and the
 * empty Support page show them. Saved lines get Call and Text; with none
 * saved it offers to add the user's local line and, labelled as being
 * for the United States only, the suggestions of rp-crisis-lines. It
 * always says that Reprieve is not an emergency service. */

#define G_LOG_DOMAIN "rp-crisis-lines-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-contact-actions.h"
#include "rp-contact-editor.h"
#include "rp-crisis-lines-group.h"
#include "rp-crisis-lines.h"
#include "rp-toast.h"

struct _RpCrisisLinesGroup
{
  AdwPreferencesGroup  parent_instance;

  RpStore             *store;
  GPtrArray           *rows;
  guint                refresh_source;
};

G_DEFINE_FINAL_TYPE (RpCrisisLinesGroup, rp_crisis_lines_group, ADW_TYPE_PREFERENCES_GROUP)

static void
add_row (RpCrisisLinesGroup *self,
         GtkWidget          *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static void
add_suggestion_cb (RpCrisisLinesGroup *self,
                   GtkButton          *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rp-suggestion"));
  const RpCrisisLine *lines;
  guint n_lines;
  g_autoptr(RpContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  lines = rp_crisis_lines_get_us_suggestions (&n_lines);
  if (self->store == NULL || index >= n_lines)
    return;

  contact = rp_crisis_line_new_contact (&lines[index]);
  if (!rp_store_add_contact (self->store, contact, FALSE, &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
}

static void
add_local_line_cb (RpCrisisLinesGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RpContactEditor *editor;

  if (self->store == NULL)
    return;

  editor = rp_contact_editor_new_for_role (self->store, RP_CONTACT_ROLE_CRISIS_LINE);
  rp_contact_editor_present (editor, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
show_suggestions (RpCrisisLinesGroup *self)
{
  const RpCrisisLine *lines;
  guint n_lines;
  GtkWidget *row;
  GtkWidget *button;

  row = new_row (_("Add Your Local Crisis Line"),
                 _("Save the crisis line where you live, so that it is here when you need it."));
  button = gtk_button_new_with_mnemonic (_("_Add…"));
  gtk_widget_set_name (button, "add-local-crisis-line");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_local_line_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  add_row (self, row);

  lines = rp_crisis_lines_get_us_suggestions (&n_lines);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *name = g_strdup_printf ("add-suggestion-%u", i);
      g_autofree char *accessible = NULL;

      /* Translators: %s is a crisis line's name; the suggestions are only
       * valid in the United States, and must say so */
      title = g_strdup_printf (_("%s (United States only)"), rp_crisis_line_get_name (&lines[i]));
      /* Translators: a phone number, then who the line is for */
      subtitle = g_strdup_printf (C_("crisis line", "%s · %s"), lines[i].number,
                                  rp_crisis_line_get_description (&lines[i]));
      row = new_row (title, subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

      button = gtk_button_new_with_mnemonic (_("_Add"));
      gtk_widget_set_name (button, name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: %s is a crisis line's name */
      accessible = g_strdup_printf (_("Add %s"), rp_crisis_line_get_name (&lines[i]));
      gtk_widget_set_tooltip_text (button, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data (G_OBJECT (button), "rp-suggestion", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (add_suggestion_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      add_row (self, row);
    }
}

/**
 * rp_crisis_lines_group_refresh:
 * @self: a #RpCrisisLinesGroup
 *
 * Shows the store's crisis lines now (it follows the store by itself, a
 * moment after each change).
 */
void
rp_crisis_lines_group_refresh (RpCrisisLinesGroup *self)
{
  GListModel *contacts;
  guint n_lines = 0;

  g_return_if_fail (RP_IS_CRISIS_LINES_GROUP (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->store == NULL)
    return;

  contacts = rp_store_get_contacts (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *call;
      GtkWidget *text;

      if (rp_contact_get_role (contact) != RP_CONTACT_ROLE_CRISIS_LINE)
        continue;

      subtitle = rp_contact_actions_dup_subtitle (contact);
      row = new_row (rp_contact_get_display_name (contact), subtitle);
      text = rp_contact_actions_new_button (contact, RP_CALL_KIND_TEXT);
      call = rp_contact_actions_new_button (contact, RP_CALL_KIND_CALL);
      g_object_set_data_full (G_OBJECT (text), "rp-store", g_object_ref (self->store),
                              g_object_unref);
      g_object_set_data_full (G_OBJECT (call), "rp-store", g_object_ref (self->store),
                              g_object_unref);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), text);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), call);
      add_row (self, row);
      n_lines++;
    }

  if (n_lines == 0)
    show_suggestions (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RpCrisisLinesGroup *self = user_data;

  self->refresh_source = 0;
  rp_crisis_lines_group_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Later, not now: the change may come from a button in a row this would
 * destroy while its signal still runs. */
static void
contacts_changed_cb (RpCrisisLinesGroup *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

void
rp_crisis_lines_group_set_store (RpCrisisLinesGroup *self,
                                 RpStore            *store)
{
  g_return_if_fail (RP_IS_CRISIS_LINES_GROUP (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed::contact",
                             G_CALLBACK (contacts_changed_cb), self, G_CONNECT_SWAPPED);

  rp_crisis_lines_group_refresh (self);
}

static void
rp_crisis_lines_group_dispose (GObject *object)
{
  RpCrisisLinesGroup *self = RP_CRISIS_LINES_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_crisis_lines_group_parent_class)->dispose (object);
}

static void
rp_crisis_lines_group_class_init (RpCrisisLinesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_crisis_lines_group_dispose;
}

static void
rp_crisis_lines_group_init (RpCrisisLinesGroup *self)
{
  self->rows = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Crisis Lines"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Reprieve is not an emergency service. In an "
                                           "emergency, call your local emergency number."));
}

GtkWidget *
rp_crisis_lines_group_new (void)
{
  return g_object_new (RP_TYPE_CRISIS_LINES_GROUP, NULL);
}
