/* rp-import-dialog-base.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpImportDialogBase is the flow the contacts and readings imports share,
 * written once so that a fix to one is a fix to both: a file chooser (or a
 * file already chosen), the file read and parsed in a worker thread, a
 * preview, Import saving it all or nothing, the result as a toast in the
 * parent window, and a page saying why a file was refused. A subclass
 * brings its template (the ids "stack", "reading_label", "count_label",
 * "skipped_title", "skipped_label", "failed_page" and a list, the actions
 * "<group>.confirm" and "<group>.cancel"), and the vfuncs for what its
 * kind of file holds. The meetings import (RpImportDialog) has a flow of
 * its own: format sniffing, progress, drops. */

#define G_LOG_DOMAIN "rp-import-dialog-base"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-import-dialog-base.h"
#include "rp-toast.h"

typedef struct
{
  RpStore              *store;
  GtkWindow            *parent;        /* weak: gets the result's toast */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  gpointer              parsed;        /* once read */
  guint                 n_items;       /* what Import would save */

  GtkStack             *stack;
  GtkLabel             *reading_label;
  GtkLabel             *count_label;
  GtkListBox           *list;
  GtkLabel             *skipped_title;
  GtkLabel             *skipped_label;
  AdwStatusPage        *failed_page;
} RpImportDialogBasePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RpImportDialogBase, rp_import_dialog_base, ADW_TYPE_WINDOW)

static void
set_confirm_enabled (RpImportDialogBase *self,
                     gboolean            enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self),
                                 RP_IMPORT_DIALOG_BASE_GET_CLASS (self)->confirm_action,
                                 enabled);
}

static void
clear_parsed (RpImportDialogBase *self)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);

  if (priv->parsed != NULL)
    RP_IMPORT_DIALOG_BASE_GET_CLASS (self)->free_parsed (g_steal_pointer (&priv->parsed));
  priv->n_items = 0;
}

/* --- the preview --------------------------------------------------------- */

/**
 * rp_import_dialog_base_new_row:
 * @title: plain text
 * @subtitle: (nullable): plain text, shown on up to two lines
 *
 * Returns: (transfer floating): a preview row showing both as they are
 */
GtkWidget *
rp_import_dialog_base_new_row (const char *title,
                               const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  /* Row titles are markup, and the file's text is not: a name may hold
   * "&" or "<". */
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

/* Replaces the list's rows with the first items', a last row counting the
 * others, and hides it when there are none. */
static void
fill_list (RpImportDialogBase *self,
           GPtrArray          *items)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  RpImportDialogBaseClass *klass = RP_IMPORT_DIALOG_BASE_GET_CLASS (self);
  guint n_items = items->len;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (priv->list))) != NULL)
    gtk_list_box_remove (priv->list, child);
  for (guint i = 0; i < n_items && i < klass->max_shown; i++)
    gtk_list_box_append (priv->list, klass->new_row (g_ptr_array_index (items, i)));
  if (n_items > klass->max_shown)
    {
      guint n_more = n_items - klass->max_shown;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", n_more),
                                               n_more);

      gtk_list_box_append (priv->list, rp_import_dialog_base_new_row (more, NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->list), n_items > 0);
}

/* Lists why parts were skipped under a heading, or hides both. */
static void
show_skipped (RpImportDialogBase *self,
              GPtrArray          *reasons)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  RpImportDialogBaseClass *klass = RP_IMPORT_DIALOG_BASE_GET_CLASS (self);
  guint n_skipped = reasons != NULL ? reasons->len : 0;

  if (n_skipped > 0)
    {
      g_autofree char *title = klass->dup_skipped_title (n_skipped);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < n_skipped; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, g_ptr_array_index (reasons, i));
        }
      gtk_label_set_text (priv->skipped_title, title);
      gtk_label_set_text (priv->skipped_label, text->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->skipped_title), n_skipped > 0);
  gtk_widget_set_visible (GTK_WIDGET (priv->skipped_label), n_skipped > 0);
}

/* --- reading (in a worker) ---------------------------------------------- */

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  /* The file, and the subclass's vfuncs: the worker may not touch the
   * dialog. */
  GFile *file = source_object;
  RpImportDialogBaseClass *klass = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  gpointer parsed;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Refused unread. */
  if (!klass->check_size (g_file_info_get_size (info), &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
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
  parsed = klass->parse (name, data, &error);
  if (parsed == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, parsed, klass->free_parsed);
}

static void
show_failure (RpImportDialogBase *self,
              const char         *reason)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  /* The description is markup; the reason may name the file. */
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  adw_status_page_set_description (priv->failed_page, escaped);
  gtk_stack_set_visible_child_name (priv->stack, "failed");
  set_confirm_enabled (self, FALSE);
}

static void
show_preview (RpImportDialogBase *self,
              gpointer            parsed)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  RpImportDialogBaseClass *klass = RP_IMPORT_DIALOG_BASE_GET_CLASS (self);
  GPtrArray *skipped = NULL;
  GPtrArray *items = klass->get_items (parsed, &skipped);
  guint n_items = items->len;
  g_autofree char *count = klass->dup_count_text (parsed);

  gtk_label_set_text (priv->count_label, count);
  fill_list (self, items);
  show_skipped (self, skipped);
  if (klass->show_preview != NULL)
    klass->show_preview (self, parsed);

  clear_parsed (self);
  priv->parsed = parsed;
  priv->n_items = n_items;

  gtk_stack_set_visible_child_name (priv->stack, "preview");
  set_confirm_enabled (self, n_items > 0);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RpImportDialogBase) self = user_data;
  gpointer parsed;
  g_autoptr(GError) error = NULL;

  parsed = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (parsed == NULL)
    show_failure (self, error->message);
  else
    show_preview (self, parsed);
}

/* Shows the dialog, and reads @file off the main thread to preview it. */
static void
load_file (RpImportDialogBase *self,
           GFile              *file)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reading = NULL;

  gtk_window_present (GTK_WINDOW (self));

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();

  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_strdup ("");
  /* Translators: the file's name */
  reading = g_strdup_printf (_("Reading “%s”…"), name);
  gtk_label_set_text (priv->reading_label, reading);
  gtk_stack_set_visible_child_name (priv->stack, "reading");
  set_confirm_enabled (self, FALSE);

  task = g_task_new (file, priv->cancellable, read_cb, g_object_ref (self));
  g_task_set_source_tag (task, load_file);
  g_task_set_task_data (task, RP_IMPORT_DIALOG_BASE_GET_CLASS (self), NULL);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, read_thread);
}

/* --- importing ----------------------------------------------------------- */

static void
confirm_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpImportDialogBase *self = RP_IMPORT_DIALOG_BASE (widget);
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (priv->parsed == NULL || priv->n_items == 0)
    return;

  message = RP_IMPORT_DIALOG_BASE_GET_CLASS (self)->import (self, priv->store, priv->parsed,
                                                            &error);
  if (message == NULL)
    {
      show_failure (self, error->message);
      return;
    }

  rp_toast_show_in_window (priv->parent, message);

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
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     RpImportDialogBase *self)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&priv->chooser);

  if (file == NULL)
    {
      /* Cancelled: the dialog was never shown. */
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  load_file (self, file);
}

/* Asks for a file, then previews it. The dialog appears only once a file
 * is chosen, and is destroyed if none is. */
static void
choose_file (RpImportDialogBase *self)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);
  RpImportDialogBaseClass *klass = RP_IMPORT_DIALOG_BASE_GET_CLASS (self);
  g_autoptr(GtkFileFilter) files = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (files, _(klass->filter_name));
  for (guint i = 0; klass->filter_mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (files, klass->filter_mime_types[i]);
  for (guint i = 0; klass->filter_suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (files, klass->filter_suffixes[i]);

  priv->chooser = gtk_file_chooser_native_new (_(klass->chooser_title), priv->parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (priv->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (priv->chooser), files);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (priv->chooser), all);
  g_signal_connect_object (priv->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (priv->chooser));
}

/**
 * rp_import_dialog_base_start:
 * @self: a new #RpImportDialogBase, not shown yet
 * @store: the store to import into
 * @file_or_null: (nullable): the file, already chosen (dropped, or given on
 *   the command line); %NULL asks for one first
 *
 * Shows the dialog with a preview of the file, or why it cannot be
 * imported; Import saves it. When the user cancels the choice of a file,
 * nothing is shown and the dialog is destroyed.
 */
void
rp_import_dialog_base_start (RpImportDialogBase *self,
                             RpStore            *store,
                             GFile              *file_or_null)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);

  g_return_if_fail (RP_IS_IMPORT_DIALOG_BASE (self));
  g_return_if_fail (RP_IS_STORE (store));
  g_return_if_fail (priv->store == NULL);

  priv->store = g_object_ref (store);

  if (file_or_null != NULL)
    load_file (self, file_or_null);
  else
    choose_file (self);
}

/* --- the class ----------------------------------------------------------- */

/**
 * rp_import_dialog_base_class_setup:
 * @klass: a subclass's class, its template already set
 * @action_group: the prefix of the template's actions, e.g. "contact-import"
 * @list_id: the id of the template's list of items
 *
 * Binds the template's shared parts and installs "@action_group.confirm"
 * (Import), "@action_group.cancel" and Escape for it.
 */
void
rp_import_dialog_base_class_setup (RpImportDialogBaseClass *klass,
                                   const char              *action_group,
                                   const char              *list_id)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autofree char *cancel_action = g_strconcat (action_group, ".cancel", NULL);

  g_return_if_fail (RP_IS_IMPORT_DIALOG_BASE_CLASS (klass));
  g_return_if_fail (action_group != NULL);

  gtk_widget_class_bind_template_child_private (widget_class, RpImportDialogBase, stack);
  gtk_widget_class_bind_template_child_private (widget_class, RpImportDialogBase, reading_label);
  gtk_widget_class_bind_template_child_private (widget_class, RpImportDialogBase, count_label);
  gtk_widget_class_bind_template_child_full (widget_class, list_id, FALSE,
                                             G_PRIVATE_OFFSET (RpImportDialogBase, list));
  gtk_widget_class_bind_template_child_private (widget_class, RpImportDialogBase, skipped_title);
  gtk_widget_class_bind_template_child_private (widget_class, RpImportDialogBase, skipped_label);
  gtk_widget_class_bind_template_child_private (widget_class, RpImportDialogBase, failed_page);

  klass->confirm_action = g_strconcat (action_group, ".confirm", NULL);
  gtk_widget_class_install_action (widget_class, klass->confirm_action, NULL, confirm_action_cb);
  gtk_widget_class_install_action (widget_class, cancel_action, NULL, cancel_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, cancel_action, NULL);
}

static void
rp_import_dialog_base_constructed (GObject *object)
{
  RpImportDialogBase *self = RP_IMPORT_DIALOG_BASE (object);
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);

  G_OBJECT_CLASS (rp_import_dialog_base_parent_class)->constructed (object);

  g_set_weak_pointer (&priv->parent, gtk_window_get_transient_for (GTK_WINDOW (self)));
  /* Here, not in init: there the class is still this one, without the
   * subclass's action. */
  set_confirm_enabled (self, FALSE);
}

static void
rp_import_dialog_base_dispose (GObject *object)
{
  RpImportDialogBase *self = RP_IMPORT_DIALOG_BASE (object);
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);

  g_cancellable_cancel (priv->cancellable);
  if (priv->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (priv->chooser));
  g_clear_object (&priv->chooser);

  G_OBJECT_CLASS (rp_import_dialog_base_parent_class)->dispose (object);
}

static void
rp_import_dialog_base_finalize (GObject *object)
{
  RpImportDialogBase *self = RP_IMPORT_DIALOG_BASE (object);
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);

  g_clear_weak_pointer (&priv->parent);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->store);
  clear_parsed (self);

  G_OBJECT_CLASS (rp_import_dialog_base_parent_class)->finalize (object);
}

static void
rp_import_dialog_base_class_init (RpImportDialogBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rp_import_dialog_base_constructed;
  object_class->dispose = rp_import_dialog_base_dispose;
  object_class->finalize = rp_import_dialog_base_finalize;
}

static void
rp_import_dialog_base_init (RpImportDialogBase *self)
{
  RpImportDialogBasePrivate *priv = rp_import_dialog_base_get_instance_private (self);

  priv->cancellable = g_cancellable_new ();
}
