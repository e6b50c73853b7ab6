/* test-uri-policy.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-uri-policy.h"

static void
test_allowed (void)
{
  static const char * const allowed[] = {
    "https://meet.example.org/j/123456789",
    "HTTPS://Example.org/path?x=1#frag",
    "tel:+15551234567",
    "tel:555-1234",
    "sms:+447700900123",
    "sms:+447700900123?body=hello",
    "mailto:someone@example.org",
    "mailto:someone@example.org?subject=Hi",
  };

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (rp_uri_policy_check (allowed[i], &error), ==, RP_URI_VERDICT_ALLOWED);
      g_assert_no_error (error);
    }
}

static void
test_http_warned (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rp_uri_policy_check ("http://example.org/meeting", &error), ==,
                   RP_URI_VERDICT_ALLOWED_INSECURE);
  g_assert_no_error (error);
}

static void
test_refused (void)
{
  static const struct {
    const char *uri;
    int code;
  } refused[] = {
    { "file:///etc/passwd", RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED },
    { "javascript:alert(1)", RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED },
    { "data:text/html,<b>x</b>", RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED },
    { "zoommtg://zoom.us/join?confno=1", RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED },
    { "ftp://example.org/x", RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED },
    { "https://bank.example@evil.example/", RP_URI_POLICY_ERROR_INVALID },
    { "https:///no-host", RP_URI_POLICY_ERROR_INVALID },
    { "https://example.org/a b", RP_URI_POLICY_ERROR_INVALID },
    { "https://example.org/\n", RP_URI_POLICY_ERROR_INVALID },
    { "not a link", RP_URI_POLICY_ERROR_INVALID },
    { "", RP_URI_POLICY_ERROR_INVALID },
    { "tel:call-me", RP_URI_POLICY_ERROR_INVALID },
    { "tel:+15551234567?x=1", RP_URI_POLICY_ERROR_INVALID },
    { "tel:12", RP_URI_POLICY_ERROR_INVALID },
    { "mailto:nobody", RP_URI_POLICY_ERROR_INVALID },
    { "mailto:a@b@example.org", RP_URI_POLICY_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (rp_uri_policy_check (refused[i].uri, &error), ==, RP_URI_VERDICT_REFUSED);
      g_assert_error (error, RP_URI_POLICY_ERROR, refused[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_too_long (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) uri = g_string_new ("https://example.org/");

  while (uri->len <= RP_URI_MAX_LENGTH)
    g_string_append_c (uri, 'a');

  g_assert_cmpint (rp_uri_policy_check (uri->str, &error), ==, RP_URI_VERDICT_REFUSED);
  g_assert_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_TOO_LONG);
}

static void
test_build_tel_and_sms (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tel = rp_uri_build_tel ("+1 (555) 123-4567", &error);
  g_autofree char *sms = NULL;
  g_autofree char *bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tel, ==, "tel:+15551234567");
  g_assert_cmpint (rp_uri_policy_check (tel, NULL), ==, RP_URI_VERDICT_ALLOWED);

  sms = rp_uri_build_sms ("07700 900.123", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sms, ==, "sms:07700900123");

  /* A "+" only at the start; letters, "#" and friends refused. */
  bad = rp_uri_build_tel ("555+1234", &error);
  g_assert_null (bad);
  g_assert_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (rp_uri_phone_number_is_valid ("555-CALL-NOW", NULL));
  g_assert_false (rp_uri_phone_number_is_valid ("*67 5551234", NULL));
  g_assert_false (rp_uri_phone_number_is_valid ("()-. ", NULL));
  g_assert_false (rp_uri_phone_number_is_valid ("1234567890123456789012345", &error));
  g_assert_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rp_uri_phone_number_is_valid ("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1", &error));
  g_assert_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_TOO_LONG);
}

static void
test_build_mailto (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mailto = rp_uri_build_mailto ("first.l+tag@example.org", &error);
  g_autofree char *bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (mailto, ==, "mailto:first.l%2Btag@example.org");
  g_assert_cmpint (rp_uri_policy_check (mailto, NULL), ==, RP_URI_VERDICT_ALLOWED);

  bad = rp_uri_build_mailto ("someone@example.org?cc=else@example.org", &error);
  g_assert_null (bad);
  g_assert_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID);

  g_assert_false (rp_uri_email_is_valid ("@example.org", NULL));
  g_assert_false (rp_uri_email_is_valid ("someone@localhost", NULL));
  g_assert_false (rp_uri_email_is_valid ("some one@example.org", NULL));
  g_assert_false (rp_uri_email_is_valid ("someone@example.", NULL));
}

/* The builders make links from what a user typed or a file held: nothing
 * in it may add a parameter, a header or another scheme. */
static void
test_builders_refuse_hostile (void)
{
  g_autofree char *long_number = g_strnfill (200, '5');
  g_autofree char *long_local_part = g_strnfill (300, 'a');
  g_autofree char *long_address = g_strconcat (long_local_part, "@example.org", NULL);
  const char *numbers[] = {
    "555;ext=1", "555 1234;phone-context=evil.example", "555 1234?body=hi", "555 1234#",
    "555\n1234", "555\r1234", "555\t1234", "555\x7f" "1234", "tel:5551234", "sms:5551234",
    "javascript:alert(5551234)", "%35%35%35%31%32%33%34", "555 CALL NOW", "+1+5551234",
    "５５５１２３４", long_number,
  };
  const char *addresses[] = {
    "a@example.org\r\nBcc: b@example.org", "a@example.org;b@example.org",
    "a@example.org?body=hi", "a@example.org&cc=b@example.org", "<a@example.org>",
    "a@example.org,b@example.org", "javascript:alert(1)@example.org", long_address,
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(GError) tel_error = NULL;
      g_autoptr(GError) sms_error = NULL;
      g_autofree char *tel = rp_uri_build_tel (numbers[i], &tel_error);
      g_autofree char *sms = rp_uri_build_sms (numbers[i], &sms_error);

      g_test_message ("number %u", i);
      g_assert_null (tel);
      g_assert_null (sms);
      g_assert_error (tel_error, RP_URI_POLICY_ERROR, tel_error->code);
      g_assert_nonnull (sms_error);
      g_assert_cmpstr (tel_error->message, !=, "");
    }

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *mailto = rp_uri_build_mailto (addresses[i], &error);

      g_test_message ("address %u", i);
      g_assert_null (mailto);
      g_assert_nonnull (error);
    }

  /* What does pass is escaped: a "%" cannot smuggle a line break in. */
  {
    g_autofree char *mailto = rp_uri_build_mailto ("a%0a@example.org", NULL);

    g_assert_cmpstr (mailto, ==, "mailto:a%250a@example.org");
  }

  /* tel: links from elsewhere (a feed) carry no parameters either. */
  g_assert_cmpint (rp_uri_policy_check ("tel:+15551234567;ext=1", NULL), ==, RP_URI_VERDICT_REFUSED);
  g_assert_cmpint (rp_uri_policy_check ("tel:+1555123456x", NULL), ==, RP_URI_VERDICT_REFUSED);
  g_assert_cmpint (rp_uri_policy_check ("tel:+1555\n1234567", NULL), ==, RP_URI_VERDICT_REFUSED);
}

static void
test_build_map_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = rp_uri_build_map_search ("  12 High St & Main, Springfield ", &error);
  g_autofree char *empty = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (uri, ==,
                   "https://www.openstreetmap.org/search?query=12%20High%20St%20%26%20Main%2C%20Springfield");
  g_assert_cmpint (rp_uri_policy_check (uri, NULL), ==, RP_URI_VERDICT_ALLOWED);

  empty = rp_uri_build_map_search ("   ", &error);
  g_assert_null (empty);
  g_assert_error (error, RP_URI_POLICY_ERROR, RP_URI_POLICY_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/uri-policy/allowed", test_allowed);
  g_test_add_func ("/uri-policy/http-warned", test_http_warned);
  g_test_add_func ("/uri-policy/refused", test_refused);
  g_test_add_func ("/uri-policy/too-long", test_too_long);
  g_test_add_func ("/uri-policy/build-tel-and-sms", test_build_tel_and_sms);
  g_test_add_func ("/uri-policy/build-mailto", test_build_mailto);
  g_test_add_func ("/uri-policy/build-map-search", test_build_map_search);
  g_test_add_func ("/uri-policy/builders-refuse-hostile", test_builders_refuse_hostile);

  return g_test_run ();
}
