/* rp-contact-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpContactEditor: the modal window that adds someone to the support
 * network or edits them. It checks every field as the user types (the
 * rules are the core's: rp_uri_* and rp_contact_validate), keeps Save
 * insensitive until the contact can be saved, offers a shorter name for
 * anonymity, and asks before a new primary sponsor replaces the old one.
 * Saving goes through RpStore; the pages follow its "changed" signal.
 */

#define G_LOG_DOMAIN "rp-contact-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-contact-editor.h"
#include "rp-field-problem.h"
#include "rp-form-field.h"
#include "rp-uri-policy.h"

typedef struct
{
  AdwEntryRow  *number_row;
  AdwEntryRow  *label_row;
  AdwActionRow *problem_row;
  GtkButton    *remove_button;
} PhoneRows;

struct _RpContactEditor
{
  AdwWindow         parent_instance;

  RpStore          *store;
  RpContact        *contact;
  GPtrArray        *phones;        /* of PhoneRows */
  char             *short_name;

  AdwWindowTitle   *window_title;
  AdwToastOverlay  *toast_overlay;
  AdwEntryRow      *name_row;
  AdwActionRow     *name_problem;
  AdwActionRow     *short_name_row;
  GtkButton        *short_name_button;
  AdwComboRow      *role_row;
  AdwActionRow     *primary_row;
  GtkSwitch        *primary_switch;
  AdwPreferencesGroup *phones_group;
  AdwEntryRow      *email_row;
  AdwActionRow     *email_problem;
  AdwEntryRow      *call_hours_row;
  AdwActionRow     *call_hours_problem;
  GtkTextView      *notes_view;
  GtkLabel         *notes_problem;

  guint             loading : 1;
  guint             touched_name : 1;
  guint             touched_reach : 1;
};

G_DEFINE_FINAL_TYPE (RpContactEditor, rp_contact_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate (RpContactEditor *self);

static char *
dup_notes (RpContactEditor *self)
{
  return g_strstrip (rp_form_field_dup_view_text (self->notes_view));
}

static RpContactRole
get_role (RpContactEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->role_row);

  return selected < RP_CONTACT_N_ROLES ? (RpContactRole) selected : RP_CONTACT_ROLE_FRIEND;
}

/* --- phone rows ------------------------------------------------------------------ */

static void
phone_rows_free (gpointer data)
{
  g_free (data);
}

/* Names for the tests and for GtkInspector: phone-0, phone-label-0, … */
static void
renumber_phones (RpContactEditor *self)
{
  for (guint i = 0; i < self->phones->len; i++)
    {
      PhoneRows *rows = g_ptr_array_index (self->phones, i);
      g_autofree char *number_name = g_strdup_printf ("phone-%u", i);
      g_autofree char *label_name = g_strdup_printf ("phone-label-%u", i);
      g_autofree char *problem_name = g_strdup_printf ("phone-problem-%u", i);

      gtk_widget_set_name (GTK_WIDGET (rows->number_row), number_name);
      gtk_widget_set_name (GTK_WIDGET (rows->label_row), label_name);
      gtk_widget_set_name (GTK_WIDGET (rows->problem_row), problem_name);
      /* The last number left is emptied, not removed. */
      gtk_widget_set_visible (GTK_WIDGET (rows->remove_button), self->phones->len > 1);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-phone",
                                 self->phones->len < RP_CONTACT_MAX_PHONES);
}

static void
entry_changed_cb (RpContactEditor *self,
                  GtkWidget       *entry)
{
  if (self->loading)
    return;

  if (entry == GTK_WIDGET (self->name_row))
    self->touched_name = TRUE;
  else if (entry != GTK_WIDGET (self->call_hours_row))
    self->touched_reach = TRUE;

  validate (self);
}

static void
remove_phone_cb (RpContactEditor *self,
                 GtkButton       *button)
{
  for (guint i = 0; i < self->phones->len; i++)
    {
      PhoneRows *rows = g_ptr_array_index (self->phones, i);

      if (rows->remove_button != button)
        continue;

      adw_preferences_group_remove (self->phones_group, GTK_WIDGET (rows->number_row));
      adw_preferences_group_remove (self->phones_group, GTK_WIDGET (rows->label_row));
      adw_preferences_group_remove (self->phones_group, GTK_WIDGET (rows->problem_row));
      g_ptr_array_remove_index (self->phones, i);
      break;
    }

  renumber_phones (self);
  validate (self);
}

static PhoneRows *
add_phone_rows (RpContactEditor *self,
                const char      *label,
                const char      *number)
{
  PhoneRows *rows = g_new0 (PhoneRows, 1);
  GtkEditable *delegate;

  rows->number_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->number_row), _("Phone Number"));
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (rows->number_row));
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_input_purpose (GTK_TEXT (delegate), GTK_INPUT_PURPOSE_PHONE);

  rows->remove_button = GTK_BUTTON (gtk_button_new_from_icon_name ("list-remove-symbolic"));
  gtk_widget_set_valign (GTK_WIDGET (rows->remove_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (rows->remove_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (rows->remove_button), _("Remove This Number"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (rows->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Number"), -1);
  g_signal_connect_object (rows->remove_button, "clicked",
                           G_CALLBACK (remove_phone_cb), self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (rows->number_row, GTK_WIDGET (rows->remove_button));

  rows->label_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->label_row),
                                 _("Label, such as Mobile or Work"));
  rp_form_field_set_max_length (rows->label_row, RP_CONTACT_MAX_PHONE_LABEL_LENGTH);

  rows->problem_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->problem_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (rows->problem_row), FALSE);
  rp_field_problem_add_icon (rows->problem_row);

  rp_form_field_set_text (rows->number_row, number);
  rp_form_field_set_text (rows->label_row, label);
  g_signal_connect_object (rows->number_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rows->label_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);

  adw_preferences_group_add (self->phones_group, GTK_WIDGET (rows->number_row));
  adw_preferences_group_add (self->phones_group, GTK_WIDGET (rows->label_row));
  adw_preferences_group_add (self->phones_group, GTK_WIDGET (rows->problem_row));
  g_ptr_array_add (self->phones, rows);

  renumber_phones (self);

  return rows;
}

static void
add_phone_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpContactEditor *self = RP_CONTACT_EDITOR (widget);
  PhoneRows *rows;

  if (self->phones->len >= RP_CONTACT_MAX_PHONES)
    return;

  rows = add_phone_rows (self, NULL, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (rows->number_row));
  validate (self);
}

/* --- reading the form -------------------------------------------------------- */

static RpContact *
build_contact (RpContactEditor *self)
{
  RpContact *contact = self->contact != NULL ? rp_contact_copy (self->contact)
                                             : rp_contact_new ();
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_contact_phone_free);
  g_autofree char *name = rp_form_field_dup_stripped (self->name_row);
  g_autofree char *email = rp_form_field_dup_stripped (self->email_row);
  g_autofree char *call_hours = rp_form_field_dup_stripped (self->call_hours_row);
  g_autofree char *notes = dup_notes (self);
  RpContactRole role = get_role (self);

  rp_contact_set_display_name (contact, name);
  rp_contact_set_role (contact, role);
  rp_contact_set_primary_sponsor (contact, role == RP_CONTACT_ROLE_SPONSOR &&
                                           gtk_switch_get_active (self->primary_switch));

  for (guint i = 0; i < self->phones->len; i++)
    {
      PhoneRows *rows = g_ptr_array_index (self->phones, i);
      g_autofree char *number = rp_form_field_dup_stripped (rows->number_row);
      g_autofree char *label = rp_form_field_dup_stripped (rows->label_row);

      if (number[0] != '\0')
        g_ptr_array_add (phones, rp_contact_phone_new (label[0] != '\0' ? label : NULL, number));
    }
  rp_contact_set_phones (contact, phones);

  rp_contact_set_email (contact, email[0] != '\0' ? email : NULL);
  rp_contact_set_call_hours (contact, call_hours[0] != '\0' ? call_hours : NULL);
  rp_contact_set_notes (contact, notes[0] != '\0' ? notes : NULL);

  return contact;
}

/* --- validating as the user types ------------------------------------------ */

static void
update_short_name (RpContactEditor *self)
{
  g_autofree char *name = rp_form_field_dup_stripped (self->name_row);
  g_autofree char *label = NULL;

  g_clear_pointer (&self->short_name, g_free);
  self->short_name = rp_contact_suggest_short_name (name);
  if (self->short_name != NULL && g_str_equal (self->short_name, name))
    g_clear_pointer (&self->short_name, g_free);

  gtk_widget_set_visible (GTK_WIDGET (self->short_name_row), self->short_name != NULL);
  if (self->short_name == NULL)
    return;

  /* Translators: %s is a shortened name, such as Jane D. */
  label = g_strdup_printf (_("Use “%s”"), self->short_name);
  gtk_button_set_label (self->short_name_button, label);
}

static void
use_short_name_cb (RpContactEditor *self)
{
  if (self->short_name != NULL)
    {
      g_autofree char *short_name = g_strdup (self->short_name);

      rp_form_field_set_text (self->name_row, short_name);
    }
}

/* Checks what the user typed field by field, so that each message sits
 * next to its field; then the core's rules for what is left. */
static gboolean
check_fields (RpContactEditor *self)
{
  g_autofree char *name = rp_form_field_dup_stripped (self->name_row);
  g_autofree char *email = rp_form_field_dup_stripped (self->email_row);
  g_autoptr(RpContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  RpContactField field = RP_CONTACT_FIELD_NONE;
  gboolean ok = TRUE;
  PhoneRows *first_phone = self->phones->len > 0 ? g_ptr_array_index (self->phones, 0) : NULL;

  if (name[0] == '\0')
    {
      rp_field_problem_show (GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_problem),
                    _("Enter a name. A first name and an initial is enough."),
                    !self->touched_name);
      ok = FALSE;
    }
  else
    rp_field_problem_show (GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_problem), NULL, FALSE);

  for (guint i = 0; i < self->phones->len; i++)
    {
      PhoneRows *rows = g_ptr_array_index (self->phones, i);
      g_autofree char *number = rp_form_field_dup_stripped (rows->number_row);
      g_autofree char *label = rp_form_field_dup_stripped (rows->label_row);
      g_autoptr(GError) phone_error = NULL;
      const char *message = NULL;

      if (number[0] == '\0' && label[0] != '\0')
        message = _("Enter the number, or remove this one.");
      else if (number[0] != '\0' && !rp_uri_phone_number_is_valid (number, &phone_error))
        message = phone_error->message;

      rp_field_problem_show (GTK_WIDGET (rows->number_row), GTK_WIDGET (rows->problem_row), message, FALSE);
      if (message != NULL)
        ok = FALSE;
    }

  if (email[0] != '\0' && !rp_uri_email_is_valid (email, &error))
    {
      rp_field_problem_show (GTK_WIDGET (self->email_row), GTK_WIDGET (self->email_problem),
                    error->message, FALSE);
      ok = FALSE;
    }
  else
    rp_field_problem_show (GTK_WIDGET (self->email_row), GTK_WIDGET (self->email_problem), NULL, FALSE);
  g_clear_error (&error);

  rp_field_problem_show (GTK_WIDGET (self->call_hours_row), GTK_WIDGET (self->call_hours_problem),
                NULL, FALSE);
  rp_field_problem_show (NULL, GTK_WIDGET (self->notes_problem), NULL, FALSE);

  if (!ok)
    return FALSE;

  contact = build_contact (self);
  if (rp_contact_validate (contact, &field, &error))
    return TRUE;

  switch (field)
    {
    case RP_CONTACT_FIELD_NAME:
      rp_field_problem_show (GTK_WIDGET (self->name_row), GTK_WIDGET (self->name_problem),
                    error->message, FALSE);
      break;

    case RP_CONTACT_FIELD_EMAIL:
      rp_field_problem_show (GTK_WIDGET (self->email_row), GTK_WIDGET (self->email_problem),
                    error->message, FALSE);
      break;

    case RP_CONTACT_FIELD_CALL_HOURS:
      rp_field_problem_show (GTK_WIDGET (self->call_hours_row), GTK_WIDGET (self->call_hours_problem),
                    error->message, FALSE);
      break;

    case RP_CONTACT_FIELD_PHONE:
    case RP_CONTACT_FIELD_PHONE_LABEL:
    case RP_CONTACT_FIELD_NONE:
    case RP_CONTACT_FIELD_ROLE:
    default:
      /* "Add a phone number or an email address" is a hint until the
       * user has typed one of them. */
      if (first_phone != NULL)
        rp_field_problem_show (GTK_WIDGET (first_phone->number_row), GTK_WIDGET (first_phone->problem_row),
                      error->message, !self->touched_reach);
      break;

    case RP_CONTACT_FIELD_NOTES:
      rp_field_problem_show (NULL, GTK_WIDGET (self->notes_problem), error->message, FALSE);
      break;
    }

  return FALSE;
}

static void
validate (RpContactEditor *self)
{
  gboolean can_save;

  if (self->loading)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->primary_row),
                          get_role (self) == RP_CONTACT_ROLE_SPONSOR);
  update_short_name (self);

  can_save = check_fields (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", can_save);
}

static void
field_changed_cb (RpContactEditor *self)
{
  validate (self);
}

/* --- saving ---------------------------------------------------------------- */

static void save (RpContactEditor *self,
                  gboolean         replace_sponsor);

static void
replace_sponsor_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             RpContactEditor  *self)
{
  /* GTK 4.8 would let go of a parent destroyed meanwhile. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_str_equal (response, "replace"))
    save (self, TRUE);
}

static void
ask_replace_sponsor (RpContactEditor *self,
                     RpContact       *contact)
{
  g_autoptr(RpContact) sponsor = rp_store_get_sponsor (self->store);
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  /* Translators: %s is the name of the contact being saved */
  heading = g_strdup_printf (_("Make %s your sponsor?"), rp_contact_get_display_name (contact));
  if (sponsor != NULL)
    /* Translators: %s is the name of the current primary sponsor */
    body = g_strdup_printf (_("%s will stay in your network as a sponsor."),
                            rp_contact_get_display_name (sponsor));
  else
    body = g_strdup (_("Your current sponsor will stay in your network as a sponsor."));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Make Sponsor"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_sponsor_response_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save (RpContactEditor *self,
      gboolean         replace_sponsor)
{
  g_autoptr(RpContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (!check_fields (self))
    {
      /* Ctrl+Return with something left to fix: show all of it. */
      self->touched_name = TRUE;
      self->touched_reach = TRUE;
      validate (self);
      return;
    }

  contact = build_contact (self);
  if (self->contact == NULL)
    saved = rp_store_add_contact (self->store, contact, replace_sponsor, &error);
  else
    saved = rp_store_update_contact (self->store, contact, replace_sponsor, &error);

  if (!saved)
    {
      if (!replace_sponsor &&
          g_error_matches (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_SPONSOR_TAKEN))
        {
          ask_replace_sponsor (self, contact);
          return;
        }

      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, contact);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (RP_CONTACT_EDITOR (widget), FALSE);
}

/* --- loading ----------------------------------------------------------------- */

static void
load_contact (RpContactEditor *self)
{
  RpContact *contact = self->contact;
  GPtrArray *phones = rp_contact_get_phones (contact);
  const char *notes = rp_contact_get_notes (contact);

  rp_form_field_set_text (self->name_row, rp_contact_get_display_name (contact));
  adw_combo_row_set_selected (self->role_row, rp_contact_get_role (contact));
  gtk_switch_set_active (self->primary_switch, rp_contact_get_primary_sponsor (contact));
  for (guint i = 0; phones != NULL && i < phones->len && i < RP_CONTACT_MAX_PHONES; i++)
    {
      RpContactPhone *phone = g_ptr_array_index (phones, i);

      add_phone_rows (self, phone->label, phone->number);
    }
  rp_form_field_set_text (self->email_row, rp_contact_get_email (contact));
  rp_form_field_set_text (self->call_hours_row, rp_contact_get_call_hours (contact));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);

  adw_window_title_set_title (self->window_title, _("Edit Contact"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Contact"));
  /* Everything saved before was shown as it is: errors in red at once. */
  self->touched_name = TRUE;
  self->touched_reach = TRUE;
}

/* --- the class --------------------------------------------------------------- */

static void
rp_contact_editor_dispose (GObject *object)
{
  RpContactEditor *self = RP_CONTACT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_CONTACT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->contact);
  g_clear_pointer (&self->phones, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_contact_editor_parent_class)->dispose (object);
}

static void
rp_contact_editor_finalize (GObject *object)
{
  RpContactEditor *self = RP_CONTACT_EDITOR (object);

  g_free (self->short_name);

  G_OBJECT_CLASS (rp_contact_editor_parent_class)->finalize (object);
}

static void
rp_contact_editor_class_init (RpContactEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_contact_editor_dispose;
  object_class->finalize = rp_contact_editor_finalize;

  /**
   * RpContactEditor::saved:
   * @contact: the contact as saved (with its id)
   *
   * The contact was saved; the editor closes next.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RP_TYPE_CONTACT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-contact-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, name_problem);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, short_name_button);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, primary_row);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, primary_switch);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, phones_group);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, email_problem);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, call_hours_row);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, call_hours_problem);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RpContactEditor, notes_problem);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, use_short_name_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.add-phone", NULL, add_phone_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_contact_editor_init (RpContactEditor *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkEditable *delegate;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->phones = g_ptr_array_new_with_free_func (phone_rows_free);

  for (RpContactRole role = 0; role < RP_CONTACT_N_ROLES; role++)
    gtk_string_list_append (roles, rp_contact_role_get_label (role));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  adw_combo_row_set_selected (self->role_row, RP_CONTACT_ROLE_FRIEND);

  rp_form_field_set_max_length (self->name_row, RP_CONTACT_MAX_NAME_LENGTH);
  rp_form_field_set_max_length (self->email_row, RP_CONTACT_MAX_EMAIL_LENGTH);
  rp_form_field_set_max_length (self->call_hours_row, RP_CONTACT_MAX_CALL_HOURS_LENGTH);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (self->email_row));
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_input_purpose (GTK_TEXT (delegate), GTK_INPUT_PURPOSE_EMAIL);

  rp_field_problem_add_icon (self->name_problem);
  rp_field_problem_add_icon (self->email_problem);
  rp_field_problem_add_icon (self->call_hours_problem);

  g_signal_connect_object (self->name_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->email_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->call_hours_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}

static RpContactEditor *
editor_new (RpStore       *store,
            RpContact     *contact,
            RpContactRole  role)
{
  RpContactEditor *self;

  self = g_object_new (RP_TYPE_CONTACT_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->contact = contact != NULL ? g_object_ref (contact) : NULL;

  self->loading = TRUE;
  if (contact != NULL)
    load_contact (self);
  else
    {
      adw_combo_row_set_selected (self->role_row, role);
      /* The first sponsor is the primary one. */
      gtk_switch_set_active (self->primary_switch,
                             role == RP_CONTACT_ROLE_SPONSOR && !rp_store_get_has_sponsor (store));
    }
  if (self->phones->len == 0)
    add_phone_rows (self, NULL, NULL);
  self->loading = FALSE;

  validate (self);

  return self;
}

/**
 * rp_contact_editor_new:
 * @store: where the contact is saved
 * @contact: (nullable): the contact to edit (it is not changed: a copy is
 *   saved), or %NULL for a new friend in the program
 *
 * Returns: (transfer none): a new editor, not shown yet; like every
 *   window, GTK owns it until it is destroyed
 */
RpContactEditor *
rp_contact_editor_new (RpStore   *store,
                       RpContact *contact)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (contact == NULL || RP_IS_CONTACT (contact), NULL);

  return editor_new (store, contact, RP_CONTACT_ROLE_FRIEND);
}

/**
 * rp_contact_editor_new_for_role:
 * @store: where the contact is saved
 * @role: the new contact's role; a sponsor is the primary one when there
 *   is none yet
 *
 * Returns: (transfer none): a new editor for a new contact, not shown yet
 */
RpContactEditor *
rp_contact_editor_new_for_role (RpStore       *store,
                                RpContactRole  role)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (role < RP_CONTACT_N_ROLES, NULL);

  return editor_new (store, NULL, role);
}

/**
 * rp_contact_editor_present:
 * @self: a #RpContactEditor
 * @parent: (nullable): the window it belongs to
 *
 * Shows the editor, modal and transient for @parent. It destroys itself
 * when closed or saved.
 */
void
rp_contact_editor_present (RpContactEditor *self,
                           GtkWindow       *parent)
{
  g_return_if_fail (RP_IS_CONTACT_EDITOR (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}
