/* rp-backup-json.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-database.h"

G_BEGIN_DECLS

/* All of the user's data as one JSON document (see BACKUP-FORMAT.md next
 * to this file). Errors are RP_IMPORT_ERROR (a file refused as a whole)
 * or RP_DATABASE_ERROR (reading or writing the database failed). */

#define RP_BACKUP_JSON_FORMAT_NAME "reprieve-backup"
#define RP_BACKUP_JSON_FORMAT_VERSION 1
/* The schema version whose tables format version 1 holds. */
#define RP_BACKUP_JSON_SCHEMA_VERSION 7
/* Ten years of a busy user's data is a few MiB; anything this large is not
 * a backup we wrote, and parsing it would take the memory of several. */
#define RP_BACKUP_JSON_MAX_BYTES (200 * 1024 * 1024)

typedef struct _RpBackupJson RpBackupJson;

/**
 * RpBackupJsonBeforeReplace:
 * @database: the database about to be replaced
 * @user_data: the data given with the function
 * @error: return location for an error; returning %FALSE refuses the import
 *
 * The seam for the automatic backups: called by rp_backup_json_replace()
 * after the file was validated and before anything is written, outside
 * any transaction, so that it can copy the current database (VACUUM INTO
 * or the backup API) as a pre-restore backup.
 */
typedef gboolean (*RpBackupJsonBeforeReplace) (RpDatabase  *database,
                                               gpointer     user_data,
                                               GError     **error);

guint             rp_backup_json_get_n_tables      (void);
const char       *rp_backup_json_get_table_name    (guint          index);
gboolean          rp_backup_json_is_excluded_table (const char    *name);

GBytes           *rp_backup_json_export            (RpDatabase    *database,
                                                    GDateTime     *now,
                                                    guint         *out_n_records,
                                                    GError       **error);
gboolean          rp_backup_json_export_to_file    (RpDatabase    *database,
                                                    const char    *path,
                                                    GDateTime     *now,
                                                    guint         *out_n_records,
                                                    GError       **error);

gboolean          rp_backup_json_sniff             (GBytes        *data);
RpBackupJson     *rp_backup_json_load              (RpDatabase    *database,
                                                    GBytes        *data,
                                                    GError       **error);
void              rp_backup_json_free              (RpBackupJson  *backup);
const char       *rp_backup_json_get_exported      (RpBackupJson  *backup);
guint             rp_backup_json_get_count         (RpBackupJson  *backup,
                                                    guint          table_index);
guint             rp_backup_json_get_total         (RpBackupJson  *backup);
gboolean          rp_backup_json_replace           (RpDatabase    *database,
                                                    RpBackupJson  *backup,
                                                    RpBackupJsonBeforeReplace before_replace,
                                                    gpointer       user_data,
                                                    GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpBackupJson, rp_backup_json_free)

G_END_DECLS
