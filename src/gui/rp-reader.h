/* rp-reader.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-clock.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_READER (rp_reader_get_type ())

/* The reader: one reading, its text in an RpMarkdownView at a comfortable
 * line length, with text size (Ctrl+plus, Ctrl+minus, Ctrl+0; remembered
 * in the `reader-font-scale` setting), the place the user stopped
 * (remembered per reading), Mark as Read Today, favourite, and for a link
 * the button that opens it (and a document's page or percent mark). It
 * has its own header bar with a Back button (signal "back"). */
G_DECLARE_FINAL_TYPE (RpReader, rp_reader, RP, READER, AdwBin)

GtkWidget *rp_reader_new             (void);
void       rp_reader_set_store       (RpReader   *self,
                                      RpStore    *store,
                                      RpClock    *clock);
/* Shows the reading (loaded through rp_store_load_reading()) at the place
 * it was left. Returns FALSE (and shows nothing new) when it is gone. */
gboolean   rp_reader_show_reading    (RpReader   *self,
                                      gint64      reading_id);
gint64     rp_reader_get_reading_id  (RpReader   *self);
/* Writes the current place now (the page calls it when the reader is
 * left; the reader also writes it a moment after scrolling stops). */
void       rp_reader_save_position   (RpReader   *self);

/* Signals: "back" (the Back button or Escape), "edit" (gint64 reading id:
 * the page opens the editor). */

G_END_DECLS
