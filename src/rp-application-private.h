/* rp-application-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-application.h"
#include "rp-backups.h"
#include "rp-database.h"
#include "rp-reminders.h"
#include "rp-window.h"

G_BEGIN_DECLS

/* RpApplication is written in two files: rp-application.c (the command
 * line, the actions, the window and the store) and
 * rp-application-reminders.c (the reminder timer and what its
 * notifications' buttons do), and rp-application-backups.c (the daily
 * backup). */
struct _RpApplication
{
  AdwApplication    parent_instance;

  GSettings        *settings;
  RpStore          *store;
  /* Why the store could not be opened; the window shows it. The file is
   * never touched again in this run, so nothing can be overwritten. */
  GError           *store_error;
  /* After damage at start (rp-application-recovery.c): where the damaged
   * file was kept, and the newest verified backup (or NULL), until the user
   * restores it or starts empty. */
  char             *damaged_path;
  RpBackupInfo     *recovery_backup;
  /* The one reminder timer; none when the store could not be opened. */
  RpReminders      *reminders;
  RpClock          *clock;           /* read on first use */

  /* Whether this process holds itself (g_application_hold) to outlive
   * its windows. */
  gboolean          held;
  /* Started by --background, and no window opened since. */
  gboolean          background_start;
  /* This run began in the background (at login): it asks no questions. */
  gboolean          launched_in_background;
  gboolean          quitting;
  AdwMessageDialog *start_at_login_dialog;

  /* Set between a --background start's option parsing and the display's
   * opening, with the GDK_DEBUG to put back. */
  gboolean          skip_gpu_driver;
  char             *saved_gdk_debug;

  /* The daily backup's timer (rp-application-backups.c), and whether its
   * worker thread is writing one. */
  guint             backup_timeout_id;
  gboolean          backup_running;
};

RpWindow *rp_application_find_main_window       (RpApplication *self);
RpWindow *rp_application_get_or_create_window   (RpApplication *self);
void      rp_application_show_pending_reminders (RpApplication *self,
                                                 RpWindow      *window);
void      rp_application_start_reminders        (RpApplication *self);
void      rp_application_take_database          (RpApplication *self,
                                                 RpDatabase    *database);
RpDatabase *rp_application_open_database        (RpApplication *self,
                                                 const char    *path);
void      rp_application_clear_recovery         (RpApplication *self);
void      rp_application_start_backups          (RpApplication *self);
void      rp_application_stop_backups           (RpApplication *self);

G_END_DECLS
