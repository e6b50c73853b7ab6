/* THROW-AWAY STUB (wt-page): the import dialog's entry point as the brief
 * names it, until wt-today's lands on main. Not for commit. */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

void rp_reading_import_dialog_present (GtkWidget *parent,
                                       RpStore   *store,
                                       GFile     *file_or_null);

G_END_DECLS
