/* rp-import-vcard.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-contact.h"

G_BEGIN_DECLS

/* The largest .vcf file Reprieve reads: an address book with photos can be
 * large, but not this large. */
#define RP_IMPORT_VCARD_MAX_BYTES (32 * 1024 * 1024)

/**
 * rp_import_vcard_parse:
 * @data: the file's bytes (vCard 2.1, 3.0 or 4.0; one or more cards)
 * @out_skipped: (out) (optional) (element-type utf8): for each card that
 *   was not taken, a sentence saying which card and why (never its
 *   contents)
 * @error: a #RpImportError when the file is not a vCard file at all
 *
 * Returns: (transfer full) (element-type RpContact): new unsaved contacts
 *   with the role "friend in the program", or %NULL with @error set
 */
GPtrArray *rp_import_vcard_parse (GBytes     *data,
                                  GPtrArray **out_skipped,
                                  GError    **error);

G_END_DECLS
