/* rp-reading-page.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-clock.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_READING_PAGE (rp_reading_page_get_type ())

G_DECLARE_FINAL_TYPE (RpReadingPage, rp_reading_page, RP, READING_PAGE, AdwBin)

/* The library (collections, favourites, the daily reading, search as you
 * type), a collection's readings and the reader, each sliding in over the
 * one before with a way back (one column at every width, down to 360 px). */
void     rp_reading_page_set_store    (RpReadingPage *self,
                                       RpStore       *store,
                                       RpClock       *clock,
                                       GSettings     *settings);
/* Opens @reading_id in the reader (the daily reading's notification and
 * the Today page use it). FALSE when it no longer exists. */
gboolean rp_reading_page_show_reading (RpReadingPage *self,
                                       gint64         reading_id);
/* win.add-reading: a new text of the user's own. */
void     rp_reading_page_add_reading  (RpReadingPage *self);
/* Import Reading…: a .md or .txt file (from a file chooser, or @file). */
void     rp_reading_page_import       (RpReadingPage *self,
                                       GFile         *file);

G_END_DECLS
