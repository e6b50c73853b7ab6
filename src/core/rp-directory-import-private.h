/* rp-directory-import-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-database.h"
#include "rp-directory-feed.h"
#include "rp-directory-import.h"

G_BEGIN_DECLS

/* The columns of a directory_meeting row the importer writes (the
 * loader reads the same, in the same order, after the id and the feed). */
#define RP_DIRECTORY_ROW_COLUMNS \
  "slug, name, group_name, weekdays, start_minute, end_minute, time_zone, location," \
  " address, approximate, region, conference_url, conference_phone, types, custom_tags," \
  " notes, entity, entity_url, url, fingerprint"

struct _RpDirectoryImport
{
  GPtrArray    *meetings;       /* RpDirectoryMeetingData *, read-only, shared by copies */
  RpFeedReport *report;
  char         *file_name;
  char         *publisher_key;  /* NULL when the feed names no publisher */
  char         *feed_name;
  char         *entity;
  char         *entity_url;

  char         *feed_key;       /* the rest is set by plan and write */
  gboolean      new_feed;
  gboolean      feed_renamed;   /* its name or key changed */
  gboolean      applied;
  guint         n_new;
  guint         n_updated;
  guint         n_unchanged;
  guint         n_removed;
  guint         n_linked_changed;
  guint         n_linked_vanished;
};

RpDirectoryImport *rp_directory_import_new_from_parsed (RpDirectoryImport *parsed);
gboolean           rp_directory_import_changes_list   (RpDirectoryImport *self);

/* The steps of a directory import, for RpStore. None of them touches
 * RpStore or a list model, so any of them may run in a worker thread with
 * a connection of its own (rp_database_open_for_thread()). */

RpDirectoryImport *rp_directory_import_parse         (GBytes                *feed,
                                                      const char            *file_name,
                                                      GError               **error);
RpDirectoryImport *rp_directory_import_plan          (RpDirectoryImport     *parsed,
                                                      RpDatabase            *database,
                                                      GError               **error);
RpDirectoryImport *rp_directory_import_write         (RpDirectoryImport     *parsed,
                                                      RpDatabase            *database,
                                                      GCancellable          *cancellable,
                                                      RpImportProgressFunc   progress,
                                                      gpointer               progress_data,
                                                      GError               **error);

GPtrArray         *rp_directory_load_meetings        (RpDatabase            *database,
                                                      GError               **error);
GPtrArray         *rp_directory_load_feeds           (RpDatabase            *database,
                                                      GError               **error);
gboolean           rp_directory_lookup_fingerprint   (RpDatabase            *database,
                                                      const char            *feed_key,
                                                      const char            *slug,
                                                      char                 **out_fingerprint,
                                                      GError               **error);

G_END_DECLS
