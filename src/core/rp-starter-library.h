/* rp-starter-library.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-reading.h"

G_BEGIN_DECLS

/* The starter library: the Markdown files of data/readings/, compiled into
 * the core library as resources under RP_STARTER_LIBRARY_PATH. Each opens
 * with a header:
 *
 *   ---
 *   title: How to Ask Someone to Sponsor You
 *   description: One or two sentences for the list.
 *   kind: original | public-domain | link
 *   source: who wrote it, or the edition it comes from
 *   licence: its licence, or why it is in the public domain
 *   url: https://...            (links only)
 *   ---
 *
 * The project's own titles and descriptions are translated (gettext); the
 * bodies are not. */
#define RP_STARTER_LIBRARY_PATH "/io/github/reprieve/Reprieve/readings/"

/* One file: an RpReading, origin STARTER, import key the file's name
 * without ".md". Fails naming the file and the missing or wrong field. */
RpReading *rp_starter_library_parse       (const char  *file_name,
                                           GBytes      *bytes,
                                           GError     **error);
/* Every file, in file-name order. */
GPtrArray *rp_starter_library_load        (GError     **error);
/* A digest of @readings' contents (and so of the locale's translations),
 * for rp_store_sync_starter_library(). */
char      *rp_starter_library_get_version (GPtrArray   *readings);

G_END_DECLS
