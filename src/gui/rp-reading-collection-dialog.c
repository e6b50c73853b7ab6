/* rp-reading-collection-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dialogs about a collection of readings. The one that names it, new
 * or renamed: an AdwMessageDialog with one entry, the name checked as the
 * user types (rp_reading_collection_validate_name()), the message shown
 * under the entry, and the "save" response only enabled for a name that
 * can be saved. And the one that asks before deleting it. */

#define G_LOG_DOMAIN "rp-reading-collection-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-reading-collection-dialog.h"

typedef struct
{
  RpStore             *store;
  RpReadingCollection *collection;   /* renamed, or NULL for a new one */
  GtkEntry            *entry;
  GtkLabel            *problem;
} DialogData;

static void
dialog_data_free (gpointer user_data)
{
  DialogData *data = user_data;

  g_clear_object (&data->store);
  g_clear_object (&data->collection);
  g_free (data);
}

static char *
dup_name (DialogData *data)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->entry))));
}

static void
name_changed_cb (AdwMessageDialog *dialog)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "rp-dialog-data");
  g_autofree char *name = dup_name (data);
  g_autoptr(GError) error = NULL;
  gboolean valid = rp_reading_collection_validate_name (name, &error);

  /* An empty entry is where everyone starts: no error for it. */
  gtk_widget_set_visible (GTK_WIDGET (data->problem), !valid && name[0] != '\0');
  gtk_label_set_text (data->problem, error != NULL ? error->message : "");
  if (!valid && name[0] != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (data->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (data->entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (data->entry), GTK_ACCESSIBLE_STATE_INVALID,
                               valid || name[0] == '\0' ? GTK_ACCESSIBLE_INVALID_FALSE
                                                        : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);

  adw_message_dialog_set_response_enabled (dialog, "save", valid);
}

static void
show_error (GtkWindow  *parent,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Collection Could Not Be Saved"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "rp-dialog-data");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autofree char *name = dup_name (data);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  /* GTK 4.8 would let go of a parent destroyed meanwhile. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (!g_str_equal (response, "save"))
    return;

  if (data->collection == NULL)
    {
      g_autoptr(RpReadingCollection) collection = rp_reading_collection_new (name);

      saved = rp_store_add_reading_collection (data->store, collection, &error);
    }
  else
    saved = rp_store_rename_reading_collection (data->store,
                                                rp_reading_collection_get_id (data->collection),
                                                name, &error);

  if (!saved)
    show_error (parent, error->message);
}

/**
 * rp_reading_collection_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: where the collection is saved
 * @collection: (nullable): the collection to rename, or %NULL for a new one
 *
 * Returns: (transfer none): the dialog, not shown yet; it destroys itself
 *   when answered
 */
GtkWidget *
rp_reading_collection_dialog_new (GtkWindow           *parent,
                                  RpStore             *store,
                                  RpReadingCollection *collection)
{
  DialogData *data;
  GtkWidget *dialog;
  GtkWidget *box;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (collection == NULL || RP_IS_READING_COLLECTION (collection), NULL);

  if (collection == NULL)
    dialog = adw_message_dialog_new (parent, _("New Collection"),
                                     _("A collection keeps readings together: a book, the "
                                       "texts of a workshop, the prayers you say."));
  else
    dialog = adw_message_dialog_new (parent, _("Rename Collection"), NULL);
  gtk_widget_set_name (dialog, "collection-name-dialog");

  data = g_new0 (DialogData, 1);
  data->store = g_object_ref (store);
  data->collection = collection != NULL ? g_object_ref (collection) : NULL;
  g_object_set_data_full (G_OBJECT (dialog), "rp-dialog-data", data, dialog_data_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  data->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_name (GTK_WIDGET (data->entry), "collection-name");
  gtk_entry_set_activates_default (data->entry, TRUE);
  gtk_entry_set_max_length (data->entry, RP_READING_COLLECTION_MAX_NAME_LENGTH);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  gtk_entry_set_placeholder_text (data->entry, _("Name"));
  if (collection != NULL)
    gtk_editable_set_text (GTK_EDITABLE (data->entry),
                           rp_reading_collection_get_name (collection));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->entry));

  data->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (data->problem), "collection-name-problem");
  gtk_label_set_wrap (data->problem, TRUE);
  gtk_label_set_xalign (data->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (data->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (data->problem), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->problem));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", collection == NULL ? _("C_reate") : _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  g_signal_connect_swapped (data->entry, "changed", G_CALLBACK (name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  name_changed_cb (ADW_MESSAGE_DIALOG (dialog));

  return dialog;
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "rp-dialog-data");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;

  /* GTK 4.8 would let go of a parent destroyed meanwhile. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_str_equal (response, "delete") &&
      !rp_store_delete_reading_collection (data->store,
                                           rp_reading_collection_get_id (data->collection),
                                           &error))
    show_error (parent, error->message);
}

/**
 * rp_reading_collection_dialog_new_delete:
 * @parent: (nullable): the window it belongs to
 * @store: where the collection is deleted
 * @collection: the collection to delete
 *
 * Returns: (transfer none): the question, not shown yet; it destroys
 *   itself when answered
 */
GtkWidget *
rp_reading_collection_dialog_new_delete (GtkWindow           *parent,
                                         RpStore             *store,
                                         RpReadingCollection *collection)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  DialogData *data;
  GtkWidget *dialog;
  guint n;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_READING_COLLECTION (collection), NULL);

  n = rp_reading_collection_get_n_readings (collection);
  /* Translators: %s is a collection's name */
  heading = g_strdup_printf (_("Delete “%s”?"), rp_reading_collection_get_display_name (collection));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u reading is deleted with it. The days you "
                                       "read it stay counted in your progress.",
                                       "Its %u readings are deleted with it. The days you "
                                       "read them stay counted in your progress.",
                                       n), n);

  dialog = adw_message_dialog_new (parent, heading, body);
  gtk_widget_set_name (dialog, "delete-collection");
  data = g_new0 (DialogData, 1);
  data->store = g_object_ref (store);
  data->collection = g_object_ref (collection);
  g_object_set_data_full (G_OBJECT (dialog), "rp-dialog-data", data, dialog_data_free);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), NULL);

  return dialog;
}
