/* rp-import-dialog-read.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How RpImportDialog reads a file: its first bytes say which importer it
 * goes to (import_by_format()), then a worker previews it (a meeting list
 * for the Directory, or an .ics for My meetings) or says why not. Apart
 * from rp-import-dialog.c, which holds the states, the import itself and
 * the object, so that each file keeps to one step of the dialog. */

#define G_LOG_DOMAIN "rp-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-contact-import-dialog.h"
#include "rp-import.h"
#include "rp-import-dialog-private.h"
#include "rp-meeting-form.h"

/* Enough of a file's start to tell its format. */
#define SNIFF_BYTES 4096

/* How long an .ics may take to read before the user is told why not. */
#define CALENDAR_TIME_LIMIT_MS 5000

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_strdup ("");
}

/* Cancels whatever is reading or writing, and starts afresh. */
static void
restart_cancellable (RpImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

/* --- reading ----------------------------------------------------------- */

static void
preview_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RpImportDialogOperation) operation = user_data;
  RpImportDialog *self = operation->self;
  g_autoptr(RpDirectoryImport) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;

  preview = rp_store_preview_directory_file_finish (RP_STORE (source), result, &error);
  if (rp_import_dialog_operation_cancelled (operation))
    return;

  if (preview == NULL)
    {
      rp_import_dialog_show_failure (self, _("This File Can’t Be Imported"), error->message);
      return;
    }

  g_clear_pointer (&self->preview, rp_directory_import_unref);
  self->preview = g_steal_pointer (&preview);
  file_name = dup_display_name (self->file);
  rp_import_preview_set_import (self->import_preview, self->preview, file_name);
  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_PREVIEW);
}

static void
preview_meeting_guide (RpImportDialog *self)
{
  rp_store_preview_directory_file_async (self->store, self->file, self->cancellable,
                                         preview_cb, rp_import_dialog_operation_new (self));
}

/* --- calendars: an .ics goes to My meetings --------------------------- */

static void
calendar_parsed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RpImportDialogOperation) operation = user_data;
  RpImportDialog *self = operation->self;
  g_autoptr(RpIcsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autofree char *title = NULL;
  guint n_meetings;

  report = rp_import_ics_parse_finish (result, &error);
  if (rp_import_dialog_operation_cancelled (operation))
    return;

  if (report == NULL)
    {
      rp_import_dialog_show_failure (self, _("This File Can’t Be Imported"), error->message);
      return;
    }

  for (guint i = 0; i < report->skipped->len; i++)
    {
      const RpIcsSkip *skip = g_ptr_array_index (report->skipped, i);

      g_string_append_printf (reasons, "%s%s", i > 0 ? "\n" : "", skip->reason);
    }

  n_meetings = report->meetings->len;
  if (n_meetings == 0)
    {
      rp_import_dialog_show_failure (self, _("No Meetings Reprieve Can Import"), reasons->str);
      return;
    }

  g_clear_pointer (&self->calendar, rp_ics_report_unref);
  self->calendar = g_steal_pointer (&report);

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Add %u Meeting to My Meetings",
                                        "Add %u Meetings to My Meetings", n_meetings),
                           n_meetings);
  adw_status_page_set_title (self->calendar_page, title);
  gtk_label_set_text (self->calendar_skipped_label, reasons->str);
  gtk_widget_set_visible (GTK_WIDGET (self->calendar_skipped_label), reasons->len > 0);
  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_PREVIEW);
}

static void
calendar_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RpImportDialogOperation) operation = user_data;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *local_id = rp_meeting_form_dup_local_time_zone (local);
  GCancellable *cancellable = operation->cancellable;

  data = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (rp_import_dialog_operation_cancelled (operation))
    return;

  if (data == NULL)
    {
      rp_import_dialog_show_failure (operation->self, _("This File Can’t Be Read"),
                                     error->message);
      return;
    }

  /* In a worker with a time limit: hostile time zone data can keep
   * libical busy for minutes. */
  rp_import_ics_parse_async (data, local_id, CALENDAR_TIME_LIMIT_MS, cancellable,
                             calendar_parsed_cb, g_steal_pointer (&operation));
}

static void
preview_calendar (RpImportDialog *self)
{
  g_autoptr(GFileInfo) info = NULL;

  /* A stat, so that a huge file is refused before it is read. */
  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > RP_IMPORT_ICS_MAX_BYTES)
    {
      g_autofree char *reason = NULL;

      reason = g_strdup_printf (_("The calendar is larger than %d MiB, more than Reprieve "
                                  "imports."), RP_IMPORT_ICS_MAX_BYTES / (1024 * 1024));
      rp_import_dialog_show_failure (self, _("This File Can’t Be Imported"), reason);
      return;
    }

  g_file_load_bytes_async (self->file, self->cancellable, calendar_loaded_cb,
                           rp_import_dialog_operation_new (self));
}


/* The one place where a file's format picks its importer. */
static void
import_by_format (RpImportDialog *self,
                  RpImportFormat  format)
{
  switch (format)
    {
    case RP_IMPORT_FORMAT_ICALENDAR:
      /* Calendars go to My meetings, not the Directory. */
      preview_calendar (self);
      break;

    case RP_IMPORT_FORMAT_VCARD:
      /* Contacts, not meetings: the contacts import takes the file over,
       * with the same parent for its toast. */
      rp_contact_import_dialog_run_for_file (self->parent, self->store, self->file);
      rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_DONE);
      gtk_window_destroy (GTK_WINDOW (self));
      break;

    case RP_IMPORT_FORMAT_BACKUP_JSON:
      /* Replacing everything is not a meetings import: it is offered in
       * Preferences, with its own preview and a backup first. */
      rp_import_dialog_show_failure (self, _("This Is a Backup of All Your Data"),
                                     _("To replace all your data with it, open Preferences, then Your Data, then Restore from File…. Nothing was imported here."));
      break;

    case RP_IMPORT_FORMAT_MEETING_GUIDE_JSON:
    case RP_IMPORT_FORMAT_UNKNOWN:
    default:
      /* The Meeting Guide parser says why it refuses what is not a feed. */
      preview_meeting_guide (self);
      break;
    }
}

static void
head_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RpImportDialogOperation) operation = user_data;
  RpImportDialog *self = operation->self;
  g_autoptr(GBytes) head = NULL;
  g_autoptr(GError) error = NULL;

  head = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  g_input_stream_close_async (G_INPUT_STREAM (source), G_PRIORITY_DEFAULT, NULL, NULL, NULL);

  if (rp_import_dialog_operation_cancelled (operation))
    return;

  if (head == NULL)
    {
      rp_import_dialog_show_failure (self, _("This File Can’t Be Read"), error->message);
      return;
    }

  import_by_format (self, rp_import_detect_format (head));
}

static void
file_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RpImportDialogOperation) operation = user_data;
  RpImportDialog *self = operation->self;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;

  stream = g_file_read_finish (G_FILE (source), result, &error);
  if (rp_import_dialog_operation_cancelled (operation))
    return;

  if (stream == NULL)
    {
      rp_import_dialog_show_failure (self, _("This File Can’t Be Read"), error->message);
      return;
    }

  cancellable = operation->cancellable;
  g_input_stream_read_bytes_async (G_INPUT_STREAM (stream), SNIFF_BYTES, G_PRIORITY_DEFAULT,
                                   cancellable, head_read_cb, g_steal_pointer (&operation));
}

/**
 * rp_import_dialog_load_file:
 * @self: a #RpImportDialog
 * @file: the file to preview, as chosen or dropped
 *
 * Reads @file off the main thread and shows what importing it would do,
 * or why it cannot be imported. Nothing is written until Import.
 */
void
rp_import_dialog_load_file (RpImportDialog *self,
                            GFile          *file)
{
  g_autofree char *name = NULL;
  g_autofree char *reading = NULL;

  g_return_if_fail (RP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  restart_cancellable (self);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->preview, rp_directory_import_unref);
  g_clear_pointer (&self->calendar, rp_ics_report_unref);

  name = dup_display_name (file);
  /* Translators: the file's name */
  reading = g_strdup_printf (_("Reading “%s”…"), name);
  gtk_label_set_text (self->reading_label, reading);
  rp_import_dialog_set_state (self, RP_IMPORT_DIALOG_STATE_READING);

  g_file_read_async (file, G_PRIORITY_DEFAULT, self->cancellable,
                     file_opened_cb, rp_import_dialog_operation_new (self));
}
