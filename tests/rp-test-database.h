/* rp-test-database.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What test-database.c, test-database-migrations.c and the backup tests
 * share: a fresh folder per test, the files in it, and raw SQLite and
 * RpDatabase queries to set files up and look into them. */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "rp-database.h"

G_BEGIN_DECLS

/* Set before g_test_init(): g_get_user_data_dir() caches its answer. The
 * folder is never created; only the default path test looks at it. */
#define TEST_DATA_HOME "/nonexistent/reprieve-test-data-home"

typedef struct
{
  char *dir;
  char *path;
} RpTestDatabase;

/* g_test_init(), with XDG_DATA_HOME set to TEST_DATA_HOME first. */
void        rp_test_database_init            (int            *argc,
                                              char         ***argv);

/* A test that gets a fresh folder of its own. */
#define RP_TEST_DATABASE_ADD(name, func) \
  g_test_add (name, RpTestDatabase, NULL, rp_test_database_set_up, func, \
              rp_test_database_tear_down)

void        rp_test_database_set_up          (RpTestDatabase *f,
                                              gconstpointer   user_data);
void        rp_test_database_tear_down       (RpTestDatabase *f,
                                              gconstpointer   user_data);

char       *rp_test_database_sidecar_path    (const char     *path,
                                              const char     *suffix);
char       *rp_test_database_file_checksum   (const char     *path);
/* Sorted names in @dir_path, one per line: shows any file that appeared. */
char       *rp_test_database_list_folder     (const char     *dir_path);
guint       rp_test_database_file_mode       (const char     *path);
gboolean    rp_test_database_file_exists     (const char     *path);

/* Raw SQLite, to set up and inspect files behind RpDatabase's back. */
sqlite3    *rp_test_database_raw_open        (const char     *path,
                                              int             flags);
void        rp_test_database_raw_exec        (sqlite3        *db,
                                              const char     *sql);
char       *rp_test_database_raw_schema_dump (const char     *path);

/* Queries through RpDatabase: connection settings live on its connection. */
int         rp_test_database_query_int       (RpDatabase     *db,
                                              const char     *sql);
char       *rp_test_database_query_meta      (RpDatabase     *db,
                                              const char     *key);
void        rp_test_database_create          (const char     *path);
/* app_meta's @key set through @db; read back from a closed file or a
 * backup as it is (immutable: nothing is created beside it). */
void        rp_test_database_set_meta        (RpDatabase     *db,
                                              const char     *key,
                                              const char     *value);
char       *rp_test_database_file_meta       (const char     *path,
                                              const char     *key);

G_END_DECLS
