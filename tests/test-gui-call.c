/* test-gui-call.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Calling under a real (Xvfb) display and a throw-away XDG folder: the QR
 * code's matrix and pixels; with no tel:/sms:/mailto: handler, the call
 * sheet (number, Copy to the clipboard, the QR link, a logged call); a
 * contact without a number fails with a message; the Today page's and the
 * application's Call Sponsor; then, with a fake handler registered in
 * $XDG_DATA_HOME, the exact links it receives. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rp-application.h"
#include "rp-call-launcher.h"
#include "rp-call-sheet.h"
#include "rp-qr-code.h"
#include "rp-test-gui.h"
#include "rp-today-page.h"
#include "rp-window.h"

#define NUMBER      "+1 (555) 123-4567"
#define TEL_URI     "tel:+15551234567"
#define SMS_URI     "sms:+15551234567"
#define ADDRESS     "sam@example.org"
#define MAILTO_URI  "mailto:sam@example.org"

static RpApplication *app;
static char *dialed_path;

static RpStore *
get_store (void)
{
  return rp_application_get_store (app);
}

static guint
count_calls (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) from = g_date_time_add_hours (now, -1);
  g_autoptr(GDateTime) until = g_date_time_add_hours (now, 1);
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_assert_true (rp_store_count_calls (get_store (), from, until, &count, &error));
  g_assert_no_error (error);

  return count;
}

static RpContact *
add_contact (const char *name,
             const char *number,
             const char *email,
             gboolean    sponsor)
{
  g_autoptr(RpContact) contact = rp_contact_new ();
  g_autoptr(GError) error = NULL;

  rp_contact_set_display_name (contact, name);
  rp_contact_set_role (contact, sponsor ? RP_CONTACT_ROLE_SPONSOR : RP_CONTACT_ROLE_FRIEND);
  rp_contact_set_primary_sponsor (contact, sponsor);
  if (number != NULL)
    rp_contact_add_phone (contact, NULL, number);
  if (email != NULL)
    rp_contact_set_email (contact, email);

  g_assert_true (rp_store_add_contact (get_store (), contact, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_contact_get_id (contact), >, 0);

  return g_steal_pointer (&contact);
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the launcher to its end. */
static RpCallOutcome
contact (GtkWindow   *parent,
         RpContact   *who,
         RpCallKind   kind,
         GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  rp_call_launcher_contact_async (parent, get_store (), who, kind, 0, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return rp_call_launcher_contact_finish (result, error);
}

static RpCallSheet *
wait_for_sheet (void)
{
  for (guint i = 0; i < 100; i++)
    {
      GtkWindow *sheet = rp_test_gui_find_toplevel (RP_TYPE_CALL_SHEET);

      if (sheet != NULL)
        return RP_CALL_SHEET (sheet);
      rp_test_gui_iterate (20);
    }

  return NULL;
}

static void
close_sheet (RpCallSheet *sheet)
{
  g_object_add_weak_pointer (G_OBJECT (sheet), (gpointer *) &sheet);
  /* What Escape does. */
  gtk_widget_activate_action (GTK_WIDGET (sheet), "window.close", NULL);
  rp_test_gui_iterate (50);
  g_assert_null (sheet);
}

static void
test_qr_code (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *qr = rp_qr_code_new (TEL_URI);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  g_autofree char *long_text = NULL;
  GskRenderer *renderer;
  int minimum, natural, width, height, module, left, top;
  guint size;

  /* 16 bytes at level M need version 2: 25 modules across. */
  size = rp_qr_code_get_matrix_size (RP_QR_CODE (qr));
  g_assert_cmpuint (size, ==, 25);
  /* The finder pattern in the top-left corner: a dark ring, a light ring,
   * a dark centre. */
  g_assert_true (rp_qr_code_get_module (RP_QR_CODE (qr), 0, 0));
  g_assert_true (rp_qr_code_get_module (RP_QR_CODE (qr), 6, 6));
  g_assert_false (rp_qr_code_get_module (RP_QR_CODE (qr), 1, 1));
  g_assert_true (rp_qr_code_get_module (RP_QR_CODE (qr), 3, 3));
  g_assert_false (rp_qr_code_get_module (RP_QR_CODE (qr), 7, 7));

  /* Big enough for a phone camera, square, whole pixels per module. */
  gtk_widget_measure (qr, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >=, 200);
  g_assert_cmpint (minimum % (25 + 8), ==, 0);

  gtk_window_set_child (GTK_WINDOW (window), qr);
  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (200);

  width = gtk_widget_get_width (qr);
  height = gtk_widget_get_height (qr);
  g_assert_cmpint (width, ==, height);
  g_assert_cmpint (width, >=, 200);
  module = width / (25 + 8);

  /* Rendered: white quiet zone, black finder pattern, white even in the
   * middle of the light ring. */
  paintable = gtk_widget_paintable_new (qr);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

#define PIXEL(x, y) (pixels + ((gsize) (y) * width + (x)) * 4)
  left = (width - module * 33) / 2 + module / 2;
  top = (height - module * 33) / 2 + module / 2;
  /* Cairo's ARGB32 in memory: B G R A. */
  g_assert_cmpuint (PIXEL (left, top)[0], ==, 0xff);                              /* quiet */
  g_assert_cmpuint (PIXEL (left + 4 * module, top + 4 * module)[0], ==, 0x00);    /* ring */
  g_assert_cmpuint (PIXEL (left + 5 * module, top + 5 * module)[0], ==, 0xff);    /* light */
  g_assert_cmpuint (PIXEL (left + 7 * module, top + 7 * module)[0], ==, 0x00);    /* centre */
  g_assert_cmpuint (PIXEL (left + 7 * module, top + 7 * module)[3], ==, 0xff);
#undef PIXEL

  /* Too long for any QR code: nothing drawn, nothing logged. */
  long_text = g_strnfill (8000, '7');
  rp_qr_code_set_text (RP_QR_CODE (qr), long_text);
  g_assert_cmpuint (rp_qr_code_get_matrix_size (RP_QR_CODE (qr)), ==, 0);
  rp_test_gui_iterate (50);
  g_assert_cmpint (gtk_widget_get_width (qr), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static gboolean
have_handler (const char *scheme)
{
  g_autoptr(GAppInfo) info = g_app_info_get_default_for_uri_scheme (scheme);

  return info != NULL;
}

static void
test_no_handler (void)
{
  g_autoptr(RpContact) sam = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *copied = NULL;
  RpCallSheet *sheet;
  GtkWidget *copy;
  GtkWidget *label;
  guint calls;

  if (have_handler ("tel") || have_handler ("mailto"))
    {
      g_test_skip ("this system has its own tel: or mailto: handler");
      return;
    }

  sam = add_contact ("Sam K.", NUMBER, ADDRESS, FALSE);
  calls = count_calls ();

  g_assert_cmpint (contact (NULL, sam, RP_CALL_KIND_CALL, &error), ==, RP_CALL_OUTCOME_SHEET);
  g_assert_no_error (error);
  g_assert_cmpuint (count_calls (), ==, calls + 1);

  sheet = wait_for_sheet ();
  g_assert_nonnull (sheet);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sheet)), ==, "Sam K.");
  g_assert_cmpstr (rp_call_sheet_get_uri (sheet), ==, TEL_URI);
  g_assert_cmpstr (rp_call_sheet_get_shown (sheet), ==, NUMBER);
  label = rp_test_gui_find_label_containing (GTK_WIDGET (sheet), NUMBER);
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));
  label = rp_test_gui_find_label_containing (GTK_WIDGET (sheet), "No app on this computer");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (sheet), "Scan with your phone"));
  /* From the command line, with no window: it stands alone, and keeps
   * the application alive. */
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (sheet)));
  g_assert_true (gtk_window_get_application (GTK_WINDOW (sheet)) == GTK_APPLICATION (app));

  copy = rp_test_gui_find_button_by_label (GTK_WIDGET (sheet), "_Copy");
  g_assert_nonnull (copy);
  g_signal_emit_by_name (copy, "clicked");
  rp_test_gui_iterate (50);
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (sheet)), NULL,
                                 result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  copied = gdk_clipboard_read_text_finish (gtk_widget_get_clipboard (GTK_WIDGET (sheet)),
                                           result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copied, ==, NUMBER);

  close_sheet (sheet);

  /* Email: the address instead of the number. */
  g_assert_cmpint (contact (NULL, sam, RP_CALL_KIND_EMAIL, &error), ==, RP_CALL_OUTCOME_SHEET);
  g_assert_no_error (error);
  sheet = wait_for_sheet ();
  g_assert_nonnull (sheet);
  g_assert_cmpstr (rp_call_sheet_get_uri (sheet), ==, MAILTO_URI);
  g_assert_cmpstr (rp_call_sheet_get_shown (sheet), ==, ADDRESS);
  close_sheet (sheet);
  g_assert_cmpuint (count_calls (), ==, calls + 2);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_show_number (void)
{
  g_autoptr(RpContact) alex = add_contact ("Alex", NUMBER, NULL, FALSE);
  RpWindow *window = rp_window_new (app);
  RpCallSheet *sheet;
  GtkWidget *label;
  guint calls = count_calls ();

  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (100);

  rp_call_launcher_show_sheet (GTK_WINDOW (window), get_store (), alex, RP_CALL_KIND_TEXT, 0);
  sheet = wait_for_sheet ();
  g_assert_nonnull (sheet);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (sheet)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (sheet)));
  g_assert_cmpstr (rp_call_sheet_get_uri (sheet), ==, SMS_URI);
  /* Asked for: no explanation, just the number. */
  label = rp_test_gui_find_label_containing (GTK_WIDGET (sheet), "No app on this computer");
  g_assert_true (label == NULL || !gtk_widget_is_visible (label));
  g_assert_cmpuint (count_calls (), ==, calls + 1);

  /* Usable at 360 px: nothing wider than the window. */
  gtk_window_set_default_size (GTK_WINDOW (sheet), 360, 500);
  rp_test_gui_iterate (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (sheet)), <=, 360);
  close_sheet (sheet);

  /* No email address: a message in the window, no sheet. */
  rp_call_launcher_show_sheet (GTK_WINDOW (window), get_store (), alex, RP_CALL_KIND_EMAIL, 0);
  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_CALL_SHEET));
  g_assert_cmpuint (count_calls (), ==, calls + 1);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_null (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_failed (void)
{
  g_autoptr(RpContact) robin = add_contact ("Robin", NULL, ADDRESS, FALSE);
  g_autoptr(RpContact) kim = add_contact ("Kim", NUMBER, NULL, FALSE);
  g_autoptr(GError) error = NULL;
  guint calls = count_calls ();

  g_assert_cmpint (contact (NULL, robin, RP_CALL_KIND_CALL, &error), ==, RP_CALL_OUTCOME_FAILED);
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "No phone number"));
  g_clear_error (&error);

  g_assert_cmpint (contact (NULL, robin, RP_CALL_KIND_TEXT, &error), ==, RP_CALL_OUTCOME_FAILED);
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (contact (NULL, kim, RP_CALL_KIND_EMAIL, &error), ==, RP_CALL_OUTCOME_FAILED);
  g_assert_error (error, RP_CONTACT_ERROR, RP_CONTACT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "No email address"));

  rp_test_gui_iterate (50);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_CALL_SHEET));
  g_assert_cmpuint (count_calls (), ==, calls);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static GtkWidget *
find_visible_button_by_action (GtkWidget  *root,
                               const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) && gtk_widget_get_visible (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0 &&
      GTK_IS_BUTTON (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible_button_by_action (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The Today page's button shows once a sponsor is saved; it and the
 * header bar's go through app.call-sponsor, which shows the sheet over the
 * window when no app can place the call. */
static void
test_call_sponsor (void)
{
  g_autoptr(RpContact) sponsor = NULL;
  RpWindow *window = rp_window_new (app);
  RpCallSheet *sheet;
  GtkWidget *today;
  guint calls;

  gtk_window_present (GTK_WINDOW (window));
  rp_test_gui_iterate (100);
  rp_window_show_page (window, "today");
  today = rp_test_gui_find_descendant (GTK_WIDGET (window), RP_TYPE_TODAY_PAGE);
  g_assert_nonnull (today);
  g_assert_false (rp_store_get_has_sponsor (get_store ()));
  g_assert_null (find_visible_button_by_action (today, "app.call-sponsor"));

  sponsor = add_contact ("Pat", NUMBER, NULL, TRUE);
  rp_test_gui_iterate (50);
  g_assert_true (rp_store_get_has_sponsor (get_store ()));
  g_assert_nonnull (find_visible_button_by_action (today, "app.call-sponsor"));

  if (have_handler ("tel"))
    {
      g_test_skip ("this system has its own tel: handler");
    }
  else
    {
      calls = count_calls ();
      gtk_widget_activate (find_visible_button_by_action (today, "app.call-sponsor"));
      sheet = wait_for_sheet ();
      g_assert_nonnull (sheet);
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (sheet)) == GTK_WINDOW (window));
      g_assert_cmpstr (rp_call_sheet_get_uri (sheet), ==, TEL_URI);
      g_assert_cmpuint (count_calls (), ==, calls + 1);
      close_sheet (sheet);
    }

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  rp_test_gui_iterate (50);
  g_assert_null (window);
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* A fake dialer for tel:, sms: and mailto: in $XDG_DATA_HOME, the default
 * in $XDG_CONFIG_HOME/mimeapps.list: it writes each link it gets to
 * dialed.txt. */
static void
install_fake_handler (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = rp_test_gui_get_data_home ();
  g_autofree char *scratch = g_path_get_dirname (data_home);
  g_autofree char *script = g_build_filename (scratch, "fake-dialer.sh", NULL);
  g_autofree char *script_text = NULL;
  g_autofree char *desktop = g_build_filename (data_home, "applications",
                                               "fake-dialer.desktop", NULL);
  g_autofree char *desktop_text = NULL;
  g_autofree char *mimeapps = g_build_filename (g_get_user_config_dir (), "mimeapps.list", NULL);

  dialed_path = g_build_filename (scratch, "dialed.txt", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", dialed_path);
  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);

  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Fake Dialer\n"
                                  "Exec=%s %%u\nNoDisplay=true\n"
                                  "MimeType=x-scheme-handler/tel;x-scheme-handler/sms;"
                                  "x-scheme-handler/mailto;\n",
                                  script);
  g_file_set_contents (desktop, desktop_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (mimeapps,
                       "[Default Applications]\n"
                       "x-scheme-handler/tel=fake-dialer.desktop\n"
                       "x-scheme-handler/sms=fake-dialer.desktop\n"
                       "x-scheme-handler/mailto=fake-dialer.desktop\n",
                       -1, &error);
  g_assert_no_error (error);

  /* GIO notices new desktop files through its file monitors. */
  for (guint i = 0; i < 500 && !have_handler ("mailto"); i++)
    rp_test_gui_iterate (20);
  g_assert_true (have_handler ("tel"));
}

static char *
wait_for_dialed (guint n_lines)
{
  for (guint i = 0; i < 250; i++)
    {
      g_autofree char *text = NULL;

      if (g_file_get_contents (dialed_path, &text, NULL, NULL))
        {
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

          /* The last line is complete when the text ends in a newline. */
          if (g_strv_length (lines) > n_lines)
            return g_steal_pointer (&text);
        }
      rp_test_gui_iterate (20);
    }

  return NULL;
}

static void
test_handed (void)
{
  g_autoptr(RpContact) lee = add_contact ("Lee", NUMBER, ADDRESS, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dialed = NULL;
  guint calls;

  install_fake_handler ();
  calls = count_calls ();

  g_assert_cmpint (contact (NULL, lee, RP_CALL_KIND_CALL, &error), ==, RP_CALL_OUTCOME_HANDED);
  g_assert_no_error (error);
  dialed = wait_for_dialed (1);
  g_assert_cmpstr (dialed, ==, TEL_URI "\n");
  g_clear_pointer (&dialed, g_free);

  g_assert_cmpint (contact (NULL, lee, RP_CALL_KIND_TEXT, &error), ==, RP_CALL_OUTCOME_HANDED);
  g_assert_no_error (error);
  dialed = wait_for_dialed (2);
  g_assert_cmpstr (dialed, ==, TEL_URI "\n" SMS_URI "\n");
  g_clear_pointer (&dialed, g_free);

  g_assert_cmpint (contact (NULL, lee, RP_CALL_KIND_EMAIL, &error), ==, RP_CALL_OUTCOME_HANDED);
  g_assert_no_error (error);
  dialed = wait_for_dialed (3);
  g_assert_cmpstr (dialed, ==, TEL_URI "\n" SMS_URI "\n" MAILTO_URI "\n");

  /* Handed over: logged, and no sheet. */
  g_assert_cmpuint (count_calls (), ==, calls + 3);
  g_assert_null (rp_test_gui_find_toplevel (RP_TYPE_CALL_SHEET));
  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *applications = NULL;
  int ret;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  /* Before GIO first looks: it then watches folders that exist. */
  data_home = rp_test_gui_get_data_home ();
  applications = g_build_filename (data_home, "applications", NULL);
  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_config_dir (), 0700), ==, 0);

  app = rp_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rp_application_get_store (app));

  g_test_add_func ("/gui/call/qr-code", test_qr_code);
  g_test_add_func ("/gui/call/no-handler", test_no_handler);
  g_test_add_func ("/gui/call/show-number", test_show_number);
  g_test_add_func ("/gui/call/failed", test_failed);
  g_test_add_func ("/gui/call/call-sponsor", test_call_sponsor);
  /* Last: once registered, the fake handler stays. */
  g_test_add_func ("/gui/call/handed", test_handed);

  ret = g_test_run ();

  g_object_unref (app);
  g_free (dialed_path);
  rp_test_gui_cleanup ();

  return ret;
}
