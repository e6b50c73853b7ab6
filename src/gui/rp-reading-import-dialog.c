/* rp-reading-import-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingImportDialog imports a .md or .txt file into the library: it
 * reads and parses the file in a worker thread (a 365-day book is a few
 * hundred kilobytes to split), shows what it holds (one reading, or a
 * collection of dated readings), the parts it skipped and why, or why the
 * whole file is refused, and saves it only on Import, all or nothing. The
 * result goes to the window as a toast. The flow is RpImportDialogBase's,
 * shared with the contacts import; this is what a reading file holds. */

#define G_LOG_DOMAIN "rp-reading-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-reading-excerpt.h"
#include "rp-reading-import-dialog.h"

/* The preview lists this many readings; the count says how many there are. */
#define MAX_READINGS_SHOWN 100

/* A file this big is refused unread: even a 365-day book is far smaller,
 * and the parser refuses anything over a reading's own limit anyway. */
#define MAX_FILE_BYTES (4 * RP_READING_MAX_BODY_BYTES)

struct _RpReadingImportDialog
{
  RpImportDialogBase  parent_instance;

  GtkLabel           *hint_label;
};

G_DEFINE_FINAL_TYPE (RpReadingImportDialog, rp_reading_import_dialog, RP_TYPE_IMPORT_DIALOG_BASE)

/* --- reading (in a worker) ---------------------------------------------- */

static gboolean
check_size (goffset   size,
            GError  **error)
{
  g_autofree char *shown = NULL;

  if (size <= MAX_FILE_BYTES)
    return TRUE;

  shown = g_format_size (size);
  g_set_error (error, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
               /* Translators: the file's size, e.g. "12.3 MB" */
               _("The file is too big to be a reading (%s). Split it into "
                 "several files."),
               shown);

  return FALSE;
}

static gpointer
parse (const char  *display_name,
       GBytes      *data,
       GError     **error)
{
  return rp_import_markdown_parse (display_name, data, error);
}

/* --- the preview --------------------------------------------------------- */

static GtkWidget *
reading_row_new (gpointer item)
{
  RpReading *reading = item;
  g_autofree char *excerpt = rp_reading_excerpt (rp_reading_get_body (reading),
                                                 rp_reading_get_format (reading),
                                                 RP_READING_EXCERPT_LENGTH);

  return rp_import_dialog_base_new_row (rp_reading_get_title (reading), excerpt);
}

static char *
dup_count_text (gpointer parsed)
{
  RpReadingImport *import = parsed;
  guint n = import->readings->len;
  guint n_dated = 0;

  if (n == 0)
    return g_strdup (_("Nothing in this file can be imported"));

  if (import->collection_name == NULL)
    {
      if (n == 1)
        /* Translators: the reading's title */
        return g_strdup_printf (_("One reading: “%s”"),
                                rp_reading_get_title (g_ptr_array_index (import->readings, 0)));

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reading", "%u readings", n), n);
    }

  for (guint i = 0; i < n; i++)
    if (rp_reading_get_entry_month (g_ptr_array_index (import->readings, i)) > 0)
      n_dated++;

  if (n_dated == n)
    /* Translators: the number of readings, then the collection's name */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dated reading for “%s”",
                                         "%u dated readings for “%s”", n),
                            n, import->collection_name);

  /* Translators: the number of readings, then the collection's name */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reading for “%s”",
                                       "%u readings for “%s”", n),
                          n, import->collection_name);
}

static GPtrArray *
get_items (gpointer    parsed,
           GPtrArray **skipped)
{
  RpReadingImport *import = parsed;

  *skipped = import->skipped;

  return import->readings;
}

static char *
dup_skipped_title (guint n_skipped)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u part skipped", "%u parts skipped",
                                       n_skipped),
                          n_skipped);
}

/* Where the readings go. */
static void
show_preview (RpImportDialogBase *base,
              gpointer            parsed)
{
  RpReadingImportDialog *self = RP_READING_IMPORT_DIALOG (base);
  RpReadingImport *import = parsed;
  guint n = import->readings->len;

  if (n == 0)
    gtk_label_set_text (self->hint_label, "");
  else if (import->collection_name != NULL)
    gtk_label_set_text (self->hint_label,
                        _("They become a collection of their own. Importing this file again "
                          "updates it."));
  else
    gtk_label_set_text (self->hint_label,
                        _("It goes into My Readings. Importing this file again updates it."));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), n > 0);
}

/* --- importing ----------------------------------------------------------- */

static char *
dup_result_message (guint imported,
                    guint updated)
{
  if (imported > 0 && updated > 0)
    /* Translators: the end of "Imported 3 readings, updated 2" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u reading, updated %u",
                                         "Imported %u readings, updated %u", imported),
                            imported, updated);
  if (imported > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u reading",
                                         "Imported %u readings", imported),
                            imported);
  if (updated > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %u reading",
                                         "Updated %u readings", updated),
                            updated);

  return g_strdup (_("Your library already has these readings"));
}

static char *
import (RpImportDialogBase  *base,
        RpStore             *store,
        gpointer             parsed,
        GError             **error)
{
  guint imported = 0, updated = 0, skipped = 0;
  gint64 collection_id = 0;

  if (!rp_store_import_readings (store, parsed, &imported, &updated, &skipped,
                                 &collection_id, error))
    return NULL;

  return dup_result_message (imported, updated);
}

/* --- public ------------------------------------------------------------- */

/**
 * rp_reading_import_dialog_present:
 * @parent: (nullable): a widget in the window that gets the result as a
 *   toast (the Reading page, or the window itself)
 * @store: the store to import into
 * @file_or_null: (nullable): the .md or .txt file, already chosen (dropped,
 *   or given on the command line); %NULL asks for one first
 *
 * Shows what the file holds, and imports it on Import. Nothing is shown if
 * the user cancels the choice of a file.
 */
void
rp_reading_import_dialog_present (GtkWidget *parent,
                                  RpStore   *store,
                                  GFile     *file_or_null)
{
  RpImportDialogBase *self;
  GtkRoot *root = NULL;
  GtkWindow *window = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (file_or_null == NULL || G_IS_FILE (file_or_null));

  if (parent != NULL)
    root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    window = GTK_WINDOW (root);

  self = g_object_new (RP_TYPE_READING_IMPORT_DIALOG,
                       "transient-for", window,
                       NULL);
  rp_import_dialog_base_start (self, store, file_or_null);
}

/* --- the class ----------------------------------------------------------- */

static void
rp_reading_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_IMPORT_DIALOG);

  G_OBJECT_CLASS (rp_reading_import_dialog_parent_class)->dispose (object);
}

static void
rp_reading_import_dialog_class_init (RpReadingImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpImportDialogBaseClass *base_class = RP_IMPORT_DIALOG_BASE_CLASS (klass);
  static const char * const mime_types[] = { "text/markdown", "text/x-markdown", NULL };
  static const char * const suffixes[] = { "md", "markdown", "txt", NULL };

  object_class->dispose = rp_reading_import_dialog_dispose;

  base_class->chooser_title = N_("Import Reading");
  base_class->filter_name = N_("Readings (.md, .txt)");
  base_class->filter_mime_types = mime_types;
  base_class->filter_suffixes = suffixes;

  base_class->check_size = check_size;
  base_class->parse = parse;
  base_class->free_parsed = (GDestroyNotify) rp_reading_import_free;
  base_class->max_shown = MAX_READINGS_SHOWN;
  base_class->get_items = get_items;
  base_class->dup_count_text = dup_count_text;
  base_class->new_row = reading_row_new;
  base_class->dup_skipped_title = dup_skipped_title;
  base_class->show_preview = show_preview;
  base_class->import = import;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, hint_label);
  rp_import_dialog_base_class_setup (base_class, "reading-import", "readings_list");
}

static void
rp_reading_import_dialog_init (RpReadingImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
