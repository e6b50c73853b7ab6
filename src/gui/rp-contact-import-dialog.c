/* rp-contact-import-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpContactImportDialog imports a .vcf file into the support network: it
 * reads and parses the file in a worker thread (the vCard module may load
 * then, and an address book can be large), shows how many contacts it
 * holds, their names, the role they get and the cards it skipped, and
 * saves them only on Import. The result goes to the parent window as a
 * toast. Nothing is written when the file is refused or the user cancels. */

#define G_LOG_DOMAIN "rp-contact-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-contact-import-dialog.h"
#include "rp-import.h"
#include "rp-import-vcard.h"
#include "rp-toast.h"
#include "rp-window.h"

/* The preview lists this many names; the count says how many there are. */
#define MAX_NAMES_SHOWN 200

struct _RpContactImportDialog
{
  AdwWindow             parent_instance;

  RpStore              *store;
  GtkWindow            *parent;        /* weak: gets the result's toast */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  GPtrArray            *contacts;      /* of RpContact, once read */

  GtkStack             *stack;
  GtkLabel             *reading_label;
  GtkLabel             *count_label;
  GtkListBox           *names_list;
  GtkLabel             *skipped_title;
  GtkLabel             *skipped_label;
  AdwStatusPage        *failed_page;
};

G_DEFINE_FINAL_TYPE (RpContactImportDialog, rp_contact_import_dialog, ADW_TYPE_WINDOW)

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

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  Preview *preview;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Refused unread, like the command line does. */
  if (g_file_info_get_size (info) > RP_IMPORT_VCARD_MAX_BYTES)
    {
      g_task_return_new_error (task, RP_IMPORT_ERROR, RP_IMPORT_ERROR_TOO_LARGE,
                               _("The file is larger than %d MiB, more than any address book "
                                 "Reprieve can import."),
                               RP_IMPORT_VCARD_MAX_BYTES / (1024 * 1024));
      return;
    }

  data = g_file_load_bytes (file, cancellable, NULL, &error);
  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  preview = g_new0 (Preview, 1);
  preview->contacts = rp_import_vcard_parse (data, &preview->skipped, &error);
  if (preview->contacts == NULL)
    {
      preview_free (preview);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, preview, preview_free);
}

static void
show_failure (RpContactImportDialog *self,
              const char            *reason)
{
  /* The description is markup; the reason may name the file. */
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  adw_status_page_set_description (self->failed_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact-import.confirm", FALSE);
}

static GtkWidget *
name_row_new (const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  /* Row titles are markup: a name may hold "&" or "<". */
  g_autofree char *escaped = g_markup_escape_text (name, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);

  return row;
}

static void
show_preview (RpContactImportDialog *self,
              Preview               *preview)
{
  g_autofree char *count = NULL;
  guint n = preview->contacts->len;
  GtkWidget *child;

  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  self->contacts = g_ptr_array_ref (preview->contacts);

  if (n == 0)
    count = g_strdup (_("No contacts Reprieve can use"));
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact to import",
                                          "%u contacts to import", n),
                             n);
  gtk_label_set_text (self->count_label, count);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->names_list))) != NULL)
    gtk_list_box_remove (self->names_list, child);
  for (guint i = 0; i < n && i < MAX_NAMES_SHOWN; i++)
    gtk_list_box_append (self->names_list,
                         name_row_new (rp_contact_get_display_name (g_ptr_array_index (preview->contacts, i))));
  if (n > MAX_NAMES_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", n - MAX_NAMES_SHOWN),
                                               n - MAX_NAMES_SHOWN);

      gtk_list_box_append (self->names_list, name_row_new (more));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->names_list), n > 0);

  if (preview->skipped->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u card skipped",
                                                             "%u cards skipped",
                                                             preview->skipped->len),
                                                preview->skipped->len);
      g_autoptr(GString) reasons = g_string_new (NULL);

      for (guint i = 0; i < preview->skipped->len; i++)
        {
          if (i > 0)
            g_string_append_c (reasons, '\n');
          g_string_append (reasons, g_ptr_array_index (preview->skipped, i));
        }
      gtk_label_set_text (self->skipped_title, title);
      gtk_label_set_text (self->skipped_label, reasons->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_title), preview->skipped->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_label), preview->skipped->len > 0);

  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact-import.confirm", n > 0);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RpContactImportDialog) self = user_data;
  Preview *preview;
  g_autoptr(GError) error = NULL;

  preview = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (preview == NULL)
    show_failure (self, error->message);
  else
    show_preview (self, preview);

  g_clear_pointer (&preview, preview_free);
}

static void
load_file (RpContactImportDialog *self,
           GFile                 *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = basename != NULL ? g_filename_display_name (basename) : g_strdup ("");
  g_autofree char *reading = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* Translators: the file's name */
  reading = g_strdup_printf (_("Reading “%s”…"), name);
  gtk_label_set_text (self->reading_label, reading);
  gtk_stack_set_visible_child_name (self->stack, "reading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact-import.confirm", FALSE);

  task = g_task_new (NULL, self->cancellable, read_cb, g_object_ref (self));
  g_task_set_source_tag (task, load_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, read_thread);
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

static AdwToastOverlay *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *overlay = find_toast_overlay (child);

      if (overlay != NULL)
        return overlay;
    }

  return NULL;
}

static void
confirm_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpContactImportDialog *self = RP_CONTACT_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint imported = 0, updated = 0, unchanged = 0;

  if (self->contacts == NULL || self->contacts->len == 0)
    return;

  if (!rp_store_import_contacts (self->store, self->contacts, &imported, &updated, &unchanged,
                                 &error))
    {
      show_failure (self, error->message);
      return;
    }

  message = dup_result_message (imported, updated);
  if (self->parent != NULL && RP_IS_WINDOW (self->parent))
    {
      rp_window_add_toast (RP_WINDOW (self->parent), message);
    }
  else if (self->parent != NULL)
    {
      /* Another window (a test's) with a toast overlay of its own. */
      AdwToastOverlay *overlay = find_toast_overlay (GTK_WIDGET (self->parent));

      if (overlay != NULL)
        adw_toast_overlay_add_toast (overlay, rp_toast_new (message));
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* --- choosing ------------------------------------------------------------ */

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     RpContactImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file == NULL)
    {
      /* Cancelled: the dialog was never shown. */
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  load_file (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            gboolean        vcards)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (vcards)
    {
      gtk_file_filter_add_mime_type (filter, "text/vcard");
      gtk_file_filter_add_mime_type (filter, "text/x-vcard");
      gtk_file_filter_add_suffix (filter, "vcf");
      gtk_file_filter_add_suffix (filter, "vcard");
    }
  else
    {
      gtk_file_filter_add_pattern (filter, "*");
    }
  gtk_file_chooser_add_filter (chooser, filter);
}

static RpContactImportDialog *
dialog_new (GtkWindow *parent,
            RpStore   *store)
{
  RpContactImportDialog *self = g_object_new (RP_TYPE_CONTACT_IMPORT_DIALOG,
                                              "transient-for", parent,
                                              NULL);

  self->store = g_object_ref (store);
  g_set_weak_pointer (&self->parent, parent);

  return self;
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
  RpContactImportDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));

  self = dialog_new (parent, store);
  self->chooser = gtk_file_chooser_native_new (_("Import Contacts"), parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Contacts (.vcf)"), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), FALSE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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
  RpContactImportDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  self = dialog_new (parent, store);
  gtk_window_present (GTK_WINDOW (self));
  load_file (self, file);
}

/* --- the class ----------------------------------------------------------- */

static void
rp_contact_import_dialog_dispose (GObject *object)
{
  RpContactImportDialog *self = RP_CONTACT_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_CONTACT_IMPORT_DIALOG);

  G_OBJECT_CLASS (rp_contact_import_dialog_parent_class)->dispose (object);
}

static void
rp_contact_import_dialog_finalize (GObject *object)
{
  RpContactImportDialog *self = RP_CONTACT_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_contact_import_dialog_parent_class)->finalize (object);
}

static void
rp_contact_import_dialog_class_init (RpContactImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_contact_import_dialog_dispose;
  object_class->finalize = rp_contact_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-contact-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, reading_label);
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, names_list);
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, skipped_title);
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, RpContactImportDialog, failed_page);

  gtk_widget_class_install_action (widget_class, "contact-import.confirm", NULL, confirm_action_cb);
  gtk_widget_class_install_action (widget_class, "contact-import.cancel", NULL, cancel_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "contact-import.cancel", NULL);
}

static void
rp_contact_import_dialog_init (RpContactImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contact-import.confirm", FALSE);
}
