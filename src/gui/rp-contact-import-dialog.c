/* rp-contact-import-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpContactImportDialog imports a .vcf file into the support network: it
 * reads and parses the file in a worker thread (the vCard module may load
 * then, and an address book can be large), shows how many contacts it
 * holds, their names, the role they get and the cards it skipped, and
 * saves them only on Import. The result goes to the parent window as a
 * toast. Nothing is written when the file is refused or the user cancels.
 * The flow is RpImportDialogBase's, shared with the readings import; this
 * is what a .vcf file holds. */

#define G_LOG_DOMAIN "rp-contact-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-contact-import-dialog.h"
#include "rp-import.h"
#include "rp-import-vcard.h"

/* The preview lists this many names; the count says how many there are. */
#define MAX_NAMES_SHOWN 200

struct _RpContactImportDialog
{
  RpImportDialogBase parent_instance;
};

G_DEFINE_FINAL_TYPE (RpContactImportDialog, rp_contact_import_dialog, RP_TYPE_IMPORT_DIALOG_BASE)

typedef struct
{
  GPtrArray *contacts;
  GPtrArray *skipped;
} Preview;

static void
preview_free (gpointer data)
{
  Preview *preview = data;

  g_clear_pointer (&preview->contacts, g_ptr_array_unref);
  g_clear_pointer (&preview->skipped, g_ptr_array_unref);
  g_free (preview);
}

/* --- reading (in a worker) ---------------------------------------------- */

static gboolean
check_size (goffset   size,
            GError  **error)
{
  /* Refused unread, like the command line does. */
  if (size <= RP_IMPORT_VCARD_MAX_BYTES)
    return TRUE;

  g_set_error (error, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
               _("The file is larger than %d MiB, more than any address book "
                 "Reprieve can import."),
               RP_IMPORT_VCARD_MAX_BYTES / (1024 * 1024));

  return FALSE;
}

static gpointer
parse (const char  *display_name,
       GBytes      *data,
       GError     **error)
{
  Preview *preview = g_new0 (Preview, 1);

  preview->contacts = rp_import_vcard_parse (data, &preview->skipped, error);
  if (preview->contacts == NULL)
    {
      preview_free (preview);
      return NULL;
    }

  return preview;
}

/* --- the preview --------------------------------------------------------- */

static GtkWidget *
name_row_new (gpointer item)
{
  return rp_import_dialog_base_new_row (rp_contact_get_display_name (item), NULL);
}

static GPtrArray *
get_items (gpointer    parsed,
           GPtrArray **skipped)
{
  Preview *preview = parsed;

  *skipped = preview->skipped;

  return preview->contacts;
}

static char *
dup_count_text (gpointer parsed)
{
  Preview *preview = parsed;
  guint n = preview->contacts->len;

  if (n == 0)
    return g_strdup (_("No contacts Reprieve can use"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact to import",
                                       "%u contacts to import", n),
                          n);
}

static char *
dup_skipped_title (guint n_skipped)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card skipped", "%u cards skipped",
                                       n_skipped),
                          n_skipped);
}

/* --- importing ----------------------------------------------------------- */

static char *
dup_result_message (guint imported,
                    guint updated)
{
  if (imported > 0 && updated > 0)
    /* Translators: the end of "Imported 3 contacts, updated 2" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u contact, updated %u",
                                         "Imported %u contacts, updated %u", imported),
                            imported, updated);
  if (imported > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u contact",
                                         "Imported %u contacts", imported),
                            imported);
  if (updated > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Updated %u contact",
                                         "Updated %u contacts", updated),
                            updated);

  return g_strdup (_("These contacts are already in your support network"));
}

static char *
import (RpImportDialogBase  *base,
        RpStore             *store,
        gpointer             parsed,
        GError             **error)
{
  Preview *preview = parsed;
  guint imported = 0, updated = 0, unchanged = 0;

  if (!rp_store_import_contacts (store, preview->contacts, &imported, &updated, &unchanged,
                                 error))
    return NULL;

  return dup_result_message (imported, updated);
}

/* --- public -------------------------------------------------------------- */

static RpImportDialogBase *
dialog_new (GtkWindow *parent)
{
  return g_object_new (RP_TYPE_CONTACT_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
}

/**
 * rp_contact_import_dialog_run:
 * @parent: (nullable): the window that gets the result as a toast
 * @store: the store to import into
 *
 * Asks for a .vcf file; once one is chosen, shows what it holds, and
 * imports it on Import. Nothing is shown if the user cancels the choice.
 */
void
rp_contact_import_dialog_run (GtkWindow *parent,
                              RpStore   *store)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));

  rp_import_dialog_base_start (dialog_new (parent), store, NULL);
}

/**
 * rp_contact_import_dialog_run_for_file:
 * @parent: (nullable): the window that gets the result as a toast
 * @store: the store to import into
 * @file: the .vcf file, already chosen (dropped, or picked in the
 *   meetings import)
 *
 * Shows what @file holds, and imports it on Import.
 */
void
rp_contact_import_dialog_run_for_file (GtkWindow *parent,
                                       RpStore   *store,
                                       GFile     *file)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  rp_import_dialog_base_start (dialog_new (parent), store, file);
}

/* --- the class ----------------------------------------------------------- */

static void
rp_contact_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_CONTACT_IMPORT_DIALOG);

  G_OBJECT_CLASS (rp_contact_import_dialog_parent_class)->dispose (object);
}

static void
rp_contact_import_dialog_class_init (RpContactImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpImportDialogBaseClass *base_class = RP_IMPORT_DIALOG_BASE_CLASS (klass);
  static const char * const mime_types[] = { "text/vcard", "text/x-vcard", NULL };
  static const char * const suffixes[] = { "vcf", "vcard", NULL };

  object_class->dispose = rp_contact_import_dialog_dispose;

  base_class->chooser_title = N_("Import Contacts");
  base_class->filter_name = N_("Contacts (.vcf)");
  base_class->filter_mime_types = mime_types;
  base_class->filter_suffixes = suffixes;

  base_class->check_size = check_size;
  base_class->parse = parse;
  base_class->free_parsed = preview_free;
  base_class->max_shown = MAX_NAMES_SHOWN;
  base_class->get_items = get_items;
  base_class->dup_count_text = dup_count_text;
  base_class->new_row = name_row_new;
  base_class->dup_skipped_title = dup_skipped_title;
  base_class->import = import;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-contact-import-dialog.ui");
  rp_import_dialog_base_class_setup (base_class, "contact-import", "names_list");
}

static void
rp_contact_import_dialog_init (RpContactImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
