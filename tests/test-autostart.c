/* test-autostart.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Start at login: the XDG autostart entry written, read and removed in a
 * throw-away $XDG_CONFIG_HOME (G_TEST_OPTION_ISOLATE_DIRS), its Exec line
 * quoted per the desktop-entry specification, and desktop-file-validate's
 * verdict on what is written. No display needed. */

#define G_LOG_DOMAIN "test-autostart"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "rp-autostart-private.h"
#include "rp-autostart.h"

/* Asserts that desktop-file-validate accepts @path without a word. */
static void
assert_validates (const char *path)
{
  g_autofree char *validator = g_find_program_in_path ("desktop-file-validate");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (validator == NULL)
    {
      g_test_skip ("desktop-file-validate is not installed (desktop-file-utils)");
      return;
    }

  g_spawn_sync (NULL, (char *[]) { validator, (char *) path, NULL }, NULL,
                G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (*out != '\0' || *err != '\0')
    g_test_message ("desktop-file-validate: %s%s", out, err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "");
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_path (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                "io.github.reprieve.Reprieve.desktop", NULL);

  g_assert_cmpstr (path, ==, expected);
  /* The isolated folder, never the real one. */
  g_assert_true (g_str_has_prefix (path, g_get_tmp_dir ()));
}

static void
test_enable (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exec = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_false (rp_autostart_is_enabled ());

  g_assert_true (rp_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rp_autostart_is_enabled ());

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  exec = g_key_file_get_string (key_file, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  /* This test program is not the installed reprieve: it is named by its
   * absolute path, as a developer's build would be. */
  g_assert_true (g_str_has_suffix (exec, " --background"));
  g_assert_nonnull (self_path);
  g_assert_true (g_str_has_prefix (exec, self_path));
  g_assert_cmpstr (g_key_file_get_value (key_file, "Desktop Entry", "Type", NULL), ==,
                   "Application");
  g_assert_cmpstr (g_key_file_get_value (key_file, "Desktop Entry", "Icon", NULL), ==,
                   APPLICATION_ID);
  g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry", "NoDisplay", NULL));
  g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry",
                                         "X-GNOME-Autostart-enabled", NULL));
  g_assert_true (g_key_file_get_boolean (key_file, "Desktop Entry",
                                         "X-GNOME-UsesNotifications", NULL));

  assert_validates (path);

  /* Turning it on again rewrites the same entry. */
  g_assert_true (rp_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rp_autostart_is_enabled ());
}

static void
test_disable (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (rp_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (rp_autostart_is_enabled ());

  /* Nothing to remove is not an error. */
  g_assert_true (rp_autostart_set_enabled (FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (rp_autostart_is_enabled ());
}

/* Another tool may turn the entry off without removing it. */
static void
test_disabled_by_other_tools (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autoptr(GError) error = NULL;
  static const char * const turned_off[] = {
    "[Desktop Entry]\nType=Application\nName=Reprieve\nExec=reprieve --background\n"
    "Hidden=true\n",
    "[Desktop Entry]\nType=Application\nName=Reprieve\nExec=reprieve --background\n"
    "X-GNOME-Autostart-enabled=false\n",
    "not a desktop entry at all\n",
    "[Something Else]\nExec=reprieve --background\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (turned_off); i++)
    {
      write_file (path, turned_off[i]);
      g_assert_false (rp_autostart_is_enabled ());
    }

  /* Set without either key, or with them saying "on", it is on. */
  write_file (path, "[Desktop Entry]\nType=Application\nName=Reprieve\n"
                    "Exec=reprieve --background\n");
  g_assert_true (rp_autostart_is_enabled ());
  write_file (path, "[Desktop Entry]\nType=Application\nName=Reprieve\n"
                    "Exec=reprieve --background\nHidden=false\n"
                    "X-GNOME-Autostart-enabled=true\n");
  g_assert_true (rp_autostart_is_enabled ());

  /* Turning it on from Reprieve replaces the turned-off entry. */
  write_file (path, turned_off[0]);
  g_assert_true (rp_autostart_set_enabled (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rp_autostart_is_enabled ());
}

static void
test_errors_say_what_failed (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autoptr(GError) error = NULL;

  /* A file where the autostart folder should be. */
  write_file (folder, "in the way\n");
  g_assert_false (rp_autostart_set_enabled (TRUE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
  g_assert_true (g_str_has_prefix (error->message, "Could not turn on Start at Login"));
  g_assert_nonnull (strstr (error->message, "autostart"));
  g_assert_false (rp_autostart_is_enabled ());
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (folder), ==, 0);

  /* A folder, not removable by unlink(), where the entry should be. */
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  write_file (inside, "");
  g_assert_false (rp_autostart_set_enabled (FALSE, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Could not turn off Start at Login"));
  g_clear_error (&error);

  g_assert_false (rp_autostart_set_enabled (TRUE, &error));
  g_assert_true (g_str_has_prefix (error->message, "Could not turn on Start at Login"));
  g_assert_false (rp_autostart_is_enabled ());
}

static void
test_exec_installed (void)
{
  g_autofree char *exec = rp_autostart_build_exec ("/usr/local/bin/reprieve",
                                                   "/usr/local/bin");

  g_assert_cmpstr (exec, ==, "reprieve --background");
  g_free (exec);

  /* Nothing to go on: the installed name. */
  exec = rp_autostart_build_exec (NULL, "/usr/bin");
  g_assert_cmpstr (exec, ==, "reprieve --background");
  g_free (exec);

  exec = rp_autostart_build_exec ("/home/me/src/reprieve/build/src/reprieve", "/usr/bin");
  g_assert_cmpstr (exec, ==, "/home/me/src/reprieve/build/src/reprieve --background");
}

/* A developer's build folder may hold any character: the Exec line must
 * still run exactly that program, and validate. */
static void
test_exec_quoting (void)
{
  static const struct {
    const char *executable;
    const char *exec;
  } cases[] = {
    { "/home/me/My Projects/reprieve",
      "\"/home/me/My Projects/reprieve\" --background" },
    { "/home/me/a$b`c\"d\\e/reprieve",
      "\"/home/me/a\\$b\\`c\\\"d\\\\e/reprieve\" --background" },
    { "/home/me/100%/reprieve",
      "/home/me/100%%/reprieve --background" },
    { "/home/me/it's (new) & <odd>; ~|*?#/reprieve",
      "\"/home/me/it's (new) & <odd>; ~|*?#/reprieve\" --background" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *exec = rp_autostart_build_exec (cases[i].executable, "/usr/bin");
      g_autofree char *unpercented = NULL;
      g_autofree char *desktop = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_auto(GStrv) argv = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) text = NULL;

      g_assert_cmpstr (exec, ==, cases[i].exec);

      /* GIO reads Exec with shell quoting, then expands %-codes. */
      text = g_string_new (exec);
      g_string_replace (text, "%%", "%", 0);
      unpercented = g_string_free (g_steal_pointer (&text), FALSE);
      g_shell_parse_argv (unpercented, NULL, &argv, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_strv_length (argv), ==, 2);
      g_assert_cmpstr (argv[0], ==, cases[i].executable);
      g_assert_cmpstr (argv[1], ==, "--background");

      /* Written as Reprieve writes it, through GKeyFile. */
      g_key_file_set_string (key_file, "Desktop Entry", "Type", "Application");
      g_key_file_set_string (key_file, "Desktop Entry", "Name", "Reprieve");
      g_key_file_set_string (key_file, "Desktop Entry", "Exec", exec);
      desktop = g_key_file_to_data (key_file, NULL, NULL);
      path = g_build_filename (g_get_user_config_dir (), "quoting.desktop", NULL);
      write_file (path, desktop);
      assert_validates (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The entry's mode is asked for as 0644; the umask could only narrow it. */
  umask (022);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/autostart/path", test_path);
  g_test_add_func ("/autostart/enable", test_enable);
  g_test_add_func ("/autostart/disable", test_disable);
  g_test_add_func ("/autostart/disabled-by-other-tools", test_disabled_by_other_tools);
  g_test_add_func ("/autostart/errors", test_errors_say_what_failed);
  g_test_add_func ("/autostart/exec/installed", test_exec_installed);
  g_test_add_func ("/autostart/exec/quoting", test_exec_quoting);

  return g_test_run ();
}
