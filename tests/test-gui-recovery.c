/* test-gui-recovery.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reprieve started on a damaged database: the file is kept aside, the
 * window shows the recovery page (where the file is, the backup's date),
 * Restore brings the backup's data into a working window, and Start Empty
 * asks first; a file that is only unreadable for now keeps the storage
 * error page, and Try Again opens it once it can. Each case starts its own application on its own damaged
 * file, in a subprocess with fresh XDG folders. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-application.h"
#include "rp-backups.h"
#include "rp-database.h"
#include "rp-meetings-page.h"
#include "rp-recovery-page.h"
#include "rp-test-contacts.h"
#include "rp-test-gui.h"
#include "rp-window.h"

/* Made-up data: one contact in the database and in its backup. */
static void
make_damaged_database (gboolean with_backup)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) garbage = g_string_new (NULL);
  RpDatabase *database;
  RpStore *store;

  database = rp_database_open (path, &error);
  g_assert_no_error (error);
  store = rp_store_new (database);
  g_object_unref (rp_test_contacts_add (store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE,
                                        "555 0101", NULL));
  if (with_backup)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) taken = g_date_time_new (utc, 2026, 11, 20, 9, 15, 0);

      rp_backups_write (database, RP_BACKUP_KIND_DAILY, taken, NULL, &error);
      g_assert_no_error (error);
    }
  g_object_unref (store);
  g_object_unref (database);

  while (garbage->len < 8192)
    g_string_append (garbage, "this is not a database\n");
  g_file_set_contents_full (path, garbage->str, garbage->len,
                            G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error);
  g_assert_no_error (error);
}

/* The one file named reprieve.db.corrupt-… beside the database. */
static char *
find_kept_path (void)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  char *found = NULL;
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      if (g_str_has_prefix (name, "reprieve.db.corrupt-") &&
          !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
        {
          g_assert_null (found);
          found = g_build_filename (dir, name, NULL);
        }
    }

  return found;
}

static RpApplication *
start_application (void)
{
  g_autoptr(GError) error = NULL;
  RpApplication *app = rp_application_new ();

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* Damaged: no store, and nothing written over the kept file. */
  g_assert_null (rp_application_get_store (app));

  g_application_activate (G_APPLICATION (app));
  rp_test_gui_iterate (100);

  return app;
}

static RpRecoveryPage *
shown_recovery_page (RpWindow *window)
{
  GtkStack *main_stack = GTK_STACK (rp_test_gui_find_descendant (GTK_WIDGET (window),
                                                                 GTK_TYPE_STACK));
  GtkWidget *page = rp_test_gui_find_descendant (GTK_WIDGET (window), RP_TYPE_RECOVERY_PAGE);
  int minimum = 0;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "recovery");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));

  /* Fits the narrowest window. */
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  return RP_RECOVERY_PAGE (page);
}

/* The window works with @store: the pages have it, the content is up. */
static void
assert_working_window (RpWindow *window,
                       RpStore  *store)
{
  GtkStack *main_stack = GTK_STACK (rp_test_gui_find_descendant (GTK_WIDGET (window),
                                                                 GTK_TYPE_STACK));
  GtkWidget *meetings = rp_test_gui_find_descendant (GTK_WIDGET (window), RP_TYPE_MEETINGS_PAGE);

  g_assert_nonnull (store);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "content");
  g_assert_true (rp_meetings_page_get_store (RP_MEETINGS_PAGE (meetings)) == store);
  rp_window_show_page (window, "support");
  rp_test_gui_iterate (50);
  g_assert_cmpstr (rp_window_get_visible_page (window), ==, "support");
}

static void
run_restore (void)
{
  g_autoptr(RpApplication) app = NULL;
  g_autofree char *kept = NULL;
  RpWindow *window;
  RpRecoveryPage *page;
  GtkWidget *date_label;
  GtkWidget *label;
  GtkWidget *button;
  RpStore *store;

  make_damaged_database (TRUE);
  app = start_application ();
  kept = find_kept_path ();
  g_assert_nonnull (kept);

  window = RP_WINDOW (rp_test_gui_find_toplevel (RP_TYPE_WINDOW));
  g_assert_nonnull (window);
  page = shown_recovery_page (window);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page), kept));
  label = rp_test_gui_find_label_containing (GTK_WIDGET (page), "nothing to restore");
  g_assert_true (label == NULL || !gtk_widget_get_visible (label));

  /* The backup's date in local time (UTC here). */
  date_label = rp_test_gui_find_label_containing (GTK_WIDGET (page), "20 November 2026, 09:15");
  g_assert_nonnull (date_label);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (date_label)),
                                   "Restore the Backup of "));
  button = gtk_widget_get_ancestor (date_label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));

  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (100);

  store = rp_application_get_store (app);
  assert_working_window (window, store);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (store)), ==, 1);
  /* The damaged file is still kept. */
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
run_start_empty (void)
{
  g_autoptr(RpApplication) app = NULL;
  g_autofree char *kept = NULL;
  RpWindow *window;
  RpRecoveryPage *page;
  GtkWidget *button;
  GtkWidget *label;
  GtkWindow *dialog;
  RpStore *store;

  make_damaged_database (FALSE);
  app = start_application ();
  kept = find_kept_path ();
  g_assert_nonnull (kept);

  window = RP_WINDOW (rp_test_gui_find_toplevel (RP_TYPE_WINDOW));
  g_assert_nonnull (window);
  page = shown_recovery_page (window);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (page), kept));
  label = rp_test_gui_find_label_containing (GTK_WIDGET (page), "nothing to restore");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  label = rp_test_gui_find_label_containing (GTK_WIDGET (page), "Restore the Backup");
  g_assert_true (label == NULL || !gtk_widget_is_visible (label));

  button = rp_test_gui_find_button_by_label (GTK_WIDGET (page), "_Start Empty…");
  g_assert_nonnull (button);

  /* Cancelled: nothing happens. */
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (50);
  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_null (rp_application_get_store (app));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  rp_test_gui_iterate (50);
  g_assert_null (rp_application_get_store (app));
  shown_recovery_page (window);

  /* Confirmed: an empty store. */
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (50);
  dialog = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start-empty");
  rp_test_gui_iterate (100);

  store = rp_application_get_store (app);
  assert_working_window (window, store);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (store)), ==, 0);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* The data file's schema version, written directly. */
static void
set_user_version (int version)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A file that cannot be opened but is not damaged (here: one marked as
 * from a newer Reprieve) keeps the storage error page and is never moved;
 * Try Again tells when it still fails, and opens it once the cause is gone. */
static void
run_retry (void)
{
  g_autofree char *path = rp_database_get_default_path ();
  g_autoptr(RpApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  RpDatabase *database;
  RpStore *store;
  RpWindow *window;
  GtkStack *main_stack;
  GtkWidget *button;

  database = rp_database_open (path, &error);
  g_assert_no_error (error);
  store = rp_store_new (database);
  g_object_unref (rp_test_contacts_add (store, "Ann A.", RP_CONTACT_ROLE_FRIEND, FALSE,
                                        "555 0101", NULL));
  g_object_unref (store);
  g_object_unref (database);
  set_user_version (rp_database_get_latest_version () + 1);

  app = start_application ();
  window = RP_WINDOW (rp_test_gui_find_toplevel (RP_TYPE_WINDOW));
  g_assert_nonnull (window);
  main_stack = GTK_STACK (rp_test_gui_find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "storage-error");
  g_assert_null (find_kept_path ());
  button = rp_test_gui_find_button_by_label (GTK_WIDGET (window), "_Try Again");
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (100);
  g_assert_null (rp_application_get_store (app));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "storage-error");
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (window),
                                                       "Still could not be opened"));

  set_user_version (rp_database_get_latest_version ());
  g_signal_emit_by_name (button, "clicked");
  rp_test_gui_iterate (100);
  store = rp_application_get_store (app);
  assert_working_window (window, store);
  g_assert_cmpuint (g_list_model_get_n_items (rp_store_get_contacts (store)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* Each case runs in a subprocess of its own: an application per process,
 * on its own files. */
typedef struct
{
  void (*run) (void);
} Case;

static const Case restore_case = { run_restore };
static const Case start_empty_case = { run_start_empty };
static const Case retry_case = { run_retry };

static void
test_in_subprocess (gconstpointer data)
{
  const Case *test_case = data;

  if (g_test_subprocess ())
    {
      test_case->run ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* The backup's date is shown in local time: make that UTC. */
  g_setenv ("TZ", "UTC", TRUE);

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_settings_set_boolean (settings, "background-hint-shown", TRUE);
    g_settings_set_boolean (settings, "start-at-login-asked", TRUE);
  }

  g_test_add_data_func ("/gui/recovery/restore", &restore_case, test_in_subprocess);
  g_test_add_data_func ("/gui/recovery/start-empty", &start_empty_case, test_in_subprocess);
  g_test_add_data_func ("/gui/recovery/retry", &retry_case, test_in_subprocess);

  ret = g_test_run ();
  rp_test_gui_cleanup ();

  return ret;
}
