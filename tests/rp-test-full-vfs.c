/* rp-test-full-vfs.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <sqlite3.h>

#include "rp-test-full-vfs.h"

/* Everything but xWrite and xTruncate goes straight to the wrapped file,
 * which lives right after our header in the memory SQLite gives xOpen. */
typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
  gboolean      is_wal;
} FullFile;

static sqlite3_vfs *parent_vfs;
static sqlite3_vfs full_vfs;

/* The connections of other threads write through here too. */
static GMutex state_lock;
static gboolean armed;
static guint64 budget;
static gboolean tripped;
static guint64 n_written;
static guint64 n_wal_written;

#define REAL(file) (((FullFile *) (file))->real)

/* How many of @amount bytes may still be written. */
static guint64
take_budget (FullFile *self,
             guint64   amount)
{
  guint64 allowed = amount;

  g_mutex_lock (&state_lock);
  if (armed)
    {
      if (budget < amount)
        {
          allowed = budget;
          tripped = TRUE;
        }
      budget -= allowed;
    }
  n_written += allowed;
  if (self->is_wal)
    n_wal_written += allowed;
  g_mutex_unlock (&state_lock);

  return allowed;
}

static int
full_write (sqlite3_file  *file,
            const void    *buffer,
            int            amount,
            sqlite3_int64  offset)
{
  FullFile *self = (FullFile *) file;
  guint64 allowed = take_budget (self, (guint64) amount);

  if (allowed > 0)
    {
      int rc = self->real->pMethods->xWrite (self->real, buffer, (int) allowed, offset);

      if (rc != SQLITE_OK)
        return rc;
    }

  return allowed < (guint64) amount ? SQLITE_FULL : SQLITE_OK;
}

/* Growing a file by truncation takes space too. */
static int
full_truncate (sqlite3_file  *file,
               sqlite3_int64  size)
{
  FullFile *self = (FullFile *) file;
  sqlite3_int64 current = 0;
  int rc;

  rc = self->real->pMethods->xFileSize (self->real, &current);
  if (rc != SQLITE_OK)
    return rc;
  if (size > current && take_budget (self, (guint64) (size - current)) < (guint64) (size - current))
    return SQLITE_FULL;

  return self->real->pMethods->xTruncate (self->real, size);
}

static int
full_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
full_read (sqlite3_file  *file,
           void          *buffer,
           int            amount,
           sqlite3_int64  offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
full_sync (sqlite3_file *file,
           int           flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
full_file_size (sqlite3_file  *file,
                sqlite3_int64 *out_size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), out_size);
}

static int
full_lock (sqlite3_file *file,
           int           level)
{
  return REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
full_unlock (sqlite3_file *file,
             int           level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
full_check_reserved_lock (sqlite3_file *file,
                          int          *out_reserved)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out_reserved);
}

static int
full_file_control (sqlite3_file *file,
                   int           op,
                   void         *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
full_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
full_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
full_shm_map (sqlite3_file  *file,
              int            region,
              int            size,
              int            extend,
              void volatile **out_memory)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), region, size, extend, out_memory);
}

static int
full_shm_lock (sqlite3_file *file,
               int           offset,
               int           n,
               int           flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
full_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
full_shm_unmap (sqlite3_file *file,
                int           delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
full_fetch (sqlite3_file   *file,
            sqlite3_int64   offset,
            int             amount,
            void          **out_page)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out_page);
}

static int
full_unfetch (sqlite3_file  *file,
              sqlite3_int64  offset,
              void          *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

/* Version 3, like the unix VFS's files; older ones stop at their own. */
static const sqlite3_io_methods full_io_methods = {
  .iVersion = 3,
  .xClose = full_close,
  .xRead = full_read,
  .xWrite = full_write,
  .xTruncate = full_truncate,
  .xSync = full_sync,
  .xFileSize = full_file_size,
  .xLock = full_lock,
  .xUnlock = full_unlock,
  .xCheckReservedLock = full_check_reserved_lock,
  .xFileControl = full_file_control,
  .xSectorSize = full_sector_size,
  .xDeviceCharacteristics = full_device_characteristics,
  .xShmMap = full_shm_map,
  .xShmLock = full_shm_lock,
  .xShmBarrier = full_shm_barrier,
  .xShmUnmap = full_shm_unmap,
  .xFetch = full_fetch,
  .xUnfetch = full_unfetch,
};

static int
full_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  FullFile *self = (FullFile *) file;
  int rc;

  self->real = (sqlite3_file *) (self + 1);
  self->is_wal = (flags & SQLITE_OPEN_WAL) != 0;
  rc = parent_vfs->xOpen (parent_vfs, name, self->real, flags, out_flags);
  /* SQLite closes a file only when its methods are set. */
  if (self->real->pMethods == NULL)
    self->base.pMethods = NULL;
  else if (self->real->pMethods->iVersion < 3)
    g_error ("The default SQLite VFS has old file methods; the test needs version 3");
  else
    self->base.pMethods = &full_io_methods;

  return rc;
}

void
rp_test_full_vfs_install (void)
{
  int rc;

  if (parent_vfs != NULL)
    return;

  parent_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (parent_vfs);

  /* The other methods may be the wrapped VFS's own: they only read its
   * settings and app data, copied along. */
  full_vfs = *parent_vfs;
  full_vfs.pNext = NULL;
  full_vfs.zName = "reprieve-test-full";
  full_vfs.szOsFile = (int) sizeof (FullFile) + parent_vfs->szOsFile;
  full_vfs.xOpen = full_open;

  rc = sqlite3_vfs_register (&full_vfs, 1);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_assert_true (sqlite3_vfs_find (NULL) == &full_vfs);
}

void
rp_test_full_vfs_arm (guint64 n_bytes)
{
  g_mutex_lock (&state_lock);
  armed = TRUE;
  budget = n_bytes;
  tripped = FALSE;
  n_written = 0;
  n_wal_written = 0;
  g_mutex_unlock (&state_lock);
}

void
rp_test_full_vfs_disarm (void)
{
  g_mutex_lock (&state_lock);
  armed = FALSE;
  g_mutex_unlock (&state_lock);
}

void
rp_test_full_vfs_reset_counts (void)
{
  g_mutex_lock (&state_lock);
  tripped = FALSE;
  n_written = 0;
  n_wal_written = 0;
  g_mutex_unlock (&state_lock);
}

gboolean
rp_test_full_vfs_get_tripped (void)
{
  gboolean result;

  g_mutex_lock (&state_lock);
  result = tripped;
  g_mutex_unlock (&state_lock);

  return result;
}

guint64
rp_test_full_vfs_get_n_written (void)
{
  guint64 result;

  g_mutex_lock (&state_lock);
  result = n_written;
  g_mutex_unlock (&state_lock);

  return result;
}

guint64
rp_test_full_vfs_get_n_wal_written (void)
{
  guint64 result;

  g_mutex_lock (&state_lock);
  result = n_wal_written;
  g_mutex_unlock (&state_lock);

  return result;
}
