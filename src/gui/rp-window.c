/* rp-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpWindow is the main window: a header bar with the "Call sponsor" button
 * and the primary menu, and the five pages in an AdwViewStack, switched by
 * an AdwViewSwitcherTitle when wide and an AdwViewSwitcherBar when narrow.
 * It remembers its size and maximized state in GSettings. Its first close
 * while Reprieve keeps running in the background says so, once.
 */

#define G_LOG_DOMAIN "rp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-agenda.h"
#include "rp-contact-editor.h"
#include "rp-contact-import-dialog.h"
#include "rp-import-dialog.h"
#include "rp-meeting-editor.h"
#include "rp-meetings-page.h"
#include "rp-progress-page.h"
#include "rp-reading-page.h"
#include "rp-recovery-page.h"
#include "rp-support-page.h"
#include "rp-talk-now-dialog.h"
#include "rp-toast.h"
#include "rp-today-page.h"
#include "rp-window.h"

struct _RpWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GBinding             *sponsor_binding;
  AdwMessageDialog     *background_hint;

  GtkButton            *call_sponsor_button;
  GtkLabel             *call_sponsor_label;
  GtkStack             *main_stack;
  RpMeetingsPage       *meetings_page;
  RpReadingPage        *reading_page;
  RpSupportPage        *support_page;
  AdwStatusPage        *storage_error_page;
  RpRecoveryPage       *recovery_page;
  RpTodayPage          *today_page;
  RpProgressPage       *progress_page;
  RpDayWatch           *day_watch;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
};

G_DEFINE_FINAL_TYPE (RpWindow, rp_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const page_names[] = {
  "today", "meetings", "support", "reading", "progress",
};

RpWindow *
rp_window_new (RpApplication *application)
{
  return g_object_new (RP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * rp_window_show_page:
 * @page_name: one of "today", "meetings", "support", "reading", "progress"
 */
void
rp_window_show_page (RpWindow   *self,
                     const char *page_name)
{
  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, page_name) == NULL)
    {
      g_warning ("No page named “%s”", page_name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, page_name);
}

const char *
rp_window_get_visible_page (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
rp_window_add_toast (RpWindow   *self,
                     const char *message)
{
  g_return_if_fail (RP_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, rp_toast_new (message));
}

/**
 * rp_window_show_meeting:
 * @meeting_id: the meeting's id
 * @occurrence_date: (nullable): the occurrence's date in the meeting's zone
 *
 * Shows the Meetings page with the meeting's detail (a reminder's "Open").
 */
void
rp_window_show_meeting (RpWindow    *self,
                        gint64       meeting_id,
                        const GDate *occurrence_date)
{
  g_return_if_fail (RP_IS_WINDOW (self));

  rp_window_show_page (self, "meetings");
  rp_meetings_page_show_meeting (self->meetings_page, meeting_id, occurrence_date);
}

/**
 * rp_window_show_missed_reminder:
 * @meeting: the meeting the reminder was for
 * @occurrence_date: the occurrence's date in the meeting's zone
 * @start: when that occurrence starts
 *
 * Tells of a reminder that could not be shown as a notification (no
 * notification server was running), with a button to the meeting. The
 * toast stays until dismissed: it stands for a reminder. The window is
 * not a notification, so it names the meeting.
 */
void
rp_window_show_missed_reminder (RpWindow    *self,
                                RpMeeting   *meeting,
                                const GDate *occurrence_date,
                                GDateTime   *start)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  AdwToast *toast;

  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (RP_IS_MEETING (meeting));
  g_return_if_fail (occurrence_date != NULL && start != NULL);

  local = g_date_time_to_local (start);
  time = rp_agenda_format_time_of_day (local);
  /* Translators: a reminder shown in the window because notifications
   * could not be shown; the first %s is a meeting's name, the second a time */
  text = g_strdup_printf (_("Reminder: %s at %s"), rp_meeting_get_name (meeting), time);
  date = rp_schedule_format_storage_date (occurrence_date);

  toast = rp_toast_new (text);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("Show"));
  adw_toast_set_action_name (toast, "win.show-meeting");
  adw_toast_set_action_target_value (toast, g_variant_new ("(xs)", rp_meeting_get_id (meeting),
                                                           date));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * rp_window_show_reading:
 * @reading_id: a reading's id
 *
 * Shows the Reading page with the reading open in the reader (the daily
 * reading's notification, the Today page). A reading that no longer exists
 * is reported in a toast.
 */
void
rp_window_show_reading (RpWindow *self,
                        gint64    reading_id)
{
  g_return_if_fail (RP_IS_WINDOW (self));

  /* Without a store the storage error page is up. */
  if (rp_meetings_page_get_store (self->meetings_page) == NULL)
    return;

  rp_window_show_page (self, "reading");
  if (!rp_reading_page_show_reading (self->reading_page, reading_id))
    rp_window_add_toast (self, _("This reading is no longer in your library"));
}

/* Shown instead of the pages when the data could not be opened (busy,
 * unreadable, newer): nothing is written while this page is up. Damage has
 * the recovery page instead. */
void
rp_window_show_storage_error (RpWindow     *self,
                              const GError *error)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* The description is markup, and the message names the data file, whose
   * path may hold "&" or "<". */
  escaped = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->storage_error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "storage-error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->call_sponsor_button), FALSE);
}

/* Shown instead of the pages when the data file was damaged and moved
 * aside at start: the user restores a backup or starts empty. */
void
rp_window_show_recovery (RpWindow   *self,
                         const char *kept_path,
                         GDateTime  *backup_taken)
{
  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (kept_path != NULL);

  rp_recovery_page_set_damage (self->recovery_page, kept_path, backup_taken);
  gtk_stack_set_visible_child_name (self->main_stack, "recovery");
  gtk_widget_set_sensitive (GTK_WIDGET (self->call_sponsor_button), FALSE);
}

static void application_changed_cb (RpWindow *self);

/* The application opened its store after all (a recovery): the pages get
 * it and come back. */
void
rp_window_reload_store (RpWindow *self)
{
  g_return_if_fail (RP_IS_WINDOW (self));

  application_changed_cb (self);
  gtk_stack_set_visible_child_name (self->main_stack, "content");
  gtk_widget_set_sensitive (GTK_WIDGET (self->call_sponsor_button), TRUE);
}

static void
recover (RpWindow *self,
         gboolean  from_backup)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (!RP_IS_APPLICATION (application))
    return;

  rp_recovery_page_set_busy (self->recovery_page, TRUE);
  if (from_backup)
    done = rp_application_restore_backup (RP_APPLICATION (application), &error);
  else
    done = rp_application_start_empty (RP_APPLICATION (application), &error);
  rp_recovery_page_set_busy (self->recovery_page, FALSE);

  /* On success every window, this one too, got the store. */
  if (!done)
    rp_window_add_toast (self, error->message);
}

/* Busy, locked, full or unreadable at start: the user dealt with the cause
 * (closed the other program, freed space) and asks again. */
static void
retry_open_cb (RpWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!RP_IS_APPLICATION (application))
    return;

  /* On success every window, this one too, got the store; on failure the
   * page shows the new reason. */
  if (!rp_application_retry_open (RP_APPLICATION (application), &error))
    rp_window_add_toast (self, _("Still could not be opened"));
}

static void
recovery_restore_cb (RpWindow *self)
{
  recover (self, TRUE);
}

static void
recovery_start_empty_cb (RpWindow *self)
{
  recover (self, FALSE);
}

static void
show_page_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  rp_window_show_page (RP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The Today page's Read button. */
static void
show_reading_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  rp_window_show_reading (RP_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_meeting_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gint64 meeting_id = 0;
  const char *date_text = NULL;
  GDate date;

  g_variant_get (parameter, "(x&s)", &meeting_id, &date_text);
  if (!rp_schedule_parse_storage_date (date_text, &date, NULL))
    return;

  rp_window_show_meeting (RP_WINDOW (widget), meeting_id, &date);
}

/* The actions that open an editor, a dialog or an import on the store.
 * Without a store the storage error page is up, and nothing is saved. */
static void
store_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpStore *store = rp_meetings_page_get_store (self->meetings_page);

  if (store == NULL)
    return;

  if (g_str_equal (action_name, "win.add-meeting"))
    rp_meeting_editor_present (GTK_WINDOW (self), store, NULL);
  else if (g_str_equal (action_name, "win.import-meetings"))
    rp_directory_import_present (GTK_WINDOW (self), store);
  else if (g_str_equal (action_name, "win.import-contacts"))
    rp_contact_import_dialog_run (GTK_WINDOW (self), store);
  else if (g_str_equal (action_name, "win.add-contact"))
    rp_contact_editor_present (rp_contact_editor_new (store, NULL), GTK_WINDOW (self));
  else if (g_str_equal (action_name, "win.talk-now"))
    rp_talk_now_dialog_present (GTK_WINDOW (self), store);
  else if (g_str_equal (action_name, "win.add-reading"))
    rp_reading_page_add_reading (self->reading_page);
  else if (g_str_equal (action_name, "win.import-reading"))
    rp_reading_page_import (self->reading_page, NULL);
  else
    g_assert_not_reached ();
}

static void
prompt_sponsor_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  rp_window_prompt_sponsor (RP_WINDOW (widget));
}

/**
 * rp_window_prompt_sponsor:
 *
 * Shows the Support page with its "Add your sponsor" prompt (the command
 * line's --call-sponsor without a sponsor).
 */
void
rp_window_prompt_sponsor (RpWindow *self)
{
  g_return_if_fail (RP_IS_WINDOW (self));

  rp_window_show_page (self, "support");
  rp_support_page_prompt_sponsor (self->support_page);
}

/* The Today page's "Set your clean date" and the Progress page's own
 * button: the Progress page, with the editor of a new date open. */
static void
add_clean_date_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);

  rp_window_show_page (self, "progress");
  rp_progress_page_add_clean_date (self->progress_page);
}

static gboolean
sponsor_tooltip_transform (GBinding     *binding,
                           const GValue *from_value,
                           GValue       *to_value,
                           gpointer      user_data)
{
  if (g_value_get_boolean (from_value))
    g_value_set_string (to_value, _("Call your sponsor"));
  else
    g_value_set_string (to_value, _("Add a sponsor first"));

  return TRUE;
}

/* Below this width the "Call Sponsor" button shows only its icon (its
 * tooltip and accessible name stay), so the header fits in 360 px. */
#define NARROW_WIDTH 560

static void
update_call_sponsor_label (RpWindow *self)
{
  int width = 0;
  int height = 0;

  /* GTK 4.8 does not accept NULL for either size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_widget_set_visible (GTK_WIDGET (self->call_sponsor_label),
                          width <= 0 || width >= NARROW_WIDTH);
}

static void
save_window_state (RpWindow *self)
{
  int width = 0;
  int height = 0;

  /* The default size follows the window's size while it is not maximized,
   * so a maximized window keeps the size it returns to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
background_hint_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             RpWindow         *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  /* The closed dialog lives until this signal returns, and GTK 4.8 would
   * then let go of a parent destroyed meanwhile. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  /* Either answer means it was read: it is said once. */
  g_settings_set_boolean (self->settings, "background-hint-shown", TRUE);

  if (g_str_equal (response, "quit") && application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Without it, a window that goes away while the process stays could pass
 * for a crash, or for reminders that stopped; and nothing else says how to
 * quit for real. */
static void
show_background_hint (RpWindow *self)
{
  AdwMessageDialog *dialog;

  if (self->background_hint != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->background_hint));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Reprieve Keeps Running"),
                                                       _("Your meeting reminders keep coming "
                                                         "while Reprieve runs in the "
                                                         "background with its window closed. "
                                                         "To stop it, choose Quit in the main "
                                                         "menu or press Ctrl+Q. You can turn "
                                                         "this off in Preferences.")));
  adw_message_dialog_add_responses (dialog,
                                    "quit", _("_Quit"),
                                    "keep-running", _("_Keep Running"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "keep-running", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "keep-running");
  adw_message_dialog_set_close_response (dialog, "keep-running");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (background_hint_response_cb),
                           self, 0);

  self->background_hint = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->background_hint);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
needs_background_hint (RpWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return RP_IS_APPLICATION (application) &&
         rp_application_get_keeps_running (RP_APPLICATION (application)) &&
         !g_settings_get_boolean (self->settings, "background-hint-shown");
}

static gboolean
rp_window_close_request (GtkWindow *window)
{
  RpWindow *self = RP_WINDOW (window);

  save_window_state (self);

  if (needs_background_hint (self))
    {
      show_background_hint (self);
      return GDK_EVENT_STOP;
    }

  return GTK_WINDOW_CLASS (rp_window_parent_class)->close_request (window);
}

static void
clear_sponsor_binding (RpWindow *self)
{
  if (self->sponsor_binding == NULL)
    return;

  g_binding_unbind (self->sponsor_binding);
  g_clear_object (&self->sponsor_binding);
}

/* A timer sleeps through a suspend: the window coming back looks at the
 * date, and the pages showing "today" follow ::day-changed. */
static void
is_active_cb (RpWindow *self)
{
  if (self->day_watch != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    rp_day_watch_check (self->day_watch);
}

/* GObject sets "application" after constructed(), so the store is
 * picked up when it is set. */
static void
application_changed_cb (RpWindow *self)
{
  GtkApplication *application;
  RpStore *store = NULL;

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (RP_IS_APPLICATION (application))
    store = rp_application_get_store (RP_APPLICATION (application));

  rp_meetings_page_set_store (self->meetings_page, store);
  rp_support_page_set_store (self->support_page, store);
  rp_reading_page_set_store (self->reading_page, store,
                             store != NULL ? rp_application_get_clock (RP_APPLICATION (application))
                                           : NULL,
                             self->settings);

  /* One watch on the local date for the pages that show "today". */
  g_clear_object (&self->day_watch);
  if (store != NULL)
    self->day_watch = rp_day_watch_new (rp_application_get_clock (RP_APPLICATION (application)));
  rp_today_page_bind (self->today_page, store, self->day_watch,
                      store != NULL ? self->settings : NULL);
  rp_progress_page_bind (self->progress_page, store, self->day_watch,
                         store != NULL ? self->settings : NULL);

  clear_sponsor_binding (self);
  if (store != NULL)
    /* Our own reference keeps g_binding_unbind() safe whichever end goes
     * first. */
    self->sponsor_binding =
      g_object_ref (g_object_bind_property_full (store, "has-sponsor",
                                                 self->call_sponsor_button, "tooltip-text",
                                                 G_BINDING_SYNC_CREATE,
                                                 sponsor_tooltip_transform,
                                                 NULL, NULL, NULL));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->call_sponsor_button),
                                 _("Add a sponsor first"));
}

static void
rp_window_dispose (GObject *object)
{
  RpWindow *self = RP_WINDOW (object);

  g_signal_handlers_disconnect_by_func (self, application_changed_cb, NULL);
  clear_sponsor_binding (self);
  /* The dialog itself goes with its parent. */
  if (self->background_hint != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->background_hint),
                                    (gpointer *) &self->background_hint);
      self->background_hint = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WINDOW);
  g_clear_object (&self->day_watch);

  G_OBJECT_CLASS (rp_window_parent_class)->dispose (object);
}

static void
rp_window_finalize (GObject *object)
{
  RpWindow *self = RP_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rp_window_parent_class)->finalize (object);
}

static void
rp_window_class_init (RpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rp_window_dispose;
  object_class->finalize = rp_window_finalize;

  window_class->close_request = rp_window_close_request;

  g_type_ensure (RP_TYPE_TODAY_PAGE);
  g_type_ensure (RP_TYPE_MEETINGS_PAGE);
  g_type_ensure (RP_TYPE_SUPPORT_PAGE);
  g_type_ensure (RP_TYPE_READING_PAGE);
  g_type_ensure (RP_TYPE_PROGRESS_PAGE);
  g_type_ensure (RP_TYPE_RECOVERY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWindow, call_sponsor_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, call_sponsor_label);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, reading_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, support_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, storage_error_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, recovery_page);
  gtk_widget_class_bind_template_callback (widget_class, retry_open_cb);
  gtk_widget_class_bind_template_callback (widget_class, recovery_restore_cb);
  gtk_widget_class_bind_template_callback (widget_class, recovery_start_empty_cb);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, today_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, progress_page);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "(xs)",
                                   show_meeting_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-reading", "x",
                                   show_reading_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-meeting", NULL,
                                   store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-meetings", NULL,
                                   store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-contacts", NULL,
                                   store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-contact", NULL,
                                   store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.talk-now", NULL, store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-reading", NULL, store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.import-reading", NULL, store_action_cb);
  gtk_widget_class_install_action (widget_class, "win.prompt-sponsor", NULL,
                                   prompt_sponsor_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-clean-date", NULL,
                                   add_clean_date_action_cb);

  /* Alt+1 … Alt+5 switch pages, in the order the switcher shows them. */
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_names[i]);
}

static void
rp_window_init (RpWindow *self)
{
  int width;
  int height;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the pages are given the store: the Reading page reads it. */
  self->settings = g_settings_new (APPLICATION_ID);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_cb), NULL);
  application_changed_cb (self);

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* GTK keeps the default size equal to the window's size as it is resized. */
  g_signal_connect_swapped (self, "notify::default-width",
                            G_CALLBACK (update_call_sponsor_label), self);
  update_call_sponsor_label (self);
}
