/* rp-autostart.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Start at login, as an XDG autostart entry that runs `reprieve --background`
 * (the Autostart specification: $XDG_CONFIG_HOME/autostart/). There is no
 * setting behind it: the user may remove or disable the file with another
 * tool, so the file is the only truth and is read each time it is asked for.
 */

#define G_LOG_DOMAIN "rp-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rp-autostart-private.h"
#include "rp-autostart.h"

#define AUTOSTART_FILE_NAME APPLICATION_ID ".desktop"

/**
 * rp_autostart_get_path:
 *
 * Returns: (transfer full): where the autostart entry is, whether it exists
 *   or not
 */
char *
rp_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", AUTOSTART_FILE_NAME, NULL);
}

/**
 * rp_autostart_is_enabled:
 *
 * Returns: whether the session starts Reprieve at login: the entry exists,
 *   is readable, and is not turned off by `Hidden=true` or
 *   `X-GNOME-Autostart-enabled=false`
 */
gboolean
rp_autostart_is_enabled (void)
{
  g_autofree char *path = rp_autostart_get_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  gboolean enabled;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL) ||
      !g_key_file_has_group (key_file, G_KEY_FILE_DESKTOP_GROUP))
    return FALSE;

  /* A missing or unreadable key counts as not set, as session managers do. */
  if (g_key_file_get_boolean (key_file, G_KEY_FILE_DESKTOP_GROUP,
                              G_KEY_FILE_DESKTOP_KEY_HIDDEN, NULL))
    return FALSE;

  enabled = g_key_file_get_boolean (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                    "X-GNOME-Autostart-enabled", &error);
  if (error == NULL && !enabled)
    return FALSE;

  return TRUE;
}

/* The desktop-entry specification's quoting: an argument holding a reserved
 * character goes in double quotes, inside which " ` $ and \ take a
 * backslash; "%" starts a field code anywhere, so a literal one is doubled.
 * GKeyFile then escapes the backslashes once more, as the spec expects. */
static char *
quote_exec_argument (const char *argument)
{
  static const char reserved[] = " \t\n\"'\\><~|&;$*?#()`";
  gboolean quote = strpbrk (argument, reserved) != NULL;
  GString *quoted = g_string_new (NULL);

  if (quote)
    g_string_append_c (quoted, '"');

  for (const char *p = argument; *p != '\0'; p++)
    {
      if (*p == '%')
        g_string_append_c (quoted, '%');
      else if (quote && strchr ("\"`$\\", *p) != NULL)
        g_string_append_c (quoted, '\\');
      g_string_append_c (quoted, *p);
    }

  if (quote)
    g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

/* Plain "reprieve" for the installed program, found in PATH as the desktop
 * file's own Exec is; a developer's build is run by its absolute path, so
 * that it is the one started at login. */
char *
rp_autostart_build_exec (const char *executable,
                         const char *bindir)
{
  g_autofree char *installed = g_build_filename (bindir, "reprieve", NULL);
  g_autofree char *quoted = NULL;

  if (executable == NULL ||
      g_str_equal (executable, installed) ||
      !g_utf8_validate (executable, -1, NULL))
    return g_strdup ("reprieve --background");

  quoted = quote_exec_argument (executable);

  return g_strconcat (quoted, " --background", NULL);
}

static gboolean
write_entry (const char  *path,
             GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *executable = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *exec = rp_autostart_build_exec (executable, BINDIR);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  gsize length = 0;
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  /* Session managers show these when they list what starts at login. */
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Reprieve"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Deliver meeting reminders in the background"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_ICON, APPLICATION_ID);
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_EXEC, exec);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-UsesNotifications", TRUE);
  data = g_key_file_to_data (key_file, &length, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (folder);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: %s is a folder, then the system's reason */
                   _("Could not turn on Start at Login: the folder “%s” could not be "
                     "created (%s)"),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0644, error))
    {
      /* GLib's message names the file and the reason. */
      g_prefix_error (error, _("Could not turn on Start at Login: "));
      return FALSE;
    }

  return TRUE;
}

/**
 * rp_autostart_set_enabled:
 * @enabled: whether Reprieve should start in the background at login
 *
 * Writes the autostart entry, replacing any other one of Reprieve's
 * (atomically), or removes it; removing a missing entry succeeds.
 *
 * Returns: %TRUE on success; otherwise @error says what to fix
 */
gboolean
rp_autostart_set_enabled (gboolean   enabled,
                          GError   **error)
{
  g_autofree char *path = rp_autostart_get_path ();

  if (enabled)
    return write_entry (path, error);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *display_name = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: %s is a file, then the system's reason */
                   _("Could not turn off Start at Login: the file “%s” could not be "
                     "removed (%s)"),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
