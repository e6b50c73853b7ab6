/* rp-link-opener.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void rp_link_opener_open          (GtkWidget  *source,
                                   const char *uri);
/* A reading's document on disk (a file:/// link): opened in the desktop's
 * default app for it, once it is known to be a file that is there. */
void rp_link_opener_open_document (GtkWidget  *source,
                                   const char *uri);

G_END_DECLS
