/* rp-import.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What every importer shares (Meeting Guide, iCalendar, and later vCard and
 * backups): the error domain for refusing a whole file, and telling the
 * formats apart by their content. */

#define RP_IMPORT_ERROR (rp_import_error_quark ())

/**
 * RpImportError:
 * @RP_IMPORT_ERROR_FAILED: anything not covered below
 * @RP_IMPORT_ERROR_INVALID_JSON: the file is not JSON (or has data after the end)
 * @RP_IMPORT_ERROR_UNRECOGNISED: the file is readable, but not what the
 *   importer reads: JSON that is not a list of meetings, a file without a
 *   VCALENDAR
 * @RP_IMPORT_ERROR_TOO_LARGE: over one of the importer's size limits
 * @RP_IMPORT_ERROR_EMPTY: an empty file, a feed listing no meetings, a
 *   calendar holding no events
 * @RP_IMPORT_ERROR_TIMED_OUT: reading the file took longer than the time
 *   limit; nothing of it is kept
 * @RP_IMPORT_ERROR_UNSUPPORTED: a format Reprieve does not import
 *
 * Only these refuse a whole file. A bad field or item never does: each
 * importer's report says what it dropped or skipped, and why.
 */
typedef enum
{
  RP_IMPORT_ERROR_FAILED,
  RP_IMPORT_ERROR_INVALID_JSON,
  RP_IMPORT_ERROR_UNRECOGNISED,
  RP_IMPORT_ERROR_TOO_LARGE,
  RP_IMPORT_ERROR_EMPTY,
  RP_IMPORT_ERROR_TIMED_OUT,
  RP_IMPORT_ERROR_UNSUPPORTED,
} RpImportError;

/**
 * RpImportFormat:
 * @RP_IMPORT_FORMAT_UNKNOWN: none of the below
 * @RP_IMPORT_FORMAT_MEETING_GUIDE_JSON: JSON (an array or an object), as
 *   Meeting Guide feeds are
 * @RP_IMPORT_FORMAT_ICALENDAR: an iCalendar file (BEGIN:VCALENDAR)
 * @RP_IMPORT_FORMAT_VCARD: contacts, a vCard file (BEGIN:VCARD)
 * @RP_IMPORT_FORMAT_READING: a reading, a .md, .markdown or .txt file that
 *   is none of the above (only rp_import_detect_format_for_file() says so:
 *   it takes the file's name as well)
 * @RP_IMPORT_FORMAT_BACKUP_JSON: a Reprieve backup of all data (JSON
 *   whose first member is "format": "reprieve-backup"; see rp-backup-json.h)
 */
typedef enum
{
  RP_IMPORT_FORMAT_UNKNOWN,
  RP_IMPORT_FORMAT_MEETING_GUIDE_JSON,
  RP_IMPORT_FORMAT_ICALENDAR,
  RP_IMPORT_FORMAT_VCARD,
  RP_IMPORT_FORMAT_READING,
  RP_IMPORT_FORMAT_BACKUP_JSON,
} RpImportFormat;

GQuark          rp_import_error_quark     (void);

RpImportFormat  rp_import_detect_format   (GBytes      *data);
RpImportFormat  rp_import_require_format  (GBytes      *data,
                                           GError     **error);
RpImportFormat  rp_import_detect_format_for_file  (GBytes      *data,
                                                   const char  *file_name);
RpImportFormat  rp_import_require_format_for_file (GBytes      *data,
                                                   const char  *file_name,
                                                   GError     **error);

G_END_DECLS
