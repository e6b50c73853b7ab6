/* THROW-AWAY STUB (wt-page). Not for commit. */

#define G_LOG_DOMAIN "rp-reading-import-dialog"

#include "config.h"

#include "rp-reading-import-dialog.h"

void
rp_reading_import_dialog_present (GtkWidget *parent,
                                  RpStore   *store,
                                  GFile     *file_or_null)
{
  g_object_set_data (G_OBJECT (store), "rp-stub-import-presented", GINT_TO_POINTER (1));
}
