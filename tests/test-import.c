/* test-import.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <string.h>

#include "rp-import.h"
#include "rp-test-util.h"

/* rp-import: the shared error domain and telling formats apart by
 * content, on hand-written starts of files and on every file of the
 * shared corpora. */

static RpImportFormat
detect (const char *text,
        gssize      length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return rp_import_detect_format (bytes);
}

static void
test_detect_icalendar (void)
{
  g_assert_cmpint (detect ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", -1), ==, RP_IMPORT_FORMAT_ICALENDAR);
  g_assert_cmpint (detect ("begin:vcalendar\n", -1), ==, RP_IMPORT_FORMAT_ICALENDAR);
  g_assert_cmpint (detect ("\xef\xbb\xbf" "BEGIN:VCALENDAR\r\n", -1), ==, RP_IMPORT_FORMAT_ICALENDAR);
  g_assert_cmpint (detect ("\n\n  \t\r\nBEGIN:VCALENDAR\n", -1), ==, RP_IMPORT_FORMAT_ICALENDAR);
  g_assert_cmpint (detect ("BEGIN:VCALENDAR", -1), ==, RP_IMPORT_FORMAT_ICALENDAR);

  /* Not a calendar: a bare event, another component, a longer name. */
  g_assert_cmpint (detect ("BEGIN:VEVENT\r\n", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect ("BEGIN:VCALENDARX\r\n", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect ("BEGIN:VCAL", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect ("X BEGIN:VCALENDAR\r\n", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  /* UTF-16 is not read. */
  g_assert_cmpint (detect ("\xff\xfe" "B\0E\0G\0I\0N\0", 12), ==, RP_IMPORT_FORMAT_UNKNOWN);
}

static void
test_detect_vcard (void)
{
  g_assert_cmpint (detect ("BEGIN:VCARD\r\nVERSION:3.0\r\n", -1), ==, RP_IMPORT_FORMAT_VCARD);
  g_assert_cmpint (detect ("begin:vcard\n", -1), ==, RP_IMPORT_FORMAT_VCARD);
  g_assert_cmpint (detect ("\xef\xbb\xbf" "\r\n\r\nBEGIN:VCARD\r\n", -1), ==, RP_IMPORT_FORMAT_VCARD);
  g_assert_cmpint (detect ("BEGIN:VCARD", -1), ==, RP_IMPORT_FORMAT_VCARD);

  g_assert_cmpint (detect ("BEGIN:VCARDX\r\n", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect ("VERSION:3.0\nBEGIN:VCARD\n", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect ("BEGIN:VCAR", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
}

static void
test_detect_json (void)
{
  g_assert_cmpint (detect ("[{\"name\": \"x\"}]", -1), ==, RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
  g_assert_cmpint (detect ("{\"name\": \"x\"}", -1), ==, RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
  g_assert_cmpint (detect ("\xef\xbb\xbf  \n[", -1), ==, RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
  g_assert_cmpint (detect ("\"just a string\"", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect ("<html>", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);
}

static void
test_detect_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) blank = g_bytes_new_static ("\xef\xbb\xbf \n\t", 6);
  g_autoptr(GBytes) text = g_bytes_new_static ("hello", 5);
  g_autoptr(GBytes) calendar = g_bytes_new_static ("BEGIN:VCALENDAR\n", 16);

  g_assert_cmpint (rp_import_detect_format (NULL), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (rp_import_detect_format (empty), ==, RP_IMPORT_FORMAT_UNKNOWN);

  g_assert_cmpint (rp_import_require_format (empty, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_cmpint (rp_import_require_format (blank, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_cmpint (rp_import_require_format (text, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  g_assert_cmpint (rp_import_require_format (calendar, &error), ==, RP_IMPORT_FORMAT_ICALENDAR);
  g_assert_no_error (error);
}

/* An unknown file's message says what is wrong when that can be told. */
static void
test_refusal_messages (void)
{
  g_autoptr(GBytes) binary = g_bytes_new_static ("X\0\x01\x02" "BEGIN", 9);
  const char *latin1_text = "caf\xe9 and more text after it";
  const char *headless_text = "VERSION:3.0\nFN:A\nEND:vCard\n";
  g_autoptr(GBytes) latin1 = g_bytes_new_static (latin1_text, strlen (latin1_text));
  g_autoptr(GBytes) headless = g_bytes_new_static (headless_text, strlen (headless_text));
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GBytes) long_bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rp_import_require_format (binary, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "binary"));
  g_clear_error (&error);

  g_assert_cmpint (rp_import_require_format (latin1, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "binary"));
  g_clear_error (&error);

  g_assert_cmpint (rp_import_require_format (headless, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "BEGIN:VCARD"));
  g_clear_error (&error);

  /* Text whose 4 KiB window cuts a character in two is still text. */
  g_string_append (long_text, "plain words ");
  while (long_text->len < 4095)
    g_string_append_c (long_text, 'a');
  g_string_append (long_text, "é and the rest");
  long_bytes = g_string_free_to_bytes (g_steal_pointer (&long_text));
  g_assert_cmpint (rp_import_require_format (long_bytes, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_null (strstr (error->message, "binary"));
  g_assert_null (strstr (error->message, "BEGIN:VCARD"));
}

static RpImportFormat
detect_file (const char *text,
             gssize      length,
             const char *file_name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return rp_import_detect_format_for_file (bytes, file_name);
}

/* A .md, .markdown or .txt file is a reading unless its content is one of
 * the other formats; content alone never says "reading". */
static void
test_detect_reading (void)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("plain words", 11);
  g_autoptr(GBytes) binary = g_bytes_new_static ("X\0\x01", 3);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (detect_file ("# Title\n\nWords.\n", -1, "notes.md"), ==, RP_IMPORT_FORMAT_READING);
  g_assert_cmpint (detect_file ("Words.\n", -1, "NOTES.MARKDOWN"), ==, RP_IMPORT_FORMAT_READING);
  g_assert_cmpint (detect_file ("Words.\n", -1, "notes.txt"), ==, RP_IMPORT_FORMAT_READING);
  g_assert_cmpint (detect_file ("", 0, "empty.md"), ==, RP_IMPORT_FORMAT_READING);
  /* Opening like JSON is not being JSON. */
  g_assert_cmpint (detect_file ("[A link](https://example.org) first.\n", -1, "a.md"), ==,
                   RP_IMPORT_FORMAT_READING);
  g_assert_cmpint (detect_file ("{% raw %}\n", -1, "a.md"), ==, RP_IMPORT_FORMAT_READING);

  /* Content first: other formats under a reading's name stay themselves. */
  g_assert_cmpint (detect_file ("[{\"name\": \"x\"}]", -1, "feed.txt"), ==,
                   RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
  g_assert_cmpint (detect_file ("BEGIN:VCALENDAR\r\n", -1, "calendar.txt"), ==, RP_IMPORT_FORMAT_ICALENDAR);
  g_assert_cmpint (detect_file ("BEGIN:VCARD\r\n", -1, "contacts.md"), ==, RP_IMPORT_FORMAT_VCARD);

  /* Other names: content only. */
  g_assert_cmpint (detect_file ("# Title\n", -1, "notes.html"), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect_file ("# Title\n", -1, NULL), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (detect_file ("[not json", -1, "feed.json"), ==, RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
  g_assert_cmpint (detect ("# Title\n", -1), ==, RP_IMPORT_FORMAT_UNKNOWN);

  /* The command line's message offers readings too. */
  g_assert_cmpint (rp_import_require_format_for_file (text, "notes.doc", &error), ==,
                   RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, ".md"));
  g_clear_error (&error);
  g_assert_cmpint (rp_import_require_format_for_file (binary, "x.bin", &error), ==,
                   RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "binary"));
  g_assert_nonnull (strstr (error->message, ".md"));
  g_clear_error (&error);
  g_assert_cmpint (rp_import_require_format_for_file (binary, "x.md", &error), ==,
                   RP_IMPORT_FORMAT_READING);
  g_assert_no_error (error);

  /* The other importers' message does not. */
  g_assert_cmpint (rp_import_require_format (text, &error), ==, RP_IMPORT_FORMAT_UNKNOWN);
  g_assert_null (strstr (error->message, ".md"));
}

static void
test_error_codes (void)
{
  /* The Meeting Guide importer's codes keep their values. */
  g_assert_cmpint (RP_IMPORT_ERROR_FAILED, ==, 0);
  g_assert_cmpint (RP_IMPORT_ERROR_INVALID_JSON, ==, 1);
  g_assert_cmpint (RP_IMPORT_ERROR_UNRECOGNISED, ==, 2);
  g_assert_cmpint (RP_IMPORT_ERROR_TOO_LARGE, ==, 3);
  g_assert_cmpint (RP_IMPORT_ERROR_EMPTY, ==, 4);
  g_assert_cmpstr (g_quark_to_string (RP_IMPORT_ERROR), ==, "rp-import-error-quark");
}

/* --- the shared corpora ----------------------------------------------- */

static char *
find_corpus_dir (const char *name)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *default_corpora = NULL;

  if (corpora == NULL || *corpora == '\0')
    {
      g_autofree char *relative = g_build_filename (g_test_get_dir (G_TEST_DIST),
                                                    "..", "..", "shared", "corpora", NULL);

      corpora = default_corpora = g_canonicalize_filename (relative, NULL);
    }

  return g_build_filename (corpora, name, NULL);
}

/* Files that do not start with a calendar: fragments and fuzz inputs. */
static const char * const ics_not_calendars[] = {
  "PROVENANCE.md",
  "libical__fuzz472865252.ics",
  "libical__fuzzmerge1.ics",
  "libical__recur-errors.ics",
  "pyicalendar__event_with_recurrence_exdates_on_different_lines.ics",
  "pyicalendar__fuzz_testcase_vtimezone_lone_cr.ics",
  "pyicalendar__rfc_5545_end.ics",
};

/* The vCard corpus files that do not start with BEGIN:VCARD. */
static const char * const vcf_not_vcards[] = {
  "PROVENANCE.md",
  "eds__vcard-7.vcf",
  "libical__vcardfuzz480258833.vcf",
  "libical__vcardfuzz505903588.vcf",
};

static gboolean
in_list (const char         *name,
         const char * const *list,
         gsize               length)
{
  for (gsize i = 0; i < length; i++)
    if (strcmp (list[i], name) == 0)
      return TRUE;

  return FALSE;
}

static void
check_folder (const char     *name,
              RpImportFormat  expected_format)
{
  g_autofree char *folder = find_corpus_dir (name);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *file;
  guint n_files = 0;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The corpus folder is absent; set RP_CORPORA_DIR");
      return;
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((file = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      RpImportFormat format;
      gsize length;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      format = rp_import_detect_format (bytes);
      g_test_message ("%s/%s: format %d", name, file, format);
      n_files++;

      if (expected_format == RP_IMPORT_FORMAT_ICALENDAR)
        g_assert_cmpint (format, ==, in_list (file, ics_not_calendars, G_N_ELEMENTS (ics_not_calendars))
                                     ? RP_IMPORT_FORMAT_UNKNOWN : RP_IMPORT_FORMAT_ICALENDAR);
      else if (expected_format == RP_IMPORT_FORMAT_VCARD)
        g_assert_cmpint (format, ==, in_list (file, vcf_not_vcards, G_N_ELEMENTS (vcf_not_vcards))
                                     ? RP_IMPORT_FORMAT_UNKNOWN : RP_IMPORT_FORMAT_VCARD);
      else
        g_assert_cmpint (format, ==, g_str_has_suffix (file, ".md")
                                     ? RP_IMPORT_FORMAT_UNKNOWN : RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
    }

  g_assert_cmpuint (n_files, >, 0);
}

static void
test_corpus_ics (void)
{
  check_folder ("ics", RP_IMPORT_FORMAT_ICALENDAR);
}

static void
test_corpus_vcf (void)
{
  check_folder ("vcf", RP_IMPORT_FORMAT_VCARD);
}

static void
test_corpus_meeting_guide (void)
{
  check_folder ("meeting-guide", RP_IMPORT_FORMAT_MEETING_GUIDE_JSON);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/detect/icalendar", test_detect_icalendar);
  g_test_add_func ("/import/detect/vcard", test_detect_vcard);
  g_test_add_func ("/import/detect/json", test_detect_json);
  g_test_add_func ("/import/detect/nothing", test_detect_nothing);
  g_test_add_func ("/import/detect/reading", test_detect_reading);
  g_test_add_func ("/import/error-codes", test_error_codes);
  g_test_add_func ("/import/refusal-messages", test_refusal_messages);
  g_test_add_func ("/import/corpus/ics", test_corpus_ics);
  g_test_add_func ("/import/corpus/meeting-guide", test_corpus_meeting_guide);
  g_test_add_func ("/import/corpus/vcf", test_corpus_vcf);

  return g_test_run ();
}
