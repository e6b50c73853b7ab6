/* rp-reading-import-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingImportDialog imports a .md or .txt file into the library: it
 * reads and parses the file in a worker thread (a 365-day book is a few
 * hundred kilobytes to split), shows what it holds (one reading, or a
 * collection of dated readings), the parts it skipped and why, or why the
 * whole file is refused, and saves it only on Import, all or nothing. The
 * result goes to the window as a toast. It follows the contacts import
 * (rp-contact-import-dialog.c). */

#define G_LOG_DOMAIN "rp-reading-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-reading-excerpt.h"
#include "rp-reading-import-dialog.h"
#include "rp-toast.h"
#include "rp-window.h"

/* The preview lists this many readings; the count says how many there are. */
#define MAX_READINGS_SHOWN 100

/* A file this big is refused unread: even a 365-day book is far smaller,
 * and the parser refuses anything over a reading's own limit anyway. */
#define MAX_FILE_BYTES (4 * RP_READING_MAX_BODY_BYTES)

struct _RpReadingImportDialog
{
  AdwWindow             parent_instance;

  RpStore              *store;
  GtkWindow            *parent;        /* weak: gets the result's toast */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  RpReadingImport      *import;        /* once read */

  GtkStack             *stack;
  GtkLabel             *reading_label;
  GtkLabel             *count_label;
  GtkLabel             *hint_label;
  GtkListBox           *readings_list;
  GtkLabel             *skipped_title;
  GtkLabel             *skipped_label;
  AdwStatusPage        *failed_page;
};

G_DEFINE_FINAL_TYPE (RpReadingImportDialog, rp_reading_import_dialog, ADW_TYPE_WINDOW)

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
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  RpReadingImport *import;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_file_info_get_size (info) > MAX_FILE_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));

      g_task_return_new_error (task, RP_READING_ERROR, RP_READING_ERROR_REFUSED,
                               /* Translators: the file's size, e.g. "12.3 MB" */
                               _("The file is too big to be a reading (%s). Split it into "
                                 "several files."),
                               size);
      return;
    }

  data = g_file_load_bytes (file, cancellable, NULL, &error);
  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_strdup ("");
  import = rp_import_markdown_parse (name, data, &error);
  if (import == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, import, (GDestroyNotify) rp_reading_import_free);
}

static void
show_failure (RpReadingImportDialog *self,
              const char            *reason)
{
  /* The description is markup; the reason may name the file. */
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  adw_status_page_set_description (self->failed_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reading-import.confirm", FALSE);
}

static GtkWidget *
reading_row_new (const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  /* Row titles are markup, and the file's text is not. */
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
    }

  return row;
}

static char *
dup_count_text (RpReadingImport *import)
{
  guint n = import->readings->len;
  guint n_dated = 0;

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

static void
show_preview (RpReadingImportDialog *self,
              RpReadingImport       *import)
{
  g_autofree char *count = NULL;
  guint n = import->readings->len;
  guint n_skipped = import->skipped != NULL ? import->skipped->len : 0;
  GtkWidget *child;

  if (n == 0)
    count = g_strdup (_("Nothing in this file can be imported"));
  else
    count = dup_count_text (import);
  gtk_label_set_text (self->count_label, count);

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

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->readings_list))) != NULL)
    gtk_list_box_remove (self->readings_list, child);
  for (guint i = 0; i < n && i < MAX_READINGS_SHOWN; i++)
    {
      RpReading *reading = g_ptr_array_index (import->readings, i);
      g_autofree char *excerpt = rp_reading_excerpt (rp_reading_get_body (reading),
                                                     rp_reading_get_format (reading),
                                                     RP_READING_EXCERPT_LENGTH);

      gtk_list_box_append (self->readings_list,
                           reading_row_new (rp_reading_get_title (reading), excerpt));
    }
  if (n > MAX_READINGS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", n - MAX_READINGS_SHOWN),
                                               n - MAX_READINGS_SHOWN);

      gtk_list_box_append (self->readings_list, reading_row_new (more, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->readings_list), n > 0);

  if (n_skipped > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u part skipped",
                                                             "%u parts skipped",
                                                             n_skipped),
                                                n_skipped);
      g_autoptr(GString) reasons = g_string_new (NULL);

      for (guint i = 0; i < n_skipped; i++)
        {
          if (i > 0)
            g_string_append_c (reasons, '\n');
          g_string_append (reasons, g_ptr_array_index (import->skipped, i));
        }
      gtk_label_set_text (self->skipped_title, title);
      gtk_label_set_text (self->skipped_label, reasons->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_title), n_skipped > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_label), n_skipped > 0);

  g_clear_pointer (&self->import, rp_reading_import_free);
  self->import = import;

  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reading-import.confirm", n > 0);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RpReadingImportDialog) self = user_data;
  RpReadingImport *import;
  g_autoptr(GError) error = NULL;

  import = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (import == NULL)
    show_failure (self, error->message);
  else
    show_preview (self, import);
}

static void
load_file (RpReadingImportDialog *self,
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reading-import.confirm", FALSE);

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

static void
show_toast (RpReadingImportDialog *self,
            const char            *message)
{
  GtkWidget *overlay;

  if (self->parent == NULL)
    return;

  if (RP_IS_WINDOW (self->parent))
    {
      rp_window_add_toast (RP_WINDOW (self->parent), message);
      return;
    }

  /* Another window (a test's) with a toast overlay of its own. */
  overlay = gtk_window_get_child (self->parent);
  if (ADW_IS_WINDOW (self->parent))
    overlay = adw_window_get_content (ADW_WINDOW (self->parent));
  if (ADW_IS_TOAST_OVERLAY (overlay))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), rp_toast_new (message));
}

static void
confirm_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpReadingImportDialog *self = RP_READING_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint imported = 0, updated = 0, skipped = 0;
  gint64 collection_id = 0;

  if (self->import == NULL || self->import->readings->len == 0)
    return;

  if (!rp_store_import_readings (self->store, self->import, &imported, &updated, &skipped,
                                 &collection_id, &error))
    {
      show_failure (self, error->message);
      return;
    }

  message = dup_result_message (imported, updated);
  show_toast (self, message);

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
                     RpReadingImportDialog *self)
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
            gboolean        readings)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (readings)
    {
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_mime_type (filter, "text/x-markdown");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "markdown");
      gtk_file_filter_add_suffix (filter, "txt");
    }
  else
    {
      gtk_file_filter_add_pattern (filter, "*");
    }
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
ask_for_file (RpReadingImportDialog *self)
{
  self->chooser = gtk_file_chooser_native_new (_("Import Reading"), self->parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Readings (.md, .txt)"), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), FALSE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

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
  RpReadingImportDialog *self;
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
  self->store = g_object_ref (store);
  g_set_weak_pointer (&self->parent, window);

  if (file_or_null == NULL)
    {
      ask_for_file (self);
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  load_file (self, file_or_null);
}

/* --- the class ----------------------------------------------------------- */

static void
rp_reading_import_dialog_dispose (GObject *object)
{
  RpReadingImportDialog *self = RP_READING_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_READING_IMPORT_DIALOG);

  G_OBJECT_CLASS (rp_reading_import_dialog_parent_class)->dispose (object);
}

static void
rp_reading_import_dialog_finalize (GObject *object)
{
  RpReadingImportDialog *self = RP_READING_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->import, rp_reading_import_free);

  G_OBJECT_CLASS (rp_reading_import_dialog_parent_class)->finalize (object);
}

static void
rp_reading_import_dialog_class_init (RpReadingImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_reading_import_dialog_dispose;
  object_class->finalize = rp_reading_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, reading_label);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, readings_list);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, skipped_title);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, skipped_label);
  gtk_widget_class_bind_template_child (widget_class, RpReadingImportDialog, failed_page);

  gtk_widget_class_install_action (widget_class, "reading-import.confirm", NULL, confirm_action_cb);
  gtk_widget_class_install_action (widget_class, "reading-import.cancel", NULL, cancel_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reading-import.cancel", NULL);
}

static void
rp_reading_import_dialog_init (RpReadingImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reading-import.confirm", FALSE);
}
