/* test-import-vcard.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-vcard"

#include "config.h"

#include <string.h>

#include "rp-import.h"
#include "rp-import-vcard.h"
#include "rp-test-store.h"
#include "rp-vcard-card.h"
#include "rp-test-util.h"

/* vCard import: the rp-vcard module (loaded from REPRIEVE_MODULE_DIR, set
 * by tests/meson.build) and the rules of rp-import-vcard.c, with small
 * fixtures written here for what phones export (2.1 quoted-printable with
 * soft breaks, 8-bit charsets, folded lines, 4.0 tel: URIs), every file of
 * the shared vCard corpus, and the store's round trip. The corpus holds
 * real-looking people's data: only counts are ever printed. */

#define MAX_PARSE_USEC (2 * G_USEC_PER_SEC)

static GPtrArray *
parse_text (const char  *text,
            GPtrArray  **skipped,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return rp_import_vcard_parse (bytes, skipped, error);
}

/* Parses @text, which must give exactly @n_contacts and no skipped card. */
static GPtrArray *
parse_ok (const char *text,
          guint       n_contacts)
{
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *contacts = parse_text (text, &skipped, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contacts);
  g_assert_cmpuint (skipped->len, ==, 0);
  g_assert_cmpuint (contacts->len, ==, n_contacts);

  return contacts;
}

static RpContactPhone *
phone_at (RpContact *contact,
          guint      index)
{
  GPtrArray *phones = rp_contact_get_phones (contact);

  g_assert_cmpuint (index, <, phones->len);

  return g_ptr_array_index (phones, index);
}

static void
test_quoted_printable (void)
{
  /* An Android-style 2.1 export: UTF-8 in quoted-printable, broken over
   * lines with soft breaks, one of them inside a two-byte character. */
  g_autoptr(GPtrArray) contacts = parse_ok (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=\r\n"
    "=C3=BCller-=C3=\r\n"
    "=98stergaard\r\n"
    "TEL;CELL;PREF:+49 170 1234567\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond =\r\n"
    "line\r\n"
    "END:VCARD\r\n", 1);
  RpContact *contact = g_ptr_array_index (contacts, 0);

  g_assert_cmpstr (rp_contact_get_display_name (contact), ==, "Jürgen Müller-Østergaard");
  g_assert_cmpstr (rp_contact_get_notes (contact), ==, "First line\nSecond line");
  g_assert_cmpstr (phone_at (contact, 0)->number, ==, "+49 170 1234567");
  g_assert_cmpstr (phone_at (contact, 0)->label, ==, "Mobile");
  g_assert_cmpint (rp_contact_get_role (contact), ==, RP_CONTACT_ROLE_FRIEND);
}

static void
test_charset (void)
{
  /* ISO-8859-1 as raw 8-bit bytes, and the same in quoted-printable. */
  g_autoptr(GPtrArray) contacts = parse_ok (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "FN;CHARSET=ISO-8859-1:Ren\xe9 Fran\xe7ois\r\n"
    "TEL;HOME;VOICE:555-1234\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Zo=EB Fran=E7ois\r\n"
    "TEL;WORK:555-9876\r\n"
    "END:VCARD\r\n", 2);

  g_assert_cmpstr (rp_contact_get_display_name (g_ptr_array_index (contacts, 0)), ==, "René François");
  g_assert_cmpstr (phone_at (g_ptr_array_index (contacts, 0), 0)->label, ==, "Home");
  g_assert_cmpstr (rp_contact_get_display_name (g_ptr_array_index (contacts, 1)), ==, "Zoë François");
  g_assert_cmpstr (phone_at (g_ptr_array_index (contacts, 1), 0)->label, ==, "Work");
}

static void
test_folded (void)
{
  /* 3.0 folding: a line break and one space or tab are removed. */
  g_autoptr(GPtrArray) contacts = parse_ok (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "FN:Jane Q\n"
    "  Public\n"
    "EMAIL;TYPE=INTERNET:jane.public@exa\n"
    "\tmple.org\n"
    "NOTE:Happy to take calls after work\\, any\n"
    "  day\\nexcept Sunday\n"
    "END:VCARD\n", 1);
  RpContact *contact = g_ptr_array_index (contacts, 0);

  g_assert_cmpstr (rp_contact_get_display_name (contact), ==, "Jane Q Public");
  g_assert_cmpstr (rp_contact_get_email (contact), ==, "jane.public@example.org");
  g_assert_cmpstr (rp_contact_get_notes (contact), ==, "Happy to take calls after work, any day\nexcept Sunday");
  g_assert_cmpuint (rp_contact_get_phones (contact)->len, ==, 0);
}

static void
test_several_cards (void)
{
  g_autoptr(GPtrArray) contacts = parse_ok (
    "\xef\xbb\xbf\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Anna;;;\r\n"
    "TEL;TYPE=CELL:+1 (555) 010-0001\r\nTEL;TYPE=HOME:+1 555 010 0002\r\n"
    "TEL;TYPE=WORK,VOICE:+1 555 010 0003\r\nTEL;TYPE=FAX:+1 555 010 0004\r\n"
    "TEL:+1 555 010 0005\r\nEND:VCARD\r\n"
    "begin:vcard\r\nversion:3.0\r\nfn:Bob\r\nemail:not an address\r\n"
    "email:bob@example.org\r\nend:vcard\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carol\r\nTEL:555.010.0006\r\nEND:VCARD\r\n", 3);
  RpContact *anna = g_ptr_array_index (contacts, 0);

  /* FN missing: the name is made from N. */
  g_assert_cmpstr (rp_contact_get_display_name (anna), ==, "Anna Smith");
  g_assert_cmpuint (rp_contact_get_phones (anna)->len, ==, 5);
  g_assert_cmpstr (phone_at (anna, 0)->label, ==, "Mobile");
  g_assert_cmpstr (phone_at (anna, 1)->label, ==, "Home");
  g_assert_cmpstr (phone_at (anna, 2)->label, ==, "Work");
  g_assert_cmpstr (phone_at (anna, 3)->label, ==, "Other");
  g_assert_null (phone_at (anna, 4)->label);
  g_assert_cmpstr (rp_contact_get_phone_number (anna), ==, "+1 (555) 010-0001");

  /* The first email that is one. */
  g_assert_cmpstr (rp_contact_get_display_name (g_ptr_array_index (contacts, 1)), ==, "Bob");
  g_assert_cmpstr (rp_contact_get_email (g_ptr_array_index (contacts, 1)), ==, "bob@example.org");
  g_assert_cmpstr (rp_contact_get_display_name (g_ptr_array_index (contacts, 2)), ==, "Carol");

  for (guint i = 0; i < contacts->len; i++)
    {
      g_assert_cmpint (rp_contact_get_role (g_ptr_array_index (contacts, i)), ==, RP_CONTACT_ROLE_FRIEND);
      g_assert_false (rp_contact_get_primary_sponsor (g_ptr_array_index (contacts, i)));
      g_assert_cmpint (rp_contact_get_id (g_ptr_array_index (contacts, i)), <=, 0);
    }
}

static void
test_tel_uri (void)
{
  g_autoptr(GPtrArray) contacts = parse_ok (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Simon Perreault\r\n"
    "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
    "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555\r\n"
    "TEL;VALUE=uri;TYPE=\"cell,voice,video,text\":tel:+1-418-262-6501\r\n"
    "TEL;VALUE=uri:tel:%2B33-1-23-45-67-89\r\n"
    "EMAIL;TYPE=work:simon.perreault@viagenie.ca\r\n"
    "END:VCARD\r\n", 1);
  RpContact *contact = g_ptr_array_index (contacts, 0);

  g_assert_cmpuint (rp_contact_get_phones (contact)->len, ==, 3);
  g_assert_cmpstr (phone_at (contact, 0)->number, ==, "+1-555-555-5555");
  g_assert_cmpstr (phone_at (contact, 0)->label, ==, "Home");
  g_assert_cmpstr (phone_at (contact, 1)->number, ==, "+1-418-262-6501");
  g_assert_cmpstr (phone_at (contact, 1)->label, ==, "Mobile");
  g_assert_cmpstr (phone_at (contact, 2)->number, ==, "+33-1-23-45-67-89");
  g_assert_cmpstr (rp_contact_get_import_uid (contact), ==,
                   "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
}

static void
test_skipped_cards (void)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  contacts = parse_text (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kept Person\r\nTEL:555 0100\r\n"
    "TEL:call me maybe\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:555 0101\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Secret Person\r\nTEL:javascript:alert(1)\r\n"
    "EMAIL:nobody\r\nORG:Example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Also Kept\r\nEMAIL:also@example.org\r\nEND:VCARD\r\n",
    &skipped, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 2);
  /* The number with letters was dropped, the card kept for the other. */
  g_assert_cmpuint (rp_contact_get_phones (g_ptr_array_index (contacts, 0))->len, ==, 1);

  g_assert_cmpuint (skipped->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (skipped, 0), ==, "Card 2 has no name.");
  g_assert_cmpstr (g_ptr_array_index (skipped, 1), ==,
                   "Card 3 has no phone number or email address Reprieve can use.");
}

static void
test_over_long_fields (void)
{
  g_autofree char *long_name = g_strnfill (RP_CONTACT_MAX_NAME_LENGTH + 50, 'n');
  g_autofree char *long_note = g_strnfill (RP_CONTACT_MAX_NOTES_LENGTH + 50, 'x');
  g_autofree char *long_uid = g_strnfill (RP_CONTACT_MAX_IMPORT_UID_LENGTH + 1, 'u');
  g_autofree char *long_local = g_strnfill (RP_CONTACT_MAX_EMAIL_LENGTH, 'e');
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  RpContact *contact;

  text = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nNOTE:%s\r\nUID:%s\r\n"
                          "EMAIL:%s@example.org\r\nEMAIL:short@example.org\r\n"
                          "END:VCARD\r\n",
                          long_name, long_note, long_uid, long_local);
  contacts = parse_ok (text, 1);
  contact = g_ptr_array_index (contacts, 0);

  /* A name and a note are cut; an email too long is not used; a UID too
   * long is kept as its checksum, the same each time. */
  g_assert_cmpint (g_utf8_strlen (rp_contact_get_display_name (contact), -1), ==,
                   RP_CONTACT_MAX_NAME_LENGTH);
  g_assert_cmpint (g_utf8_strlen (rp_contact_get_notes (contact), -1), ==,
                   RP_CONTACT_MAX_NOTES_LENGTH);
  g_assert_cmpstr (rp_contact_get_email (contact), ==, "short@example.org");
  g_assert_true (g_str_has_prefix (rp_contact_get_import_uid (contact), "sha256:"));
  g_assert_cmpint (strlen (rp_contact_get_import_uid (contact)), <=, RP_CONTACT_MAX_IMPORT_UID_LENGTH);

  /* Control characters in a name become spaces. */
  g_clear_pointer (&contacts, g_ptr_array_unref);
  contacts = parse_ok ("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\x1b[31m Lee\nTEL:555 0100\nEND:VCARD\n", 1);
  g_assert_cmpstr (rp_contact_get_display_name (g_ptr_array_index (contacts, 0)), ==, "Ann [31m Lee");
}

static void
assert_refused (GBytes        *bytes,
                RpImportError  code)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  contacts = rp_import_vcard_parse (bytes, &skipped, &error);
  g_assert_error (error, RP_IMPORT_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_null (contacts);
  g_assert_null (skipped);
}

static void
test_refused (void)
{
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) blank = g_bytes_new_static ("\r\n \n", 4);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("hello, world\n", 13);
  g_autoptr(GBytes) calendar = g_bytes_new_static ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 32);
  g_autoptr(GBytes) binary = g_bytes_new_static ("BEGIN:VCARD\r\n\0\x01\x02\xff", 17);
  g_autoptr(GBytes) utf16 = g_bytes_new_static ("\xff\xfe" "B\0E\0G\0I\0N\0", 12);
  g_autoptr(GBytes) oversized = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GBytes) too_many = NULL;
  char *big;

  assert_refused (NULL, RP_IMPORT_ERROR_EMPTY);
  assert_refused (empty, RP_IMPORT_ERROR_EMPTY);
  assert_refused (blank, RP_IMPORT_ERROR_EMPTY);
  assert_refused (garbage, RP_IMPORT_ERROR_UNRECOGNISED);
  assert_refused (calendar, RP_IMPORT_ERROR_UNRECOGNISED);
  assert_refused (binary, RP_IMPORT_ERROR_UNRECOGNISED);
  assert_refused (utf16, RP_IMPORT_ERROR_UNRECOGNISED);

  /* Refused by its size, before anything is read. */
  big = g_malloc (RP_IMPORT_VCARD_MAX_BYTES + 1);
  memset (big, ' ', RP_IMPORT_VCARD_MAX_BYTES + 1);
  memcpy (big, "BEGIN:VCARD\n", 12);
  oversized = g_bytes_new_take (big, RP_IMPORT_VCARD_MAX_BYTES + 1);
  assert_refused (oversized, RP_IMPORT_ERROR_TOO_LARGE);

  for (guint i = 0; i <= RP_VCARD_MAX_CARDS; i++)
    g_string_append (many, "BEGIN:VCARD\nFN:A\nTEL:1\nEND:VCARD\n");
  too_many = g_string_free_to_bytes (g_steal_pointer (&many));
  assert_refused (too_many, RP_IMPORT_ERROR_TOO_LARGE);
}

static void
test_missing_module (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GPtrArray) contacts = NULL;
      g_autoptr(GError) error = NULL;

      /* A new process: the module has not been loaded yet. */
      g_setenv ("REPRIEVE_MODULE_DIR", "/nonexistent/reprieve-modules", TRUE);
      contacts = parse_text ("BEGIN:VCARD\nFN:A\nTEL:555 0100\nEND:VCARD\n", NULL, &error);
      g_assert_null (contacts);
      g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED);
      g_assert_true (strstr (error->message, "vCard import is not available") != NULL);
      g_assert_true (strstr (error->message, "reinstall Reprieve") != NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static char *
find_vcf_dir (void)
{
  g_autofree char *meeting_guide = rp_test_find_corpus_dir ();
  g_autofree char *corpora = g_path_get_dirname (meeting_guide);

  return g_build_filename (corpora, "vcf", NULL);
}

static void
test_corpus (void)
{
  g_autofree char *folder = find_vcf_dir ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *file;
  guint n_files = 0;
  guint n_refused = 0;
  guint n_contacts = 0;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The vCard corpus folder is absent; set RP_CORPORA_DIR");
      return;
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) contacts = NULL;
      g_autoptr(GPtrArray) skipped = NULL;
      g_autoptr(GError) parse_error = NULL;
      gint64 start;
      gsize length;

      if (!g_str_has_suffix (file, ".vcf"))
        continue;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

      start = g_get_monotonic_time ();
      contacts = rp_import_vcard_parse (bytes, &skipped, &parse_error);
      g_assert_cmpint (g_get_monotonic_time () - start, <, MAX_PARSE_USEC);
      n_files++;

      if (contacts == NULL)
        {
          /* Refused with a reason, never for a missing module. */
          g_assert_nonnull (parse_error);
          g_assert_cmpstr (parse_error->message, !=, "");
          g_assert_false (g_error_matches (parse_error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_FAILED));
          g_test_message ("%s: refused (code %d)", file, parse_error->code);
          n_refused++;
          continue;
        }

      g_assert_no_error (parse_error);
      g_test_message ("%s: %u contacts, %u skipped", file, contacts->len, skipped->len);
      g_assert_cmpuint (contacts->len + skipped->len, >, 0);
      for (guint i = 0; i < contacts->len; i++)
        g_assert_true (rp_contact_validate (g_ptr_array_index (contacts, i), NULL, NULL));
      for (guint i = 0; i < skipped->len; i++)
        g_assert_true (g_str_has_prefix (g_ptr_array_index (skipped, i), "Card "));
      n_contacts += contacts->len;
    }

  g_test_message ("%u files: %u refused, %u contacts", n_files, n_refused, n_contacts);
  g_assert_cmpuint (n_files, >, 0);
  /* Most of the corpus is real exports: they must give contacts. */
  g_assert_cmpuint (n_contacts, >, 0);
  g_assert_cmpuint (n_refused, <, n_files);
}

/* --- the store ---------------------------------------------------------- */

static const char round_trip_file[] =
  "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-1\r\nFN:Anna Smith\r\nTEL;TYPE=CELL:555 0101\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Jones\r\nTEL:555 0102\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-3\r\nFN:Carol White\r\nEMAIL:carol@example.org\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No Way To Reach\r\nEND:VCARD\r\n";

static void
import_text (RpTestStore *f,
             const char  *text,
             guint        expect_imported,
             guint        expect_updated,
             guint        expect_skipped)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  guint imported = G_MAXUINT, updated = G_MAXUINT, skipped = G_MAXUINT;

  contacts = parse_text (text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_store_import_contacts (f->store, contacts, &imported, &updated, &skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, ==, expect_imported);
  g_assert_cmpuint (updated, ==, expect_updated);
  g_assert_cmpuint (skipped, ==, expect_skipped);
}

static void
test_store_round_trip (RpTestStore   *f,
                       gconstpointer  user_data)
{
  GListModel *model = rp_store_get_contacts (f->store);
  g_autofree char *changed = NULL;
  RpContact *anna = NULL;

  import_text (f, round_trip_file, 3, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* The same file again: every contact is there, unchanged. */
  import_text (f, round_trip_file, 0, 0, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  /* A changed card with the same UID updates its contact. */
  changed = g_strdup (round_trip_file);
  memcpy (strstr (changed, "555 0101"), "555 0199", 8);
  import_text (f, changed, 0, 1, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RpContact) contact = g_list_model_get_item (model, i);

      g_assert_cmpint (rp_contact_get_role (contact), ==, RP_CONTACT_ROLE_FRIEND);
      if (g_strcmp0 (rp_contact_get_import_uid (contact), "card-1") == 0)
        anna = contact;
      if (anna == contact)
        g_assert_cmpstr (rp_contact_get_phone_number (contact), ==, "555 0199");
    }
  g_assert_nonnull (anna);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-vcard/quoted-printable", test_quoted_printable);
  g_test_add_func ("/import-vcard/charset", test_charset);
  g_test_add_func ("/import-vcard/folded", test_folded);
  g_test_add_func ("/import-vcard/several-cards", test_several_cards);
  g_test_add_func ("/import-vcard/tel-uri", test_tel_uri);
  g_test_add_func ("/import-vcard/skipped-cards", test_skipped_cards);
  g_test_add_func ("/import-vcard/over-long-fields", test_over_long_fields);
  g_test_add_func ("/import-vcard/refused", test_refused);
  g_test_add_func ("/import-vcard/missing-module", test_missing_module);
  g_test_add_func ("/import-vcard/corpus", test_corpus);
  g_test_add ("/import-vcard/store/round-trip", RpTestStore, NULL,
              rp_test_store_set_up, test_store_round_trip, rp_test_store_tear_down);

  return g_test_run ();
}
