/* rp-import-ics-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-import-ics.h"

G_BEGIN_DECLS

/* For tests only. The worker sleeps this long before it parses, without
 * looking at its deadline: a stand-in for libical stuck in a hostile file,
 * which only the hard time limit can answer. */
void  rp_import_ics_set_worker_stall_for_testing (guint milliseconds);
/* How many late results have been thrown away since the program started. */
guint rp_import_ics_get_n_discarded_for_testing  (void);

G_END_DECLS
