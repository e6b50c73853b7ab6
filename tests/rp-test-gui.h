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

GtkWidget *rp_test_gui_find_button_by_label  (GtkWidget   *root,
                                              const char  *label);
GtkWidget *rp_test_gui_find_label_containing (GtkWidget   *root,
                                              const char  *text);
GtkWidget *rp_test_gui_find_row              (GtkWidget   *root,
                                              const char  *title);
GtkWidget *rp_test_gui_find_descendant       (GtkWidget   *root,
                                              GType        type);
GtkWindow *rp_test_gui_find_toplevel         (GType        type);

/* A browser that only writes down what it is asked to open (https and
 * http links), registered in the test's own XDG folders. */
void       rp_test_gui_install_fake_browser  (void);
char      *rp_test_gui_wait_for_opened       (void);
gboolean   rp_test_gui_was_opened            (void);

G_END_DECLS
