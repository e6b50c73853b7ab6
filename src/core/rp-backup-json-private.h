/* rp-backup-json-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-backup-json.h"

G_BEGIN_DECLS

/* What the export (rp-backup-json.c) and the import
 * (rp-backup-json-import.c) share: the format's tables. */

typedef struct
{
  const char *name;
  const char *columns;        /* in schema order, space separated */
  const char *order_by;       /* the primary key */
  const char *dates;          /* YYYY-MM-DD columns */
  const char *times;          /* YYYY-MM-DDTHH:MM:SSZ columns */
} RpBackupTable;

typedef enum
{
  RP_BACKUP_COLUMN_TEXT,
  RP_BACKUP_COLUMN_INTEGER,
} RpBackupColumnType;

/* A table's columns as the database has them. */
typedef struct
{
  char **names;
  RpBackupColumnType *types;
  gboolean *required;
  guint n_columns;
} RpBackupTableInfo;

const RpBackupTable *rp_backup_json_get_table        (guint                index);
gboolean             rp_backup_json_check_schema     (RpDatabase          *database,
                                                      GError             **error);
gboolean             rp_backup_json_read_table_info  (RpDatabase          *database,
                                                      const RpBackupTable *table,
                                                      RpBackupTableInfo   *info,
                                                      GError             **error);
void                 rp_backup_json_table_info_clear (RpBackupTableInfo   *info);

G_END_DECLS
