/* test-reading.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReading and RpReadingCollection: validation field by field, the text
 * checks an import relies on, copies and notifications. */

#include "config.h"

#include <string.h>

#include "rp-reading-private.h"
#include "rp-reading-collection.h"
#include "rp-test-util.h"

static RpReading *
make_text (void)
{
  RpReading *reading = rp_reading_new (RP_READING_KIND_TEXT);

  rp_reading_set_title (reading, "Gratitude");
  rp_reading_set_body (reading, "# Gratitude\n\nThree things, every night.\n");

  return reading;
}

static void
assert_invalid (RpReading      *reading,
                RpReadingField  expected_field)
{
  g_autoptr(GError) error = NULL;
  RpReadingField field = RP_READING_FIELD_NONE;

  g_assert_false (rp_reading_validate (reading, &field, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_assert_cmpint (field, ==, expected_field);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_reading_validate_text (void)
{
  g_autoptr(RpReading) reading = make_text ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (201, 'a');

  g_assert_true (rp_reading_validate (reading, NULL, &error));
  g_assert_no_error (error);

  rp_reading_set_title (reading, "   ");
  assert_invalid (reading, RP_READING_FIELD_TITLE);
  rp_reading_set_title (reading, long_title);
  assert_invalid (reading, RP_READING_FIELD_TITLE);
  rp_reading_set_title (reading, "Two\nlines");
  assert_invalid (reading, RP_READING_FIELD_TITLE);
  rp_reading_set_title (reading, "Gratitude");

  rp_reading_set_body (reading, "");
  assert_invalid (reading, RP_READING_FIELD_BODY);
  rp_reading_set_body (reading, "Text");

  rp_reading_set_uri (reading, "https://example.org/");
  assert_invalid (reading, RP_READING_FIELD_URI);
  rp_reading_set_uri (reading, NULL);

  rp_reading_set_entry_date (reading, 2, 30);
  assert_invalid (reading, RP_READING_FIELD_ENTRY_DATE);
  rp_reading_set_entry_date (reading, 2, 29);
  g_assert_true (rp_reading_validate (reading, NULL, NULL));
  rp_reading_set_entry_date (reading, 0, 0);
}

static void
test_reading_validate_link (void)
{
  g_autoptr(RpReading) reading = rp_reading_new (RP_READING_KIND_LINK);
  const char *refused[] = {
    "http://example.org/", "javascript:alert(1)", "file:relative.pdf",
    "ftp://example.org/x", "https://", "data:text/html,hi",
  };

  rp_reading_set_title (reading, "Daily");
  assert_invalid (reading, RP_READING_FIELD_URI);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      rp_reading_set_uri (reading, refused[i]);
      assert_invalid (reading, RP_READING_FIELD_URI);
    }

  rp_reading_set_uri (reading, "https://example.org/daily");
  g_assert_true (rp_reading_validate (reading, NULL, NULL));
  g_assert_false (rp_reading_is_document (reading));

  rp_reading_set_uri (reading, "file:///home/me/Books/book.pdf");
  g_assert_true (rp_reading_validate (reading, NULL, NULL));
  g_assert_true (rp_reading_is_document (reading));

  rp_reading_set_progress (reading, 12, 10, -1);
  assert_invalid (reading, RP_READING_FIELD_PROGRESS);
  rp_reading_set_progress (reading, 5, 10, -1);
  g_assert_true (rp_reading_validate (reading, NULL, NULL));
  rp_reading_set_progress (reading, -1, 0, 101);
  assert_invalid (reading, RP_READING_FIELD_PROGRESS);
}

static void
assert_refused (const char *text,
                gsize       length,
                const char *expected_part)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (rp_reading_check_text (text, length, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, expected_part));
}

static void
test_reading_check_text (void)
{
  g_autofree char *long_line = NULL;
  g_autofree char *big = NULL;
  GString *lines = g_string_new ("");
  const char binary[] = "text\0more";
  const char bad_utf8[] = "line one\nline two\nthree \xff\xfe here\n";

  g_assert_true (rp_reading_check_text ("", 0, NULL));
  g_assert_true (rp_reading_check_text ("Ünïcödé ✓\n", strlen ("Ünïcödé ✓\n"), NULL));

  assert_refused (binary, sizeof binary - 1, "binary");
  assert_refused (bad_utf8, strlen (bad_utf8), "Line 3");

  /* The cap counts characters: 20,000 two-byte characters pass. */
  for (guint i = 0; i < RP_READING_MAX_LINE_LENGTH; i++)
    g_string_append (lines, "é");
  g_assert_true (rp_reading_check_text (lines->str, lines->len, NULL));
  g_string_prepend (lines, "first\n");
  g_string_append (lines, "é");
  assert_refused (lines->str, lines->len, "Line 2");
  g_string_free (lines, TRUE);

  long_line = g_strnfill (100000, 'x');
  assert_refused (long_line, strlen (long_line), "Line 1");

  big = g_strnfill (RP_READING_MAX_BODY_BYTES + 1, '\n');
  assert_refused (big, strlen (big), "too long");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_reading_copy_and_notify (void)
{
  g_autoptr(RpReading) reading = make_text ();
  g_autoptr(RpReading) copy = NULL;
  guint n_notify = 0;

  rp_reading_set_id (reading, 7);
  rp_reading_set_favourite (reading, TRUE);
  rp_reading_set_entry_date (reading, 1, 1);
  rp_reading_set_last_read (reading, "2026-11-20");
  rp_reading_set_import_key (reading, "01-01");

  copy = rp_reading_copy (reading);
  g_assert_cmpint (rp_reading_get_id (copy), ==, 7);
  g_assert_cmpstr (rp_reading_get_body (copy), ==, rp_reading_get_body (reading));
  g_assert_true (rp_reading_get_favourite (copy));
  g_assert_cmpint (rp_reading_get_entry_month (copy), ==, 1);
  g_assert_cmpstr (rp_reading_get_last_read (copy), ==, "2026-11-20");
  g_assert_cmpstr (rp_reading_get_import_key (copy), ==, "01-01");

  /* Empty text is unset, and setting the same value says nothing. */
  rp_reading_set_description (copy, "");
  g_assert_null (rp_reading_get_description (copy));

  g_signal_connect (reading, "notify::favourite", G_CALLBACK (count_notify), &n_notify);
  rp_reading_set_favourite (reading, TRUE);
  g_assert_cmpuint (n_notify, ==, 0);
  rp_reading_set_favourite (reading, FALSE);
  g_assert_cmpuint (n_notify, ==, 1);

  g_assert_true (rp_reading_is_editable (reading));
  rp_reading_set_origin (reading, RP_READING_ORIGIN_STARTER);
  g_assert_false (rp_reading_is_editable (reading));
}

static void
test_collection (void)
{
  g_autoptr(RpReadingCollection) collection = rp_reading_collection_new ("Daily Book");
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (101, 'n');

  g_assert_cmpint (rp_reading_collection_get_kind (collection), ==, RP_READING_COLLECTION_USER);
  g_assert_cmpstr (rp_reading_collection_get_display_name (collection), ==, "Daily Book");

  /* The built-in names are stored in English and shown translated. */
  rp_reading_collection_set_kind (collection, RP_READING_COLLECTION_MINE);
  g_assert_cmpstr (rp_reading_collection_get_display_name (collection), ==, "My Readings");

  rp_reading_collection_set_counts (collection, 365, TRUE);
  g_assert_cmpuint (rp_reading_collection_get_n_readings (collection), ==, 365);
  g_assert_true (rp_reading_collection_get_dated (collection));

  g_assert_true (rp_reading_collection_validate_name ("Quotes", NULL));
  g_assert_false (rp_reading_collection_validate_name ("  ", &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_reading_collection_validate_name (long_name, &error));
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reading/validate-text", test_reading_validate_text);
  g_test_add_func ("/reading/validate-link", test_reading_validate_link);
  g_test_add_func ("/reading/check-text", test_reading_check_text);
  g_test_add_func ("/reading/copy-and-notify", test_reading_copy_and_notify);
  g_test_add_func ("/reading/collection", test_collection);

  return g_test_run ();
}
