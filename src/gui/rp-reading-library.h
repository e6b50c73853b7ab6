/* rp-reading-library.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-clock.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_READING_LIBRARY (rp_reading_library_get_type ())

/* The Reading page's first view: search as you type, today's reading, the
 * favourites and the collections, and the Add menu. What it opens goes
 * through its ancestors' `reading.open` (x) and `reading.show-collection`
 * (x; -1 for the favourites) actions. */
G_DECLARE_FINAL_TYPE (RpReadingLibrary, rp_reading_library, RP, READING_LIBRARY, AdwBin)

void rp_reading_library_set_store    (RpReadingLibrary *self,
                                      RpStore          *store,
                                      RpClock          *clock,
                                      GSettings        *settings);
/* Reads the store's models (the first time the page is shown). */
void rp_reading_library_load         (RpReadingLibrary *self);
/* Shows the store as it is now: counts, today's reading, the search's
 * results again. */
void rp_reading_library_refresh      (RpReadingLibrary *self);
void rp_reading_library_focus_search (RpReadingLibrary *self);

G_END_DECLS
