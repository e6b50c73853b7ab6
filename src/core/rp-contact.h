/* rp-contact.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RP_CONTACT_ERROR (rp_contact_error_quark ())

/**
 * RpContactError:
 * @RP_CONTACT_ERROR_INVALID: a field is missing, too long or malformed;
 *   the message says which and how to fix it
 * @RP_CONTACT_ERROR_NOT_FOUND: the contact is not (or no longer) saved
 * @RP_CONTACT_ERROR_SPONSOR_TAKEN: another contact is the primary sponsor;
 *   ask the user, then save again with replace_sponsor set
 */
typedef enum
{
  RP_CONTACT_ERROR_INVALID,
  RP_CONTACT_ERROR_NOT_FOUND,
  RP_CONTACT_ERROR_SPONSOR_TAKEN,
} RpContactError;

/**
 * RpContactField:
 *
 * Which field rp_contact_validate() found wrong, so the editor can mark it.
 */
typedef enum
{
  RP_CONTACT_FIELD_NONE,
  RP_CONTACT_FIELD_NAME,
  RP_CONTACT_FIELD_PHONE,
  RP_CONTACT_FIELD_PHONE_LABEL,
  RP_CONTACT_FIELD_EMAIL,
  RP_CONTACT_FIELD_CALL_HOURS,
  RP_CONTACT_FIELD_NOTES,
  RP_CONTACT_FIELD_ROLE,
} RpContactField;

/**
 * RpContactRole:
 *
 * The values are stored in the database: never renumber them. The order
 * of the values is the order of the groups on the Support page.
 */
typedef enum
{
  RP_CONTACT_ROLE_SPONSOR = 0,
  RP_CONTACT_ROLE_SPONSEE = 1,
  RP_CONTACT_ROLE_HOME_GROUP = 2,
  RP_CONTACT_ROLE_FRIEND = 3,
  RP_CONTACT_ROLE_PROFESSIONAL = 4,
  RP_CONTACT_ROLE_CRISIS_LINE = 5,
} RpContactRole;

#define RP_CONTACT_N_ROLES 6

/**
 * RpCallKind:
 *
 * How the user reached a contact from Reprieve; stored in the call log:
 * never renumber.
 */
typedef enum
{
  RP_CALL_KIND_CALL = 0,
  RP_CALL_KIND_TEXT = 1,
  RP_CALL_KIND_EMAIL = 2,
} RpCallKind;

/* Field caps, in characters. The database enforces the same ones. */
#define RP_CONTACT_MAX_NAME_LENGTH        200
#define RP_CONTACT_MAX_PHONE_LABEL_LENGTH 50
#define RP_CONTACT_MAX_PHONES             10
#define RP_CONTACT_MAX_EMAIL_LENGTH       254
#define RP_CONTACT_MAX_CALL_HOURS_LENGTH  200
#define RP_CONTACT_MAX_NOTES_LENGTH       10000
#define RP_CONTACT_MAX_IMPORT_UID_LENGTH  500

/**
 * RpContactPhone:
 * @label: (nullable): what the user calls this number ("Mobile", "Work")
 * @number: the number as the user typed it (validated by
 *   rp_uri_phone_number_is_valid(); rp_uri_build_tel() normalises it)
 */
typedef struct
{
  char *label;
  char *number;
} RpContactPhone;

#define RP_TYPE_CONTACT_PHONE (rp_contact_phone_get_type ())

GType           rp_contact_phone_get_type (void) G_GNUC_CONST;
RpContactPhone *rp_contact_phone_new      (const char           *label,
                                           const char           *number);
RpContactPhone *rp_contact_phone_copy     (const RpContactPhone *self);
void            rp_contact_phone_free     (RpContactPhone       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpContactPhone, rp_contact_phone_free)

const char     *rp_contact_role_to_string      (RpContactRole  role);
gboolean        rp_contact_role_from_string    (const char    *text,
                                                RpContactRole *out_role);
const char     *rp_contact_role_get_label      (RpContactRole  role);
const char     *rp_contact_role_get_group_title (RpContactRole role);

const char     *rp_call_kind_to_string         (RpCallKind     kind);

char           *rp_contact_suggest_short_name  (const char    *full_name);

#define RP_TYPE_CONTACT (rp_contact_get_type ())

G_DECLARE_FINAL_TYPE (RpContact, rp_contact, RP, CONTACT, GObject)

GQuark          rp_contact_error_quark         (void);

RpContact      *rp_contact_new                 (void);
RpContact      *rp_contact_copy                (RpContact      *self);

gint64          rp_contact_get_id              (RpContact      *self);
const char     *rp_contact_get_display_name    (RpContact      *self);
void            rp_contact_set_display_name    (RpContact      *self,
                                                const char     *display_name);
RpContactRole   rp_contact_get_role            (RpContact      *self);
void            rp_contact_set_role            (RpContact      *self,
                                                RpContactRole   role);
gboolean        rp_contact_get_primary_sponsor (RpContact      *self);
void            rp_contact_set_primary_sponsor (RpContact      *self,
                                                gboolean        primary_sponsor);
GPtrArray      *rp_contact_get_phones          (RpContact      *self);
void            rp_contact_set_phones          (RpContact      *self,
                                                GPtrArray      *phones);
void            rp_contact_add_phone           (RpContact      *self,
                                                const char     *label,
                                                const char     *number);
const char     *rp_contact_get_phone_number    (RpContact      *self);
const char     *rp_contact_get_email           (RpContact      *self);
void            rp_contact_set_email           (RpContact      *self,
                                                const char     *email);
const char     *rp_contact_get_call_hours      (RpContact      *self);
void            rp_contact_set_call_hours      (RpContact      *self,
                                                const char     *call_hours);
const char     *rp_contact_get_notes           (RpContact      *self);
void            rp_contact_set_notes           (RpContact      *self,
                                                const char     *notes);
int             rp_contact_get_position        (RpContact      *self);
const char     *rp_contact_get_import_uid      (RpContact      *self);
void            rp_contact_set_import_uid      (RpContact      *self,
                                                const char     *import_uid);
const char     *rp_contact_get_created         (RpContact      *self);
const char     *rp_contact_get_updated         (RpContact      *self);

gboolean        rp_contact_equal               (RpContact      *a,
                                                RpContact      *b);
gboolean        rp_contact_validate            (RpContact      *self,
                                                RpContactField *out_field,
                                                GError        **error);

G_END_DECLS
