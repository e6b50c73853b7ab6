/* test-gui-data-group.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "Your Data" group of Preferences under a real (Xvfb) display, in the
 * test's own XDG folders, without the file choosers (they only pick the
 * GFile given here): export writes a private file a backup import accepts
 * and counts its records; a restore previews the backup's date and counts,
 * Cancel changes nothing, Replace replaces the store's data after a
 * pre-restore backup (listed in "Automatic Backups"); a truncated or an
 * oversized file is refused with its message and nothing changes; an
 * automatic backup is restored from its row in the list, after a question. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "rp-backup-json.h"
#include "rp-backups.h"
#include "rp-data-group.h"
#include "rp-preferences-window.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-test-util.h"

static GSettings *settings;

typedef struct
{
  char                *dir;
  RpDatabase          *database;
  RpStore             *store;
  RpClock             *clock;
  RpPreferencesWindow *preferences;
  RpDataGroup         *group;
} Profile;

static void
profile_open (Profile    *p,
              const char *name)
{
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 9, 30, 0);
  g_autoptr(GError) error = NULL;

  p->dir = g_build_filename (data_home, name, NULL);
  path = g_build_filename (p->dir, "reprieve.db", NULL);
  g_assert_cmpint (g_mkdir_with_parents (p->dir, 0700), ==, 0);
  p->database = rp_database_open (path, &error);
  g_assert_no_error (error);
  p->store = rp_store_new (p->database);
  p->clock = rp_clock_new_fixed (now);

  p->preferences = rp_preferences_window_new (NULL, settings);
  rp_preferences_window_set_store (p->preferences, p->store, p->clock);
  gtk_window_present (GTK_WINDOW (p->preferences));
  rp_test_gui_iterate (100);

  p->group = RP_DATA_GROUP (rp_test_gui_find_descendant (GTK_WIDGET (p->preferences),
                                                         RP_TYPE_DATA_GROUP));
  g_assert_nonnull (p->group);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (p->group)));
}

static void
profile_close (Profile *p)
{
  RpPreferencesWindow *preferences = p->preferences;

  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));
  rp_test_gui_iterate (50);
  g_assert_null (preferences);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);

  g_assert_finalize_object (p->store);
  g_clear_object (&p->clock);
  g_assert_finalize_object (p->database);
  rp_test_remove_tree (p->dir);
  g_free (p->dir);
}

static guint
count_backups (Profile *p)
{
  g_autofree char *dir = rp_backups_dir_for_database (rp_database_get_path (p->database));
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return 0;

  backups = rp_backups_list_in (dir, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < backups->len; i++)
    g_assert_cmpint (((RpBackupInfo *) g_ptr_array_index (backups, i))->kind, ==,
                     RP_BACKUP_KIND_PRE_RESTORE);

  return backups->len;
}

static void
add_contact (RpStore       *store,
             const char    *name,
             RpContactRole  role,
             gboolean       primary_sponsor,
             const char    *number)
{
  g_autoptr(RpContact) contact = rp_test_contacts_add (store, name, role, primary_sponsor,
                                                       number, NULL);

  g_assert_nonnull (contact);
}

static gboolean
has_label (Profile    *p,
           const char *text)
{
  return rp_test_gui_find_label_containing (GTK_WIDGET (p->preferences), text) != NULL;
}

/* Two contacts in profile "a", exported to @path. */
static void
export_two_contacts (const char *path)
{
  Profile a = { 0 };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) data = NULL;
  g_autoptr(RpBackupJson) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  profile_open (&a, "a");
  add_contact (a.store, "Ann", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100");
  add_contact (a.store, "Bo", RP_CONTACT_ROLE_SPONSEE, FALSE, "555 0101");

  g_assert_true (rp_data_group_export_to (a.group, file));
  rp_test_gui_iterate (50);

  /* Private, and a backup import accepts it (as the CLI's --import). */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  data = g_bytes_new_take (contents, length);
  g_assert_true (rp_backup_json_sniff (data));
  backup = rp_backup_json_load (a.database, data, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);
  g_assert_cmpstr (rp_backup_json_get_exported (backup), ==, "2026-03-10T09:30:00Z");

  message = g_strdup_printf ("Exported %u records", rp_backup_json_get_total (backup));
  g_assert_true (has_label (&a, message));

  profile_close (&a);
}

/* As the user does: the button, which also closes the dialog. */
static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = rp_test_gui_find_button_by_label (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (100);
}

static AdwMessageDialog *
find_dialog (void)
{
  GtkWindow *dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
test_export_and_restore (void)
{
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *path = g_build_filename (data_home, "backup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *contacts;
  AdwMessageDialog *dialog;
  const char *body;
  Profile b = { 0 };

  export_two_contacts (path);

  profile_open (&b, "b");
  add_contact (b.store, "Cy", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0102");
  contacts = rp_store_get_contacts (b.store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  g_assert_nonnull (rp_test_gui_find_row (GTK_WIDGET (b.preferences), "No backups yet"));

  /* The preview: the backup's date in local time (TZ=UTC here) and what
   * it holds; Cancel changes nothing. */
  g_assert_true (rp_data_group_restore_from (b.group, file));
  rp_test_gui_iterate (50);
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace All Your Data?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "The backup of 10 March 2026, 09:30 holds:"));
  g_assert_nonnull (strstr (body, "2 contacts"));
  g_assert_null (strstr (body, "meeting"));
  g_assert_nonnull (strstr (body, "backed up first"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "replace"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  click (GTK_WIDGET (dialog), "_Cancel");
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  g_assert_cmpuint (count_backups (&b), ==, 0);

  /* Replace: backed up first, then the store's models show the backup. */
  g_assert_true (rp_data_group_restore_from (b.group, file));
  rp_test_gui_iterate (50);
  click (GTK_WIDGET (find_dialog ()), "_Replace");
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  contacts = rp_store_get_contacts (b.store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_cmpuint (count_backups (&b), ==, 1);
  g_assert_true (has_label (&b, "Restored the backup of 10 March 2026, 09:30"));
  g_assert_null (rp_test_gui_find_row (GTK_WIDGET (b.preferences), "No backups yet"));
  g_assert_nonnull (rp_test_gui_find_row (GTK_WIDGET (b.preferences), "Before a Restore"));

  profile_close (&b);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_refused (void)
{
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *path = g_build_filename (data_home, "whole.json", NULL);
  g_autofree char *cut_path = g_build_filename (data_home, "truncated.json", NULL);
  g_autofree char *big_path = g_build_filename (data_home, "big.json", NULL);
  g_autoptr(GFile) cut_file = g_file_new_for_path (cut_path);
  g_autoptr(GFile) big_file = g_file_new_for_path (big_path);
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpBackupJson) refused = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  Profile b = { 0 };
  int fd;

  export_two_contacts (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (cut_path, contents, (gssize) length / 2, &error));
  g_assert_no_error (error);

  profile_open (&b, "b");
  add_contact (b.store, "Cy", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0102");

  /* What the file is refused for, as the import says it. */
  cut = g_bytes_new (contents, length / 2);
  refused = rp_backup_json_load (b.database, cut, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);

  g_assert_false (rp_data_group_restore_from (b.group, cut_file));
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (has_label (&b, error->message));

  /* Larger than any backup: refused before it is read. */
  fd = g_open (big_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) RP_BACKUP_JSON_MAX_BYTES + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  g_assert_false (rp_data_group_restore_from (b.group, big_file));
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (has_label (&b, "too large to be a Reprieve backup"));

  /* Nothing changed, nothing backed up. */
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (b.store)), ==, 1);
  g_assert_cmpuint (count_backups (&b), ==, 0);

  profile_close (&b);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (cut_path), ==, 0);
  g_assert_cmpint (g_unlink (big_path), ==, 0);
}

static void
test_export_error (void)
{
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *path = g_build_filename (data_home, "no-such-folder", "x.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Profile a = { 0 };

  profile_open (&a, "a");
  g_assert_false (has_label (&a, "Exported"));
  g_assert_false (rp_data_group_export_to (a.group, file));
  rp_test_gui_iterate (50);
  g_assert_false (has_label (&a, "Exported"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The export's own message says why. */
  g_assert_true (has_label (&a, "The backup could not be written"));
  profile_close (&a);
}

/* An automatic backup restored from its row: asked first (Cancel changes
 * nothing), then the store's models show the backup's data, the data it
 * replaced is kept as "Before a Restore", and the toast says which backup. */
static void
test_restore_listed_backup (void)
{
  Profile a = { 0 };
  g_autoptr(GDateTime) taken = g_date_time_new_utc (2026, 3, 9, 20, 15, 0);
  g_autoptr(GError) error = NULL;
  GListModel *contacts;
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *focus;
  AdwMessageDialog *dialog;

  profile_open (&a, "a");
  add_contact (a.store, "Ann", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100");
  g_assert_true (rp_backups_write (a.database, RP_BACKUP_KIND_DAILY, taken, NULL, &error));
  g_assert_no_error (error);
  add_contact (a.store, "Bo", RP_CONTACT_ROLE_SPONSEE, FALSE, "555 0101");
  contacts = rp_store_get_contacts (a.store);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);

  /* The list is read when the store is set, as Preferences opens. */
  rp_data_group_set_store (a.group, a.store, a.clock);
  rp_test_gui_iterate (50);
  row = rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Daily");
  g_assert_nonnull (row);
  g_assert_nonnull (rp_test_gui_find_label_containing (row, "9 March 2026, 20:15"));
  button = rp_test_gui_find_button_by_label (row, "Restore…");
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (50);
  dialog = find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore This Backup?");
  /* What it holds, as for a file: the contact there was then. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "The backup of 9 March 2026, 20:15 holds:"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "• 1 contact\n"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "restore"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  click (GTK_WIDGET (dialog), "_Cancel");
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_null (rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Before a Restore"));

  row = rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Daily");
  button = rp_test_gui_find_button_by_label (row, "Restore…");
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (50);
  click (GTK_WIDGET (find_dialog ()), "_Restore");
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  g_assert_true (has_label (&a, "Restored the backup of 9 March 2026, 20:15"));
  /* The focused button went with the old list: the focus is on the list,
   * not back at the window's top. */
  focus = gtk_window_get_focus (GTK_WINDOW (a.preferences));
  row = rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Automatic Backups");
  g_assert_nonnull (focus);
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
  g_assert_nonnull (rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Before a Restore"));
  g_assert_nonnull (rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Daily"));

  profile_close (&a);
}

/* A listed backup that is damaged is refused before anything is asked,
 * with a message that stays, and nothing changes. */
static void
test_restore_listed_damaged (void)
{
  Profile a = { 0 };
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  profile_open (&a, "a");
  add_contact (a.store, "Ann", RP_CONTACT_ROLE_SPONSOR, TRUE, "555 0100");
  dir = rp_backups_dir_for_database (rp_database_get_path (a.database));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  path = g_build_filename (dir, "reprieve-daily-2026-03-09T201500Z.db", NULL);
  g_file_set_contents (path, "this is not a database, and never was one", -1, &error);
  g_assert_no_error (error);

  rp_data_group_set_store (a.group, a.store, a.clock);
  rp_test_gui_iterate (50);
  row = rp_test_gui_find_row (GTK_WIDGET (a.preferences), "Daily");
  g_assert_nonnull (row);
  g_signal_emit_by_name (rp_test_gui_find_button_by_label (row, "Restore…"), "clicked");
  rp_test_gui_iterate (50);

  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (has_label (&a, "is damaged and cannot be used"));
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (a.store)), ==, 1);

  profile_close (&a);
}

static void
test_narrow (void)
{
  Profile a = { 0 };
  int minimum = 0;

  profile_open (&a, "a");
  gtk_widget_measure (GTK_WIDGET (a.group), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  profile_close (&a);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Backup dates are shown in local time: make it UTC. */
  g_setenv ("TZ", "UTC", TRUE);

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  settings = g_settings_new (APPLICATION_ID);

  g_test_add_func ("/gui/data-group/export-and-restore", test_export_and_restore);
  g_test_add_func ("/gui/data-group/refused", test_refused);
  g_test_add_func ("/gui/data-group/export-error", test_export_error);
  g_test_add_func ("/gui/data-group/restore-listed-backup", test_restore_listed_backup);
  g_test_add_func ("/gui/data-group/restore-listed-damaged", test_restore_listed_damaged);
  g_test_add_func ("/gui/data-group/narrow", test_narrow);

  ret = g_test_run ();

  g_clear_object (&settings);
  rp_test_gui_cleanup ();

  return ret;
}
