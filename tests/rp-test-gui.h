/* rp-test-gui.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared set-up for the display tests: a private data folder, a log writer
 * that counts every warning and critical, and a display that must exist
 * when the suite runs under the README's test command. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean rp_test_gui_init             (int         *argc,
                                       char      ***argv);
guint    rp_test_gui_get_n_warnings   (void);
void     rp_test_gui_iterate          (guint        milliseconds);
char    *rp_test_gui_get_data_home    (void);
void     rp_test_gui_cleanup          (void);

G_END_DECLS
