/* rp-reading-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingEditor: the modal window that writes a text of the user's own
 * (title, collection, Markdown, an optional description) or saves a link
 * (a web page over https, or a document on this computer). It checks the
 * fields as the user types with the core's rules (rp_reading_validate(),
 * rp-uri-policy), says what to fix under the field, keeps Save
 * insensitive until the reading can be saved, and asks before closing
 * over changes. Saving goes through RpStore. */

#define G_LOG_DOMAIN "rp-reading-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-field-problem.h"
#include "rp-form-field.h"
#include "rp-reading-editor.h"
#include "rp-reading-link-group.h"

struct _RpReadingEditor
{
  RpEditorWindow        parent_instance;

  RpStore              *store;
  RpReading            *reading;        /* being edited, or NULL */
  RpReadingKind         kind;
  GArray               *collection_ids; /* gint64, in the combo row's order */

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwEntryRow          *title_row;
  AdwActionRow         *title_problem;
  AdwComboRow          *collection_row;
  AdwEntryRow          *description_row;
  AdwActionRow         *description_problem;
  GtkWidget            *text_group;
  GtkTextView          *body_view;
  GtkLabel             *body_problem;
  RpReadingLinkGroup   *link_group;

  guint                 loading : 1;
  guint                 touched_title : 1;
  guint                 touched_body : 1;
  guint                 insist : 1;      /* Save was tried: every hint is an error */
};

G_DEFINE_FINAL_TYPE (RpReadingEditor, rp_reading_editor, RP_TYPE_EDITOR_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate (RpReadingEditor *self);

static char *
dup_body (RpReadingEditor *self)
{
  return rp_form_field_dup_view_text (self->body_view);
}

static gint64
get_collection_id (RpReadingEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->collection_row);

  if (selected >= self->collection_ids->len)
    return 0;

  return g_array_index (self->collection_ids, gint64, selected);
}

/* Everything the user can change, in one string: what "modified" compares. */
static char *
rp_reading_editor_dup_state (RpEditorWindow *window)
{
  RpReadingEditor *self = RP_READING_EDITOR (window);
  g_autofree char *title = rp_form_field_dup_stripped (self->title_row);
  g_autofree char *description = rp_form_field_dup_stripped (self->description_row);
  g_autofree char *link = rp_reading_link_group_dup_text (self->link_group);
  g_autofree char *body = dup_body (self);

  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%" G_GINT64_FORMAT,
                          title, description, g_strstrip (body), link,
                          get_collection_id (self));
}

/* --- reading the form --------------------------------------------------------- */

static RpReading *
build_reading (RpReadingEditor *self,
               const char      *uri)
{
  RpReading *reading = self->reading != NULL ? rp_reading_copy (self->reading)
                                             : rp_reading_new (self->kind);
  g_autofree char *title = rp_form_field_dup_stripped (self->title_row);
  g_autofree char *description = rp_form_field_dup_stripped (self->description_row);

  if (self->reading == NULL)
    {
      rp_reading_set_origin (reading, RP_READING_ORIGIN_WRITTEN);
      rp_reading_set_format (reading, RP_READING_FORMAT_MARKDOWN);
    }
  rp_reading_set_collection_id (reading, get_collection_id (self));
  rp_reading_set_title (reading, title);
  rp_reading_set_description (reading, description[0] != '\0' ? description : NULL);

  if (self->kind == RP_READING_KIND_TEXT)
    {
      g_autofree char *body = dup_body (self);

      rp_reading_set_body (reading, g_strstrip (body));
    }
  else
    rp_reading_set_uri (reading, uri);

  return reading;
}

/* --- validating as the user types ------------------------------------------ */

/* The title's, the description's and the text's messages; the link's
 * are its group's. */
static void
show_title_problem (RpReadingEditor *self,
                    const char      *message,
                    gboolean         quiet)
{
  rp_field_problem_show (GTK_WIDGET (self->title_row), GTK_WIDGET (self->title_problem),
                         message, quiet);
}

static void
show_description_problem (RpReadingEditor *self,
                          const char      *message)
{
  rp_field_problem_show (GTK_WIDGET (self->description_row),
                         GTK_WIDGET (self->description_problem), message, FALSE);
}

static void
show_body_problem (RpReadingEditor *self,
                   const char      *message,
                   gboolean         quiet)
{
  rp_field_problem_show (GTK_WIDGET (self->body_view), GTK_WIDGET (self->body_problem),
                         message, quiet);
}

/* Field by field first, so that each message sits under its field; then
 * the core's rules for the rest. Returns the reading to save, or NULL. */
static RpReading *
check_fields (RpReadingEditor *self)
{
  g_autofree char *title = rp_form_field_dup_stripped (self->title_row);
  g_autofree char *uri = NULL;
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  RpReadingField field = RP_READING_FIELD_NONE;
  gboolean ok = title[0] != '\0';

  show_title_problem (self, ok ? NULL : _("Enter a title."),
                      !self->touched_title && !self->insist);
  show_description_problem (self, NULL);

  if (self->kind == RP_READING_KIND_TEXT)
    {
      g_autofree char *body = dup_body (self);
      gboolean empty = g_strstrip (body)[0] == '\0';

      show_body_problem (self, empty ? _("Write the text of your reading.") : NULL,
                         !self->touched_body && !self->insist);
      ok &= !empty;
    }
  else
    {
      uri = rp_reading_link_group_check (self->link_group, self->insist);
      ok &= uri != NULL;
    }

  if (!ok)
    return NULL;

  reading = build_reading (self, uri);
  if (rp_reading_validate (reading, &field, &error))
    return g_steal_pointer (&reading);

  if (field == RP_READING_FIELD_TITLE)
    show_title_problem (self, error->message, FALSE);
  else if (field == RP_READING_FIELD_DESCRIPTION)
    show_description_problem (self, error->message);
  else if (self->kind == RP_READING_KIND_TEXT)
    show_body_problem (self, error->message, FALSE);
  else
    rp_reading_link_group_show_problem (self->link_group, error->message);

  return NULL;
}

static void
validate (RpReadingEditor *self)
{
  g_autoptr(RpReading) reading = NULL;

  if (self->loading)
    return;

  reading = check_fields (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", reading != NULL);
}

static void
field_changed_cb (RpReadingEditor *self)
{
  validate (self);
}

static void
entry_changed_cb (RpReadingEditor *self,
                  GtkWidget       *entry)
{
  if (self->loading)
    return;

  if (entry == GTK_WIDGET (self->title_row))
    self->touched_title = TRUE;

  validate (self);
}

/* A document chosen for a reading still without a title names it. */
static void
document_chosen_cb (RpReadingEditor *self,
                    GFile           *file)
{
  g_autofree char *title = rp_form_field_dup_stripped (self->title_row);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *display = NULL;
  char *dot;

  if (title[0] != '\0' || basename == NULL)
    return;

  display = g_filename_display_name (basename);
  dot = strrchr (display, '.');
  if (dot != NULL && dot != display)
    *dot = '\0';
  rp_form_field_set_text (self->title_row, display);
}

/**
 * rp_reading_editor_set_document:
 * @self: a #RpReadingEditor for a link
 * @file: (nullable): a document on this computer, or %NULL for none
 *
 * What "Choose File…" does with the chosen file. A title left empty takes
 * the file's name.
 */
void
rp_reading_editor_set_document (RpReadingEditor *self,
                                GFile           *file)
{
  g_return_if_fail (RP_IS_READING_EDITOR (self));

  rp_reading_link_group_set_document (self->link_group, file);
}

static void
link_changed_cb (RpReadingEditor *self)
{
  if (!self->loading)
    validate (self);
}

static void
body_changed_cb (RpReadingEditor *self)
{
  if (self->loading)
    return;

  self->touched_body = TRUE;
  validate (self);
}

/* --- saving and closing --------------------------------------------------------- */

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpReadingEditor *self = RP_READING_EDITOR (widget);
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  reading = check_fields (self);
  if (reading == NULL)
    {
      /* Ctrl+Return with something left to fix: show all of it. */
      self->insist = TRUE;
      validate (self);
      return;
    }

  if (self->reading == NULL)
    saved = rp_store_add_reading (self->store, reading, &error);
  else
    saved = rp_store_update_reading (self->store, reading, &error);

  if (!saved)
    {
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, reading);
  rp_editor_window_close_saved (RP_EDITOR_WINDOW (self));
}

/**
 * rp_reading_editor_get_modified:
 * @self: a #RpReadingEditor
 *
 * Returns: whether a field differs from what the editor opened with
 */
gboolean
rp_reading_editor_get_modified (RpReadingEditor *self)
{
  g_return_val_if_fail (RP_IS_READING_EDITOR (self), FALSE);

  return rp_editor_window_get_modified (RP_EDITOR_WINDOW (self));
}

/* --- loading ------------------------------------------------------------------------ */

/* My Readings and the user's collections: the starter library takes no
 * texts. */
static void
fill_collections (RpReadingEditor *self,
                  gint64           selected_id)
{
  GListModel *collections = rp_store_get_reading_collections (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (collections); i++)
    {
      g_autoptr(RpReadingCollection) collection = g_list_model_get_item (collections, i);
      RpReadingCollectionKind kind = rp_reading_collection_get_kind (collection);
      gint64 id = rp_reading_collection_get_id (collection);

      if (kind == RP_READING_COLLECTION_STARTER)
        continue;

      if (id == selected_id || (selected_id == 0 && kind == RP_READING_COLLECTION_MINE))
        selected = self->collection_ids->len;
      g_array_append_val (self->collection_ids, id);
      gtk_string_list_append (names, rp_reading_collection_get_display_name (collection));
    }

  adw_combo_row_set_model (self->collection_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->collection_row, selected);
}

static void
set_titles (RpReadingEditor *self,
            const char      *title)
{
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static RpReadingEditor *
editor_new (RpStore       *store,
            RpReading     *reading,
            RpReadingKind  kind,
            gint64         collection_id)
{
  RpReadingEditor *self = g_object_new (RP_TYPE_READING_EDITOR, NULL);
  gboolean link = kind == RP_READING_KIND_LINK;

  self->store = g_object_ref (store);
  self->reading = reading != NULL ? rp_reading_copy (reading) : NULL;
  self->kind = kind;

  self->loading = TRUE;
  fill_collections (self, collection_id);
  gtk_widget_set_visible (self->text_group, !link);
  gtk_widget_set_visible (GTK_WIDGET (self->link_group), link);

  if (reading == NULL)
    set_titles (self, link ? _("New Link") : _("New Text"));
  else
    {
      const char *uri = rp_reading_get_uri (reading);

      set_titles (self, link ? _("Edit Link") : _("Edit Text"));
      rp_form_field_set_text (self->title_row, rp_reading_get_title (reading));
      rp_form_field_set_text (self->description_row, rp_reading_get_description (reading));
      if (link)
        rp_reading_link_group_set_uri (self->link_group, uri);
      else
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view),
                                  rp_reading_get_body (reading) != NULL
                                    ? rp_reading_get_body (reading) : "", -1);
      /* What was saved before is shown as it is: errors in red at once. */
      self->touched_title = self->touched_body = TRUE;
    }
  self->loading = FALSE;

  rp_editor_window_remember_state (RP_EDITOR_WINDOW (self));
  validate (self);

  return self;
}

/**
 * rp_reading_editor_new:
 * @store: where the reading is saved
 * @kind: a written text or a link
 * @collection_id: the collection it goes to; 0 for My Readings
 *
 * Returns: (transfer none): a new editor, not shown yet; like every
 *   window, GTK owns it until it is destroyed
 */
RpReadingEditor *
rp_reading_editor_new (RpStore       *store,
                       RpReadingKind  kind,
                       gint64         collection_id)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  return editor_new (store, NULL, kind, collection_id);
}

/**
 * rp_reading_editor_new_for_reading:
 * @store: where the reading is saved
 * @reading: the reading to edit, loaded with its body; it is not changed
 *
 * Returns: (transfer none): a new editor, not shown yet
 */
RpReadingEditor *
rp_reading_editor_new_for_reading (RpStore   *store,
                                   RpReading *reading)
{
  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (RP_IS_READING (reading), NULL);

  return editor_new (store, reading, rp_reading_get_kind (reading),
                     rp_reading_get_collection_id (reading));
}

/**
 * rp_reading_editor_present:
 * @self: a #RpReadingEditor
 * @parent: (nullable): the window it belongs to
 *
 * Shows the editor, modal and transient for @parent. It destroys itself
 * when closed or saved.
 */
void
rp_reading_editor_present (RpReadingEditor *self,
                           GtkWindow       *parent)
{
  g_return_if_fail (RP_IS_READING_EDITOR (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* --- the class --------------------------------------------------------------------- */

static void
rp_reading_editor_dispose (GObject *object)
{
  RpReadingEditor *self = RP_READING_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->reading);

  G_OBJECT_CLASS (rp_reading_editor_parent_class)->dispose (object);
}

static void
rp_reading_editor_finalize (GObject *object)
{
  RpReadingEditor *self = RP_READING_EDITOR (object);

  g_array_unref (self->collection_ids);

  G_OBJECT_CLASS (rp_reading_editor_parent_class)->finalize (object);
}

static void
rp_reading_editor_class_init (RpReadingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpEditorWindowClass *editor_class = RP_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = rp_reading_editor_dispose;
  object_class->finalize = rp_reading_editor_finalize;
  editor_class->dup_state = rp_reading_editor_dup_state;

  /**
   * RpReadingEditor::saved:
   * @reading: the reading as saved (with its id)
   *
   * The reading was saved; the editor closes next.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RP_TYPE_READING);

  g_type_ensure (RP_TYPE_READING_LINK_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, title_problem);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, collection_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, description_problem);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, text_group);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, body_problem);
  gtk_widget_class_bind_template_child (widget_class, RpReadingEditor, link_group);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, link_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_chosen_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  /* Ctrl+Return and Ctrl+S are every editor's; the keypad's Enter too here. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
rp_reading_editor_init (RpReadingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->collection_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  rp_form_field_set_max_length (self->title_row, RP_READING_MAX_TITLE_LENGTH);
  rp_form_field_set_max_length (self->description_row, RP_READING_MAX_DESCRIPTION_LENGTH);
  rp_field_problem_add_icon (self->title_problem);
  rp_field_problem_add_icon (self->description_problem);

  g_signal_connect_object (self->title_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->description_row, "changed",
                           G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (body_changed_cb), self, G_CONNECT_SWAPPED);
}
