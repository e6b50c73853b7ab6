/* test-gui-form-field.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The editors' shared question and error under a real (Xvfb) display:
 * "Discard Changes?" as every editor asks it, Keep Editing leaving the
 * editor alone, Discard handing it back, the question going with an
 * editor destroyed under it; a failed save's message staying until dismissed;
 * and RpEditorWindow, which asks it: not modified until the editor's state
 * changes, no question then, the question (with the class's body) over
 * changes, none once saved, and the shortcuts every editor shares —
 * without a GTK warning. */

#define G_LOG_DOMAIN "rp-test"

#include "config.h"

#include "rp-editor-window.h"
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

/* --- RpEditorWindow, through an editor of the test's own --------------- */

#define RP_TYPE_TEST_EDITOR (rp_test_editor_get_type ())
G_DECLARE_FINAL_TYPE (RpTestEditor, rp_test_editor, RP, TEST_EDITOR, RpEditorWindow)

struct _RpTestEditor
{
  RpEditorWindow  parent_instance;

  char           *state;
  guint           n_saves;
};

G_DEFINE_FINAL_TYPE (RpTestEditor, rp_test_editor, RP_TYPE_EDITOR_WINDOW)

static char *
rp_test_editor_dup_state (RpEditorWindow *window)
{
  return g_strdup (RP_TEST_EDITOR (window)->state);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpTestEditor *self = RP_TEST_EDITOR (widget);

  self->n_saves++;
  rp_editor_window_close_saved (RP_EDITOR_WINDOW (self));
}

static void
rp_test_editor_finalize (GObject *object)
{
  g_free (RP_TEST_EDITOR (object)->state);

  G_OBJECT_CLASS (rp_test_editor_parent_class)->finalize (object);
}

static void
rp_test_editor_class_init (RpTestEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rp_test_editor_finalize;
  RP_EDITOR_WINDOW_CLASS (klass)->dup_state = rp_test_editor_dup_state;

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "editor.save", NULL,
                                   save_action_cb);
}

static void
rp_test_editor_init (RpTestEditor *self)
{
}

static void
set_state (RpTestEditor *editor,
           const char   *state)
{
  g_free (editor->state);
  editor->state = g_strdup (state);
}

/* Loaded with "loaded", remembered, shown. */
static RpTestEditor *
open_test_editor (void)
{
  RpTestEditor *editor = g_object_new (RP_TYPE_TEST_EDITOR, NULL);

  set_state (editor, "loaded");
  rp_editor_window_remember_state (RP_EDITOR_WINDOW (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);
  g_object_remove_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  return editor;
}

static AdwMessageDialog *
close_and_find_question (RpTestEditor *editor)
{
  gtk_window_close (GTK_WINDOW (editor));
  rp_test_gui_iterate (50);

  return ADW_MESSAGE_DIALOG (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Typed in, then closed: the question, over @editor, with @body. */
static AdwMessageDialog *
type_and_close (RpTestEditor *editor,
                const char   *body)
{
  AdwMessageDialog *question;

  set_state (editor, "typed");
  question = close_and_find_question (editor);
  g_assert_nonnull (question);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (question)), ==, "discard-changes");
  g_assert_cmpstr (adw_message_dialog_get_body (question), ==, body);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == GTK_WINDOW (editor));

  return question;
}

static void
test_editor_unmodified_closes (void)
{
  RpTestEditor *editor = open_test_editor ();

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_false (rp_editor_window_get_modified (RP_EDITOR_WINDOW (editor)));

  /* Changed and changed back: what it opened with, so not modified. */
  set_state (editor, "typed");
  g_assert_true (rp_editor_window_get_modified (RP_EDITOR_WINDOW (editor)));
  set_state (editor, "loaded");
  g_assert_false (rp_editor_window_get_modified (RP_EDITOR_WINDOW (editor)));

  g_assert_null (close_and_find_question (editor));
  g_assert_null (editor);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_editor_modified_asks (void)
{
  RpTestEditor *editor = open_test_editor ();
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);

  /* Escape, Cancel and the window manager all ask first. */
  question = type_and_close (editor, "What you typed here has not been saved.");
  respond (question, "keep");
  g_assert_nonnull (editor);
  g_assert_true (rp_editor_window_get_modified (RP_EDITOR_WINDOW (editor)));

  question = close_and_find_question (editor);
  g_assert_nonnull (question);
  respond (question, "discard");
  g_assert_null (editor);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* A state taken again (after loading more, say) is the new reference. */
static void
test_editor_remember_again (void)
{
  RpTestEditor *editor = open_test_editor ();

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_state (editor, "loaded later");
  g_assert_true (rp_editor_window_get_modified (RP_EDITOR_WINDOW (editor)));
  rp_editor_window_remember_state (RP_EDITOR_WINDOW (editor));
  g_assert_false (rp_editor_window_get_modified (RP_EDITOR_WINDOW (editor)));

  g_assert_null (close_and_find_question (editor));
  g_assert_null (editor);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

static void
test_editor_class_body (void)
{
  RpEditorWindowClass *klass = g_type_class_ref (RP_TYPE_TEST_EDITOR);
  RpTestEditor *editor = open_test_editor ();
  AdwMessageDialog *question;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  klass->discard_body = "What you wrote here has not been saved.";

  question = type_and_close (editor, "What you wrote here has not been saved.");
  respond (question, "discard");
  g_assert_null (editor);

  klass->discard_body = NULL;
  g_type_class_unref (klass);

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* Saved: it closes over what differs, without a question. */
static void
test_editor_close_saved (void)
{
  RpTestEditor *editor = open_test_editor ();

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  set_state (editor, "typed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  rp_test_gui_iterate (50);
  g_assert_null (editor);
  g_assert_null (rp_test_gui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_cmpuint (rp_test_gui_get_n_warnings (), ==, 0);
}

/* The action the class's shortcut for @trigger names, or NULL. */
static char *
dup_shortcut_action (GtkWidget  *widget,
                     const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (text, trigger) && GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }

  return NULL;
}

static void
test_editor_shortcuts (void)
{
  RpTestEditor *editor = open_test_editor ();
  g_autofree char *control_return = NULL;
  g_autofree char *control_s = NULL;
  g_autofree char *escape = NULL;

  control_return = dup_shortcut_action (GTK_WIDGET (editor), "<Control>Return");
  control_s = dup_shortcut_action (GTK_WIDGET (editor), "<Control>s");
  escape = dup_shortcut_action (GTK_WIDGET (editor), "Escape");
  g_assert_cmpstr (control_return, ==, "editor.save");
  g_assert_cmpstr (control_s, ==, "editor.save");
  g_assert_cmpstr (escape, ==, "window.close");

  gtk_window_destroy (GTK_WINDOW (editor));
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
  g_test_add_func ("/editor-window/unmodified-closes", test_editor_unmodified_closes);
  g_test_add_func ("/editor-window/modified-asks", test_editor_modified_asks);
  g_test_add_func ("/editor-window/remember-again", test_editor_remember_again);
  g_test_add_func ("/editor-window/class-body", test_editor_class_body);
  g_test_add_func ("/editor-window/close-saved", test_editor_close_saved);
  g_test_add_func ("/editor-window/shortcuts", test_editor_shortcuts);

  status = g_test_run ();
  rp_test_gui_cleanup ();

  return status;
}
