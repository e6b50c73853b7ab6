/* rp-store-today.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-store.h"

G_BEGIN_DECLS

/* What the Today page's first steps ask of the store
 * (rp-store-today.c). Nothing here writes or emits: a recovery date
 * added elsewhere says so with `changed::recovery`. */
gboolean    rp_store_has_recovery            (RpStore              *self,
                                              gboolean             *out_has_recovery,
                                              GError              **error);

G_END_DECLS
