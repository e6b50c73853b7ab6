/* rp-application.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpApplication is the one process of Reprieve. It parses the command line
 * (in the primary instance, so a second `reprieve --something` is answered by
 * the running one and printed in the caller's terminal), owns the RpStore
 * every window talks to, and holds the application-wide actions.
 */

#define G_LOG_DOMAIN "rp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-application.h"
#include "rp-command-line.h"
#include "rp-database.h"
#include "rp-preferences-window.h"
#include "rp-window.h"


struct _RpApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  RpStore        *store;
  /* Why the store could not be opened; the window shows it. The file is
   * never touched again in this run, so nothing can be overwritten. */
  GError         *store_error;
};

G_DEFINE_FINAL_TYPE (RpApplication, rp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "background", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window and keep delivering reminders"), NULL },
  { "call-sponsor", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Call your sponsor"), NULL },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import meetings, contacts or a backup from FILE"), N_("FILE") },
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
  "background",
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

static RpWindow *
get_or_create_window (RpApplication *self)
{
  GtkWindow *window = NULL;

  /* The active window may be Preferences or About: look for the main one. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (RP_IS_WINDOW (l->data))
        {
          window = l->data;
          break;
        }
    }

  if (window == NULL)
    {
      window = GTK_WINDOW (rp_window_new (self));
      if (self->store_error != NULL)
        rp_window_show_storage_error (RP_WINDOW (window), self->store_error);
    }

  return RP_WINDOW (window);
}

static void
open_store (RpApplication *self)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autoptr(RpDatabase) database = NULL;

  database = rp_database_open (path, &self->store_error);
  if (database == NULL)
    {
      /* The message says what happened to the file, never its contents. */
      g_printerr ("%s\n", self->store_error->message);
      return;
    }

  self->store = rp_store_new (database);
}

/* Calls the sponsor; until a sponsor is saved it takes the user to the
 * Support page to add one. Returns whether a call was started. */
static gboolean
call_sponsor (RpApplication *self)
{
  RpWindow *window = get_or_create_window (self);

  if (self->store == NULL || !rp_store_get_has_sponsor (self->store))
    {
      rp_window_show_page (window, "support");
      rp_window_add_toast (window, _("Add your sponsor first"));
      gtk_window_present (GTK_WINDOW (window));
      return FALSE;
    }

  /* The support network work places the call here. */
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
call_sponsor_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  call_sponsor (RP_APPLICATION (user_data));
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RpApplication *self = user_data;
  RpWindow *window = get_or_create_window (self);
  RpPreferencesWindow *preferences;

  preferences = rp_preferences_window_new (GTK_WINDOW (window), self->settings);
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
                        "transient-for", get_or_create_window (self),
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

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RpApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Destroying the windows lets each save its state first. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

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

  for (guint i = 0; i < G_N_ELEMENTS (not_yet_available); i++)
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
      if (!call_sponsor (self))
        {
          g_application_command_line_printerr (command_line, "%s\n",
                                               _("No sponsor is saved yet. Add your sponsor "
                                                 "on the Support page, then try again."));
          return RP_EXIT_NO_SPONSOR;
        }
      return RP_EXIT_OK;
    }

  g_application_activate (application);

  return RP_EXIT_OK;
}

static void
rp_application_activate (GApplication *application)
{
  RpApplication *self = RP_APPLICATION (application);

  gtk_window_present (GTK_WINDOW (get_or_create_window (self)));
}

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

  style_manager = adw_style_manager_get_default ();
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                style_manager, "color-scheme",
                                G_SETTINGS_BIND_GET,
                                color_scheme_get_mapping, NULL, NULL, NULL);

  open_store (self);
}

static void
rp_application_dispose (GObject *object)
{
  RpApplication *self = RP_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rp_application_parent_class)->dispose (object);
}

static void
rp_application_finalize (GObject *object)
{
  RpApplication *self = RP_APPLICATION (object);

  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (rp_application_parent_class)->finalize (object);
}

static void
rp_application_class_init (RpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rp_application_dispose;
  object_class->finalize = rp_application_finalize;

  app_class->handle_local_options = rp_application_handle_local_options;
  app_class->command_line = rp_application_command_line;
  app_class->activate = rp_application_activate;
  app_class->startup = rp_application_startup;
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
