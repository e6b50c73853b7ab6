/* rp-reading.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RP_READING_ERROR (rp_reading_error_quark ())

/**
 * RpReadingError:
 * @RP_READING_ERROR_INVALID: a field is wrong (the message says which)
 * @RP_READING_ERROR_NOT_FOUND: no such reading or collection
 * @RP_READING_ERROR_BUILTIN: the starter library and My Readings cannot be
 *   renamed or deleted, and starter texts cannot be edited
 * @RP_READING_ERROR_REFUSED: an imported file cannot be read as a reading
 *   (the message says precisely why: binary, not UTF-8, too big...)
 */
typedef enum
{
  RP_READING_ERROR_INVALID,
  RP_READING_ERROR_NOT_FOUND,
  RP_READING_ERROR_BUILTIN,
  RP_READING_ERROR_REFUSED,
} RpReadingError;

/* Stored as integers: append only. */
typedef enum
{
  RP_READING_KIND_TEXT = 0,   /* body holds the text */
  RP_READING_KIND_LINK = 1,   /* uri: an https page or a file:// document */
} RpReadingKind;

typedef enum
{
  RP_READING_ORIGIN_STARTER = 0,   /* shipped in data/readings, read-only */
  RP_READING_ORIGIN_WRITTEN = 1,   /* written or pasted in Reprieve */
  RP_READING_ORIGIN_IMPORTED = 2,  /* copied from a .md/.txt file */
} RpReadingOrigin;

typedef enum
{
  RP_READING_FORMAT_MARKDOWN = 0,
  RP_READING_FORMAT_PLAIN = 1,     /* a .txt file: paragraphs, nothing interpreted */
} RpReadingFormat;

typedef enum
{
  RP_READING_FIELD_NONE,
  RP_READING_FIELD_TITLE,
  RP_READING_FIELD_DESCRIPTION,
  RP_READING_FIELD_BODY,
  RP_READING_FIELD_SOURCE_NOTE,
  RP_READING_FIELD_URI,
  RP_READING_FIELD_ENTRY_DATE,
  RP_READING_FIELD_PROGRESS,
} RpReadingField;

/* Caps. The database enforces the same ones (body in bytes, the rest in
 * characters). A line longer than RP_READING_MAX_LINE_LENGTH characters is
 * refused: nobody writes one, and laying it out would stall the reader. */
#define RP_READING_MAX_TITLE_LENGTH        200
#define RP_READING_MAX_DESCRIPTION_LENGTH  1000
#define RP_READING_MAX_BODY_BYTES          (2 * 1024 * 1024)
#define RP_READING_MAX_LINE_LENGTH         20000
#define RP_READING_MAX_SOURCE_NOTE_LENGTH  1000
#define RP_READING_MAX_URI_LENGTH          2000
#define RP_READING_MAX_IMPORT_KEY_LENGTH   500

#define RP_TYPE_READING (rp_reading_get_type ())

G_DECLARE_FINAL_TYPE (RpReading, rp_reading, RP, READING, GObject)

GQuark           rp_reading_error_quark       (void);

RpReading       *rp_reading_new               (RpReadingKind    kind);
RpReading       *rp_reading_copy              (RpReading       *self);

/* Properties (all G_PARAM_EXPLICIT_NOTIFY; the GUI binds to them): "id",
 * "collection-id", "kind", "origin", "format", "title", "description",
 * "body", "source-note", "uri", "entry-month", "entry-day", "position",
 * "favourite", "read-offset", "progress-page", "progress-pages",
 * "progress-percent", "last-read" (a "YYYY-MM-DD" local date or NULL). */
gint64           rp_reading_get_id            (RpReading       *self);
gint64           rp_reading_get_collection_id (RpReading       *self);
void             rp_reading_set_collection_id (RpReading       *self,
                                               gint64           collection_id);
RpReadingKind    rp_reading_get_kind          (RpReading       *self);
RpReadingOrigin  rp_reading_get_origin        (RpReading       *self);
void             rp_reading_set_origin        (RpReading       *self,
                                               RpReadingOrigin  origin);
RpReadingFormat  rp_reading_get_format        (RpReading       *self);
void             rp_reading_set_format        (RpReading       *self,
                                               RpReadingFormat  format);
const char      *rp_reading_get_title         (RpReading       *self);
void             rp_reading_set_title         (RpReading       *self,
                                               const char      *title);
const char      *rp_reading_get_description   (RpReading       *self);
void             rp_reading_set_description   (RpReading       *self,
                                               const char      *description);
const char      *rp_reading_get_body          (RpReading       *self);
void             rp_reading_set_body          (RpReading       *self,
                                               const char      *body);
const char      *rp_reading_get_source_note   (RpReading       *self);
void             rp_reading_set_source_note   (RpReading       *self,
                                               const char      *source_note);
const char      *rp_reading_get_uri           (RpReading       *self);
void             rp_reading_set_uri           (RpReading       *self,
                                               const char      *uri);
/* A dated entry (a "January 1" heading of a 365-day book); 0, 0 when not. */
int              rp_reading_get_entry_month   (RpReading       *self);
int              rp_reading_get_entry_day     (RpReading       *self);
void             rp_reading_set_entry_date    (RpReading       *self,
                                               int              month,
                                               int              day);
int              rp_reading_get_position      (RpReading       *self);
gboolean         rp_reading_get_favourite     (RpReading       *self);
void             rp_reading_set_favourite     (RpReading       *self,
                                               gboolean         favourite);
/* Where the reader stopped: a character offset into the rendered text. */
int              rp_reading_get_read_offset   (RpReading       *self);
void             rp_reading_set_read_offset   (RpReading       *self,
                                               int              read_offset);
/* A document on disk: the user's own mark. -1 (page, percent) or 0
 * (pages) when not set. */
int              rp_reading_get_progress_page    (RpReading    *self);
int              rp_reading_get_progress_pages   (RpReading    *self);
int              rp_reading_get_progress_percent (RpReading    *self);
void             rp_reading_set_progress      (RpReading       *self,
                                               int              page,
                                               int              pages,
                                               int              percent);
/* The last day it was marked read, "YYYY-MM-DD" in local time, or NULL. */
const char      *rp_reading_get_last_read     (RpReading       *self);
const char      *rp_reading_get_import_key    (RpReading       *self);
void             rp_reading_set_import_key    (RpReading       *self,
                                               const char      *import_key);
const char      *rp_reading_get_created       (RpReading       *self);
const char      *rp_reading_get_updated       (RpReading       *self);

/* A link to a file on disk (file://) rather than a web page. */
gboolean         rp_reading_is_document       (RpReading       *self);
/* Starter texts are read-only: no edit, no delete. */
gboolean         rp_reading_is_editable       (RpReading       *self);

gboolean         rp_reading_validate          (RpReading       *self,
                                               RpReadingField  *out_field,
                                               GError         **error);
gboolean         rp_reading_check_text        (const char      *text,
                                               gsize            length,
                                               GError         **error);

G_END_DECLS
