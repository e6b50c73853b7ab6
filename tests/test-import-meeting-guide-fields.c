/* test-import-meeting-guide-fields.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-import-meeting-guide"

#include "config.h"

#include <string.h>

#include "rp-import-meeting-guide.h"
#include "rp-test-meeting-guide.h"

/* The Meeting Guide importer on messy fields other than the schedule
 * (test-import-meeting-guide-schedule.c): text and notes, addresses and
 * regions, links, phones, types, map positions, update times, and what
 * the warnings may say. Small feeds written here; this file never prints
 * a field value. */

/* --- fields ----------------------------------------------------------- */

static void
test_text (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  g_autofree char *long_name = g_strnfill (300, 'n');
  g_autofree char *json = NULL;

  /* markup and entities become plain text; control and bidi characters go */
  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"  Step&nbsp;&amp; <b>Tradition</b>\\u202e\\u0007  study \","
                                             " \"group\": \"Line\\none\\ttwo\", \"location\": \"Church &#8217;s &#x41; &bogus; a<b\"}",
                                             &report);
  g_assert_cmpstr (meeting->name, ==, "Step & Tradition study");
  g_assert_cmpstr (meeting->group, ==, "Line one two");
  g_assert_cmpstr (meeting->location, ==, "Church ’s A &bogus; a<b");
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  /* too long: cut, ending in an ellipsis, with a warning */
  json = g_strdup_printf ("{\"slug\": \"m\", \"name\": \"%s\"}", long_name);
  meeting = rp_test_meeting_guide_parse_one (json, &report);
  g_assert_cmpuint (g_utf8_strlen (meeting->name, -1), ==, RP_FEED_MAX_NAME);
  g_assert_true (g_str_has_suffix (meeting->name, "…"));
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_TRUNCATED, "name"), ==, 1);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  /* the wrong kind of value is dropped; a missing name is reported */
  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": [\"x\"], \"group\": true, \"location\": 12}",
                                             &report);
  g_assert_null (meeting->name);
  g_assert_null (meeting->group);
  g_assert_cmpstr (meeting->location, ==, "12");
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "name"), ==, 1);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_MISSING, "name"), ==, 1);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "group"), ==, 1);
}

static void
test_notes (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  g_autoptr(GString) long_notes = g_string_new (NULL);
  g_autofree char *json = NULL;

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\","
                                             " \"notes\": \"<p>First line<br>second line</p><p>Rock &amp; roll</p>\","
                                             " \"location_notes\": \"Use the side door.\\r\\n\\r\\n\\r\\n\\r\\nUpstairs.  \","
                                             " \"conference_url_notes\": \"Password: serenity\","
                                             " \"conference_phone_notes\": \"\"}",
                                             &report);
  g_assert_cmpstr (meeting->notes, ==,
                   "First line\nsecond line\n\nRock & roll\n\n"
                   "Use the side door.\n\nUpstairs.\n\n"
                   "Password: serenity");
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  for (guint i = 0; i < 1000; i++)
    g_string_append (long_notes, "Welcome ");
  json = g_strdup_printf ("{\"slug\": \"m\", \"name\": \"M\", \"notes\": \"%s\", \"group_notes\": \"%s\"}",
                          long_notes->str, long_notes->str);
  meeting = rp_test_meeting_guide_parse_one (json, &report);
  g_assert_cmpuint (g_utf8_strlen (meeting->notes, -1), ==, RP_FEED_MAX_NOTES);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_TRUNCATED, "notes"), ==, 1);
}

static void
test_address (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;
  g_autoptr(RpFeedReport) report = NULL;

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"formatted_address\": \"1 Main St, Town\","
                                             " \"address\": \"ignored\", \"city\": \"ignored\"}", NULL);
  g_assert_cmpstr (meeting->address, ==, "1 Main St, Town");
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"address\": \"1 Main St\","
                                             " \"city\": \"Springfield\", \"state\": \"IL\", \"postal_code\": 62701,"
                                             " \"country\": \"US\"}", NULL);
  g_assert_cmpstr (meeting->address, ==, "1 Main St, Springfield, IL 62701, US");
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"city\": \"Brighton\","
                                             " \"postal_code\": null, \"country\": \"UK\", \"approximate\": \"yes\"}", NULL);
  g_assert_cmpstr (meeting->address, ==, "Brighton, UK");
  g_assert_true (meeting->approximate);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"approximate\": \"maybe\"}", &report);
  g_assert_null (meeting->address);
  g_assert_false (meeting->approximate);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "approximate"), ==, 1);
}

static void
test_region (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"regions\": [\"County\", null, \"Town\"],"
                                             " \"region\": \"ignored\"}", NULL);
  g_assert_cmpstr (meeting->region, ==, "County > Town");
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"region\": \"County\", \"sub_region\": \"Town\"}",
                                             NULL);
  g_assert_cmpstr (meeting->region, ==, "County > Town");
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"regions\": [null], \"region\": \"County\"}",
                                             NULL);
  g_assert_cmpstr (meeting->region, ==, "County");
}

static void
test_links (void)
{
  static const struct
  {
    const char *url;
    gboolean    kept;
  } cases[] = {
    { "https://zoom.us/j/123?pwd=abc", TRUE },
    { "http://example.org/meeting", TRUE },
    { "HTTPS://EXAMPLE.ORG/", TRUE },
    { "zoom.us/j/123", FALSE },
    { "javascript:alert(1)", FALSE },
    { "file:///etc/passwd", FALSE },
    { "mailto:someone@example.org", FALSE },
    { "https://", FALSE },
    { "https://exa mple.org/", FALSE },
    { "Meet online", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RpFeedMeeting) meeting = NULL;
      g_autoptr(RpFeedReport) report = NULL;

      json = g_strdup_printf ("{\"slug\": \"m\", \"name\": \"M\", \"conference_url\": \"%s\","
                              " \"url\": \"%s\", \"entity_url\": \"%s\"}",
                              cases[i].url, cases[i].url, cases[i].url);
      meeting = rp_test_meeting_guide_parse_one (json, &report);
      g_test_message ("link case %" G_GSIZE_FORMAT, i);
      if (cases[i].kept)
        {
          g_assert_cmpstr (meeting->conference_url, ==, cases[i].url);
          g_assert_cmpstr (meeting->url, ==, cases[i].url);
          g_assert_cmpstr (meeting->entity_url, ==, cases[i].url);
          g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
        }
      else
        {
          g_assert_null (meeting->conference_url);
          g_assert_null (meeting->url);
          g_assert_null (meeting->entity_url);
          g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "conference_url"),
                            ==, 1);
          g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "url"), ==, 1);
          g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "entity_url"), ==, 1);
        }
    }
}

static void
test_entity (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  const char * const *entities;
  RpFeedMeeting *meeting;

  meetings = rp_test_meeting_guide_parse_text ("[{\"slug\": \"a\", \"name\": \"A\", \"entity\": \"North Intergroup\","
                                               "  \"entity_url\": \"https://north.example.org\"},"
                                               " {\"slug\": \"b\", \"name\": \"B\", \"entity\": \"South District\","
                                               "  \"entity_website_url\": \"https://south.example.org\","
                                               "  \"entity_url\": \"https://old.example.org\"},"
                                               " {\"slug\": \"c\", \"name\": \"C\", \"entity\": \"North Intergroup\"},"
                                               " {\"slug\": \"d\", \"name\": \"D\"}]",
                                               &report, &error);
  g_assert_no_error (error);
  meeting = g_ptr_array_index (meetings, 0);
  g_assert_cmpstr (meeting->entity, ==, "North Intergroup");
  g_assert_cmpstr (meeting->entity_url, ==, "https://north.example.org");
  meeting = g_ptr_array_index (meetings, 1);
  g_assert_cmpstr (meeting->entity_url, ==, "https://south.example.org");

  entities = rp_feed_report_get_entities (report);
  g_assert_cmpuint (g_strv_length ((char **) entities), ==, 2);
  g_assert_cmpstr (entities[0], ==, "North Intergroup");
  g_assert_cmpstr (entities[1], ==, "South District");
}

static void
test_phone (void)
{
  static const struct
  {
    const char *phone;
    const char *expected;
  } cases[] = {
    { "+16465588656,,123456789#", "+16465588656,,123456789#" },
    { "+1 (646) 558-8656,,123456789#,,,,*1234#", "+16465588656,,123456789#,,,,*1234#" },
    { "tel:+44 20 7946 0000", "+442079460000" },
    { "0800.123.456", "0800123456" },
    { "+1646+5588656", NULL },
    { "Call the office", NULL },
    { "+", NULL },
    { "123 ext. 4", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RpFeedMeeting) meeting = NULL;
      g_autoptr(RpFeedReport) report = NULL;

      json = g_strdup_printf ("{\"slug\": \"m\", \"name\": \"M\", \"conference_phone\": \"%s\"}",
                              cases[i].phone);
      meeting = rp_test_meeting_guide_parse_one (json, &report);
      g_test_message ("phone case %" G_GSIZE_FORMAT, i);
      g_assert_cmpstr (meeting->conference_phone, ==, cases[i].expected);
      g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "conference_phone"), ==,
                        cases[i].expected == NULL ? 1 : 0);
    }
}

static void
test_types (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  g_autoptr(GString) many = g_string_new ("[");
  g_autofree char *json = NULL;
  const char * const expected_types[] = { "O", "ONL", "12x12", "TC", NULL };
  const char * const expected_tags[] = { "AC", "LGBTQIA", NULL };

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\","
                                             " \"types\": [\"O\", \"onl\", \"AC\", \"12X12\", \"O\", \" TC \", \"LGBTQIA\", \"\", null]}",
                                             &report);
  g_assert_cmpstrv (meeting->types, expected_types);
  g_assert_cmpstrv (meeting->custom_tags, expected_tags);
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  /* older feeds: one comma-separated string */
  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"types\": \"O, D,Custom\"}", &report);
  g_assert_cmpuint (g_strv_length (meeting->types), ==, 2);
  g_assert_cmpstr (meeting->types[1], ==, "D");
  g_assert_cmpuint (g_strv_length (meeting->custom_tags), ==, 1);
  g_assert_cmpstr (meeting->custom_tags[0], ==, "Custom");
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  /* null, absent, or the wrong kind: empty lists, never NULL */
  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"types\": null}", &report);
  g_assert_nonnull (meeting->types);
  g_assert_nonnull (meeting->custom_tags);
  g_assert_cmpuint (g_strv_length (meeting->types), ==, 0);
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, 0);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"types\": [\"O\", 5]}", &report);
  g_assert_cmpuint (g_strv_length (meeting->types), ==, 1);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "types"), ==, 1);
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&report, rp_feed_report_unref);

  for (guint i = 0; i < RP_FEED_MAX_TYPES + 10; i++)
    g_string_append_printf (many, "%s\"tag%u\"", i > 0 ? ", " : "", i);
  g_string_append_c (many, ']');
  json = g_strdup_printf ("{\"slug\": \"m\", \"name\": \"M\", \"types\": %s}", many->str);
  meeting = rp_test_meeting_guide_parse_one (json, &report);
  g_assert_cmpuint (g_strv_length (meeting->custom_tags), ==, RP_FEED_MAX_TYPES);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_TRUNCATED, "types"), ==, 1);
}

static void
test_coordinates (void)
{
  static const struct
  {
    const char *latitude;
    const char *longitude;
    gboolean    kept;
    guint       n_warnings;
  } cases[] = {
    { "40.7128", "-74.006", TRUE, 0 },
    { "\"40.7128\"", "\" -74.006 \"", TRUE, 0 },
    { "51", "0", TRUE, 0 },
    { "0", "0", FALSE, 0 },
    { "95", "10", FALSE, 1 },
    { "10", "-181", FALSE, 1 },
    { "\"north\"", "10", FALSE, 1 },
    { "\"1e999\"", "10", FALSE, 1 },
    { "null", "10", FALSE, 0 },
    { "[1]", "{}", FALSE, 2 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(RpFeedMeeting) meeting = NULL;
      g_autoptr(RpFeedReport) report = NULL;

      json = g_strdup_printf ("{\"slug\": \"m\", \"name\": \"M\", \"latitude\": %s, \"longitude\": %s}",
                              cases[i].latitude, cases[i].longitude);
      meeting = rp_test_meeting_guide_parse_one (json, &report);
      g_test_message ("coordinates case %" G_GSIZE_FORMAT, i);
      g_assert_cmpint (meeting->has_coordinates, ==, cases[i].kept);
      g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, cases[i].n_warnings);
      if (i == 0)
        {
          g_assert_cmpfloat_with_epsilon (meeting->latitude, 40.7128, 1e-9);
          g_assert_cmpfloat_with_epsilon (meeting->longitude, -74.006, 1e-9);
        }
    }
}

static void
test_updated (void)
{
  g_autoptr(RpFeedMeeting) meeting = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  g_autofree char *text = NULL;

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"updated\": \"2024-02-29 23:15:00\"}",
                                             NULL);
  text = g_date_time_format_iso8601 (meeting->updated);
  g_assert_cmpstr (text, ==, "2024-02-29T23:15:00Z");
  g_clear_pointer (&meeting, rp_feed_meeting_unref);
  g_clear_pointer (&text, g_free);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"updated\": \"2024-03-01T01:00:00+02:00\"}",
                                             NULL);
  text = g_date_time_format_iso8601 (meeting->updated);
  g_assert_cmpstr (text, ==, "2024-02-29T23:00:00Z");
  g_clear_pointer (&meeting, rp_feed_meeting_unref);

  meeting = rp_test_meeting_guide_parse_one ("{\"slug\": \"m\", \"name\": \"M\", \"updated\": \"2023-02-30 10:00:00\"}",
                                             &report);
  g_assert_null (meeting->updated);
  g_assert_cmpuint (rp_test_meeting_guide_count_warnings (report, RP_FEED_WARNING_DROPPED, "updated"), ==, 1);
}

/* Contacts are never read, and no warning or error quotes a value. */
static void
test_privacy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  const GPtrArray *warnings;

  meetings = rp_test_meeting_guide_parse_text ("[{\"slug\": \"m\", \"name\": \"M\", \"day\": \"SECRET\", \"time\": \"SECRET\","
                                               " \"timezone\": \"SECRET\", \"conference_url\": \"SECRET\","
                                               " \"conference_phone\": \"SECRET\", \"latitude\": \"SECRET\","
                                               " \"longitude\": 1, \"updated\": \"SECRET\", \"approximate\": \"SECRET\","
                                               " \"contact_1_name\": \"SECRET\", \"contact_1_email\": \"SECRET\","
                                               " \"contact_1_phone\": \"SECRET\"}]",
                                               &report, &error);
  g_assert_no_error (error);
  warnings = rp_feed_report_get_warnings (report);
  g_assert_cmpuint (warnings->len, ==, 8);
  for (guint i = 0; i < warnings->len; i++)
    {
      const RpFeedWarning *warning = g_ptr_array_index (warnings, i);

      g_assert_null (strstr (warning->reason, "SECRET"));
      g_assert_cmpstr (warning->slug, ==, "m");
      g_assert_cmpuint (warning->position, ==, 0);
    }
  g_assert_cmpuint (rp_feed_report_get_n_with_warnings (report), ==, 1);
}

static void
test_warning_cap (void)
{
  g_autoptr(GString) feed = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(RpFeedReport) report = NULL;
  guint n = RP_FEED_MAX_WARNINGS + 200;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (feed, "%s{\"slug\": \"s%u\", \"name\": \"M\", \"time\": \"x\"}",
                            i > 0 ? "," : "", i);
  g_string_append_c (feed, ']');

  meetings = rp_test_meeting_guide_parse_text (feed->str, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, n);
  g_assert_cmpuint (rp_feed_report_get_n_warnings (report), ==, n);
  g_assert_cmpuint (rp_feed_report_get_n_with_warnings (report), ==, n);
  g_assert_cmpuint (rp_feed_report_get_warnings (report)->len, ==, RP_FEED_MAX_WARNINGS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-meeting-guide/field/text", test_text);
  g_test_add_func ("/import-meeting-guide/field/notes", test_notes);
  g_test_add_func ("/import-meeting-guide/field/address", test_address);
  g_test_add_func ("/import-meeting-guide/field/region", test_region);
  g_test_add_func ("/import-meeting-guide/field/links", test_links);
  g_test_add_func ("/import-meeting-guide/field/entity", test_entity);
  g_test_add_func ("/import-meeting-guide/field/phone", test_phone);
  g_test_add_func ("/import-meeting-guide/field/types", test_types);
  g_test_add_func ("/import-meeting-guide/field/coordinates", test_coordinates);
  g_test_add_func ("/import-meeting-guide/field/updated", test_updated);
  g_test_add_func ("/import-meeting-guide/privacy", test_privacy);
  g_test_add_func ("/import-meeting-guide/warning-cap", test_warning_cap);

  return g_test_run ();
}
