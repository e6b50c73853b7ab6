/* test-import-meeting-guide.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-meeting-guide"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rp-import-meeting-guide.h"
#include "rp-meeting-types.h"
#include "rp-test-meeting-guide.h"

/* The Meeting Guide importer: one test per messy-field case, with small
 * feeds written here, and a walk over the real feeds in the shared corpora.
 *
 * The corpora folder is $RP_CORPORA_DIR when set (the folder holding
 * meeting-guide/), else G_TEST_SRCDIR/../../shared/corpora: the repository's
 * parent holds shared/ in CI and in the development checkout. The corpus
 * test skips only when that folder is absent. Several corpus feeds carry
 * group contacts' names, emails and phones: this file never prints a field
 * value, only counts, positions and our own messages.
 *
 * This file holds the type codes, whole files, slugs and the corpora; the
 * schedule's fields are in test-import-meeting-guide-schedule.c and the
 * other fields in test-import-meeting-guide-fields.c. */

#define MAX_PARSE_USEC (2 * G_USEC_PER_SEC)

/* @length -1: up to the NUL */
static void
assert_refused (const char    *json,
                gssize         length,
                RpImportError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  RpFeedReport *report = NULL;

  if (length < 0)
    length = strlen (json);
  meetings = rp_import_meeting_guide_parse_data (json, length, &report, &error);
  g_assert_error (error, RP_IMPORT_ERROR, (int) code);
  g_assert_null (meetings);
  g_assert_null (report);
  g_assert_cmpstr (error->message, !=, "");
}

/* --- type codes ------------------------------------------------------- */

static void
test_types_table (void)
{
  const char * const *codes = rp_meeting_type_get_codes ();
  guint n_codes = rp_meeting_type_get_n_codes ();

  /* 87 reserved codes in the spec's types.json, plus ONL and NS */
  g_assert_cmpuint (n_codes, ==, 89);
  g_assert_cmpuint (g_strv_length ((char **) codes), ==, n_codes);

  /* lookups bisect the table */
  for (guint i = 1; i < n_codes; i++)
    g_assert_cmpint (g_ascii_strcasecmp (codes[i - 1], codes[i]), <, 0);

  for (guint i = 0; i < n_codes; i++)
    {
      g_assert_true (rp_meeting_type_is_known (codes[i]));
      g_assert_cmpstr (rp_meeting_type_get_canonical (codes[i]), ==, codes[i]);
      g_assert_nonnull (rp_meeting_type_get_meaning (codes[i]));
    }
}

static void
test_types_lookup (void)
{
  g_assert_cmpstr (rp_meeting_type_get_meaning ("O"), ==, "Open");
  g_assert_cmpstr (rp_meeting_type_get_meaning ("C"), ==, "Closed");
  g_assert_cmpstr (rp_meeting_type_get_meaning ("12x12"), ==, "12 Steps & 12 Traditions");
  g_assert_cmpstr (rp_meeting_type_get_meaning ("AL-AN"), ==, "Concurrent with Al-Anon");
  g_assert_cmpstr (rp_meeting_type_get_meaning (RP_MEETING_TYPE_TEMPORARILY_CLOSED), ==,
                   "Location Temporarily Closed");
  g_assert_cmpstr (rp_meeting_type_get_meaning (RP_MEETING_TYPE_ONLINE), ==, "Online");

  g_assert_cmpstr (rp_meeting_type_get_canonical ("onl"), ==, "ONL");
  g_assert_cmpstr (rp_meeting_type_get_canonical ("12X12"), ==, "12x12");
  g_assert_true (rp_meeting_type_is_legacy ("ONL"));
  g_assert_true (rp_meeting_type_is_legacy ("NS"));
  g_assert_false (rp_meeting_type_is_legacy ("O"));

  g_assert_null (rp_meeting_type_get_meaning ("AC"));
  g_assert_null (rp_meeting_type_get_meaning (""));
  g_assert_null (rp_meeting_type_get_meaning (NULL));
  g_assert_false (rp_meeting_type_is_known ("O "));
  g_assert_false (rp_meeting_type_is_known ("LGBTQIA"));
}

/* --- whole files ------------------------------------------------------ */

static void
test_file_invalid_json (void)
{
  static const char invalid_utf8[] = "[{\"name\": \"\xff\xfe\"}]";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;

  assert_refused ("[{\"name\": \"a\",}]", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused ("[{\"name\" \"a\"}]", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused ("[{\"name\": \"a\"", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused (invalid_utf8, sizeof invalid_utf8 - 1, RP_IMPORT_ERROR_INVALID_JSON);

  /* json-glib itself accepts a second value after a newline */
  assert_refused ("[{\"name\": \"a\", \"slug\": \"b\"}]\n[1]", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused ("[{\"name\": \"a\", \"slug\": \"b\"}] x", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused ("1\n[{\"name\": \"a\", \"slug\": \"b\"}]", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused ("null\n{}", -1, RP_IMPORT_ERROR_INVALID_JSON);
  assert_refused ("# Not JSON [at all]", -1, RP_IMPORT_ERROR_INVALID_JSON);

  /* the message gives the position, and never the offending text */
  meetings = rp_test_meeting_guide_parse_text ("[\n  {\"name\": \"Private Person\" \"slug\": 1}\n]", NULL, &error);
  g_assert_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_INVALID_JSON);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_null (strstr (error->message, "Private"));
  g_assert_null (strstr (error->message, "slug"));
}

static void
test_file_empty (void)
{
  assert_refused ("", 0, RP_IMPORT_ERROR_EMPTY);
  assert_refused (NULL, 0, RP_IMPORT_ERROR_EMPTY);
  assert_refused (" \n\t ", -1, RP_IMPORT_ERROR_EMPTY);
  assert_refused ("[]", -1, RP_IMPORT_ERROR_EMPTY);
  assert_refused ("{\"meetings\": []}", -1, RP_IMPORT_ERROR_EMPTY);
}

static void
test_file_unrecognised (void)
{
  static const char * const cases[] = {
    "42",
    "\"meetings\"",
    "null",
    "true",
    "{\"foo\": 1}",
    "{\"$schema\": \"x\", \"type\": \"array\", \"items\": {}}",
    "{\"O\": {\"en\": \"Open\"}, \"C\": {\"en\": \"Closed\"}}",
    "[1, 2, 3]",
    "[[{\"name\": \"a\", \"day\": 1}]]",
    "[{\"foo\": 1}, {\"bar\": 2}]",
    "[{\"name\": \"a list of people\"}]",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (cases[i], strlen (cases[i]), RP_IMPORT_ERROR_UNRECOGNISED);
}

static void
test_file_limits (void)
{
  g_autofree char *large = NULL;
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) many = g_string_new ("[");
  gsize large_length = RP_MEETING_GUIDE_MAX_BYTES + 1;

  /* refused on its size alone, before parsing */
  large = g_malloc (large_length);
  memset (large, ' ', large_length);
  assert_refused (large, large_length, RP_IMPORT_ERROR_TOO_LARGE);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  assert_refused (deep->str, deep->len, RP_IMPORT_ERROR_TOO_LARGE);

  for (guint i = 0; i <= RP_MEETING_GUIDE_MAX_MEETINGS; i++)
    g_string_append (many, i == 0 ? "0" : ",0");
  g_string_append_c (many, ']');
  assert_refused (many->str, many->len, RP_IMPORT_ERROR_TOO_LARGE);
}

static void
test_file_shapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *with_bom = "\xef\xbb\xbf[1, \"x\", {\"foo\": 2},"
                         " {\"name\": \"A\", \"slug\": \"a\", \"day\": 0, \"time\": \"8:00\"}]";
  RpFeedMeeting *meeting;

  /* one meeting object, as in the spec's own example */
  meetings = rp_test_meeting_guide_parse_text ("{\"name\": \"Solo\", \"slug\": \"solo\", \"day\": 1, \"time\": \"19:00\"}",
                                               &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (meeting->slug, ==, "solo");
  g_assert_cmpuint (meeting->position, ==, 0);

  /* boxed types share by reference */
  {
    RpFeedMeeting *copy = g_boxed_copy (RP_TYPE_FEED_MEETING, meeting);
    RpFeedReport *report_copy = g_boxed_copy (RP_TYPE_FEED_REPORT, report);

    g_assert_true (copy == meeting);
    g_assert_true (report_copy == report);
    g_boxed_free (RP_TYPE_FEED_MEETING, copy);
    g_boxed_free (RP_TYPE_FEED_REPORT, report_copy);
  }
  g_clear_pointer (&meetings, g_ptr_array_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  /* the proposed version 2 envelope, with "days" */
  meetings = rp_test_meeting_guide_parse_text ("{\"api_version\": 2, \"organization\": {\"name\": \"x\"},"
                                               " \"meetings\": [{\"name\": \"A\", \"slug\": \"a\", \"days\": [1, 3],"
                                               " \"time\": \"07:00\"}]}",
                                               &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpuint (meeting->weekdays, ==,
                    RP_FEED_WEEKDAY_BIT (G_DATE_MONDAY) | RP_FEED_WEEKDAY_BIT (G_DATE_WEDNESDAY));
  g_clear_pointer (&meetings, g_ptr_array_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  /* entries that are not meetings are skipped, the rest kept; a BOM is fine */
  bytes = g_bytes_new_static (with_bom, strlen (with_bom));
  meetings = rp_import_meeting_guide_parse_bytes (bytes, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  g_assert_cmpuint (rp_feed_report_get_n_entries (report), ==, 4);
  g_assert_cmpuint (rp_feed_report_get_n_skipped (report), ==, 3);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_SKIPPED, NULL), ==, 3);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpuint (meeting->position, ==, 3);
  g_assert_true (rp_feed_meeting_has_weekday (meeting, G_DATE_SUNDAY));

  /* the report is optional */
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = rp_import_meeting_guide_parse_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
}

static void
test_slug (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  g_autofree char *long_slug = g_strnfill (RP_FEED_MAX_SLUG + 1, 's');
  g_autofree char *json = NULL;
  const char *feed =
    "[{\"name\": \"A\", \"slug\": 123, \"day\": 1, \"time\": \"9:00\"},"
    " {\"name\": \"B\", \"slug\": \" b \", \"day\": 1, \"time\": \"9:00\"},"
    " {\"name\": \"C\", \"day\": 1, \"time\": \"9:00\", \"location\": \"Hall\"},"
    " {\"name\": \"C\", \"day\": 2, \"time\": \"9:00\", \"location\": \"Hall\"},"
    " {\"name\": \"D\", \"slug\": 124.0},"
    " {\"name\": \"E\", \"slug\": \"\"}]";
  RpFeedMeeting *meeting;

  meetings = rp_test_meeting_guide_parse_text (feed, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 6);

  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (meeting->slug, ==, "123");
  g_assert_false (meeting->slug_made_up);
  meeting = g_ptr_array_index (meetings, 1);
  g_assert_cmpstr (meeting->slug, ==, "b");
  meeting = g_ptr_array_index (meetings, 4);
  g_assert_cmpstr (meeting->slug, ==, "124");

  /* made up from name, day, time and place: different days, different IDs */
  meeting = g_ptr_array_index (meetings, 2);
  g_assert_true (meeting->slug_made_up);
  g_assert_true (g_str_has_prefix (meeting->slug, "rp-"));
  g_assert_cmpuint (strlen (meeting->slug), ==, 3 + 64);
  g_assert_cmpstr (meeting->slug, !=, ((RpFeedMeeting *) g_ptr_array_index (meetings, 3))->slug);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_SLUG_MADE_UP, "slug"), ==, 3);

  /* ... and the same on every import, so that re-importing updates them */
  again = rp_test_meeting_guide_parse_text (feed, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < meetings->len; i++)
    g_assert_cmpstr (((RpFeedMeeting *) g_ptr_array_index (meetings, i))->slug, ==,
                     ((RpFeedMeeting *) g_ptr_array_index (again, i))->slug);

  g_clear_pointer (&meetings, g_ptr_array_unref);
  g_clear_pointer (&report, rp_feed_report_unref);
  json = g_strdup_printf ("[{\"name\": \"A\", \"slug\": \"%s\"}, {\"name\": \"B\", \"slug\": \"%s\"}]",
                          long_slug, long_slug + 1);
  meetings = rp_test_meeting_guide_parse_text (json, &report, &error);
  g_assert_no_error (error);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_true (meeting->slug_made_up);
  g_assert_true (g_str_has_prefix (meeting->slug, "rp-"));
  meeting = g_ptr_array_index (meetings, 1);
  g_assert_cmpstr (meeting->slug, ==, long_slug + 1);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_SLUG_MADE_UP, "slug"), ==, 1);
}

static void
test_duplicate_slug (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  const GPtrArray *warnings;
  const RpFeedWarning *warning;

  meetings = rp_test_meeting_guide_parse_text ("[{\"name\": \"First\", \"slug\": \"x\"},"
                                               " {\"name\": \"Second\", \"slug\": \"x\", \"time\": \"bad\"},"
                                               " {\"name\": \"Third\", \"slug\": \"y\"},"
                                               " {\"name\": \"Fourth\", \"slug\": \"x\"}]",
                                               &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 2);
  g_assert_cmpstr (((RpFeedMeeting *) g_ptr_array_index (meetings, 0))->name, ==, "First");
  g_assert_cmpstr (((RpFeedMeeting *) g_ptr_array_index (meetings, 1))->name, ==, "Third");
  g_assert_cmpuint (rp_feed_report_get_n_entries (report), ==, 4);
  g_assert_cmpuint (rp_feed_report_get_n_meetings (report), ==, 2);
  g_assert_cmpuint (rp_feed_report_get_n_skipped (report), ==, 2);
  g_assert_cmpuint (rp_feed_report_get_n_with_warnings (report), ==, 0);

  warnings = rp_feed_report_get_warnings (report);
  g_assert_cmpuint (warnings->len, ==, 2);
  warning = g_ptr_array_index (warnings, 0);
  g_assert_cmpint (warning->kind, ==, RP_FEED_WARNING_SKIPPED);
  g_assert_cmpuint (warning->position, ==, 1);
  g_assert_cmpstr (warning->slug, ==, "x");
  g_assert_cmpstr (warning->field, ==, "slug");
  g_assert_cmpstr (warning->reason, !=, "");
  warning = g_ptr_array_index (warnings, 1);
  g_assert_cmpuint (warning->position, ==, 3);
}

/* --- the shared corpora ----------------------------------------------- */

typedef struct
{
  const char    *file;
  gboolean       refused;
  RpImportError  code;
  guint          n_entries;  /* parsed files: the entries in the feed's list */
} Expectation;

/* What we know of the files listed in the folder's PROVENANCE.md; files
 * added later are held to the general rule only. */
static const Expectation expectations[] = {
  { "tsml-ui__public__data__invalid.json", TRUE, RP_IMPORT_ERROR_INVALID_JSON, 0 },
  { "spec__2.0__spec.json", TRUE, RP_IMPORT_ERROR_INVALID_JSON, 0 },
  { "spec__data__types.json", TRUE, RP_IMPORT_ERROR_UNRECOGNISED, 0 },
  { "spec__data__proposed-new.json", TRUE, RP_IMPORT_ERROR_UNRECOGNISED, 0 },
  { "spec__schema__feed.schema.json", TRUE, RP_IMPORT_ERROR_UNRECOGNISED, 0 },
  { "spec__schema__meeting.schema.json", TRUE, RP_IMPORT_ERROR_UNRECOGNISED, 0 },
  { "spec__schema__meeting-type.schema.json", TRUE, RP_IMPORT_ERROR_UNRECOGNISED, 0 },
  { "PROVENANCE.md", TRUE, RP_IMPORT_ERROR_INVALID_JSON, 0 },
  { "SPEC-SUMMARY.md", TRUE, RP_IMPORT_ERROR_INVALID_JSON, 0 },
  { "spec__schema__example.json", FALSE, 0, 1 },
  { "spec__version-2.json", FALSE, 0, 2 },
  { "spec__jquery-demo__test.json", FALSE, 0, 3 },
  { "spec__kansas-city__data-sample.json", FALSE, 0, 45 },
  { "tsml-ui__public__data__appointment.test.json", FALSE, 0, 2 },
  { "tsml-ui__public__data__atlanta.json", FALSE, 0, 6 },
  { "tsml-ui__public__data__benlomond.test.json", FALSE, 0, 35 },
  { "tsml-ui__public__data__kc.test.json", FALSE, 0, 206 },
  { "tsml-ui__public__data__sussexaa.json", FALSE, 0, 123 },
  { "tsml-ui__public__data__sussexaa.test.json", FALSE, 0, 145 },
  { "tsml-ui__public__meetings.json", FALSE, 0, 46 },
  { "derived__tsml-ui__al-anon.first150.json", FALSE, 0, 150 },
  { "derived__tsml-ui__eda.compact.json", FALSE, 0, 185 },
  { "derived__tsml-ui__oc.subset.json", FALSE, 0, 128 },
};

static char *
find_corpus_dir (void)
{
  const char *corpora = g_getenv ("RP_CORPORA_DIR");
  g_autofree char *default_corpora = NULL;

  if (corpora == NULL || *corpora == '\0')
    {
      g_autofree char *relative = g_build_filename (g_test_get_dir (G_TEST_DIST),
                                                    "..", "..", "shared", "corpora", NULL);

      corpora = default_corpora = g_canonicalize_filename (relative, NULL);
    }

  return g_build_filename (corpora, "meeting-guide", NULL);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "field kind xCOUNT, ...": names and numbers only, no values */
static char *
tally_warnings (RpFeedReport *report)
{
  static const char * const kind_names[] = {
    [RP_FEED_WARNING_DROPPED] = "dropped",
    [RP_FEED_WARNING_TRUNCATED] = "truncated",
    [RP_FEED_WARNING_MISSING] = "missing",
    [RP_FEED_WARNING_BY_APPOINTMENT] = "by-appointment",
    [RP_FEED_WARNING_SLUG_MADE_UP] = "slug-made-up",
    [RP_FEED_WARNING_SKIPPED] = "skipped",
  };
  const GPtrArray *warnings = rp_feed_report_get_warnings (report);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) tally = g_string_new (NULL);
  g_autofree gpointer *keys = NULL;
  guint n_keys;

  for (guint i = 0; i < warnings->len; i++)
    {
      const RpFeedWarning *warning = g_ptr_array_index (warnings, i);
      char *key = g_strdup_printf ("%s %s", warning->field != NULL ? warning->field : "entry",
                                   kind_names[warning->kind]);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_hash_table_replace (counts, key, GUINT_TO_POINTER (count + 1));
    }

  keys = g_hash_table_get_keys_as_array (counts, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), (GCompareFunc) compare_strings);
  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (tally, "%s%s x%u", i > 0 ? ", " : "", (char *) keys[i],
                            GPOINTER_TO_UINT (g_hash_table_lookup (counts, keys[i])));

  return g_string_free (g_steal_pointer (&tally), FALSE);
}

static const Expectation *
find_expectation (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (expectations); i++)
    {
      if (strcmp (expectations[i].file, name) == 0)
        return &expectations[i];
    }

  return NULL;
}

static void
test_corpus (void)
{
  g_autofree char *folder = find_corpus_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n_parsed = 0;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The Meeting Guide corpus folder is absent; set RP_CORPORA_DIR");
      return;
    }

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_assert_cmpuint (names->len, >, 0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      const Expectation *expected = find_expectation (file);
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) parse_error = NULL;
      g_autoptr(GPtrArray) meetings = NULL;
      g_autoptr(RpFeedReport) report = NULL;
      g_autofree char *tally = NULL;
      gsize length;
      gint64 start;
      gint64 elapsed;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);

      start = g_get_monotonic_time ();
      meetings = rp_import_meeting_guide_parse_data (contents, length, &report, &parse_error);
      elapsed = g_get_monotonic_time () - start;

      if (meetings == NULL)
        {
          g_assert_nonnull (parse_error);
          g_assert_true (parse_error->domain == RP_IMPORT_ERROR);
          g_assert_cmpstr (parse_error->message, !=, "");
          g_assert_null (report);
          /* our messages quote no value from the file */
          g_test_message ("%s: refused (code %d) in %.1f ms: %s", file, parse_error->code,
                          elapsed / 1000.0, parse_error->message);
        }
      else
        {
          g_assert_no_error (parse_error);
          g_assert_cmpuint (meetings->len, ==, rp_feed_report_get_n_meetings (report));
          g_assert_cmpuint (meetings->len, >, 0);
          g_assert_cmpuint (rp_feed_report_get_n_meetings (report) +
                            rp_feed_report_get_n_skipped (report),
                            ==, rp_feed_report_get_n_entries (report));
          for (guint j = 0; j < meetings->len; j++)
            {
              RpFeedMeeting *meeting = g_ptr_array_index (meetings, j);

              g_assert_nonnull (meeting->slug);
              g_assert_true (meeting->by_appointment ||
                             (meeting->weekdays != 0 && meeting->start_minute >= 0));
            }
          g_test_message ("%s: %u meetings of %u entries, %u skipped, %u by appointment, "
                          "%u with warnings, %u warnings (%s), %u entities, in %.1f ms",
                          file, meetings->len, rp_feed_report_get_n_entries (report),
                          rp_feed_report_get_n_skipped (report),
                          rp_feed_report_get_n_by_appointment (report),
                          rp_feed_report_get_n_with_warnings (report),
                          rp_feed_report_get_n_warnings (report),
                          tally = tally_warnings (report),
                          g_strv_length ((char **) rp_feed_report_get_entities (report)),
                          elapsed / 1000.0);
          n_parsed++;
        }

      g_assert_cmpint (elapsed, <, MAX_PARSE_USEC);

      if (expected == NULL)
        continue;
      if (expected->refused)
        {
          g_assert_error (parse_error, RP_IMPORT_ERROR, (int) expected->code);
        }
      else
        {
          g_assert_no_error (parse_error);
          g_assert_cmpuint (rp_feed_report_get_n_entries (report), ==, expected->n_entries);
        }
    }

  g_assert_cmpuint (n_parsed, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-types/table", test_types_table);
  g_test_add_func ("/meeting-types/lookup", test_types_lookup);
  g_test_add_func ("/import-meeting-guide/file/invalid-json", test_file_invalid_json);
  g_test_add_func ("/import-meeting-guide/file/empty", test_file_empty);
  g_test_add_func ("/import-meeting-guide/file/unrecognised", test_file_unrecognised);
  g_test_add_func ("/import-meeting-guide/file/limits", test_file_limits);
  g_test_add_func ("/import-meeting-guide/file/shapes", test_file_shapes);
  g_test_add_func ("/import-meeting-guide/field/slug", test_slug);
  g_test_add_func ("/import-meeting-guide/field/duplicate-slug", test_duplicate_slug);
  g_test_add_func ("/import-meeting-guide/corpus", test_corpus);

  return g_test_run ();
}
