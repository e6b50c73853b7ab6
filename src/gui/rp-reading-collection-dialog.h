/* rp-reading-collection-dialog.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

/* The small dialog that names a new collection (@collection NULL) or
 * renames one: an AdwMessageDialog with an entry, checked as the user
 * types. Returns it, not shown yet; its "save" response writes through
 * @store and reports a failure in a toast on @parent. */
GtkWidget *rp_reading_collection_dialog_new        (GtkWindow           *parent,
                                                    RpStore             *store,
                                                    RpReadingCollection *collection);
/* Asks before deleting @collection and its readings (saying how many);
 * its "delete" response deletes through @store. Not shown yet. */
GtkWidget *rp_reading_collection_dialog_new_delete (GtkWindow           *parent,
                                                    RpStore             *store,
                                                    RpReadingCollection *collection);

G_END_DECLS
