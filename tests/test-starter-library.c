/* test-starter-library.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "rp-front-matter.h"
#include "rp-starter-library.h"
#include "rp-test-store.h"
#include "rp-test-util.h"
#include "rp-uri-policy.h"

/* The starter library: every shipped file loads with its whole header;
 * enough original pieces, the Twelve Steps marked public domain, links
 * that are https and pass the URI policy; a damaged header fails naming
 * the file and the field; and the compiled files are data/readings/'s. */

static GPtrArray *
load_library (void)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *readings = rp_starter_library_load (&error);

  g_assert_no_error (error);
  g_assert_nonnull (readings);

  return readings;
}

static RpReading *
find_reading (GPtrArray  *readings,
              const char *import_key)
{
  for (guint i = 0; i < readings->len; i++)
    {
      RpReading *reading = g_ptr_array_index (readings, i);

      if (g_strcmp0 (rp_reading_get_import_key (reading), import_key) == 0)
        return reading;
    }

  return NULL;
}

/* The header's kind of a compiled file, read again from the resource. */
static char *
lookup_kind (const char *import_key)
{
  g_autofree char *path = g_strconcat (RP_STARTER_LIBRARY_PATH, import_key, ".md", NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(RpFrontMatter) header = NULL;
  gsize length;
  const char *text;

  g_assert_nonnull (bytes);
  text = g_bytes_get_data (bytes, &length);
  header = rp_front_matter_parse (text, length);
  g_assert_nonnull (header);

  return g_strdup (rp_front_matter_lookup (header, "kind"));
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';

  return n;
}

static void
test_load (void)
{
  g_autoptr(GPtrArray) readings = load_library ();
  g_autoptr(GPtrArray) again = load_library ();
  g_autofree char *previous_key = NULL;
  guint n_original = 0;

  g_assert_cmpuint (readings->len, >=, 15);

  for (guint i = 0; i < readings->len; i++)
    {
      RpReading *reading = g_ptr_array_index (readings, i);
      const char *key = rp_reading_get_import_key (reading);
      g_autofree char *kind = lookup_kind (key);

      g_test_message ("%s: %s", key, kind);
      g_assert_cmpint (rp_reading_get_origin (reading), ==, RP_READING_ORIGIN_STARTER);
      g_assert_cmpint (rp_reading_get_format (reading), ==, RP_READING_FORMAT_MARKDOWN);
      g_assert_cmpstr (rp_reading_get_title (reading), !=, NULL);
      g_assert_cmpstr (rp_reading_get_description (reading), !=, NULL);
      g_assert_cmpstr (rp_reading_get_source_note (reading), !=, NULL);
      g_assert_true (rp_reading_validate (reading, NULL, NULL));
      g_assert_false (rp_reading_is_editable (reading));

      /* In file-name order, each name "NN-words". */
      g_assert_true (g_regex_match_simple ("^[0-9]{2}-[a-z0-9-]+$", key, 0, 0));
      if (previous_key != NULL)
        g_assert_cmpstr (previous_key, <, key);
      g_free (previous_key);
      previous_key = g_strdup (key);

      if (g_strcmp0 (kind, "original") == 0)
        {
          guint n_words = count_words (rp_reading_get_body (reading));

          n_original++;
          /* Short pieces a newcomer reads in a few minutes. */
          g_test_message ("  %u words", n_words);
          g_assert_cmpuint (n_words, >=, 350);
          g_assert_cmpuint (n_words, <=, 800);
          g_assert_true (g_str_has_prefix (rp_reading_get_body (reading), "# "));
        }

      /* Loading twice gives the same readings. */
      g_assert_cmpstr (rp_reading_get_body (reading),
                       ==, rp_reading_get_body (g_ptr_array_index (again, i)));
    }

  g_assert_cmpuint (n_original, >=, 12);
}

static void
test_twelve_steps (void)
{
  g_autoptr(GPtrArray) readings = load_library ();
  RpReading *steps = find_reading (readings, "15-the-twelve-steps-1939");
  g_autofree char *kind = NULL;
  const char *body;

  g_assert_nonnull (steps);
  kind = lookup_kind ("15-the-twelve-steps-1939");
  g_assert_cmpstr (kind, ==, "public-domain");
  g_assert_nonnull (strstr (rp_reading_get_source_note (steps), "1939"));
  g_assert_nonnull (strstr (rp_reading_get_source_note (steps), "Public domain in the United States"));
  g_assert_nonnull (strstr (rp_reading_get_source_note (steps), "not renewed"));

  /* The twelve steps, numbered, with the first printing's "experience". */
  body = rp_reading_get_body (steps);
  for (int step = 1; step <= 12; step++)
    {
      g_autofree char *mark = g_strdup_printf ("\n%d. ", step);

      g_assert_nonnull (strstr (body, mark));
    }
  g_assert_nonnull (strstr (body, "\n1. We admitted we were powerless over alcohol—that our lives "
                                  "had become unmanageable.\n"));
  g_assert_nonnull (strstr (body, "\n12. Having had a spiritual experience as the result of these "
                                  "steps, we tried to carry this message to alcoholics, and to "
                                  "practice these principles in all our affairs.\n"));
}

static void
test_links (void)
{
  g_autoptr(GPtrArray) readings = load_library ();
  guint n_links = 0;

  for (guint i = 0; i < readings->len; i++)
    {
      RpReading *reading = g_ptr_array_index (readings, i);
      const char *key = rp_reading_get_import_key (reading);
      g_autofree char *kind = lookup_kind (key);
      g_autoptr(GError) error = NULL;

      if (rp_reading_get_kind (reading) != RP_READING_KIND_LINK)
        {
          g_assert_cmpstr (kind, !=, "link");
          g_assert_null (rp_reading_get_uri (reading));
          g_assert_cmpstr (rp_reading_get_body (reading), !=, NULL);
          continue;
        }

      n_links++;
      g_assert_cmpstr (kind, ==, "link");
      g_test_message ("%s: %s", key, rp_reading_get_uri (reading));
      g_assert_true (g_str_has_prefix (rp_reading_get_uri (reading), "https://"));
      g_assert_cmpint (rp_uri_policy_check (rp_reading_get_uri (reading), &error), ==,
                       RP_URI_VERDICT_ALLOWED);
      g_assert_no_error (error);
      g_assert_false (rp_reading_is_document (reading));
      /* Opened in the browser, never copied. */
      g_assert_null (rp_reading_get_body (reading));
    }

  g_assert_cmpuint (n_links, >=, 3);
}

/* The files compiled in are exactly those of data/readings/. */
static void
test_matches_source_folder (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "data", "readings", NULL);
  g_autoptr(GPtrArray) readings = load_library ();
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *resource_path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) compiled = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".md"))
        continue;
      n_files++;

      path = g_build_filename (folder, name, NULL);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);

      resource_path = g_strconcat (RP_STARTER_LIBRARY_PATH, name, NULL);
      compiled = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (compiled, NULL), g_bytes_get_size (compiled), contents, length);
    }

  g_assert_cmpuint (n_files, ==, readings->len);
}

static void
test_version (void)
{
  g_autoptr(GPtrArray) readings = load_library ();
  g_autoptr(GPtrArray) again = load_library ();
  g_autofree char *version = rp_starter_library_get_version (readings);
  g_autofree char *same = rp_starter_library_get_version (again);
  g_autofree char *changed = NULL;
  g_autofree char *moved = NULL;
  RpReading *first = g_ptr_array_index (again, 0);
  g_autofree char *title = g_strdup (rp_reading_get_title (first));
  g_autofree char *description = g_strdup (rp_reading_get_description (first));

  g_assert_cmpuint (strlen (version), ==, 64);
  g_assert_cmpstr (version, ==, same);

  rp_reading_set_body (first, "Another text.");
  changed = rp_starter_library_get_version (again);
  g_assert_cmpstr (changed, !=, version);

  /* Text moved from one field to the next is a change too. */
  rp_reading_set_body (first, rp_reading_get_body (g_ptr_array_index (readings, 0)));
  rp_reading_set_title (first, description);
  rp_reading_set_description (first, title);
  moved = rp_starter_library_get_version (again);
  g_assert_cmpstr (moved, !=, version);
}

/* The library as the store keeps it: every file in the starter collection,
 * searchable, and a second sync with the same version changing nothing. */
static void
test_sync_into_store (RpTestStore   *f,
                      gconstpointer  user_data)
{
  g_autoptr(GPtrArray) readings = load_library ();
  g_autofree char *version = rp_starter_library_get_version (readings);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *updated_again = NULL;
  int n_links = 0;

  for (guint i = 0; i < readings->len; i++)
    n_links += rp_reading_get_kind (g_ptr_array_index (readings, i)) == RP_READING_KIND_LINK;

  g_assert_true (rp_store_sync_starter_library (f->store, readings, version, &error));
  g_assert_no_error (error);

  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count (*) FROM reading r JOIN reading_collection c"
                                      " ON c.id = r.collection_id WHERE c.kind = 0 AND r.origin = 0"),
                   ==, readings->len);
  g_assert_cmpint (rp_test_query_int (f->database,
                                      "SELECT count (*) FROM reading WHERE uri GLOB 'https://*'"),
                   ==, n_links);

  matches = rp_store_search_readings (f->store, "sponsor", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, >, 0);

  updated = rp_test_query_text (f->database, "SELECT group_concat (updated) FROM reading");
  g_assert_true (rp_store_sync_starter_library (f->store, readings, version, &error));
  g_assert_no_error (error);
  updated_again = rp_test_query_text (f->database, "SELECT group_concat (updated) FROM reading");
  g_assert_cmpstr (updated_again, ==, updated);
}

/* --- damaged headers -------------------------------------------------- */

static const char good_header[] =
  "---\n"
  "title: A Title\n"
  "description: A description.\n"
  "kind: original\n"
  "source: Somebody\n"
  "licence: Some licence\n"
  "---\n"
  "\n"
  "# A Title\n\nText.\n";

static RpReading *
parse (const char  *file_name,
       const char  *text,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return rp_starter_library_parse (file_name, bytes, error);
}

static void
assert_fails (const char *file_name,
              const char *text,
              const char *expected)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;

  reading = parse (file_name, text, &error);
  g_assert_null (reading);
  g_assert_error (error, RP_READING_ERROR, RP_READING_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, file_name));
  g_assert_nonnull (strstr (error->message, expected));
}

static void
test_parse_good (void)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(RpReading) link = NULL;
  g_autoptr(GError) error = NULL;

  reading = parse ("42-a-title.md", good_header, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rp_reading_get_title (reading), ==, "A Title");
  g_assert_cmpstr (rp_reading_get_description (reading), ==, "A description.");
  g_assert_cmpstr (rp_reading_get_source_note (reading), ==, "Somebody. Some licence");
  g_assert_cmpstr (rp_reading_get_body (reading), ==, "# A Title\n\nText.\n");
  g_assert_cmpstr (rp_reading_get_import_key (reading), ==, "42-a-title");
  g_assert_cmpint (rp_reading_get_kind (reading), ==, RP_READING_KIND_TEXT);

  link = parse ("43-link.md",
                "---\ntitle: A Page\ndescription: D.\nkind: link\nsource: S\nlicence: L\n"
                "url: https://example.org/daily\n---\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_reading_get_kind (link), ==, RP_READING_KIND_LINK);
  g_assert_cmpstr (rp_reading_get_uri (link), ==, "https://example.org/daily");
}

static void
test_missing_field (void)
{
  const char * const fields[] = { "title", "description", "kind", "source", "licence" };

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s: ", fields[i]);
      g_autofree char *expected = g_strdup_printf ("“%s”", fields[i]);
      g_autoptr(GString) text = g_string_new (good_header);
      const char *start = strstr (text->str, line);
      const char *end = strchr (start + 1, '\n');

      /* Without the line, then with it empty. */
      g_string_erase (text, start - text->str, end - start);
      assert_fails ("07-missing.md", text->str, expected);

      g_string_assign (text, good_header);
      start = strstr (text->str, line);
      end = strchr (start + 1, '\n');
      g_string_erase (text, start - text->str + strlen (line), end - start - strlen (line));
      assert_fails ("08-empty.md", text->str, expected);
    }
}

static void
test_bad_headers (void)
{
  g_autofree char *bad_kind = g_strdup (good_header);

  assert_fails ("01-typo.md",
                "---\ntitle: T\ndescription: D\nkind: original\nsource: S\nlicens: L\n---\nText\n",
                "“licens”");
  assert_fails ("02-twice.md",
                "---\ntitle: T\ntitle: U\ndescription: D\nkind: original\nsource: S\nlicence: L\n"
                "---\nText\n", "“title” twice");

  memcpy (strstr (bad_kind, "original"), "fiction!", 8);
  assert_fails ("03-kind.md", bad_kind, "“fiction!”");

  assert_fails ("04-no-header.md", "# Just Text\n", "header");
  assert_fails ("05-open.md", "---\ntitle: T\n\n# Text\n", "header");
  assert_fails ("06-not-a-field.md", "---\ntitle: T\nno colon here\n---\nText\n", "line 3");
  assert_fails ("09-no-text.md",
                "---\ntitle: T\ndescription: D\nkind: original\nsource: S\nlicence: L\n---\n\n  \n",
                "no text");
  assert_fails ("10-url-on-text.md",
                "---\ntitle: T\ndescription: D\nkind: original\nsource: S\nlicence: L\n"
                "url: https://example.org/\n---\nText\n", "“url”");
  assert_fails ("11-link-without-url.md",
                "---\ntitle: T\ndescription: D\nkind: link\nsource: S\nlicence: L\n---\n", "“url”");
  assert_fails ("12-http-link.md",
                "---\ntitle: T\ndescription: D\nkind: link\nsource: S\nlicence: L\n"
                "url: http://example.org/\n---\n", "https://");
  assert_fails ("13-file-link.md",
                "---\ntitle: T\ndescription: D\nkind: link\nsource: S\nlicence: L\n"
                "url: file:///etc/passwd\n---\n", "https://");
  assert_fails ("14-link-with-text.md",
                "---\ntitle: T\ndescription: D\nkind: link\nsource: S\nlicence: L\n"
                "url: https://example.org/\n---\nCopied text.\n", "no text after");
  assert_fails ("15-binary.md", "---\ntitle: T\n\x01\xff\xfe\n---\n", "UTF-8");
  assert_fails ("16-name.txt", good_header, ".md");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/starter-library/load", test_load);
  g_test_add_func ("/starter-library/twelve-steps", test_twelve_steps);
  g_test_add_func ("/starter-library/links", test_links);
  g_test_add_func ("/starter-library/matches-source-folder", test_matches_source_folder);
  g_test_add_func ("/starter-library/version", test_version);
  g_test_add ("/starter-library/sync-into-store", RpTestStore, NULL,
              rp_test_store_set_up, test_sync_into_store, rp_test_store_tear_down);
  g_test_add_func ("/starter-library/parse-good", test_parse_good);
  g_test_add_func ("/starter-library/missing-field", test_missing_field);
  g_test_add_func ("/starter-library/bad-headers", test_bad_headers);

  return g_test_run ();
}
