/* rp-contact.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpContact: one person (or line) in the user's support network. Plain
 * data with validation; RpStore saves it. Names are kept as the user
 * wrote them; rp_contact_suggest_short_name() offers "first name and
 * initial", the program's habit of anonymity, without imposing it.
 * The object and its validation are here; the values it is made of
 * (phones, roles, call kinds, the short name) are in rp-contact-values.c. */

#define G_LOG_DOMAIN "rp-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-contact-private.h"
#include "rp-text.h"
#include "rp-uri-policy.h"

struct _RpContact
{
  GObject        parent_instance;

  gint64         id;
  char          *display_name;
  RpContactRole  role;
  gboolean       primary_sponsor;
  GPtrArray     *phones;  /* RpContactPhone */
  char          *email;
  char          *call_hours;
  char          *notes;
  int            position;
  char          *import_uid;
  char          *created;
  char          *updated;
};

G_DEFINE_FINAL_TYPE (RpContact, rp_contact, G_TYPE_OBJECT)

G_DEFINE_QUARK (rp-contact-error-quark, rp_contact_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_DISPLAY_NAME,
  PROP_ROLE,
  PROP_PRIMARY_SPONSOR,
  PROP_PHONE_NUMBER,
  PROP_EMAIL,
  PROP_CALL_HOURS,
  PROP_NOTES,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- object ------------------------------------------------------------ */

static void
rp_contact_finalize (GObject *object)
{
  RpContact *self = (RpContact *)object;

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->phones, g_ptr_array_unref);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->call_hours, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->import_uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (rp_contact_parent_class)->finalize (object);
}

static void
rp_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RpContact *self = RP_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;

    case PROP_PRIMARY_SPONSOR:
      g_value_set_boolean (value, self->primary_sponsor);
      break;

    case PROP_PHONE_NUMBER:
      g_value_set_string (value, rp_contact_get_phone_number (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_CALL_HOURS:
      g_value_set_string (value, self->call_hours);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RpContact *self = RP_CONTACT (object);

  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
      rp_contact_set_display_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      rp_contact_set_role (self, g_value_get_int (value));
      break;

    case PROP_PRIMARY_SPONSOR:
      rp_contact_set_primary_sponsor (self, g_value_get_boolean (value));
      break;

    case PROP_EMAIL:
      rp_contact_set_email (self, g_value_get_string (value));
      break;

    case PROP_CALL_HOURS:
      rp_contact_set_call_hours (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      rp_contact_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_contact_class_init (RpContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rp_contact_finalize;
  object_class->get_property = rp_contact_get_property;
  object_class->set_property = rp_contact_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL, rw);
  /* An int rather than a registered enum: the values are stored, and
   * nothing needs the enum's GType. */
  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, 0, RP_CONTACT_N_ROLES - 1,
                      RP_CONTACT_ROLE_FRIEND, rw);
  properties[PROP_PRIMARY_SPONSOR] =
    g_param_spec_boolean ("primary-sponsor", NULL, NULL, FALSE, rw);
  properties[PROP_PHONE_NUMBER] =
    g_param_spec_string ("phone-number", NULL, NULL, NULL, ro);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, rw);
  properties[PROP_CALL_HOURS] =
    g_param_spec_string ("call-hours", NULL, NULL, NULL, rw);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_contact_init (RpContact *self)
{
  self->role = RP_CONTACT_ROLE_FRIEND;
  self->position = -1;
  self->phones = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_contact_phone_free);
}

RpContact *
rp_contact_new (void)
{
  return g_object_new (RP_TYPE_CONTACT, NULL);
}

/**
 * rp_contact_copy:
 *
 * Returns: (transfer full): an unshared copy of @self, id included, for
 *   an editor to change without touching the list's object
 */
RpContact *
rp_contact_copy (RpContact *self)
{
  RpContact *copy;

  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  copy = rp_contact_new ();
  copy->id = self->id;
  copy->display_name = g_strdup (self->display_name);
  copy->role = self->role;
  copy->primary_sponsor = self->primary_sponsor;
  rp_contact_set_phones (copy, self->phones);
  copy->email = g_strdup (self->email);
  copy->call_hours = g_strdup (self->call_hours);
  copy->notes = g_strdup (self->notes);
  copy->position = self->position;
  copy->import_uid = g_strdup (self->import_uid);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

/* Empty text is stored as NULL, so "" and unset compare equal. */
static gboolean
set_text (RpContact   *self,
          char       **field,
          const char  *value,
          int          prop_id)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  return TRUE;
}

gint64
rp_contact_get_id (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), 0);

  return self->id;
}

void
rp_contact_set_id (RpContact *self,
                   gint64     id)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
rp_contact_get_display_name (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->display_name;
}

void
rp_contact_set_display_name (RpContact  *self,
                             const char *display_name)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  set_text (self, &self->display_name, display_name, PROP_DISPLAY_NAME);
}

RpContactRole
rp_contact_get_role (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), RP_CONTACT_ROLE_FRIEND);

  return self->role;
}

/**
 * rp_contact_set_role:
 *
 * Only a sponsor can be the primary sponsor: another role clears it.
 */
void
rp_contact_set_role (RpContact     *self,
                     RpContactRole  role)
{
  g_return_if_fail (RP_IS_CONTACT (self));
  g_return_if_fail (rp_contact_role_is_valid (role));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);

  if (role != RP_CONTACT_ROLE_SPONSOR)
    rp_contact_set_primary_sponsor (self, FALSE);
}

gboolean
rp_contact_get_primary_sponsor (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), FALSE);

  return self->primary_sponsor;
}

/**
 * rp_contact_set_primary_sponsor:
 *
 * Making a contact the primary sponsor also makes its role sponsor.
 */
void
rp_contact_set_primary_sponsor (RpContact *self,
                                gboolean   primary_sponsor)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  primary_sponsor = !!primary_sponsor;
  if (self->primary_sponsor == primary_sponsor)
    return;

  self->primary_sponsor = primary_sponsor;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_SPONSOR]);

  if (primary_sponsor)
    rp_contact_set_role (self, RP_CONTACT_ROLE_SPONSOR);
}

/**
 * rp_contact_get_phones:
 *
 * Returns: (transfer none) (element-type RpContactPhone): the numbers, the
 *   first one being the one "Call" uses
 */
GPtrArray *
rp_contact_get_phones (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->phones;
}

/**
 * rp_contact_set_phones:
 * @phones: (nullable) (element-type RpContactPhone): copied
 */
void
rp_contact_set_phones (RpContact *self,
                       GPtrArray *phones)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  if (phones == self->phones)
    return;

  g_ptr_array_set_size (self->phones, 0);
  for (guint i = 0; phones != NULL && i < phones->len; i++)
    g_ptr_array_add (self->phones, rp_contact_phone_copy (g_ptr_array_index (phones, i)));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE_NUMBER]);
}

void
rp_contact_add_phone (RpContact  *self,
                      const char *label,
                      const char *number)
{
  g_return_if_fail (RP_IS_CONTACT (self));
  g_return_if_fail (number != NULL);

  g_ptr_array_add (self->phones, rp_contact_phone_new (label, number));
  if (self->phones->len == 1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE_NUMBER]);
}

/**
 * rp_contact_get_phone_number:
 *
 * Returns: (nullable): the first number, the one "Call" and "Text" use
 */
const char *
rp_contact_get_phone_number (RpContact *self)
{
  RpContactPhone *phone;

  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  if (self->phones->len == 0)
    return NULL;

  phone = g_ptr_array_index (self->phones, 0);
  return phone->number;
}

const char *
rp_contact_get_email (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->email;
}

void
rp_contact_set_email (RpContact  *self,
                      const char *email)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  set_text (self, &self->email, email, PROP_EMAIL);
}

const char *
rp_contact_get_call_hours (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->call_hours;
}

void
rp_contact_set_call_hours (RpContact  *self,
                           const char *call_hours)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  set_text (self, &self->call_hours, call_hours, PROP_CALL_HOURS);
}

const char *
rp_contact_get_notes (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->notes;
}

void
rp_contact_set_notes (RpContact  *self,
                      const char *notes)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  set_text (self, &self->notes, notes, PROP_NOTES);
}

/**
 * rp_contact_get_position:
 *
 * Returns: the place in the user's order (0 first), or -1 when not saved
 */
int
rp_contact_get_position (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), -1);

  return self->position;
}

void
rp_contact_set_position (RpContact *self,
                         int        position)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
rp_contact_get_import_uid (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->import_uid;
}

void
rp_contact_set_import_uid (RpContact  *self,
                           const char *import_uid)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  set_text (self, &self->import_uid, import_uid, PROP_0);
}

const char *
rp_contact_get_created (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->created;
}

const char *
rp_contact_get_updated (RpContact *self)
{
  g_return_val_if_fail (RP_IS_CONTACT (self), NULL);

  return self->updated;
}

void
rp_contact_set_timestamps (RpContact  *self,
                           const char *created,
                           const char *updated)
{
  g_return_if_fail (RP_IS_CONTACT (self));

  set_text (self, &self->created, created, PROP_0);
  set_text (self, &self->updated, updated, PROP_0);
}

static gboolean
phones_equal (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      RpContactPhone *pa = g_ptr_array_index (a, i);
      RpContactPhone *pb = g_ptr_array_index (b, i);

      if (g_strcmp0 (pa->label, pb->label) != 0 || g_strcmp0 (pa->number, pb->number) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * rp_contact_equal:
 *
 * Whether @a and @b hold the same values, id, place and timestamps
 * included. RpStore uses it to keep the objects of unchanged contacts
 * when it re-reads the database.
 */
gboolean
rp_contact_equal (RpContact *a,
                  RpContact *b)
{
  g_return_val_if_fail (RP_IS_CONTACT (a), FALSE);
  g_return_val_if_fail (RP_IS_CONTACT (b), FALSE);

  if (a == b)
    return TRUE;

  return a->id == b->id &&
         a->role == b->role &&
         a->primary_sponsor == b->primary_sponsor &&
         a->position == b->position &&
         g_strcmp0 (a->display_name, b->display_name) == 0 &&
         phones_equal (a->phones, b->phones) &&
         g_strcmp0 (a->email, b->email) == 0 &&
         g_strcmp0 (a->call_hours, b->call_hours) == 0 &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         g_strcmp0 (a->import_uid, b->import_uid) == 0 &&
         g_strcmp0 (a->created, b->created) == 0 &&
         g_strcmp0 (a->updated, b->updated) == 0;
}

/* --- validation -------------------------------------------------------- */

static gboolean
fail (RpContactField  field,
      RpContactField *out_field,
      GError        **error,
      const char     *message)
{
  if (out_field != NULL)
    *out_field = field;
  g_set_error_literal (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID, message);

  return FALSE;
}

/**
 * rp_contact_validate:
 * @out_field: (out) (optional): which field is wrong
 * @error: an #RP_CONTACT_ERROR_INVALID saying what to change
 *
 * A contact needs a name and a way to reach them: a phone number or an
 * email address. Every field must fit its cap, every number pass
 * rp_uri_phone_number_is_valid() and the email rp_uri_email_is_valid(),
 * so that the links built from them are always well formed.
 *
 * Returns: %TRUE when @self can be saved
 */
gboolean
rp_contact_validate (RpContact       *self,
                     RpContactField  *out_field,
                     GError         **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RP_IS_CONTACT (self), FALSE);

  if (out_field != NULL)
    *out_field = RP_CONTACT_FIELD_NONE;

  name = g_strstrip (g_strdup (self->display_name != NULL ? self->display_name : ""));
  if (name[0] == '\0')
    return fail (RP_CONTACT_FIELD_NAME, out_field, error, _("Enter a name."));
  if (!rp_text_fits (self->display_name, RP_CONTACT_MAX_NAME_LENGTH) ||
      !rp_text_is_clean (self->display_name, FALSE))
    return fail (RP_CONTACT_FIELD_NAME, out_field, error,
                 _("Shorten the name: a first name and an initial is enough."));

  if (!rp_contact_role_is_valid (self->role))
    return fail (RP_CONTACT_FIELD_ROLE, out_field, error, _("Choose a role."));

  if (self->phones->len > RP_CONTACT_MAX_PHONES)
    return fail (RP_CONTACT_FIELD_PHONE, out_field, error, _("Remove a phone number: ten is the most."));

  for (guint i = 0; i < self->phones->len; i++)
    {
      RpContactPhone *phone = g_ptr_array_index (self->phones, i);

      if (!rp_text_fits (phone->label, RP_CONTACT_MAX_PHONE_LABEL_LENGTH) ||
          !rp_text_is_clean (phone->label, FALSE))
        return fail (RP_CONTACT_FIELD_PHONE_LABEL, out_field, error,
                     _("Shorten the label of the number, such as “Mobile”."));

      if (!rp_uri_phone_number_is_valid (phone->number, &local_error))
        return fail (RP_CONTACT_FIELD_PHONE, out_field, error, local_error->message);
    }

  if (self->email != NULL && !rp_uri_email_is_valid (self->email, &local_error))
    return fail (RP_CONTACT_FIELD_EMAIL, out_field, error, local_error->message);

  if (self->phones->len == 0 && self->email == NULL)
    return fail (RP_CONTACT_FIELD_PHONE, out_field, error,
                 _("Add a phone number or an email address, so that Reprieve can reach them."));

  if (!rp_text_fits (self->call_hours, RP_CONTACT_MAX_CALL_HOURS_LENGTH) ||
      !rp_text_is_clean (self->call_hours, FALSE))
    return fail (RP_CONTACT_FIELD_CALL_HOURS, out_field, error,
                 _("Shorten when they are happy to take calls."));

  if (!rp_text_fits (self->notes, RP_CONTACT_MAX_NOTES_LENGTH) || !rp_text_is_clean (self->notes, TRUE))
    return fail (RP_CONTACT_FIELD_NOTES, out_field, error, _("Shorten the notes."));

  if (!rp_text_fits (self->import_uid, RP_CONTACT_MAX_IMPORT_UID_LENGTH))
    return fail (RP_CONTACT_FIELD_NONE, out_field, error, _("The contact’s import identifier is too long."));

  if (self->primary_sponsor && self->role != RP_CONTACT_ROLE_SPONSOR)
    return fail (RP_CONTACT_FIELD_ROLE, out_field, error, _("Only a sponsor can be your primary sponsor."));

  return TRUE;
}
