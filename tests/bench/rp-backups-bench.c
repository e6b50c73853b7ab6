/* rp-backups-bench.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* rp-backups-bench PATH: times rp_backups_write() (VACUUM INTO, check,
 * flush, rename) and rp_backups_verify() on the database at PATH, for
 * instance ten years made by rp-progress-seed, then
 * rp_backups_restore_into() of the first backup with PATH open, as
 * Preferences does it (verify, copy aside, pre-restore backup, copy in).
 * The backups go to the `backups` folder beside PATH. */

#define G_LOG_DOMAIN "rp-backups-bench"

#include "config.h"

#include <glib/gstdio.h>

#include "rp-backups.h"

#define RUNS 3

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpDatabase) db = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) restored = NULL;
  g_autofree char *first = NULL;
  gint64 restore_start;

  if (argc != 2)
    {
      g_printerr ("Usage: %s DATABASE\n", argv[0]);
      return 2;
    }

  db = rp_database_open (argv[1], &error);
  if (db == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (int i = 0; i < RUNS; i++)
    {
      /* A day apart, so that each is a new daily backup. */
      g_autoptr(GDateTime) now = g_date_time_add_days (start, i);
      g_autofree char *path = NULL;
      GStatBuf st;
      gint64 t0, t1, t2;

      t0 = g_get_monotonic_time ();
      if (!rp_backups_write (db, RP_BACKUP_KIND_DAILY, now, &path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      t1 = g_get_monotonic_time ();
      if (!rp_backups_verify (path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      t2 = g_get_monotonic_time ();

      g_stat (path, &st);
      if (first == NULL)
        first = g_strdup (path);
      g_print ("backup %d: %.1f MB written and checked in %.0f ms; verified again in %.0f ms\n",
               i + 1, st.st_size / 1e6, (t1 - t0) / 1000.0, (t2 - t1) / 1000.0);
    }

  restored = g_date_time_add_days (start, RUNS);
  restore_start = g_get_monotonic_time ();
  if (!rp_backups_restore_into (db, first, restored, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("restore into the open database: %.0f ms (with its pre-restore backup)\n",
           (g_get_monotonic_time () - restore_start) / 1000.0);

  return 0;
}
