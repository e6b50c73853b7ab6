/* rp-import-markdown.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-reading.h"

G_BEGIN_DECLS

/* What a .md or .txt file holds, before it is written (RpStore applies it
 * with rp_store_import_readings()). */
typedef struct
{
  /* A dated collection (one heading per day, "January 1", "1 January",
   * "01-01"...): its name, from the file's title or name. NULL: the file
   * is one reading, for My Readings. */
  char      *collection_name;
  /* Finds the collection, or the single reading, again: the file's name. */
  char      *import_key;
  /* RpReading, origin IMPORTED, kind TEXT, each with an import key (the
   * file's name, or "MM-DD" for a dated entry) and, when dated, its date. */
  GPtrArray *readings;
  /* char *: why a part of the file was left out (a second entry for the
   * same day...), naming its line, never quoting its text. */
  GPtrArray *skipped;
} RpReadingImport;

void             rp_reading_import_free         (RpReadingImport *import);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpReadingImport, rp_reading_import_free)

/* @file_name: the file's base name (".md"/".markdown" is Markdown, ".txt"
 * plain text). Refuses (RP_READING_ERROR_REFUSED, saying precisely why)
 * a file that is empty, binary, not UTF-8 (naming the line), too big, or
 * has a line over RP_READING_MAX_LINE_LENGTH. Front matter (a "---" block
 * with "title:" and "description:") is honoured. */
RpReadingImport *rp_import_markdown_parse       (const char      *file_name,
                                                 GBytes          *bytes,
                                                 GError         **error);

/* Whether @heading is a day heading; gives the month and day. Pure. */
gboolean         rp_import_markdown_parse_day   (const char      *heading,
                                                 int             *out_month,
                                                 int             *out_day);

G_END_DECLS
