/* rp-uri-policy.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RP_URI_POLICY_ERROR (rp_uri_policy_error_quark ())

typedef enum
{
  RP_URI_POLICY_ERROR_INVALID,
  RP_URI_POLICY_ERROR_SCHEME_NOT_ALLOWED,
  RP_URI_POLICY_ERROR_TOO_LONG,
} RpUriPolicyError;

/**
 * RpUriVerdict:
 * @RP_URI_VERDICT_REFUSED: never open it
 * @RP_URI_VERDICT_ALLOWED: open it
 * @RP_URI_VERDICT_ALLOWED_INSECURE: may be opened, but the user is warned
 *   first that the connection is not encrypted (plain http)
 */
typedef enum
{
  RP_URI_VERDICT_REFUSED,
  RP_URI_VERDICT_ALLOWED,
  RP_URI_VERDICT_ALLOWED_INSECURE,
} RpUriVerdict;

/* The longest link Reprieve opens or stores. */
#define RP_URI_MAX_LENGTH 2048

GQuark        rp_uri_policy_error_quark  (void);

RpUriVerdict  rp_uri_policy_check        (const char  *uri,
                                          GError     **error);

char         *rp_uri_build_tel           (const char  *phone_number,
                                          GError     **error);
char         *rp_uri_build_sms           (const char  *phone_number,
                                          GError     **error);
char         *rp_uri_build_mailto        (const char  *address,
                                          GError     **error);
char         *rp_uri_build_map_search    (const char  *address,
                                          GError     **error);

gboolean      rp_uri_phone_number_is_valid (const char *phone_number,
                                            GError    **error);
gboolean      rp_uri_email_is_valid        (const char *address,
                                            GError    **error);

G_END_DECLS
