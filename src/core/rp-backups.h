/* rp-backups.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-database.h"

G_BEGIN_DECLS

/**
 * RpBackupKind:
 * @RP_BACKUP_KIND_DAILY: taken once a day while Reprieve runs; the newest
 *   %RP_BACKUPS_KEEP_DAILY are kept
 * @RP_BACKUP_KIND_PRE_MIGRATION: taken before a schema upgrade; all kept
 * @RP_BACKUP_KIND_PRE_RESTORE: the data as it was before a restore; the
 *   newest %RP_BACKUPS_KEEP_PRE_RESTORE are kept
 */
typedef enum
{
  RP_BACKUP_KIND_DAILY,
  RP_BACKUP_KIND_PRE_MIGRATION,
  RP_BACKUP_KIND_PRE_RESTORE,
} RpBackupKind;

#define RP_BACKUPS_KEEP_DAILY 7
#define RP_BACKUPS_KEEP_PRE_RESTORE 3

/**
 * RpBackupInfo:
 * @path: (type filename): the backup file
 * @kind: what it was taken for
 * @taken: when it was taken (UTC, to the second)
 * @size: its size in bytes
 * @from_version: for %RP_BACKUP_KIND_PRE_MIGRATION, the schema it holds;
 *   0 otherwise
 * @to_version: for %RP_BACKUP_KIND_PRE_MIGRATION, the schema the upgrade
 *   was going to; 0 otherwise
 */
typedef struct
{
  char         *path;
  RpBackupKind  kind;
  GDateTime    *taken;
  goffset       size;
  int           from_version;
  int           to_version;
} RpBackupInfo;

#define RP_TYPE_BACKUP_INFO (rp_backup_info_get_type ())

GType         rp_backup_info_get_type            (void) G_GNUC_CONST;
RpBackupInfo *rp_backup_info_copy                (const RpBackupInfo *info);
void          rp_backup_info_free                (RpBackupInfo       *info);

char         *rp_backups_dir                     (void);
char         *rp_backups_dir_for_database        (const char         *db_path);

char         *rp_backups_make_name               (RpBackupKind        kind,
                                                  int                 from_version,
                                                  int                 to_version,
                                                  GDateTime          *now);
RpBackupInfo *rp_backups_parse_name              (const char         *basename);

gboolean      rp_backups_write                   (RpDatabase         *db,
                                                  RpBackupKind        kind,
                                                  GDateTime          *now,
                                                  char              **out_path,
                                                  GError            **error);
gboolean      rp_backups_write_pre_migration     (RpDatabase         *db,
                                                  int                 from_version,
                                                  int                 to_version,
                                                  GDateTime          *now,
                                                  char              **out_path,
                                                  GError            **error);

gboolean      rp_backups_write_pre_restore_cb    (RpDatabase         *database,
                                                  gpointer            user_data,
                                                  GError            **error);

gboolean      rp_backups_prune                   (const char         *dir,
                                                  GError            **error);

GPtrArray    *rp_backups_list                    (GError            **error);
GPtrArray    *rp_backups_list_in                 (const char         *dir,
                                                  GError            **error);

gboolean      rp_backups_verify                  (const char         *path,
                                                  GError            **error);
gboolean      rp_backups_restore                 (const char         *backup_path,
                                                  const char         *db_path,
                                                  GDateTime          *now,
                                                  GError            **error);
GArray       *rp_backups_count_records           (const char         *path,
                                                  GError            **error);
gboolean      rp_backups_restore_into            (RpDatabase         *db,
                                                  const char         *backup_path,
                                                  GDateTime          *now,
                                                  GError            **error);

gboolean      rp_backups_daily_due               (GDateTime          *now,
                                                  GDateTime          *last_daily);
GDateTime    *rp_backups_next_daily_check        (GDateTime          *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpBackupInfo, rp_backup_info_free)

G_END_DECLS
