/* rp-recovery-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpRecoveryPage is shown instead of the pages when the data file was
 * damaged and moved aside at start. It says where the damaged file is kept
 * and offers the newest verified backup, or starting empty after an
 * explicit confirmation. It only asks: the window does the restoring,
 * on ::restore and ::start-empty. */

#define G_LOG_DOMAIN "rp-recovery-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-recovery-page.h"

struct _RpRecoveryPage
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
  GtkButton     *restore_button;
  GtkLabel      *restore_label;
  GtkButton     *start_empty_button;
  GtkLabel      *no_backup_label;
};

G_DEFINE_FINAL_TYPE (RpRecoveryPage, rp_recovery_page, ADW_TYPE_BIN)

enum {
  SIGNAL_RESTORE,
  SIGNAL_START_EMPTY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
rp_recovery_page_new (void)
{
  return g_object_new (RP_TYPE_RECOVERY_PAGE, NULL);
}

/**
 * rp_recovery_page_set_damage:
 * @kept_path: (type filename): where the damaged file was moved
 * @backup_taken: (nullable): when the backup on offer was taken, or %NULL
 *   when there is none
 */
void
rp_recovery_page_set_damage (RpRecoveryPage *self,
                             const char     *kept_path,
                             GDateTime      *backup_taken)
{
  g_autofree char *display_path = NULL;
  g_autofree char *description = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (RP_IS_RECOVERY_PAGE (self));
  g_return_if_fail (kept_path != NULL);

  display_path = g_filename_display_name (kept_path);
  description = g_strdup_printf (_("The file holding your data could not be read. "
                                   "It was kept, unchanged, as “%s”."),
                                 display_path);
  /* The description is markup; a path may hold "&" or "<". */
  escaped = g_markup_escape_text (description, -1);
  adw_status_page_set_description (self->status_page, escaped);

  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), backup_taken != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->no_backup_label), backup_taken == NULL);
  if (backup_taken != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (backup_taken);
      /* Translators: the date and time of a backup; see g_date_time_format() */
      g_autofree char *date = g_date_time_format (local, _("%-d %B %Y, %H:%M"));
      g_autofree char *label = NULL;

      /* TRANSLATORS: %s is the date and time the backup was taken */
      label = g_strdup_printf (_("_Restore the Backup of %s"), g_strstrip (date));
      gtk_label_set_label (self->restore_label, label);
    }
}

/* While a restore runs nothing can be clicked twice. */
void
rp_recovery_page_set_busy (RpRecoveryPage *self,
                           gboolean        busy)
{
  g_return_if_fail (RP_IS_RECOVERY_PAGE (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->restore_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_empty_button), !busy);
}

static void
restore_clicked_cb (RpRecoveryPage *self)
{
  g_signal_emit (self, signals[SIGNAL_RESTORE], 0);
}

static void
start_empty_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         RpRecoveryPage   *self)
{
  if (g_str_equal (response, "start-empty"))
    g_signal_emit (self, signals[SIGNAL_START_EMPTY], 0);
}

/* Starting empty leaves the old data behind (kept, but no longer shown):
 * never without the user saying so. */
static void
start_empty_clicked_cb (RpRecoveryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Start With No Data?"),
                                                       _("Reprieve will start empty. Your "
                                                         "meetings, contacts, readings and "
                                                         "progress will not be shown. The "
                                                         "damaged file stays where it was kept.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "start-empty", _("_Start Empty"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "start-empty",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_empty_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rp_recovery_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_RECOVERY_PAGE);

  G_OBJECT_CLASS (rp_recovery_page_parent_class)->dispose (object);
}

static void
rp_recovery_page_class_init (RpRecoveryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_recovery_page_dispose;

  /**
   * RpRecoveryPage::restore:
   *
   * The user chose to restore the backup on offer.
   */
  signals[SIGNAL_RESTORE] =
    g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * RpRecoveryPage::start-empty:
   *
   * The user confirmed starting with no data.
   */
  signals[SIGNAL_START_EMPTY] =
    g_signal_new ("start-empty", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-recovery-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryPage, restore_button);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryPage, restore_label);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryPage, start_empty_button);
  gtk_widget_class_bind_template_child (widget_class, RpRecoveryPage, no_backup_label);
  gtk_widget_class_bind_template_callback (widget_class, restore_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_empty_clicked_cb);
}

static void
rp_recovery_page_init (RpRecoveryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
