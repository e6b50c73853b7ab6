/* rp-import-dialog.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpImportDialog imports a meeting list into the Directory: it reads and
 * previews the file in a worker (RpStore's async preview), shows what the
 * import would do in an RpImportPreview, and on Import writes it in one
 * transaction in a worker with progress. The result goes to the parent
 * window as a toast; a refused file stays in the dialog with its reason,
 * and nothing is written. The window's "win.import-meetings" action calls
 * rp_directory_import_present().
 *
 * Which importer a file goes to is decided by its content in one place,
 * import_by_format(); a .vcf file goes on to RpContactImportDialog.
 *
 * Reading the file and its preview are in rp-import-dialog-read.c; this
 * file holds the states, the import itself, choosing a file and the
 * object. */

#define G_LOG_DOMAIN "rp-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-import-dialog-private.h"
#include "rp-toast.h"

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (RpImportDialogState, rp_import_dialog_state,
                    G_DEFINE_ENUM_VALUE (RP_IMPORT_DIALOG_STATE_CHOOSE, "choose"),
                    G_DEFINE_ENUM_VALUE (RP_IMPORT_DIALOG_STATE_READING, "reading"),
                    G_DEFINE_ENUM_VALUE (RP_IMPORT_DIALOG_STATE_PREVIEW, "preview"),
                    G_DEFINE_ENUM_VALUE (RP_IMPORT_DIALOG_STATE_IMPORTING, "importing"),
                    G_DEFINE_ENUM_VALUE (RP_IMPORT_DIALOG_STATE_DONE, "done"),
                    G_DEFINE_ENUM_VALUE (RP_IMPORT_DIALOG_STATE_FAILED, "failed"))

G_DEFINE_FINAL_TYPE (RpImportDialog, rp_import_dialog, ADW_TYPE_WINDOW)

RpImportDialogOperation *
rp_import_dialog_operation_new (RpImportDialog *self)
{
  RpImportDialogOperation *operation = g_new0 (RpImportDialogOperation, 1);

  operation->self = g_object_ref (self);
  operation->cancellable = g_object_ref (self->cancellable);

  return operation;
}

void
rp_import_dialog_operation_free (gpointer data)
{
  RpImportDialogOperation *operation = data;

  g_object_unref (operation->self);
  g_object_unref (operation->cancellable);
  g_free (operation);
}

gboolean
rp_import_dialog_operation_cancelled (RpImportDialogOperation *operation)
{
  return g_cancellable_is_cancelled (operation->cancellable);
}


void
rp_import_dialog_set_state (RpImportDialog      *self,
                            RpImportDialogState  state)
{
  static const char * const pages[] = {
    [RP_IMPORT_DIALOG_STATE_CHOOSE] = "choose",
    [RP_IMPORT_DIALOG_STATE_READING] = "reading",
    [RP_IMPORT_DIALOG_STATE_PREVIEW] = "preview",
    [RP_IMPORT_DIALOG_STATE_IMPORTING] = "importing",
    [RP_IMPORT_DIALOG_STATE_DONE] = "importing",
    [RP_IMPORT_DIALOG_STATE_FAILED] = "failed",
  };
  gboolean busy = state == RP_IMPORT_DIALOG_STATE_READING ||
                  state == RP_IMPORT_DIALOG_STATE_IMPORTING;

  if (state == RP_IMPORT_DIALOG_STATE_PREVIEW && self->calendar != NULL)
    gtk_stack_set_visible_child_name (self->stack, "calendar");
  else
    gtk_stack_set_visible_child_name (self->stack, pages[state]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.confirm",
                                 state == RP_IMPORT_DIALOG_STATE_PREVIEW);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose", !busy);

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

void
rp_import_dialog_show_failure (RpImportDialog *self,
                               const char     *title,
                               const char     *reason)
{
  /* The status page's description is markup; the reason may name the file. */
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  adw_status_page_set_title (self->failed_page, title);
  adw_status_page_set_description (self->failed_page, escaped);
  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_FAILED);
}

/* --- importing --------------------------------------------------------- */

static void
import_calendar (RpImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint imported = 0;
  guint updated = 0;

  for (guint i = 0; i < self->calendar->meetings->len; i++)
    rp_meeting_set_import_uid (g_ptr_array_index (self->calendar->meetings, i),
                               g_ptr_array_index (self->calendar->uids, i));

  /* One transaction of a few rows: quick enough for the main thread. */
  if (!rp_store_import_meetings (self->store, self->calendar->meetings,
                                 &imported, &updated, &error))
    {
      g_autofree char *reason = g_strdup_printf (_("%s Nothing was changed."), error->message);

      rp_import_dialog_show_failure (self, _("The Import Failed"), reason);
      return;
    }

  /* Translators: how many meetings of a calendar were new and changed */
  message = g_strdup_printf (_("Added %u to My Meetings, updated %u"), imported, updated);
  rp_toast_show_in_window (self->parent, message);

  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_DONE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  RpImportDialogOperation *operation = user_data;

  if (!rp_import_dialog_operation_cancelled (operation))
    gtk_progress_bar_set_fraction (operation->self->progress_bar, fraction);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RpImportDialogOperation) operation = user_data;
  RpImportDialog *self = operation->self;
  g_autoptr(RpDirectoryImport) applied = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_new;
  guint n_updated;
  guint n_removed;

  applied = rp_store_apply_directory_import_finish (RP_STORE (source), result, &error);
  if (applied == NULL && rp_import_dialog_operation_cancelled (operation))
    return;

  if (applied == NULL)
    {
      g_autofree char *reason = g_strdup_printf (_("%s Nothing was changed."), error->message);

      rp_import_dialog_show_failure (self, _("The Import Failed"), reason);
      return;
    }

  n_new = rp_directory_import_get_n_new (applied);
  n_updated = rp_directory_import_get_n_updated (applied);
  n_removed = rp_directory_import_get_n_removed (applied);
  if (n_new + n_updated + n_removed == 0)
    message = g_strdup (_("The meeting directory was already up to date"));
  else
    /* Translators: how many directory meetings were new, changed and gone */
    message = g_strdup_printf (_("Imported %u, updated %u, removed %u"),
                               n_new, n_updated, n_removed);

  /* Committed even if the dialog was closed meanwhile: say so. */
  rp_toast_show_in_window (self->parent, message);

  if (rp_import_dialog_operation_cancelled (operation))
    return;

  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_DONE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
confirm_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (widget);

  if (self->state == RP_IMPORT_DIALOG_STATE_PREVIEW && self->calendar != NULL)
    {
      import_calendar (self);
      return;
    }

  if (self->state != RP_IMPORT_DIALOG_STATE_PREVIEW || self->preview == NULL)
    return;

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_IMPORTING);

  rp_store_apply_directory_import_async (self->store, self->preview, self->cancellable,
                                         progress_cb, rp_import_dialog_operation_new (self),
                                         rp_import_dialog_operation_free,
                                         import_done_cb, rp_import_dialog_operation_new (self));
}

/* --- choosing ---------------------------------------------------------- */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     RpImportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      rp_import_dialog_load_file (self, file);
    }
  else if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      /* Cancelled before the dialog was ever shown. */
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  if (suffix != NULL)
    gtk_file_filter_add_suffix (filter, suffix);
  else
    gtk_file_filter_add_pattern (filter, "*");
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * rp_import_dialog_choose_file:
 * @self: a #RpImportDialog
 *
 * Asks for a file to import, then previews it. When the dialog is not
 * shown yet, it appears only once a file is chosen, and is destroyed if
 * none is.
 */
void
rp_import_dialog_choose_file (RpImportDialog *self)
{
  GtkWindow *transient_for;

  g_return_if_fail (RP_IS_IMPORT_DIALOG (self));

  if (self->chooser != NULL)
    return;

  transient_for = gtk_widget_get_visible (GTK_WIDGET (self))
                  ? GTK_WINDOW (self)
                  : gtk_window_get_transient_for (GTK_WINDOW (self));

  self->chooser = gtk_file_chooser_native_new (_("Import Meetings"), transient_for,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Meeting Guide feeds (.json)"),
              "application/json", "json");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("iCalendar files (.ics)"),
              "text/calendar", "ics");
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), NULL, NULL);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
choose_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rp_import_dialog_choose_file (RP_IMPORT_DIALOG (widget));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         RpImportDialog *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE) ||
      self->state == RP_IMPORT_DIALOG_STATE_IMPORTING ||
      self->state == RP_IMPORT_DIALOG_STATE_DONE)
    return FALSE;

  rp_import_dialog_load_file (self, g_value_get_object (value));

  return TRUE;
}

/* --- public ------------------------------------------------------------ */

/**
 * rp_import_dialog_new:
 * @parent: (nullable): the window that gets the result as a toast
 * @store: the store to import into
 *
 * Returns: (transfer none): a new dialog, not shown yet; GTK owns it
 */
RpImportDialog *
rp_import_dialog_new (GtkWindow *parent,
                      RpStore   *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  return g_object_new (RP_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

RpImportDialogState
rp_import_dialog_get_state (RpImportDialog *self)
{
  g_return_val_if_fail (RP_IS_IMPORT_DIALOG (self), RP_IMPORT_DIALOG_STATE_CHOOSE);

  return self->state;
}

/**
 * rp_directory_import_present:
 * @parent: the window to import for; it gets the result as a toast
 * @store: the store to import into
 *
 * Asks for a meeting list file, then previews it and imports it on
 * confirmation. What "win.import-meetings" does.
 */
void
rp_directory_import_present (GtkWindow *parent,
                             RpStore   *store)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RP_IS_STORE (store));

  rp_import_dialog_choose_file (rp_import_dialog_new (parent, store));
}

/* --- GObject ----------------------------------------------------------- */

static gboolean
rp_import_dialog_close_request (GtkWindow *window)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (window);

  /* An import that has not committed is rolled back. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (rp_import_dialog_parent_class)->close_request (window);
}

static void
rp_import_dialog_constructed (GObject *object)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (rp_import_dialog_parent_class)->constructed (object);

  g_set_weak_pointer (&self->parent, gtk_window_get_transient_for (GTK_WINDOW (self)));
}

static void
rp_import_dialog_dispose (GObject *object)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (rp_import_dialog_parent_class)->dispose (object);
}

static void
rp_import_dialog_finalize (GObject *object)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->preview, rp_directory_import_unref);
  g_clear_pointer (&self->calendar, rp_ics_report_unref);

  G_OBJECT_CLASS (rp_import_dialog_parent_class)->finalize (object);
}

static void
rp_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RpImportDialog *self = RP_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_import_dialog_class_init (RpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rp_import_dialog_constructed;
  object_class->dispose = rp_import_dialog_dispose;
  object_class->finalize = rp_import_dialog_finalize;
  object_class->get_property = rp_import_dialog_get_property;
  object_class->set_property = rp_import_dialog_set_property;

  window_class->close_request = rp_import_dialog_close_request;

  /**
   * RpImportDialog:store:
   *
   * The store the meetings are imported into.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RP_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpImportDialog:state:
   *
   * Where the import is.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       RP_TYPE_IMPORT_DIALOG_STATE,
                       RP_IMPORT_DIALOG_STATE_CHOOSE,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_IMPORT_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, reading_label);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, import_preview);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, RpImportDialog, calendar_skipped_label);

  gtk_widget_class_install_action (widget_class, "import.confirm", NULL, confirm_action_cb);
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action_cb);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
rp_import_dialog_init (RpImportDialog *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_CHOOSE);
}
