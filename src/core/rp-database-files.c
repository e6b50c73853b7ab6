/* rp-database-files.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-database"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rp-database.h"
#include "rp-database-private.h"

/* The data folder (0700) and the database file (0600), made private
 * before SQLite opens anything. Apart from rp-database.c because this is
 * plain file-system work, and the folder part is shared with the backups
 * (rp-backups.c, rp-backups-restore.c). */

gboolean
rp_database_make_private_folder (const char  *folder,
                                 GError     **error)
{
  g_autofree char *display_folder = g_filename_display_name (folder);
  struct stat st;
  int saved_errno;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not create the folder “%s” for Reprieve’s data: %s. Check that you may write there."),
                   display_folder, g_strerror (saved_errno));
      return FALSE;
    }

  /* g_mkdir_with_parents() leaves an existing folder as it is. */
  if (stat (folder, &st) != 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not read the folder “%s” for Reprieve’s data: %s. Check its permissions."),
                   display_folder, g_strerror (saved_errno));
      return FALSE;
    }

  if ((st.st_mode & 07777) != 0700 && chmod (folder, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not make the folder “%s” private: %s. Check that it belongs to you."),
                   display_folder, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The file is created here, not by SQLite, so that it is 0600 from its
 * first byte; SQLite gives -wal and -shm the mode of the main file. */
gboolean
rp_database_make_private_file (const char  *path,
                               gboolean    *out_empty,
                               GError     **error)
{
  g_autofree char *display_path = g_filename_display_name (path);
  struct stat st;
  int saved_errno;
  int fd;

  fd = open (path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not create the data file “%s”: %s. Check that you may write to its folder, and that it is not a link."),
                   display_path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not read the data file “%s”: %s. Check its permissions."),
                   display_path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("The data file “%s” is not a regular file. Move it away and try again."),
                   display_path);
      return FALSE;
    }

  if ((st.st_mode & 07777) != 0600 && fchmod (fd, 0600) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      g_set_error (error, RP_DATABASE_ERROR, RP_DATABASE_ERROR_ACCESS,
                   _("Could not make the data file “%s” private: %s. Check that it belongs to you."),
                   display_path, g_strerror (saved_errno));
      return FALSE;
    }

  /* Closed before SQLite takes any lock: closing any descriptor of a file
   * drops all of this process's POSIX locks on it, SQLite's included. */
  g_close (fd, NULL);

  *out_empty = st.st_size == 0;

  return TRUE;
}
