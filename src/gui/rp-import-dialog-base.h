/* rp-import-dialog-base.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_IMPORT_DIALOG_BASE (rp_import_dialog_base_get_type ())

G_DECLARE_DERIVABLE_TYPE (RpImportDialogBase, rp_import_dialog_base, RP, IMPORT_DIALOG_BASE, AdwWindow)

/* What a file's kind of import does; the rest is the base's. The worker
 * vfuncs run in a thread: they touch no widget. */
struct _RpImportDialogBaseClass
{
  AdwWindowClass parent_class;

  /* The file chooser: its title and the files it offers first, the
   * names marked with N_(). */
  const char         *chooser_title;
  const char         *filter_name;
  const char * const *filter_mime_types;
  const char * const *filter_suffixes;

  /* In a worker: refuses, with a reason, a file too big to read. */
  gboolean  (*check_size)   (goffset              size,
                             GError             **error);
  /* In a worker: what the file holds, or NULL with a reason. */
  gpointer  (*parse)        (const char          *display_name,
                             GBytes              *data,
                             GError             **error);
  /* Frees what parse() returned. */
  GDestroyNotify free_parsed;

  /* The preview: the items Import would save and why parts were skipped
   * (NULL for none, both transfer none), the text counting the items (or
   * saying there are none), rows for the first max_shown, and the
   * heading of the parts skipped. */
  guint       max_shown;
  GPtrArray  *(*get_items)         (gpointer             parsed,
                                    GPtrArray          **skipped);
  char       *(*dup_count_text)    (gpointer             parsed);
  GtkWidget  *(*new_row)           (gpointer             item);
  char       *(*dup_skipped_title) (guint                n_skipped);
  /* Optional: what else the subclass's preview page shows. */
  void        (*show_preview)      (RpImportDialogBase  *self,
                                    gpointer             parsed);
  /* Saves @parsed; returns the result's toast, or NULL with a reason. */
  char     *(*import)       (RpImportDialogBase  *self,
                             RpStore             *store,
                             gpointer             parsed,
                             GError             **error);

  /*< private >*/
  char *confirm_action;
};

void       rp_import_dialog_base_class_setup   (RpImportDialogBaseClass *klass,
                                                const char              *action_group,
                                                const char              *list_id);
void       rp_import_dialog_base_start         (RpImportDialogBase      *self,
                                                RpStore                 *store,
                                                GFile                   *file_or_null);

GtkWidget *rp_import_dialog_base_new_row       (const char              *title,
                                                const char              *subtitle);

G_END_DECLS
