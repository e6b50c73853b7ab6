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
/* For g_signal_connect_swapped (…, G_CALLBACK (rp_test_count_signal),
 * &count): counts emissions, whatever the signal's arguments. */
void  rp_test_count_signal (guint      *count);

G_END_DECLS
