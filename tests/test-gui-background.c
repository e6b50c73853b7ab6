/* test-gui-background.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Staying alive, under a real (Xvfb) display: each test runs a fresh
 * RpApplication with g_application_run() and drives it in stages, each
 * from the application's own main loop. A stage is reached only while the
 * process is still running, so "closing the window leaves it running" is
 * observed, not assumed: a process that is not held returns from
 * g_application_run() before its next stage. Also the first close's
 * explanation, Quit, --background, and the start-at-login question. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-application.h"
#include "rp-autostart.h"
#include "rp-database.h"
#include "rp-test-gui.h"
#include "rp-window.h"

typedef struct _Run Run;
typedef void (*Stage) (Run *run);

struct _Run
{
  RpApplication *app;
  GSettings     *settings;
  const Stage   *stages;
  guint          n_stages_run;
  guint          source_id;
  /* What a stage leaves for the next one or for the test. */
  RpWindow      *window;
};

#define STAGE_DELAY_MS 150

static void
run_next_stage_cb (gpointer user_data)
{
  Run *run = user_data;

  run->source_id = 0;
  run->stages[run->n_stages_run++] (run);

  if (run->stages[run->n_stages_run] != NULL)
    run->source_id = g_timeout_add_once (STAGE_DELAY_MS, run_next_stage_cb, run);
}

/* Runs a new application through @stages (NULL-terminated) and returns its
 * exit status; run->n_stages_run says how far it went before it ended. */
static int
run_app (Run         *run,
         const Stage *stages,
         const char  *option)
{
  char *argv[] = { (char *) "reprieve", (char *) option, NULL };
  int status;

  run->app = rp_application_new ();
  /* Not the session's instance: a test must never talk to a running Reprieve. */
  g_application_set_flags (G_APPLICATION (run->app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  run->stages = stages;
  run->n_stages_run = 0;
  run->source_id = g_timeout_add_once (STAGE_DELAY_MS, run_next_stage_cb, run);

  status = g_application_run (G_APPLICATION (run->app), option != NULL ? 2 : 1, argv);

  g_clear_handle_id (&run->source_id, g_source_remove);
  rp_test_gui_iterate (50);
  g_clear_object (&run->app);

  return status;
}

static void
set_up (Run      *run,
        gboolean  run_in_background,
        gboolean  hint_shown,
        gboolean  start_at_login_asked)
{
  g_autoptr(GError) error = NULL;

  memset (run, 0, sizeof *run);
  run->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_boolean (run->settings, "run-in-background", run_in_background);
  g_settings_set_boolean (run->settings, "background-hint-shown", hint_shown);
  g_settings_set_boolean (run->settings, "start-at-login-asked", start_at_login_asked);
  g_assert_true (rp_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
}

static void
tear_down (Run *run)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (run->window);
  g_assert_true (rp_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
  g_settings_reset (run->settings, "run-in-background");
  g_settings_reset (run->settings, "background-hint-shown");
  g_settings_reset (run->settings, "start-at-login-asked");
  g_clear_object (&run->settings);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static RpWindow *
find_main_window (Run *run)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (run->app)); l; l = l->next)
    {
      if (RP_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

/* Remembers the main window (shown by activation) in run->window, which
 * becomes NULL when the window is destroyed. */
static RpWindow *
track_main_window (Run *run)
{
  rp_test_gui_iterate (100);
  run->window = find_main_window (run);
  g_assert_nonnull (run->window);
  g_object_add_weak_pointer (G_OBJECT (run->window), (gpointer *) &run->window);

  return run->window;
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (100);
}

static void
stage_quit (Run *run)
{
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
}

/* Reached only by a process that did not end when it should have. */
static void
stage_never (Run *run)
{
  g_test_message ("Reprieve was still running");
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
}

/* The first close explains, and keeps the window until it is answered. */
static AdwMessageDialog *
close_and_expect_hint (Run *run)
{
  AdwMessageDialog *dialog;

  gtk_window_close (GTK_WINDOW (run->window));
  rp_test_gui_iterate (100);

  g_assert_nonnull (run->window);
  dialog = ADW_MESSAGE_DIALOG (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (run->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Reprieve Keeps Running");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Ctrl+Q"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep-running");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "keep-running");
  g_assert_false (g_settings_get_boolean (run->settings, "background-hint-shown"));

  return dialog;
}

static void
stage_close_keep_running (Run *run)
{
  AdwMessageDialog *dialog;

  track_main_window (run);
  g_assert_true (rp_application_get_keeps_running (run->app));

  dialog = close_and_expect_hint (run);
  click (GTK_WIDGET (dialog), "_Keep Running");

  g_assert_true (g_settings_get_boolean (run->settings, "background-hint-shown"));
  g_assert_null (run->window);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_WINDOW));
}

/* Still running with no window: opening it again builds a new one, and
 * the second close needs no explanation. */
static void
stage_reopen_and_close (Run *run)
{
  g_assert_null (find_main_window (run));

  g_application_activate (G_APPLICATION (run->app));
  track_main_window (run);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (run->window)));

  gtk_window_close (GTK_WINDOW (run->window));
  rp_test_gui_iterate (100);
  g_assert_null (run->window);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_close_keeps_running (void)
{
  static const Stage stages[] = {
    stage_close_keep_running, stage_reopen_and_close, stage_quit, NULL
  };
  Run run;

  set_up (&run, TRUE, FALSE, TRUE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 3);
  tear_down (&run);
}

static void
stage_close_escape (Run *run)
{
  AdwMessageDialog *dialog;

  track_main_window (run);
  dialog = close_and_expect_hint (run);

  /* Escape, or the window manager's close button. */
  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_gui_iterate (100);

  g_assert_true (g_settings_get_boolean (run->settings, "background-hint-shown"));
  g_assert_null (run->window);
}

static void
test_close_hint_escape_keeps_running (void)
{
  static const Stage stages[] = { stage_close_escape, stage_quit, NULL };
  Run run;

  set_up (&run, TRUE, FALSE, TRUE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 2);
  tear_down (&run);
}

static void
stage_close_quit (Run *run)
{
  AdwMessageDialog *dialog;

  track_main_window (run);
  dialog = close_and_expect_hint (run);
  click (GTK_WIDGET (dialog), "_Quit");

  g_assert_null (run->window);
}

static void
test_close_hint_quit (void)
{
  static const Stage stages[] = { stage_close_quit, stage_never, NULL };
  Run run;

  set_up (&run, TRUE, FALSE, TRUE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 1);
  tear_down (&run);
}

static void
stage_close_without_hint (Run *run)
{
  track_main_window (run);
  g_assert_false (rp_application_get_keeps_running (run->app));

  gtk_window_close (GTK_WINDOW (run->window));
  rp_test_gui_iterate (100);

  g_assert_null (run->window);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  /* Nothing was explained, so it still would be if the setting is turned on. */
  g_assert_false (g_settings_get_boolean (run->settings, "background-hint-shown"));
}

/* "Keep running in the background" off: closing the window quits. */
static void
test_close_quits_when_off (void)
{
  static const Stage stages[] = { stage_close_without_hint, stage_never, NULL };
  Run run;

  set_up (&run, FALSE, FALSE, TRUE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 1);
  tear_down (&run);
}

static void
stage_turn_on_and_close (Run *run)
{
  track_main_window (run);
  g_assert_false (rp_application_get_keeps_running (run->app));

  g_settings_set_boolean (run->settings, "run-in-background", TRUE);
  g_assert_true (rp_application_get_keeps_running (run->app));
  gtk_window_close (GTK_WINDOW (run->window));
  rp_test_gui_iterate (100);
  g_assert_null (run->window);
}

static void
stage_turn_off (Run *run)
{
  /* With no window and nothing to keep it, the process ends. */
  g_settings_set_boolean (run->settings, "run-in-background", FALSE);
  g_assert_false (rp_application_get_keeps_running (run->app));
}

/* The setting takes effect in the running process, both ways. */
static void
test_setting_changes_while_running (void)
{
  static const Stage stages[] = {
    stage_turn_on_and_close, stage_turn_off, stage_never, NULL
  };
  Run run;

  set_up (&run, FALSE, TRUE, TRUE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 2);
  tear_down (&run);
}

static void
stage_quit_with_window (Run *run)
{
  track_main_window (run);
  g_assert_true (rp_application_get_keeps_running (run->app));

  /* The primary menu's Quit: no explanation, the window goes, the process
   * ends although it runs in the background. */
  stage_quit (run);
  g_assert_false (rp_application_get_keeps_running (run->app));
  g_assert_null (run->window);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_quit_really_quits (void)
{
  static const Stage stages[] = { stage_quit_with_window, stage_never, NULL };
  Run run;

  set_up (&run, TRUE, FALSE, TRUE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 1);
  g_assert_false (g_settings_get_boolean (run.settings, "background-hint-shown"));
  tear_down (&run);
}

static void
stage_quit_with_dialogs_open (Run *run)
{
  track_main_window (run);
  /* The start-at-login question, then the first close's explanation. */
  g_assert_nonnull (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_close (GTK_WINDOW (run->window));
  rp_test_gui_iterate (100);
  g_assert_nonnull (run->window);

  /* Quit (from D-Bus, say) takes the dialogs with the window. */
  stage_quit (run);
  rp_test_gui_iterate (100);
  g_assert_null (run->window);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_quit_with_dialogs_open (void)
{
  static const Stage stages[] = { stage_quit_with_dialogs_open, stage_never, NULL };
  Run run;

  set_up (&run, TRUE, FALSE, FALSE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 1);
  /* Neither was answered. */
  g_assert_false (g_settings_get_boolean (run.settings, "background-hint-shown"));
  g_assert_false (g_settings_get_boolean (run.settings, "start-at-login-asked"));
  tear_down (&run);
}

static void
stage_no_window (Run *run)
{
  rp_test_gui_iterate (100);
  g_assert_null (find_main_window (run));
  g_assert_null (rp_test_gui_find_toplevel (GTK_TYPE_WINDOW));
  g_assert_true (rp_application_get_keeps_running (run->app));
}

static void
stage_open_from_background (Run *run)
{
  /* Still running: a second `reprieve` activates it. */
  g_application_activate (G_APPLICATION (run->app));
  track_main_window (run);

  /* Not asked in a run the session started. */
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Now an ordinary run, with the setting off: closing quits. */
  g_assert_false (rp_application_get_keeps_running (run->app));
  gtk_window_close (GTK_WINDOW (run->window));
  rp_test_gui_iterate (100);
  g_assert_null (run->window);
}

/* --background stays with no window, even with the setting off (the
 * session started it for the reminders), until its window is opened and
 * closed. */
static void
test_start_in_background (void)
{
  static const Stage stages[] = {
    stage_no_window, stage_open_from_background, stage_never, NULL
  };
  Run run;

  set_up (&run, FALSE, FALSE, FALSE);
  g_assert_cmpint (run_app (&run, stages, "--background"), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 2);
  g_assert_false (g_settings_get_boolean (run.settings, "start-at-login-asked"));
  tear_down (&run);
}

static AdwMessageDialog *
expect_start_at_login_question (Run *run)
{
  AdwMessageDialog *dialog;

  track_main_window (run);
  dialog = ADW_MESSAGE_DIALOG (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (run->window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Start Reprieve at Login?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "when you log in"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "start-at-login");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "start-at-login"), ==,
                   ADW_RESPONSE_SUGGESTED);
  g_assert_false (g_settings_get_boolean (run->settings, "start-at-login-asked"));

  return dialog;
}

static void
stage_answer_start_at_login (Run *run)
{
  AdwMessageDialog *dialog = expect_start_at_login_question (run);

  click (GTK_WIDGET (dialog), "_Start at Login");

  g_assert_true (g_settings_get_boolean (run->settings, "start-at-login-asked"));
  g_assert_true (rp_autostart_is_enabled ());
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Asked once: activating again does not ask again. */
  g_application_activate (G_APPLICATION (run->app));
  rp_test_gui_iterate (100);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
stage_quit_and_forget_window (Run *run)
{
  stage_quit (run);
  g_assert_null (run->window);
}

static void
test_start_at_login_asked_once (void)
{
  static const Stage stages[] = {
    stage_answer_start_at_login, stage_quit_and_forget_window, NULL
  };
  Run run;

  set_up (&run, TRUE, TRUE, FALSE);
  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 2);
  tear_down (&run);
}

static void
stage_answer_not_now (Run *run)
{
  AdwMessageDialog *dialog = expect_start_at_login_question (run);

  click (GTK_WIDGET (dialog), "_Not Now");

  g_assert_true (g_settings_get_boolean (run->settings, "start-at-login-asked"));
  g_assert_false (rp_autostart_is_enabled ());
  stage_quit_and_forget_window (run);
}

static void
stage_escape_start_at_login (Run *run)
{
  AdwMessageDialog *dialog = expect_start_at_login_question (run);

  gtk_window_close (GTK_WINDOW (dialog));
  rp_test_gui_iterate (100);

  g_assert_true (g_settings_get_boolean (run->settings, "start-at-login-asked"));
  g_assert_false (rp_autostart_is_enabled ());
  stage_quit_and_forget_window (run);
}

static void
test_start_at_login_not_now (void)
{
  static const Stage not_now[] = { stage_answer_not_now, NULL };
  static const Stage escape[] = { stage_escape_start_at_login, NULL };
  Run run;

  set_up (&run, TRUE, TRUE, FALSE);
  g_assert_cmpint (run_app (&run, not_now, NULL), ==, 0);
  tear_down (&run);

  set_up (&run, TRUE, TRUE, FALSE);
  g_assert_cmpint (run_app (&run, escape, NULL), ==, 0);
  tear_down (&run);
}

static void
stage_answer_start_at_login_fails (Run *run)
{
  AdwMessageDialog *dialog = expect_start_at_login_question (run);

  click (GTK_WIDGET (dialog), "_Start at Login");

  g_assert_true (g_settings_get_boolean (run->settings, "start-at-login-asked"));
  g_assert_false (rp_autostart_is_enabled ());
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (run->window),
                                                       "Could not turn on Start at Login"));
  stage_quit_and_forget_window (run);
}

/* A failure is told, in a toast on the window. */
static void
test_start_at_login_error (void)
{
  static const Stage stages[] = { stage_answer_start_at_login_fails, NULL };
  g_autofree char *path = rp_autostart_get_path ();
  g_autofree char *blocker = g_build_filename (path, "blocker", NULL);
  Run run;

  set_up (&run, TRUE, TRUE, FALSE);
  /* A folder where the file should go: it cannot be replaced. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));

  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_cmpuint (run.n_stages_run, ==, 1);

  g_assert_cmpint (g_unlink (blocker), ==, 0);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  tear_down (&run);
}

static void
stage_not_asked (Run *run)
{
  track_main_window (run);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  stage_quit_and_forget_window (run);
}

/* Already on (from Preferences, or another tool): nothing to ask. */
static void
test_start_at_login_already_on (void)
{
  static const Stage stages[] = { stage_not_asked, NULL };
  g_autoptr(GError) error = NULL;
  Run run;

  set_up (&run, TRUE, TRUE, FALSE);
  g_assert_true (rp_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);

  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_true (g_settings_get_boolean (run.settings, "start-at-login-asked"));
  g_assert_true (rp_autostart_is_enabled ());
  tear_down (&run);
}

/* Over the recovery page, the question would be noise. */
static void
test_start_at_login_not_over_storage_error (void)
{
  static const Stage stages[] = { stage_not_asked, NULL };
  g_autofree char *path = rp_database_get_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *moved = g_strconcat (path, ".moved", NULL);
  gboolean had_database = g_file_test (path, G_FILE_TEST_EXISTS);
  Run run;

  set_up (&run, TRUE, TRUE, FALSE);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  if (had_database)
    g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_true (g_file_set_contents (path, "this is not a database, not at all........", -1,
                                      NULL));

  g_assert_cmpint (run_app (&run, stages, NULL), ==, 0);
  g_assert_false (g_settings_get_boolean (run.settings, "start-at-login-asked"));

  /* The damaged file was kept aside at start: put that away too. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    g_assert_nonnull (dir);
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *kept = g_build_filename (folder, name, NULL);

        if (g_str_has_prefix (name, "reprieve.db.corrupt-"))
          g_assert_cmpint (g_unlink (kept), ==, 0);
      }
  }
  if (had_database)
    g_assert_cmpint (g_rename (moved, path), ==, 0);
  tear_down (&run);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/gui/background/close-keeps-running", test_close_keeps_running);
  g_test_add_func ("/gui/background/close-hint-escape", test_close_hint_escape_keeps_running);
  g_test_add_func ("/gui/background/close-hint-quit", test_close_hint_quit);
  g_test_add_func ("/gui/background/close-quits-when-off", test_close_quits_when_off);
  g_test_add_func ("/gui/background/setting-changes-while-running",
                   test_setting_changes_while_running);
  g_test_add_func ("/gui/background/quit-really-quits", test_quit_really_quits);
  g_test_add_func ("/gui/background/quit-with-dialogs-open", test_quit_with_dialogs_open);
  g_test_add_func ("/gui/background/start-in-background", test_start_in_background);
  g_test_add_func ("/gui/start-at-login/asked-once", test_start_at_login_asked_once);
  g_test_add_func ("/gui/start-at-login/not-now", test_start_at_login_not_now);
  g_test_add_func ("/gui/start-at-login/error", test_start_at_login_error);
  g_test_add_func ("/gui/start-at-login/already-on", test_start_at_login_already_on);
  g_test_add_func ("/gui/start-at-login/not-over-storage-error",
                   test_start_at_login_not_over_storage_error);

  ret = g_test_run ();
  rp_test_gui_cleanup ();

  return ret;
}
