/* test-gui-form-field.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The editors' shared question and error under a real (Xvfb) display:
 * "Discard Changes?" as every editor asks it, Keep Editing leaving the
 * editor alone, Discard handing it back, the question going with an
 * editor destroyed under it; and a failed save's message staying until dismissed —
 * without a GTK warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-form-field.h"
#include "rp-test-gui.h"
#include "rp-toast.h"

static guint n_discarded;
static GtkWindow *discarded;

static void
discard_cb (GtkWindow *editor)
{
  n_discarded++;
  discarded = editor;
  gtk_window_destroy (editor);
}

static GtkWindow *
open_editor (void)
{
  GtkWindow *editor = GTK_WINDOW (adw_window_new ());

  n_discarded = 0;
  discarded = NULL;
  gtk_window_present (editor);
  rp_test_gui_iterate (50);

  return editor;
}

static AdwMessageDialog *
ask (GtkWindow  *editor,
     const char *body)
{
  GtkWindow *question;

  rp_form_confirm_discard (editor, body, discard_cb);
  rp_test_gui_iterate (50);
  question = rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);

  return ADW_MESSAGE_DIALOG (question);
}

static void
respond (AdwMessageDialog *question,
         const char       *response)
{
  adw_message_dialog_response (question, response);
  gtk_window_destroy (GTK_WINDOW (question));
  rp_test_gui_iterate (50);
}

static void
test_discard_question (void)
{
  GtkWindow *editor = open_editor ();
  GtkWindow *opened = editor;
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  question = ask (editor, NULL);

  /* What every editor asked with, word for word: tests and translations
   * depend on it. */
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (question)), ==, "discard-changes");
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard Changes?");
  g_assert_cmpstr (adw_message_dialog_get_body (question), ==,
                   "What you typed here has not been saved.");
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "keep"), ==,
                   "_Keep Editing");
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "discard"), ==, "_Discard");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "keep");
  g_assert_cmpstr (adw_message_dialog_get_close_response (question), ==, "keep");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == editor);
  g_assert_true (gtk_window_get_destroy_with_parent (GTK_WINDOW (question)));

  /* Keep Editing: the editor stays, nothing discarded. */
  respond (question, "keep");
  g_assert_nonnull (editor);
  g_assert_cmpuint (n_discarded, ==, 0);

  /* Discard: the editor is handed back once, and goes. */
  question = ask (editor, NULL);
  respond (question, "discard");
  g_assert_cmpuint (n_discarded, ==, 1);
  g_assert_true (discarded == opened);
  g_assert_null (editor);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_discard_body (void)
{
  GtkWindow *editor = open_editor ();
  AdwMessageDialog *question = ask (editor, "What you wrote here has not been saved.");

  g_assert_cmpstr (adw_message_dialog_get_body (question), ==,
                   "What you wrote here has not been saved.");
  respond (question, "discard");
  g_assert_cmpuint (n_discarded, ==, 1);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* The editor destroyed (its parent closed, say) while it asks: the
 * question goes with it, and nothing is called. */
static void
test_discard_editor_gone (void)
{
  GtkWindow *editor = open_editor ();
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  question = ask (editor, NULL);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *) &question);

  gtk_window_destroy (editor);
  rp_test_gui_iterate (50);
  g_assert_null (editor);
  g_assert_null (question);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (n_discarded, ==, 0);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static AdwToastOverlay *
open_overlay (void)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();

  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (window, 360, 300);
  gtk_window_present (window);

  return ADW_TOAST_OVERLAY (overlay);
}

/* A failed save's message shows as written and stays while an ordinary
 * toast, shown beside it, times out. */
static void
test_error_stays (void)
{
  AdwToastOverlay *overlay = open_overlay ();
  AdwToastOverlay *plain = open_overlay ();
  GtkWidget *label;

  rp_form_show_error (overlay, "Could not save <Home & Away>");
  adw_toast_overlay_add_toast (plain, rp_toast_new ("Passing by"));
  rp_test_gui_iterate (100);

  label = rp_test_gui_find_label_containing (GTK_WIDGET (overlay), "Could not save <Home & Away>");
  g_assert_nonnull (label);
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (plain), "Passing by"));

  /* libadwaita's default timeout is 5 s. */
  rp_test_gui_iterate (6000);
  g_assert_null (rp_test_gui_find_label_containing (GTK_WIDGET (plain), "Passing by"));
  g_assert_nonnull (rp_test_gui_find_label_containing (GTK_WIDGET (overlay),
                                                       "Could not save <Home & Away>"));

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (overlay))));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (plain))));
  rp_test_gui_iterate (50);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!rp_test_gui_init (&argc, &argv))
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/form-field/discard/question", test_discard_question);
  g_test_add_func ("/form-field/discard/body", test_discard_body);
  g_test_add_func ("/form-field/discard/editor-gone", test_discard_editor_gone);
  g_test_add_func ("/form-field/error-stays", test_error_stays);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
