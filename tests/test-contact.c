/* test-contact.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-contact"

#include "config.h"

#include "rp-contact.h"

/* RpContact: validation (what the editor checks as the user types), the
 * short-name suggestion, roles and the sponsor flag. */

static RpContact *
valid_contact (void)
{
  RpContact *contact = rp_contact_new ();

  rp_contact_set_display_name (contact, "Sam K.");
  rp_contact_add_phone (contact, "Mobile", "+1 (555) 123-4567");

  return contact;
}

static void
assert_invalid (RpContact      *contact,
                RpContactField  expected_field)
{
  g_autoptr(GError) error = NULL;
  RpContactField field = RP_CONTACT_FIELD_NONE;

  g_assert_false (rp_contact_validate (contact, &field, &error));
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID);
  g_assert_cmpint (field, ==, expected_field);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_validate_ok (void)
{
  g_autoptr(RpContact) contact = valid_contact ();
  g_autoptr(RpContact) email_only = rp_contact_new ();
  g_autoptr(GError) error = NULL;
  RpContactField field = RP_CONTACT_FIELD_NAME;

  g_assert_true (rp_contact_validate (contact, &field, &error));
  g_assert_no_error (error);
  g_assert_cmpint (field, ==, RP_CONTACT_FIELD_NONE);

  rp_contact_set_display_name (email_only, "Alex");
  rp_contact_set_email (email_only, "alex@example.org");
  g_assert_true (rp_contact_validate (email_only, NULL, NULL));
}

static void
test_validate_name (void)
{
  g_autoptr(RpContact) contact = valid_contact ();
  g_autofree char *long_name = g_strnfill (RP_CONTACT_MAX_NAME_LENGTH + 1, 'a');

  rp_contact_set_display_name (contact, "   ");
  assert_invalid (contact, RP_CONTACT_FIELD_NAME);

  rp_contact_set_display_name (contact, NULL);
  assert_invalid (contact, RP_CONTACT_FIELD_NAME);

  rp_contact_set_display_name (contact, long_name);
  assert_invalid (contact, RP_CONTACT_FIELD_NAME);

  rp_contact_set_display_name (contact, "Sam\nK.");
  assert_invalid (contact, RP_CONTACT_FIELD_NAME);

  /* Exactly the cap, in characters not bytes. */
  g_clear_pointer (&long_name, g_free);
  long_name = g_strnfill (RP_CONTACT_MAX_NAME_LENGTH - 1, 'a');
  {
    g_autofree char *with_accent = g_strconcat (long_name, "é", NULL);

    rp_contact_set_display_name (contact, with_accent);
    g_assert_true (rp_contact_validate (contact, NULL, NULL));
  }
}

static void
test_validate_phones (void)
{
  const char *bad[] = {
    "call me", "555-CALL-NOW", "+1 555;ext=2", "5551234?x=1", "12", "tel:5551234",
    "+1+5551234", "555\n1234", "1234567890123456789012345678901234567890123",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RpContact) contact = valid_contact ();
      g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func ((GDestroyNotify) rp_contact_phone_free);

      g_ptr_array_add (phones, rp_contact_phone_new (NULL, bad[i]));
      rp_contact_set_phones (contact, phones);
      assert_invalid (contact, RP_CONTACT_FIELD_PHONE);
    }

  {
    g_autoptr(RpContact) contact = valid_contact ();
    g_autofree char *long_label = g_strnfill (RP_CONTACT_MAX_PHONE_LABEL_LENGTH + 1, 'x');

    rp_contact_add_phone (contact, long_label, "555 1234");
    assert_invalid (contact, RP_CONTACT_FIELD_PHONE_LABEL);
  }

  {
    g_autoptr(RpContact) contact = valid_contact ();

    for (guint i = 1; i < RP_CONTACT_MAX_PHONES; i++)
      rp_contact_add_phone (contact, NULL, "555 1234");
    g_assert_true (rp_contact_validate (contact, NULL, NULL));
    rp_contact_add_phone (contact, NULL, "555 1234");
    assert_invalid (contact, RP_CONTACT_FIELD_PHONE);
  }

  /* No way to reach them at all. */
  {
    g_autoptr(RpContact) contact = rp_contact_new ();

    rp_contact_set_display_name (contact, "Sam");
    assert_invalid (contact, RP_CONTACT_FIELD_PHONE);
  }
}

static void
test_validate_email_and_text (void)
{
  g_autoptr(RpContact) contact = valid_contact ();
  g_autofree char *long_hours = g_strnfill (RP_CONTACT_MAX_CALL_HOURS_LENGTH + 1, 'h');
  g_autofree char *long_notes = g_strnfill (RP_CONTACT_MAX_NOTES_LENGTH + 1, 'n');

  rp_contact_set_email (contact, "not an address");
  assert_invalid (contact, RP_CONTACT_FIELD_EMAIL);
  rp_contact_set_email (contact, "sam@example");
  assert_invalid (contact, RP_CONTACT_FIELD_EMAIL);
  rp_contact_set_email (contact, "sam@example.org?subject=x");
  assert_invalid (contact, RP_CONTACT_FIELD_EMAIL);
  rp_contact_set_email (contact, "sam@example.org");
  g_assert_true (rp_contact_validate (contact, NULL, NULL));

  rp_contact_set_call_hours (contact, long_hours);
  assert_invalid (contact, RP_CONTACT_FIELD_CALL_HOURS);
  rp_contact_set_call_hours (contact, "Evenings until 21:00");

  rp_contact_set_notes (contact, long_notes);
  assert_invalid (contact, RP_CONTACT_FIELD_NOTES);
  /* Notes may run over lines. */
  rp_contact_set_notes (contact, "Met at the Tuesday meeting.\nLikes texts first.");
  g_assert_true (rp_contact_validate (contact, NULL, NULL));

  /* "" is no email at all. */
  rp_contact_set_email (contact, "");
  g_assert_null (rp_contact_get_email (contact));
}

static void
test_sponsor_flag (void)
{
  g_autoptr(RpContact) contact = valid_contact ();

  g_assert_cmpint (rp_contact_get_role (contact), ==, RP_CONTACT_ROLE_FRIEND);

  rp_contact_set_primary_sponsor (contact, TRUE);
  g_assert_cmpint (rp_contact_get_role (contact), ==, RP_CONTACT_ROLE_SPONSOR);

  /* Another role cannot be the primary sponsor. */
  rp_contact_set_role (contact, RP_CONTACT_ROLE_SPONSEE);
  g_assert_false (rp_contact_get_primary_sponsor (contact));
  g_assert_true (rp_contact_validate (contact, NULL, NULL));
}

static void
test_short_name (void)
{
  const struct {
    const char *full;
    const char *suggestion;
  } cases[] = {
    { "Jane Doe", "Jane D." },
    { "  Mary Ann  van der Berg ", "Mary B." },
    { "José Álvarez", "José Á." },
    { "jane doe", "jane D." },
    { "Jane", NULL },
    { "Jane D.", NULL },
    { "", NULL },
    { "Dr 555", NULL },
    { "sam@example.org friend", NULL },
    { "Anna ßtraße", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *suggestion = rp_contact_suggest_short_name (cases[i].full);

      g_test_message ("case %u", i);
      if (g_strcmp0 (cases[i].full, "Anna ßtraße") == 0)
        {
          /* ß has no single upper-case letter; any suggestion must still
           * start with the first name. */
          g_assert_true (suggestion == NULL || g_str_has_prefix (suggestion, "Anna "));
          continue;
        }
      g_assert_cmpstr (suggestion, ==, cases[i].suggestion);
    }

  g_assert_null (rp_contact_suggest_short_name (NULL));
}

static void
test_roles (void)
{
  for (guint i = 0; i < RP_CONTACT_N_ROLES; i++)
    {
      RpContactRole role = RP_CONTACT_ROLE_FRIEND;

      g_assert_true (rp_contact_role_from_string (rp_contact_role_to_string (i), &role));
      g_assert_cmpint (role, ==, i);
      g_assert_cmpstr (rp_contact_role_get_label (i), !=, "");
      g_assert_cmpstr (rp_contact_role_get_group_title (i), !=, "");
    }

  {
    RpContactRole role = RP_CONTACT_ROLE_FRIEND;

    g_assert_false (rp_contact_role_from_string ("guru", &role));
    g_assert_false (rp_contact_role_from_string (NULL, &role));
    g_assert_cmpstr (rp_contact_role_to_string (RP_CONTACT_ROLE_CRISIS_LINE), ==, "crisis-line");
  }

  g_assert_cmpstr (rp_call_kind_to_string (RP_CALL_KIND_TEXT), ==, "text");
}

static void
test_copy_equal (void)
{
  g_autoptr(RpContact) contact = valid_contact ();
  g_autoptr(RpContact) copy = NULL;

  rp_contact_set_email (contact, "sam@example.org");
  rp_contact_set_notes (contact, "notes");
  rp_contact_set_call_hours (contact, "Evenings");
  rp_contact_set_primary_sponsor (contact, TRUE);

  copy = rp_contact_copy (contact);
  g_assert_true (rp_contact_equal (contact, copy));

  /* The copy's numbers are its own. */
  rp_contact_add_phone (copy, NULL, "555 0000");
  g_assert_false (rp_contact_equal (contact, copy));
  g_assert_cmpuint (rp_contact_get_phones (contact)->len, ==, 1);
  g_assert_cmpstr (rp_contact_get_phone_number (copy), ==, "+1 (555) 123-4567");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/contact/validate/ok", test_validate_ok);
  g_test_add_func ("/contact/validate/name", test_validate_name);
  g_test_add_func ("/contact/validate/phones", test_validate_phones);
  g_test_add_func ("/contact/validate/email-and-text", test_validate_email_and_text);
  g_test_add_func ("/contact/sponsor-flag", test_sponsor_flag);
  g_test_add_func ("/contact/short-name", test_short_name);
  g_test_add_func ("/contact/roles", test_roles);
  g_test_add_func ("/contact/copy-equal", test_copy_equal);

  return g_test_run ();
}
