/* rp-application.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpApplication is the one process of Reprieve. It parses the command line
 * (in the primary instance, so a second `reprieve --something` is answered by
 * the running one and printed in the caller's terminal), owns the RpStore
 * every window talks to, and holds the application-wide actions.
 *
 * It also decides whether the process outlives its window: while "Keep
 * running in the background" is on, or after `reprieve --background` until a
 * window is opened, it holds itself, so that reminders keep coming. Windows
 * are destroyed when closed, never hidden: a process with no window should
 * cost little memory. Quit releases the hold and really quits.
 */

#define G_LOG_DOMAIN "rp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-application-private.h"
#include "rp-autostart.h"
#include "rp-call-launcher.h"
#include "rp-command-line.h"
#include "rp-database.h"
#include "rp-preferences-window.h"
#include "rp-starter-library.h"



G_DEFINE_FINAL_TYPE (RpApplication, rp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window and keep delivering reminders"), NULL },
  { "call-sponsor", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Call your sponsor"), NULL },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import meetings, contacts, readings (.md, .txt) or a backup from FILE"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export your meetings (.ics) or all your data (.json) to FILE"), N_("FILE") },
  { "agenda", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print your upcoming meetings"), NULL },
  /* A string, not G_OPTION_ARG_INT: GApplication drops an integer option
   * equal to 0, and "--days 0" deserves an error, not silence. */
  { "days", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --agenda, how many days ahead to show (default 7)"), N_("N") },
  { NULL }
};

/* Options whose feature has not been built yet. They are answered locally,
 * with no display needed, so a script gets a clear message and a non-zero
 * exit instead of a window. Each moves out of this list when it lands. */
static const char * const not_yet_available[] = {
  NULL
};

RpApplication *
rp_application_new (void)
{
  return g_object_new (RP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * rp_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store, or %NULL when the data
 *   could not be opened (see the window's error page)
 */
RpStore *
rp_application_get_store (RpApplication *self)
{
  g_return_val_if_fail (RP_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * rp_application_get_clock:
 *
 * What time it is for the whole app: the system clock, or the fixed one a
 * test sets through the environment (see rp_clock_new_from_environment()).
 *
 * Returns: (transfer none): the clock
 */
RpClock *
rp_application_get_clock (RpApplication *self)
{
  g_return_val_if_fail (RP_IS_APPLICATION (self), NULL);

  if (self->clock == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->clock = rp_clock_new_from_environment (&error);
      if (self->clock == NULL)
        {
          g_printerr ("%s\n", error->message);
          self->clock = rp_clock_new_system ();
        }
    }

  return self->clock;
}

/**
 * rp_application_get_keeps_running:
 *
 * Returns: whether closing the last window leaves Reprieve running in the
 *   background (and Quit is the way to end it)
 */
gboolean
rp_application_get_keeps_running (RpApplication *self)
{
  g_return_val_if_fail (RP_IS_APPLICATION (self), FALSE);

  return self->held;
}

static void
update_hold (RpApplication *self)
{
  gboolean wanted;

  wanted = !self->quitting &&
           (self->background_start ||
            g_settings_get_boolean (self->settings, "run-in-background"));
  if (wanted == self->held)
    return;

  self->held = wanted;
  if (wanted)
    g_application_hold (G_APPLICATION (self));
  else
    g_application_release (G_APPLICATION (self));
}

RpWindow *
rp_application_find_main_window (RpApplication *self)
{
  /* The active window may be Preferences or About: look for the main one. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (RP_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

RpWindow *
rp_application_get_or_create_window (RpApplication *self)
{
  GtkWindow *window = GTK_WINDOW (rp_application_find_main_window (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (rp_window_new (self));
      if (self->damaged_path != NULL)
        rp_window_show_recovery (RP_WINDOW (window), self->damaged_path,
                                 self->recovery_backup != NULL ? self->recovery_backup->taken
                                                               : NULL);
      else if (self->store_error != NULL)
        rp_window_show_storage_error (RP_WINDOW (window), self->store_error);
      else
        rp_application_show_pending_reminders (self, RP_WINDOW (window));
    }

  return RP_WINDOW (window);
}

/* The starter library ships inside Reprieve: a new version (or another
 * language) brings its texts up to date in the database, where search,
 * favourites and read marks need them. The version check makes this a
 * digest and one query when nothing changed. */
static void
sync_starter_library (RpStore *store)
{
  g_autoptr(GPtrArray) readings = NULL;
  g_autofree char *version = NULL;
  g_autoptr(GError) error = NULL;

  readings = rp_starter_library_load (&error);
  if (readings != NULL)
    {
      version = rp_starter_library_get_version (readings);
      rp_store_sync_starter_library (store, readings, version, &error);
    }

  if (error != NULL)
    g_warning ("Could not bring the starter library up to date: %s", error->message);
}

void
rp_application_take_database (RpApplication *self,
                              RpDatabase    *database)
{
  g_return_if_fail (self->store == NULL);

  self->store = rp_store_new (database);
  sync_starter_library (self->store);
}

static void
open_store (RpApplication *self)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autoptr(RpDatabase) database = NULL;

  database = rp_application_open_database (self, path);
  if (database == NULL)
    {
      /* The message says what happened to the file, never its contents. */
      if (self->damaged_path != NULL)
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("The data file was damaged. It was kept as “%s”; open "
                                       "Reprieve to restore a backup or start empty."),
                                     self->damaged_path);
          g_printerr ("%s\n", message);
        }
      else
        g_printerr ("%s\n", self->store_error->message);
      return;
    }

  rp_application_take_database (self, database);
}

static void
show_support_page (RpApplication *self,
                   const char    *message)
{
  RpWindow *window = rp_application_get_or_create_window (self);

  rp_window_prompt_sponsor (window);
  rp_window_add_toast (window, message);
  gtk_window_present (GTK_WINDOW (window));
}

/* One call to the sponsor on its way, and the command line waiting for it
 * (when it came from one). */
typedef struct
{
  RpApplication           *self;
  GApplicationCommandLine *command_line;
} SponsorCall;

static void
sponsor_called_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SponsorCall *call = user_data;
  g_autoptr(GError) error = NULL;

  /* Handed over: the dialer comes up, and Reprieve stays out of the way.
   * On the sheet: the launcher has shown it. */
  if (rp_call_launcher_contact_finish (result, &error) == RP_CALL_OUTCOME_FAILED)
    {
      show_support_page (call->self, error->message);
      if (call->command_line != NULL)
        {
          g_application_command_line_printerr (call->command_line, "%s\n",
                                               _("Your sponsor’s phone number is missing or "
                                                 "can’t be used. Correct it on the Support "
                                                 "page, then try again."));
          g_application_command_line_set_exit_status (call->command_line, RP_EXIT_FAILURE);
        }
    }
  else if (call->command_line != NULL)
    {
      g_application_command_line_set_exit_status (call->command_line, RP_EXIT_OK);
    }

  /* The caller of `reprieve --call-sponsor` gets its exit status now. */
  g_clear_object (&call->command_line);
  g_application_release (G_APPLICATION (call->self));
  g_object_unref (call->self);
  g_free (call);
}

/* Calls the sponsor; until a sponsor is saved it takes the user to the
 * Support page to add one. Returns whether a call was started; the
 * outcome goes to @command_line's exit status when there is one. */
static gboolean
call_sponsor (RpApplication           *self,
              GApplicationCommandLine *command_line)
{
  g_autoptr(RpContact) sponsor = NULL;
  GtkWindow *parent;
  SponsorCall *call;

  if (self->store != NULL)
    sponsor = rp_store_get_sponsor (self->store);
  if (sponsor == NULL)
    {
      show_support_page (self, _("Add your sponsor first"));
      return FALSE;
    }

  /* No window is opened for the call itself: from a notification or the
   * dock, the user wants the call, not the app. A sheet needed with no
   * window open stands alone. */
  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (parent == NULL)
    parent = GTK_WINDOW (rp_application_find_main_window (self));

  call = g_new0 (SponsorCall, 1);
  call->self = g_object_ref (self);
  call->command_line = command_line != NULL ? g_object_ref (command_line) : NULL;
  /* A `reprieve --call-sponsor` with no window must live until the link
   * is handed over. */
  g_application_hold (G_APPLICATION (self));
  rp_call_launcher_contact_async (parent, self->store, sponsor, RP_CALL_KIND_CALL, 0,
                                  NULL, sponsor_called_cb, call);
  return TRUE;
}

static void
call_sponsor_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  call_sponsor (RP_APPLICATION (user_data), NULL);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RpApplication *self = user_data;
  RpWindow *window = rp_application_get_or_create_window (self);
  RpPreferencesWindow *preferences;

  preferences = rp_preferences_window_new (GTK_WINDOW (window), self->settings);
  rp_preferences_window_set_store (preferences, self->store, rp_application_get_clock (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RpApplication *self = user_data;
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", rp_application_get_or_create_window (self),
                        "modal", TRUE,
                        "application-name", _("Reprieve"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Reprieve developers"),
                        "copyright", _("© 2026 The Reprieve developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("A daily companion for people in 12-step recovery: "
                                      "your meetings, your support network, your reading "
                                      "and your progress in one place.\n\n"
                                      "All your data stays on this computer. Reprieve "
                                      "never sends anything anywhere."),
                        "website", "https://github.com/reprieve/reprieve",
                        "issue-url", "https://github.com/reprieve/reprieve/issues",
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

/* Quits for real, the background included. */
static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RpApplication *self = user_data;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Also tells the windows that their close needs no explanation. */
  self->quitting = TRUE;
  update_hold (self);

  /* Closing (not destroying) the windows lets each save its state first. A
   * copy: closing one may destroy others (its dialogs). */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));

  g_application_quit (G_APPLICATION (self));
}

/* Another process (reprieve --import) changed the database. */
static void
reload_data_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RpApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !rp_store_reload (self->store, &error))
    g_debug ("Could not re-read the data: %s", error->message);
}

static const GActionEntry app_entries[] = {
  { "call-sponsor", call_sponsor_action_cb },
  { "reload-data", reload_data_action_cb },
  { "preferences", preferences_action_cb },
  { "about", about_action_cb },
  { "quit", quit_action_cb },
};

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (nick, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (nick, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

/* A process started at login may live for days without a window. GTK
 * loads the GPU driver when it opens the display (about 60 MB resident with
 * Mesa, twice what all the rest of Reprieve takes), so such a run does
 * without: GDK is told so before the display opens, and a window opened
 * later draws with GSK's cairo renderer. The environment is put back once
 * GTK has read it, so that nothing Reprieve launches inherits it. */
static void
prepare_skipping_gpu_driver (RpApplication *self)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  g_autofree char *flags = NULL;

  self->skip_gpu_driver = TRUE;
  self->saved_gdk_debug = g_strdup (debug);
  if (debug != NULL && *debug != '\0')
    flags = g_strconcat (debug, ",gl-disable", NULL);
  else
    flags = g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", flags, TRUE);
}

static void
finish_skipping_gpu_driver (RpApplication *self)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (!self->skip_gpu_driver)
    return;

  self->skip_gpu_driver = FALSE;
  if (self->saved_gdk_debug != NULL)
    g_setenv ("GDK_DEBUG", self->saved_gdk_debug, TRUE);
  else
    g_unsetenv ("GDK_DEBUG");
  g_clear_pointer (&self->saved_gdk_debug, g_free);

  /* GSK's per-display choice (what GTK's inspector sets): without it, GSK
   * first tries its GL renderer, and says so, at every window. */
  if (display != NULL)
    g_object_set_data_full (G_OBJECT (display), "gsk-renderer", g_strdup ("cairo"), g_free);
}

static gint
rp_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  const char *days = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return RP_EXIT_OK;
    }

  if (g_variant_dict_lookup (options, "days", "&s", &days))
    {
      if (!g_variant_dict_contains (options, "agenda"))
        {
          g_printerr ("%s\n", _("--days goes with --agenda"));
          return RP_EXIT_USAGE;
        }
      if (!g_ascii_string_to_unsigned (days, 10, 1, 366, NULL, NULL))
        {
          g_printerr ("%s\n", _("--days takes a number of days from 1 to 366"));
          return RP_EXIT_USAGE;
        }
    }

  for (guint i = 0; not_yet_available[i] != NULL; i++)
    {
      if (g_variant_dict_contains (options, not_yet_available[i]))
        {
          /* Translators: %s is a command-line option such as --export */
          g_printerr (_("--%s is not available yet in this version of Reprieve.\n"),
                      not_yet_available[i]);
          return RP_EXIT_NOT_AVAILABLE;
        }
    }

  /* Before registering: these need no display and no running instance. */
  if (rp_command_line_wants_data_command (options))
    return rp_command_line_run_data_command (options);

  /* Registering opens the display (in startup, if this is the primary
   * instance). */
  if (g_variant_dict_contains (options, "background"))
    prepare_skipping_gpu_driver (RP_APPLICATION (application));

  return G_APPLICATION_CLASS (rp_application_parent_class)->handle_local_options (application,
                                                                                  options);
}

static int
rp_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  RpApplication *self = RP_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);

  if (g_variant_dict_contains (options, "call-sponsor"))
    {
      if (!call_sponsor (self, command_line))
        {
          g_application_command_line_printerr (command_line, "%s\n",
                                               _("No sponsor is saved yet. Add your sponsor "
                                                 "on the Support page, then try again."));
          return RP_EXIT_NO_SPONSOR;
        }
      return RP_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "background"))
    {
      /* No window: the process stays for the reminders. An open window is
       * left as it is. */
      if (rp_application_find_main_window (self) == NULL)
        {
          self->background_start = TRUE;
          self->launched_in_background = TRUE;
          update_hold (self);
        }
      return RP_EXIT_OK;
    }

  g_application_activate (application);

  return RP_EXIT_OK;
}

static void
start_at_login_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            RpApplication    *self)
{
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(GError) error = NULL;

  /* The closed dialog lives until this signal returns: it must not outlive
   * its parent still pointing to it (GTK 4.8). */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  g_settings_set_boolean (self->settings, "start-at-login-asked", TRUE);

  if (g_str_equal (response, "start-at-login") &&
      !rp_autostart_set_enabled (TRUE, &error) &&
      RP_IS_WINDOW (window))
    rp_window_add_toast (RP_WINDOW (window), error->message);
}

/* Asked once, on the first run that shows the window: without it, reminders
 * stop at the first restart until Reprieve is opened again. */
static void
ask_start_at_login (RpApplication *self,
                    RpWindow      *window)
{
  AdwMessageDialog *dialog;

  /* Not over the storage error page, not in a run the session started, and
   * not twice at once. */
  if (self->store == NULL ||
      self->launched_in_background ||
      self->start_at_login_dialog != NULL ||
      g_settings_get_boolean (self->settings, "start-at-login-asked"))
    return;

  /* Turned on already (in Preferences or with another tool): nothing to ask. */
  if (rp_autostart_is_enabled ())
    {
      g_settings_set_boolean (self->settings, "start-at-login-asked", TRUE);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       _("Start Reprieve at Login?"),
                                                       _("Reprieve can start in the background "
                                                         "when you log in, so that your meeting "
                                                         "reminders arrive even on days you "
                                                         "don’t open it. You can change this "
                                                         "later in Preferences.")));
  adw_message_dialog_add_responses (dialog,
                                    "not-now", _("_Not Now"),
                                    "start-at-login", _("_Start at Login"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "start-at-login",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "start-at-login");
  adw_message_dialog_set_close_response (dialog, "not-now");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_at_login_response_cb),
                           self, 0);

  self->start_at_login_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->start_at_login_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rp_application_activate (GApplication *application)
{
  RpApplication *self = RP_APPLICATION (application);
  RpWindow *window = rp_application_get_or_create_window (self);

  gtk_window_present (GTK_WINDOW (window));
  ask_start_at_login (self, window);
}

/* However a main window comes (activation, a reminder's Open, Call sponsor),
 * a --background start has then become an ordinary one. */
static void
rp_application_window_added (GtkApplication *application,
                             GtkWindow      *window)
{
  RpApplication *self = RP_APPLICATION (application);

  GTK_APPLICATION_CLASS (rp_application_parent_class)->window_added (application, window);

  if (RP_IS_WINDOW (window) && self->background_start)
    {
      self->background_start = FALSE;
      update_hold (self);
    }
}

/* The reminders live as long as the process, window or not. */
static void
rp_application_startup (GApplication *application)
{
  static const char *call_sponsor_accels[] = { "<Control><Shift>s", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  RpApplication *self = RP_APPLICATION (application);
  AdwStyleManager *style_manager;

  G_APPLICATION_CLASS (rp_application_parent_class)->startup (application);
  finish_skipping_gpu_driver (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries, G_N_ELEMENTS (app_entries),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.call-sponsor",
                                         call_sponsor_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         close_accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (update_hold), self, G_CONNECT_SWAPPED);
  update_hold (self);

  style_manager = adw_style_manager_get_default ();
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                style_manager, "color-scheme",
                                G_SETTINGS_BIND_GET,
                                color_scheme_get_mapping, NULL, NULL, NULL);

  open_store (self);
  rp_application_start_reminders (self);
  rp_application_start_backups (self);
}

static void
rp_application_dispose (GObject *object)
{
  RpApplication *self = RP_APPLICATION (object);

  if (self->start_at_login_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->start_at_login_dialog),
                                  (gpointer *) &self->start_at_login_dialog);
  self->start_at_login_dialog = NULL;
  rp_application_stop_backups (self);
  g_clear_object (&self->reminders);
  g_clear_object (&self->clock);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rp_application_parent_class)->dispose (object);
}

static void
rp_application_finalize (GObject *object)
{
  RpApplication *self = RP_APPLICATION (object);

  g_clear_error (&self->store_error);
  rp_application_clear_recovery (self);
  g_free (self->saved_gdk_debug);

  G_OBJECT_CLASS (rp_application_parent_class)->finalize (object);
}

static void
rp_application_class_init (RpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = rp_application_dispose;
  object_class->finalize = rp_application_finalize;

  app_class->handle_local_options = rp_application_handle_local_options;
  app_class->command_line = rp_application_command_line;
  app_class->activate = rp_application_activate;
  app_class->startup = rp_application_startup;

  gtk_app_class->window_added = rp_application_window_added;
}

static void
rp_application_init (RpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Reprieve — your meetings, your support "
                                              "network, your reading and your progress, "
                                              "kept on this computer."));
}
