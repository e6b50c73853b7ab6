/* rp-fts-snippet.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The name rp_fts_snippet_register() gives the function in SQL. */
#define RP_FTS_SNIPPET_FUNCTION "rp_snippet"

/* Adds rp_snippet() to the FTS5 tables of @api's connection:
 *
 *   rp_snippet (table, column, open, close, ellipsis, n_tokens)
 *
 * Like FTS5's snippet() for one column (see rp-fts-snippet.c for why not
 * snippet()): about @n_tokens tokens around the column's best run of
 * matches, each match between @open and @close, @ellipsis where the text
 * was cut; the start of the column when nothing in it matched. Returns an
 * SQLite result code. */
int rp_fts_snippet_register (fts5_api *api);

G_END_DECLS
