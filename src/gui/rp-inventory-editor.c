/* rp-inventory-editor.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpInventoryEditor: the modal window that writes one day's inventory —
 * today's by default, any past day's too, never a future day's. Mood as
 * five buttons, craving on a 0–10 scale, triggers as chips typed in (with
 * the user's earlier tags offered below), a short gratitude list and free
 * notes. Fields are checked as the user types with
 * rp_inventory_entry_validate(); Save stays insensitive until the entry
 * can be saved; closing over changes asks first. Deleting the entry shows
 * an Undo toast where the editor was opened from. Saving goes through
 * RpStore. */

#define G_LOG_DOMAIN "rp-inventory-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-field-problem.h"
#include "rp-form-field.h"
#include "rp-inventory-editor.h"
#include "rp-inventory-summary.h"
#include "rp-mood-buttons.h"
#include "rp-toast.h"

#define N_SUGGESTIONS 8

struct _RpInventoryEditor
{
  RpEditorWindow    parent_instance;

  RpStore          *store;
  RpInventoryEntry *saved;      /* the day's entry as stored, or NULL */
  GDate             day;
  GPtrArray        *triggers;   /* char*, in the order added */
  GtkWidget        *opener;     /* weak */

  AdwWindowTitle   *window_title;
  AdwToastOverlay  *toast_overlay;
  RpMoodButtons    *mood_buttons;
  GtkScale         *craving_scale;
  GtkLabel         *craving_value;
  GtkFlowBox       *trigger_chips;
  GtkEntry         *trigger_entry;
  GtkLabel         *trigger_problem;
  GtkWidget        *suggestion_box;
  GtkFlowBox       *suggestions;
  GtkListBox       *gratitude_list;
  AdwEntryRow      *gratitude_add;
  GtkLabel         *gratitude_problem;
  GtkTextView      *notes_view;
  GtkLabel         *notes_problem;
  GtkWidget        *delete_group;

  int               craving;    /* -1 until the scale is moved */
  guint             loading : 1;
};

G_DEFINE_FINAL_TYPE (RpInventoryEditor, rp_inventory_editor, RP_TYPE_EDITOR_WINDOW)

G_DEFINE_QUARK (rp-inventory-editor-error-quark, rp_inventory_editor_error)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate (RpInventoryEditor *self);
static void update_suggestions (RpInventoryEditor *self);

/* --- reading the form ---------------------------------------------------- */

static GStrv
dup_gratitude (RpInventoryEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkWidget *child;

  /* The line still in the Add row counts: nobody should lose it for not
   * pressing Enter. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->gratitude_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ENTRY_ROW (child))
      g_strv_builder_add (builder, gtk_editable_get_text (GTK_EDITABLE (child)));

  return g_strv_builder_end (builder);
}

static RpInventoryEntry *
build_entry (RpInventoryEditor *self)
{
  RpInventoryEntry *entry = rp_inventory_entry_new (&self->day);
  g_auto(GStrv) gratitude = dup_gratitude (self);
  g_autofree char *notes = rp_form_field_dup_view_text (self->notes_view);
  g_autoptr(GPtrArray) triggers = g_ptr_array_new ();
  const char *pending = gtk_editable_get_text (GTK_EDITABLE (self->trigger_entry));

  /* Borrowed strings: self->triggers owns them. */
  for (guint i = 0; i < self->triggers->len; i++)
    g_ptr_array_add (triggers, g_ptr_array_index (self->triggers, i));
  if (pending[0] != '\0')
    g_ptr_array_add (triggers, (gpointer) pending);
  g_ptr_array_add (triggers, NULL);

  rp_inventory_entry_set_mood (entry, rp_mood_buttons_get_mood (self->mood_buttons));
  rp_inventory_entry_set_craving (entry, self->craving);
  rp_inventory_entry_set_triggers (entry, (const char * const *) triggers->pdata);
  rp_inventory_entry_set_gratitude (entry, (const char * const *) gratitude);
  rp_inventory_entry_set_notes (entry, notes);

  return entry;
}

/* The entry the form would save, printed: equal entries print the same,
 * and the strings are quoted, so different ones never do. The day cannot
 * change. */
static char *
rp_inventory_editor_dup_state (RpEditorWindow *window)
{
  RpInventoryEditor *self = RP_INVENTORY_EDITOR (window);
  g_autoptr(RpInventoryEntry) entry = build_entry (self);
  g_autoptr(GVariant) state = NULL;

  state = g_variant_ref_sink (g_variant_new ("(ii^as^asms)",
                                             rp_inventory_entry_get_mood (entry),
                                             rp_inventory_entry_get_craving (entry),
                                             rp_inventory_entry_get_triggers (entry),
                                             rp_inventory_entry_get_gratitude (entry),
                                             rp_inventory_entry_get_notes (entry)));

  return g_variant_print (state, FALSE);
}

/* --- checking ------------------------------------------------------------ */

static void
validate (RpInventoryEditor *self)
{
  g_autoptr(RpInventoryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  RpInventoryField field = RP_INVENTORY_FIELD_NONE;
  gboolean ok;

  if (self->loading)
    return;

  entry = build_entry (self);
  ok = rp_inventory_entry_validate (entry, &field, &error);

  rp_field_problem_show (GTK_WIDGET (self->trigger_entry), GTK_WIDGET (self->trigger_problem),
                         field == RP_INVENTORY_FIELD_TRIGGERS ? error->message : NULL, FALSE);
  rp_field_problem_show (GTK_WIDGET (self->gratitude_list), GTK_WIDGET (self->gratitude_problem),
                         field == RP_INVENTORY_FIELD_GRATITUDE ? error->message : NULL, FALSE);
  rp_field_problem_show (GTK_WIDGET (self->notes_view), GTK_WIDGET (self->notes_problem),
                         field == RP_INVENTORY_FIELD_NOTES ? error->message : NULL, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok);
}

static void
field_changed_cb (RpInventoryEditor *self)
{
  validate (self);
}

/* --- craving --------------------------------------------------------------- */

static void
show_craving (RpInventoryEditor *self)
{
  g_autofree char *text = NULL;

  if (self->craving < 0)
    text = g_strdup (_("Not set"));
  else
    text = g_strdup_printf (_("%d of 10"), self->craving);

  gtk_label_set_text (self->craving_value, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->craving_scale),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.clear-craving", self->craving >= 0);
}

static void
craving_changed_cb (RpInventoryEditor *self)
{
  if (self->loading)
    return;

  self->craving = (int) gtk_range_get_value (GTK_RANGE (self->craving_scale));
  show_craving (self);
  validate (self);
}

/* A click on the scale where it already stands (0, before any craving
 * is set) changes no value but still means "this much". */
static gboolean
craving_change_value_cb (RpInventoryEditor *self,
                         GtkScrollType      scroll,
                         double             value)
{
  if (!self->loading && self->craving < 0)
    {
      self->craving = (int) CLAMP (value + 0.5, 0, 10);
      show_craving (self);
      validate (self);
    }

  return FALSE;
}

static void
set_craving (RpInventoryEditor *self,
             int                craving)
{
  gboolean loading = self->loading;

  self->loading = TRUE;
  gtk_range_set_value (GTK_RANGE (self->craving_scale), MAX (craving, 0));
  self->loading = loading;
  self->craving = craving;
  show_craving (self);
  validate (self);
}

static void
clear_craving_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  set_craving (RP_INVENTORY_EDITOR (widget), RP_INVENTORY_CRAVING_UNSET);
}

/* --- triggers ------------------------------------------------------------ */

static void rebuild_chips (RpInventoryEditor *self);

static void
chip_clicked_cb (GtkButton         *chip,
                 RpInventoryEditor *self)
{
  const char *tag = g_object_get_data (G_OBJECT (chip), "rp-tag");

  for (guint i = 0; i < self->triggers->len; i++)
    if (g_str_equal (g_ptr_array_index (self->triggers, i), tag))
      {
        g_ptr_array_remove_index (self->triggers, i);
        break;
      }

  rebuild_chips (self);
  update_suggestions (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->trigger_entry));
}

static void
rebuild_chips (RpInventoryEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trigger_chips))) != NULL)
    gtk_flow_box_remove (self->trigger_chips, child);

  for (guint i = 0; i < self->triggers->len; i++)
    {
      const char *tag = g_ptr_array_index (self->triggers, i);
      g_autofree char *remove = g_strdup_printf (_("Remove “%s”"), tag);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *chip = gtk_button_new ();

      gtk_box_append (GTK_BOX (box), gtk_label_new (tag));
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
      gtk_button_set_child (GTK_BUTTON (chip), box);
      gtk_widget_add_css_class (chip, "pill");
      gtk_widget_add_css_class (chip, "small");
      gtk_widget_set_tooltip_text (chip, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
      g_object_set_data_full (G_OBJECT (chip), "rp-tag", g_strdup (tag), g_free);
      g_signal_connect (chip, "clicked", G_CALLBACK (chip_clicked_cb), self);
      gtk_flow_box_append (self->trigger_chips, chip);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->trigger_chips), self->triggers->len > 0);
}

static gboolean
has_trigger (RpInventoryEditor *self,
             const char        *tag)
{
  g_autoptr(RpInventoryEntry) probe = rp_inventory_entry_new (&self->day);

  g_ptr_array_add (self->triggers, NULL);
  rp_inventory_entry_set_triggers (probe, (const char * const *) self->triggers->pdata);
  g_ptr_array_set_size (self->triggers, self->triggers->len - 1);

  return rp_inventory_entry_has_trigger (probe, tag);
}

static void
add_trigger (RpInventoryEditor *self,
             const char        *typed)
{
  g_autofree char *tag = g_strstrip (g_strdup (typed));

  if (tag[0] == '\0' || has_trigger (self, tag))
    return;

  g_ptr_array_add (self->triggers, g_steal_pointer (&tag));
  rebuild_chips (self);
}

static void
trigger_activate_cb (RpInventoryEditor *self)
{
  g_autofree char *typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->trigger_entry)));

  add_trigger (self, typed);
  gtk_editable_set_text (GTK_EDITABLE (self->trigger_entry), "");
  validate (self);
}

static void
suggestion_clicked_cb (GtkButton         *button,
                       RpInventoryEditor *self)
{
  add_trigger (self, g_object_get_data (G_OBJECT (button), "rp-tag"));
  gtk_editable_set_text (GTK_EDITABLE (self->trigger_entry), "");
  update_suggestions (self);
  validate (self);
}

static void
update_suggestions (RpInventoryEditor *self)
{
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;
  const char *prefix = gtk_editable_get_text (GTK_EDITABLE (self->trigger_entry));
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions))) != NULL)
    gtk_flow_box_remove (self->suggestions, child);

  tags = rp_store_list_trigger_tags (self->store, prefix,
                                     N_SUGGESTIONS + self->triggers->len, &error);
  if (tags == NULL)
    g_warning ("Could not read earlier triggers: %s", error->message);

  for (guint i = 0; tags != NULL && i < tags->len && shown < N_SUGGESTIONS; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);
      g_autofree char *add = NULL;
      GtkWidget *button;

      if (has_trigger (self, tag))
        continue;

      add = g_strdup_printf (_("Add “%s”"), tag);
      button = gtk_button_new_with_label (tag);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, add);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, add, -1);
      g_object_set_data_full (G_OBJECT (button), "rp-tag", g_strdup (tag), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self);
      gtk_flow_box_append (self->suggestions, button);
      shown++;
    }

  gtk_widget_set_visible (self->suggestion_box, shown > 0);
}

static void
trigger_text_changed_cb (RpInventoryEditor *self)
{
  if (self->loading)
    return;

  update_suggestions (self);
  validate (self);
}

/* --- gratitude ------------------------------------------------------------- */

static void
remove_line_cb (GtkButton         *button,
                RpInventoryEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ENTRY_ROW);

  gtk_list_box_remove (self->gratitude_list, row);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->gratitude_add));
}

static void
add_line (RpInventoryEditor *self,
          const char        *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  int position = 0;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->gratitude_list));
       child != NULL && child != GTK_WIDGET (self->gratitude_add);
       child = gtk_widget_get_next_sibling (child))
    position++;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Grateful for"));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  rp_form_field_set_max_length (ADW_ENTRY_ROW (row), RP_INVENTORY_MAX_GRATITUDE_LENGTH);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Line"), -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_line_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_signal_connect_object (row, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_insert (self->gratitude_list, row, position);
}

static void
gratitude_add_cb (RpInventoryEditor *self)
{
  g_autofree char *text = rp_form_field_dup_stripped (self->gratitude_add);

  if (text[0] == '\0')
    return;

  self->loading = TRUE;
  add_line (self, text);
  gtk_editable_set_text (GTK_EDITABLE (self->gratitude_add), "");
  self->loading = FALSE;
  validate (self);
}

/* --- saving, deleting and closing ----------------------------------------- */

/**
 * rp_inventory_editor_get_modified:
 *
 * Returns: whether the form differs from what it opened with
 */
gboolean
rp_inventory_editor_get_modified (RpInventoryEditor *self)
{
  g_return_val_if_fail (RP_IS_INVENTORY_EDITOR (self), FALSE);

  return rp_editor_window_get_modified (RP_EDITOR_WINDOW (self));
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpInventoryEditor *self = RP_INVENTORY_EDITOR (widget);
  g_autoptr(RpInventoryEntry) entry = build_entry (self);
  g_autoptr(GError) error = NULL;

  if (!rp_store_save_inventory (self->store, entry, &error))
    {
      if (g_error_matches (error, RP_INVENTORY_ERROR, RP_INVENTORY_ERROR_INVALID))
        validate (self);
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, entry);
  rp_editor_window_close_saved (RP_EDITOR_WINDOW (self));
}

typedef struct
{
  RpStore          *store;
  RpInventoryEntry *entry;
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->entry);
  g_free (undo);
}

static void
undo_delete_cb (AdwToast *toast,
                Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!rp_store_save_inventory (undo->store, undo->entry, &error))
    g_warning ("Could not give an inventory entry back: %s", error->message);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpInventoryEditor *self = RP_INVENTORY_EDITOR (widget);
  g_autoptr(RpInventoryEntry) deleted = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay = NULL;

  if (!rp_store_delete_inventory (self->store, &self->day, &deleted, &error))
    {
      rp_form_show_error (self->toast_overlay, error->message);
      return;
    }

  if (self->opener != NULL)
    overlay = gtk_widget_get_ancestor (self->opener, ADW_TYPE_TOAST_OVERLAY);
  if (deleted != NULL && overlay != NULL)
    {
      AdwToast *toast = rp_toast_new (_("Inventory entry deleted"));
      Undo *undo = g_new0 (Undo, 1);

      undo->store = g_object_ref (self->store);
      undo->entry = g_steal_pointer (&deleted);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                             undo, undo_free, 0);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }

  rp_editor_window_close_saved (RP_EDITOR_WINDOW (self));
}

/* --- loading ---------------------------------------------------------------- */

static void
load_entry (RpInventoryEditor *self,
            RpInventoryEntry  *entry)
{
  const char * const *triggers = rp_inventory_entry_get_triggers (entry);
  const char * const *gratitude = rp_inventory_entry_get_gratitude (entry);
  const char *notes = rp_inventory_entry_get_notes (entry);

  rp_mood_buttons_set_mood (self->mood_buttons, rp_inventory_entry_get_mood (entry));
  set_craving (self, rp_inventory_entry_get_craving (entry));
  for (guint i = 0; triggers[i] != NULL; i++)
    g_ptr_array_add (self->triggers, g_strdup (triggers[i]));
  rebuild_chips (self);
  for (guint i = 0; gratitude[i] != NULL; i++)
    add_line (self, gratitude[i]);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);
}

/**
 * rp_inventory_editor_new:
 * @store: where the entry is read and saved
 * @today: the local day today
 * @day: (nullable): the day to write about; %NULL for today
 * @error: %RP_INVENTORY_EDITOR_ERROR_FUTURE for a day after @today, or
 *   the store's error when the day's entry cannot be read
 *
 * Returns: (transfer none) (nullable): a new editor, not shown yet; like
 *   every window, GTK owns it until it is destroyed
 */
RpInventoryEditor *
rp_inventory_editor_new (RpStore      *store,
                         const GDate  *today,
                         const GDate  *day,
                         GError      **error)
{
  g_autoptr(RpInventoryEntry) saved = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *title = NULL;
  RpInventoryEditor *self;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (day == NULL || g_date_valid (day), NULL);

  if (day == NULL)
    day = today;
  if (g_date_compare (day, today) > 0)
    {
      g_set_error_literal (error, RP_INVENTORY_EDITOR_ERROR, RP_INVENTORY_EDITOR_ERROR_FUTURE,
                           _("An inventory can only be written for today or a past day."));
      return NULL;
    }

  saved = rp_store_load_inventory (store, day, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  self = g_object_new (RP_TYPE_INVENTORY_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->day = *day;
  self->saved = g_steal_pointer (&saved);

  /* Translators: the editor's title; %s is a date */
  date_text = rp_inventory_format_day (day, _("%x"));
  title = g_strdup_printf (_("Inventory for %s"), date_text);
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  self->loading = TRUE;
  if (self->saved != NULL)
    load_entry (self, self->saved);
  gtk_widget_set_visible (self->delete_group, self->saved != NULL);
  show_craving (self);
  update_suggestions (self);
  self->loading = FALSE;

  rp_editor_window_remember_state (RP_EDITOR_WINDOW (self));
  validate (self);

  return self;
}

/**
 * rp_inventory_editor_set_mood:
 * @mood: 1–5: the mood chosen before the editor opened (the Today card)
 */
void
rp_inventory_editor_set_mood (RpInventoryEditor *self,
                              int                mood)
{
  g_return_if_fail (RP_IS_INVENTORY_EDITOR (self));
  g_return_if_fail (mood >= 0 && mood <= 5);

  rp_mood_buttons_set_mood (self->mood_buttons, mood);
}

/**
 * rp_inventory_editor_present:
 * @opener: (nullable): the widget the editor was opened from: its window
 *   is the editor's parent, and an Undo toast shows there
 */
void
rp_inventory_editor_present (RpInventoryEditor *self,
                             GtkWidget         *opener)
{
  GtkRoot *root;

  g_return_if_fail (RP_IS_INVENTORY_EDITOR (self));
  g_return_if_fail (opener == NULL || GTK_IS_WIDGET (opener));

  g_set_weak_pointer (&self->opener, opener);
  root = opener != NULL ? gtk_widget_get_root (opener) : NULL;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self));
}

/* --- the class ------------------------------------------------------------- */

static void
rp_inventory_editor_dispose (GObject *object)
{
  RpInventoryEditor *self = RP_INVENTORY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_INVENTORY_EDITOR);
  g_clear_weak_pointer (&self->opener);
  g_clear_object (&self->store);
  g_clear_object (&self->saved);

  G_OBJECT_CLASS (rp_inventory_editor_parent_class)->dispose (object);
}

static void
rp_inventory_editor_finalize (GObject *object)
{
  RpInventoryEditor *self = RP_INVENTORY_EDITOR (object);

  g_ptr_array_unref (self->triggers);

  G_OBJECT_CLASS (rp_inventory_editor_parent_class)->finalize (object);
}

static void
rp_inventory_editor_class_init (RpInventoryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RpEditorWindowClass *editor_class = RP_EDITOR_WINDOW_CLASS (klass);

  object_class->dispose = rp_inventory_editor_dispose;
  object_class->finalize = rp_inventory_editor_finalize;
  editor_class->dup_state = rp_inventory_editor_dup_state;
  editor_class->discard_body = N_("What you wrote here has not been saved.");

  /**
   * RpInventoryEditor::saved:
   * @entry: the entry as saved
   *
   * The entry was saved; the editor closes next.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RP_TYPE_INVENTORY_ENTRY);

  g_type_ensure (RP_TYPE_MOOD_BUTTONS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-inventory-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, mood_buttons);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, craving_scale);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, craving_value);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, trigger_chips);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, trigger_entry);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, trigger_problem);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, suggestion_box);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, suggestions);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, gratitude_list);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, gratitude_add);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, gratitude_problem);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, notes_problem);
  gtk_widget_class_bind_template_child (widget_class, RpInventoryEditor, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, craving_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, craving_change_value_cb);
  gtk_widget_class_bind_template_callback (widget_class, trigger_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, trigger_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, gratitude_add_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "editor.clear-craving", NULL,
                                   clear_craving_action_cb);
}

static void
rp_inventory_editor_init (RpInventoryEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->triggers = g_ptr_array_new_with_free_func (g_free);
  self->craving = RP_INVENTORY_CRAVING_UNSET;
  g_date_clear (&self->day, 1);

  for (int i = 0; i <= 10; i++)
    {
      g_autofree char *mark = i % 5 == 0 ? g_strdup_printf ("%d", i) : NULL;

      gtk_scale_add_mark (self->craving_scale, i, GTK_POS_BOTTOM, mark);
    }
  rp_form_field_set_max_length (self->gratitude_add, RP_INVENTORY_MAX_GRATITUDE_LENGTH);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}
