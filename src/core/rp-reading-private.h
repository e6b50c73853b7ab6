/* rp-reading-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-reading.h"

G_BEGIN_DECLS

/* The fields, for rp-reading.c (the object) and rp-reading-validate.c
 * (its rules); everyone else goes through the accessors. */
struct _RpReading
{
  GObject          parent_instance;

  gint64           id;
  gint64           collection_id;
  RpReadingKind    kind;
  RpReadingOrigin  origin;
  RpReadingFormat  format;
  char            *title;
  char            *description;
  char            *body;
  char            *source_note;
  char            *uri;
  int              entry_month;
  int              entry_day;
  int              position;
  gboolean         favourite;
  int              read_offset;
  int              progress_page;
  int              progress_pages;
  int              progress_percent;
  char            *last_read;
  char            *import_key;
  char            *created;
  char            *updated;
};

/* Only RpStore sets what the database decides: the row id, the place in
 * the collection, the timestamps and the last day it was read. */
void rp_reading_set_id         (RpReading  *self,
                                gint64      id);
void rp_reading_set_position   (RpReading  *self,
                                int         position);
void rp_reading_set_timestamps (RpReading  *self,
                                const char *created,
                                const char *updated);
void rp_reading_set_last_read  (RpReading  *self,
                                const char *last_read);

G_END_DECLS
