/* rp-test-backups.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the automatic backups' tests share: test-backups.c (writing,
 * retention, the list, names, when a daily backup is due) and
 * test-backups-restore.c (restores and the backup before a schema upgrade)
 * use the same folder fixture and file helpers. */

#pragma once

#include <glib.h>

#include "rp-database.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *path;
  char *backups;
} Fixture;

/* A test with the fixture. */
#define ADD_TEST(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

void        fixture_set_up    (Fixture       *f,
                               gconstpointer  user_data);
void        fixture_tear_down (Fixture       *f,
                               gconstpointer  user_data);
GDateTime  *utc_time          (int year,
                               int month,
                               int day,
                               int hour,
                               int minute);
guint       file_mode         (const char *path);
char       *list_folder       (const char *dir);
int         file_user_version (const char *path);
RpDatabase *open_with_meta    (Fixture    *f,
                               const char *value);

G_END_DECLS
