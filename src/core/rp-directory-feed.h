/* rp-directory-feed.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RpDirectoryFeed:
 * @id: the feed's row id
 * @feed_key: what identifies the feed across re-imports
 * @name: the publisher (entity), its web site, or the file's name
 * @file_name: (nullable): the name of the file last imported
 * @entity: (nullable): the publishing entity the feed names most
 * @entity_url: (nullable): its web site
 * @n_meetings: how many meetings it has in the Directory
 * @imported: when it was last imported, in UTC
 *
 * One imported feed, as rp_store_list_directory_feeds() lists them.
 */
typedef struct
{
  gint64     id;
  char      *feed_key;
  char      *name;
  char      *file_name;
  char      *entity;
  char      *entity_url;
  guint      n_meetings;
  GDateTime *imported;
} RpDirectoryFeed;

#define RP_TYPE_DIRECTORY_FEED (rp_directory_feed_get_type ())

GType               rp_directory_feed_get_type               (void) G_GNUC_CONST;
RpDirectoryFeed    *rp_directory_feed_copy                   (const RpDirectoryFeed *self);
void                rp_directory_feed_free                   (RpDirectoryFeed       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpDirectoryFeed, rp_directory_feed_free)

G_END_DECLS
