/* rp-store.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-database.h"

G_BEGIN_DECLS

#define RP_TYPE_STORE (rp_store_get_type ())

G_DECLARE_FINAL_TYPE (RpStore, rp_store, RP, STORE, GObject)

RpStore    *rp_store_new             (RpDatabase *database);
RpDatabase *rp_store_get_database    (RpStore    *self);
gboolean    rp_store_get_has_sponsor (RpStore    *self);

G_END_DECLS
