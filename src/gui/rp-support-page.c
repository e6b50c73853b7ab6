/* rp-support-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSupportPage: the Support page. The primary sponsor's card with big
 * Call, Text and Email buttons (or a card asking for the sponsor), the
 * "I need to talk to someone now" button, then the rest of the network
 * grouped by role, in the user's order, each with a call button and a
 * menu (text, email, show the number, edit, move, delete with Undo).
 * Without any contact it is an empty state with the first steps and the
 * crisis lines. Every call goes through the call launcher; every change
 * through RpStore, whose model the page rebuilds itself from. */

#define G_LOG_DOMAIN "rp-support-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-call-launcher.h"
#include "rp-contact-actions.h"
#include "rp-contact-editor.h"
#include "rp-crisis-lines-group.h"
#include "rp-support-page.h"
#include "rp-talk-now-dialog.h"
#include "rp-toast.h"

struct _RpSupportPage
{
  AdwBin              parent_instance;

  RpStore            *store;
  GHashTable         *deleted;      /* id → RpContact, for Undo */
  GPtrArray          *groups;       /* of AdwPreferencesGroup */
  guint               refresh_source;
  gint64              sponsor_id;

  GtkStack           *page_stack;
  GtkButton          *empty_sponsor_button;
  RpCrisisLinesGroup *empty_crisis_group;
  GtkStack           *sponsor_stack;
  GtkLabel           *sponsor_name;
  GtkLabel           *sponsor_hours;
  GtkLabel           *sponsor_number;
  GtkMenuButton      *sponsor_menu_button;
  GtkButton          *sponsor_call_button;
  GtkButton          *sponsor_text_button;
  GtkButton          *sponsor_email_button;
  GtkWidget          *add_sponsor_card;
  GtkButton          *add_sponsor_button;
  GtkBox             *groups_box;
};

G_DEFINE_FINAL_TYPE (RpSupportPage, rp_support_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
get_parent_window (RpSupportPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The group a contact is shown in: its role, with the primary sponsor on
 * its own (the card). */
static int
group_of (RpContact *contact)
{
  if (rp_contact_get_primary_sponsor (contact))
    return -1;

  return (int) rp_contact_get_role (contact);
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* --- the sponsor card ----------------------------------------------------- */

static void
set_reach_button (GtkButton  *button,
                  gboolean    possible,
                  const char *tooltip,
                  const char *why_not)
{
  gtk_widget_set_sensitive (GTK_WIDGET (button), possible);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), possible ? tooltip : why_not);
}

static void
show_sponsor (RpSupportPage *self,
              RpContact     *sponsor)
{
  const char *name;
  const char *number;
  const char *email;
  const char *hours;
  g_autofree char *hours_text = NULL;
  g_autofree char *call_tooltip = NULL;
  g_autofree char *text_tooltip = NULL;
  g_autofree char *email_tooltip = NULL;
  g_autoptr(GMenu) menu = NULL;
  gboolean has_number;

  if (sponsor == NULL)
    {
      self->sponsor_id = 0;
      gtk_stack_set_visible_child_name (self->sponsor_stack, "add");
      return;
    }

  self->sponsor_id = rp_contact_get_id (sponsor);
  gtk_widget_remove_css_class (self->add_sponsor_card, "prompt");
  gtk_stack_set_visible_child_name (self->sponsor_stack, "sponsor");

  name = rp_contact_get_display_name (sponsor);
  number = rp_contact_get_phone_number (sponsor);
  email = rp_contact_get_email (sponsor);
  hours = rp_contact_get_call_hours (sponsor);
  has_number = number != NULL && number[0] != '\0';

  gtk_label_set_text (self->sponsor_name, name);
  if (hours != NULL && hours[0] != '\0')
    /* Translators: %s is when the sponsor is happy to take calls, as the user wrote it */
    hours_text = g_strdup_printf (_("Happy to take calls: %s"), hours);
  gtk_label_set_text (self->sponsor_hours, hours_text != NULL ? hours_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sponsor_hours), hours_text != NULL);
  gtk_label_set_text (self->sponsor_number, has_number ? number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sponsor_number), has_number);

  /* Translators: %s is the sponsor's name */
  call_tooltip = g_strdup_printf (_("Call %s"), name);
  /* Translators: %s is the sponsor's name */
  text_tooltip = g_strdup_printf (_("Text %s"), name);
  /* Translators: %s is the sponsor's name */
  email_tooltip = g_strdup_printf (_("Email %s"), name);
  set_reach_button (self->sponsor_call_button, has_number, call_tooltip,
                    _("Add a phone number to call your sponsor: Edit, in the menu"));
  set_reach_button (self->sponsor_text_button, has_number, text_tooltip,
                    _("Add a phone number to text your sponsor: Edit, in the menu"));
  set_reach_button (self->sponsor_email_button, email != NULL && email[0] != '\0',
                    email_tooltip,
                    _("Add an email address to email your sponsor: Edit, in the menu"));

  menu = g_menu_new ();
  if (has_number)
    append_item (menu, _("Show _Number"), "support.show-number", self->sponsor_id);
  append_item (menu, _("_Edit"), "support.edit", self->sponsor_id);
  gtk_menu_button_set_menu_model (self->sponsor_menu_button, G_MENU_MODEL (menu));
}

/* --- the network --------------------------------------------------------------- */

static GtkWidget *
new_contact_row (RpSupportPage *self,
                 RpContact     *contact,
                 gboolean       first,
                 gboolean       last)
{
  const char *name = rp_contact_get_display_name (contact);
  const char *email = rp_contact_get_email (contact);
  gint64 id = rp_contact_get_id (contact);
  gboolean has_number = rp_contact_get_phone_number (contact) != NULL;
  g_autofree char *subtitle = rp_contact_actions_dup_subtitle (contact);
  g_autofree char *more = NULL;
  g_autofree char *row_name = g_strdup_printf ("contact-%" G_GINT64_FORMAT, id);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) reach = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) change = g_menu_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *call;
  GtkWidget *menu_button;

  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  call = rp_contact_actions_new_button (contact, RP_CALL_KIND_CALL);
  g_object_set_data_full (G_OBJECT (call), "rp-store", g_object_ref (self->store), g_object_unref);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), call);

  if (has_number)
    append_item (reach, _("_Text"), "support.text", id);
  if (email != NULL && email[0] != '\0')
    append_item (reach, _("E_mail"), "support.email", id);
  if (has_number)
    append_item (reach, _("Show _Number"), "support.show-number", id);
  append_item (change, _("_Edit"), "support.edit", id);
  if (!first)
    append_item (order, _("Move _Up"), "support.move-up", id);
  if (!last)
    append_item (order, _("Move _Down"), "support.move-down", id);
  append_item (change, _("_Delete"), "support.delete", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (reach));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (change));

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  /* Translators: %s is a contact's name */
  more = g_strdup_printf (_("More for %s"), name);
  gtk_widget_set_tooltip_text (menu_button, more);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, more, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

  return row;
}

static void
clear_groups (RpSupportPage *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->groups_box, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
}

/**
 * rp_support_page_refresh:
 * @self: a #RpSupportPage
 *
 * Shows the store's contacts now (the page follows the store by itself, a
 * moment after each change).
 */
void
rp_support_page_refresh (RpSupportPage *self)
{
  g_autoptr(RpContact) sponsor = NULL;
  GListModel *contacts;
  guint n_contacts;

  g_return_if_fail (RP_IS_SUPPORT_PAGE (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  clear_groups (self);

  contacts = self->store != NULL ? rp_store_get_contacts (self->store) : NULL;
  n_contacts = contacts != NULL ? g_list_model_get_n_items (contacts) : 0;
  gtk_stack_set_visible_child_name (self->page_stack, n_contacts > 0 ? "network" : "empty");
  rp_crisis_lines_group_refresh (self->empty_crisis_group);
  sponsor = self->store != NULL ? rp_store_get_sponsor (self->store) : NULL;
  show_sponsor (self, sponsor);

  for (int role = 0; role < RP_CONTACT_N_ROLES; role++)
    {
      g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
      GtkWidget *group;
      g_autofree char *group_name = NULL;

      for (guint i = 0; i < n_contacts; i++)
        {
          g_autoptr(RpContact) contact = g_list_model_get_item (contacts, i);

          if (group_of (contact) == role)
            g_ptr_array_add (members, g_steal_pointer (&contact));
        }

      if (members->len == 0)
        continue;

      group = adw_preferences_group_new ();
      group_name = g_strdup_printf ("group-%s", rp_contact_role_to_string (role));
      gtk_widget_set_name (group, group_name);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       rp_contact_role_get_group_title (role));
      for (guint i = 0; i < members->len; i++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   new_contact_row (self, g_ptr_array_index (members, i),
                                                    i == 0, i + 1 == members->len));

      gtk_box_append (self->groups_box, group);
      g_ptr_array_add (self->groups, group);
    }
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RpSupportPage *self = user_data;

  self->refresh_source = 0;
  rp_support_page_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Later, not now: the change may come from a menu or a button in a row
 * the refresh destroys, while its signal still runs. */
static void
contacts_changed_cb (RpSupportPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

/* --- actions ------------------------------------------------------------------ */

/* Returns: (transfer full) (nullable) */
static RpContact *
find_contact (RpSupportPage *self,
              GVariant      *parameter)
{
  if (self->store == NULL || parameter == NULL)
    return NULL;

  return rp_store_find_contact (self->store, g_variant_get_int64 (parameter));
}

static void
reach (RpSupportPage *self,
       GVariant      *parameter,
       RpCallKind     kind)
{
  g_autoptr(RpContact) contact = find_contact (self, parameter);

  if (contact != NULL)
    rp_contact_actions_reach (GTK_WIDGET (self), self->store, contact, kind);
}

static void
call_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  reach (RP_SUPPORT_PAGE (widget), parameter, RP_CALL_KIND_CALL);
}

static void
text_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  reach (RP_SUPPORT_PAGE (widget), parameter, RP_CALL_KIND_TEXT);
}

static void
email_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  reach (RP_SUPPORT_PAGE (widget), parameter, RP_CALL_KIND_EMAIL);
}

static void
sponsor_reach (RpSupportPage *self,
               RpCallKind     kind)
{
  g_autoptr(GVariant) id = g_variant_ref_sink (g_variant_new_int64 (self->sponsor_id));

  reach (self, id, kind);
}

static void
sponsor_call_cb (RpSupportPage *self)
{
  sponsor_reach (self, RP_CALL_KIND_CALL);
}

static void
sponsor_text_cb (RpSupportPage *self)
{
  sponsor_reach (self, RP_CALL_KIND_TEXT);
}

static void
sponsor_email_cb (RpSupportPage *self)
{
  sponsor_reach (self, RP_CALL_KIND_EMAIL);
}

static void
show_number_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (widget);
  g_autoptr(RpContact) contact = find_contact (self, parameter);

  if (contact != NULL)
    rp_call_launcher_show_sheet (get_parent_window (self), self->store, contact,
                                 RP_CALL_KIND_CALL, 0);
}

static void
edit_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (widget);
  g_autoptr(RpContact) contact = find_contact (self, parameter);

  if (contact != NULL)
    rp_contact_editor_present (rp_contact_editor_new (self->store, contact),
                               get_parent_window (self));
}

static void
add_contact_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (widget);

  if (self->store != NULL)
    rp_contact_editor_present (rp_contact_editor_new (self->store, NULL),
                               get_parent_window (self));
}

static void
add_sponsor_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (widget);

  if (self->store != NULL)
    rp_contact_editor_present (rp_contact_editor_new_for_role (self->store,
                                                               RP_CONTACT_ROLE_SPONSOR),
                               get_parent_window (self));
}

static void
talk_now_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (widget);

  if (self->store != NULL)
    rp_talk_now_dialog_present (get_parent_window (self), self->store);
}

/* Swaps the contact with its neighbour in the same group, in the whole
 * network's order, and saves that order. */
static void
move (RpSupportPage *self,
      GVariant      *parameter,
      int            direction)
{
  g_autoptr(RpContact) contact = find_contact (self, parameter);
  GListModel *contacts;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n_contacts;
  int index = -1;
  int group;

  if (contact == NULL)
    return;

  group = group_of (contact);
  contacts = rp_store_get_contacts (self->store);
  n_contacts = g_list_model_get_n_items (contacts);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_contacts);
  for (guint i = 0; i < n_contacts; i++)
    {
      g_autoptr(RpContact) item = g_list_model_get_item (contacts, i);
      gint64 id = rp_contact_get_id (item);

      if (id == rp_contact_get_id (contact))
        index = (int) i;
      g_array_append_val (ids, id);
    }

  if (index < 0)
    return;

  for (int j = index + direction; j >= 0 && j < (int) n_contacts; j += direction)
    {
      g_autoptr(RpContact) other = g_list_model_get_item (contacts, j);

      if (group_of (other) != group)
        continue;

      g_array_index (ids, gint64, j) = rp_contact_get_id (contact);
      g_array_index (ids, gint64, index) = rp_contact_get_id (other);
      if (!rp_store_reorder_contacts (self->store, (const gint64 *) ids->data, ids->len, &error))
        rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }
}

static void
move_up_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move (RP_SUPPORT_PAGE (widget), parameter, -1);
}

static void
move_down_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move (RP_SUPPORT_PAGE (widget), parameter, 1);
}

static void
undo_delete (GObject *owner,
             gint64   id)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (owner);
  RpContact *contact = g_hash_table_lookup (self->deleted, &id);
  g_autoptr(GError) error = NULL;

  if (contact == NULL || self->store == NULL)
    return;

  if (!rp_store_restore_contact (self->store, contact, &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
  g_hash_table_remove (self->deleted, &id);
}

static void
undo_delete_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  undo_delete (G_OBJECT (widget), g_variant_get_int64 (parameter));
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (widget);
  g_autoptr(RpContact) contact = find_contact (self, parameter);
  g_autoptr(RpContact) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 *id;

  if (contact == NULL)
    return;

  copy = rp_contact_copy (contact);
  if (!rp_store_delete_contact (self->store, rp_contact_get_id (copy), &error))
    {
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  id = g_new (gint64, 1);
  *id = rp_contact_get_id (copy);
  g_hash_table_replace (self->deleted, id, g_object_ref (copy));

  /* Translators: %s is the name of the contact just removed */
  title = g_strdup_printf (_("%s removed"), rp_contact_get_display_name (copy));
  rp_toast_show_undo (GTK_WIDGET (self), title, *id, undo_delete);
}

/* --- public ------------------------------------------------------------------- */

/**
 * rp_support_page_prompt_sponsor:
 * @self: a #RpSupportPage
 *
 * Points the user at adding their sponsor (the command line's "Add your
 * sponsor" prompt): the card is highlighted and its button focused. Does
 * nothing more than show the sponsor when there is one.
 */
void
rp_support_page_prompt_sponsor (RpSupportPage *self)
{
  g_return_if_fail (RP_IS_SUPPORT_PAGE (self));

  rp_support_page_refresh (self);
  if (self->sponsor_id != 0)
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "empty") == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->empty_sponsor_button));
      return;
    }

  gtk_widget_add_css_class (self->add_sponsor_card, "prompt");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_sponsor_button));
}

RpStore *
rp_support_page_get_store (RpSupportPage *self)
{
  g_return_val_if_fail (RP_IS_SUPPORT_PAGE (self), NULL);

  return self->store;
}

void
rp_support_page_set_store (RpSupportPage *self,
                           RpStore       *store)
{
  g_return_if_fail (RP_IS_SUPPORT_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_hash_table_remove_all (self->deleted);
  if (store != NULL)
    g_signal_connect_object (store, "changed::contact",
                             G_CALLBACK (contacts_changed_cb), self, G_CONNECT_SWAPPED);

  rp_crisis_lines_group_set_store (self->empty_crisis_group, store);
  /* Built in an idle, like any later change: at start that is after the
   * window's first frame (Reprieve opens on Today). */
  contacts_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* --- the class ------------------------------------------------------------------ */

static void
rp_support_page_dispose (GObject *object)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_SUPPORT_PAGE);

  G_OBJECT_CLASS (rp_support_page_parent_class)->dispose (object);
}

static void
rp_support_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (object);

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
rp_support_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RpSupportPage *self = RP_SUPPORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rp_support_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_support_page_class_init (RpSupportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_support_page_dispose;
  object_class->get_property = rp_support_page_get_property;
  object_class->set_property = rp_support_page_set_property;

  /**
   * RpSupportPage:store:
   *
   * Where the support network comes from. The window sets it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_CRISIS_LINES_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-support-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, empty_sponsor_button);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, empty_crisis_group);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_stack);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_name);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_hours);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_number);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_call_button);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_text_button);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, sponsor_email_button);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, add_sponsor_card);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, add_sponsor_button);
  gtk_widget_class_bind_template_child (widget_class, RpSupportPage, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, sponsor_call_cb);
  gtk_widget_class_bind_template_callback (widget_class, sponsor_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, sponsor_email_cb);

  gtk_widget_class_install_action (widget_class, "support.add-contact", NULL,
                                   add_contact_action_cb);
  gtk_widget_class_install_action (widget_class, "support.add-sponsor", NULL,
                                   add_sponsor_action_cb);
  gtk_widget_class_install_action (widget_class, "support.talk-now", NULL, talk_now_action_cb);
  gtk_widget_class_install_action (widget_class, "support.call", "x", call_action_cb);
  gtk_widget_class_install_action (widget_class, "support.text", "x", text_action_cb);
  gtk_widget_class_install_action (widget_class, "support.email", "x", email_action_cb);
  gtk_widget_class_install_action (widget_class, "support.show-number", "x",
                                   show_number_action_cb);
  gtk_widget_class_install_action (widget_class, "support.edit", "x", edit_action_cb);
  gtk_widget_class_install_action (widget_class, "support.move-up", "x", move_up_action_cb);
  gtk_widget_class_install_action (widget_class, "support.move-down", "x", move_down_action_cb);
  gtk_widget_class_install_action (widget_class, "support.delete", "x", delete_action_cb);
  gtk_widget_class_install_action (widget_class, "support.undo-delete", "x",
                                   undo_delete_action_cb);
}

static void
rp_support_page_init (RpSupportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: gtk_widget_dispose_template() would
   * unparent it behind AdwBin's back. */
  self->page_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->groups = g_ptr_array_new ();
  rp_support_page_refresh (self);
}
