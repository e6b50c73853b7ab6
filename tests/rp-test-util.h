/* rp-test-util.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Helpers every test program shares. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  rp_test_remove_tree (const char *path);
GDate rp_test_make_date   (int         year,
                           int         month,
                           int         day);

G_END_DECLS
