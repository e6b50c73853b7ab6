/* rp-clean-time-section.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpCleanTimeSection: the Progress page's clean time. With no date yet,
 * an invitation to set one; then one card per recovery date: the day
 * count in large type, the years/months/days, the hours and minutes of
 * the first two days when a time was given, the money saved, the next
 * milestone, and on a milestone's day a celebration. Each card's menu
 * edits it, resets it after a slip, lists its milestones and history, or
 * deletes it (with Undo). A help popover explains how days are counted.
 *
 * Data is read the first time the section is mapped, and again on
 * `changed::recovery` and when the day turns (or on the next map when
 * hidden); a minute timer runs only while a card shows hours. */

#define G_LOG_DOMAIN "rp-clean-time-section"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-clean-time.h"
#include "rp-clean-time-section.h"
#include "rp-clean-time-text.h"
#include "rp-milestone-list.h"
#include "rp-progress-page.h"
#include "rp-recovery-editor.h"
#include "rp-slip-dialog.h"
#include "rp-toast.h"

typedef struct
{
  RpRecovery *recovery;
  GPtrArray  *periods;
} Deleted;

struct _RpCleanTimeSection
{
  AdwBin       parent_instance;

  RpStore     *store;
  RpDayWatch  *watch;
  GHashTable  *deleted;        /* id → Deleted, for Undo */
  guint        minute_timer_id;
  guint        loaded : 1;
  guint        dirty : 1;

  GtkStack    *stack;
  GtkBox      *cards;
  GtkLabel    *help_label;
};

G_DEFINE_FINAL_TYPE (RpCleanTimeSection, rp_clean_time_section, ADW_TYPE_BIN)

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->recovery);
  g_clear_pointer (&deleted->periods, g_ptr_array_unref);
  g_free (deleted);
}

static GDateTime *
dup_now (RpCleanTimeSection *self)
{
  return self->watch != NULL ? rp_day_watch_dup_now (self->watch) : g_date_time_new_now_local ();
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GMenuModel *
card_menu (gint64 id)
{
  GMenu *menu = g_menu_new ();
  static const struct { const char *label; const char *action; } items[] = {
    { N_("_Edit…"), "clean-time.edit" },
    { N_("I Had a _Slip…"), "clean-time.slip" },
    { N_("_Milestones & History"), "clean-time.milestones" },
    { N_("_Delete"), "clean-time.delete" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* One card; sets *out_hours when it shows hours and minutes. */
static GtkWidget *
build_card (RpRecovery *recovery,
            GDateTime  *now,
            gboolean   *out_hours)
{
  GTimeZone *zone = g_date_time_get_timezone (now);
  const GDate *start = rp_recovery_get_start_date (recovery);
  int start_minute = rp_recovery_get_start_minute (recovery);
  g_autoptr(GMenuModel) menu = card_menu (rp_recovery_get_id (recovery));
  g_autofree char *count = rp_clean_time_format (start, start_minute, now, zone,
                                                 RP_CLEAN_TIME_STYLE_DAYS);
  g_autofree char *celebration = NULL;
  g_autofree char *next = NULL;
  g_autofree char *menu_label = NULL;
  GtkWidget *card;
  GtkWidget *top;
  GtkWidget *heading;
  GtkWidget *menu_button;
  GtkWidget *count_label;
  gint64 minutes;
  guint days;
  GDate today;

  rp_clean_time_today (now, zone, &today);
  days = rp_clean_time_days (start, now, zone);
  *out_hours = rp_clean_time_elapsed_minutes (start, start_minute, now, zone, &minutes);

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_name (card, "clean-time-card");

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (top, 12);
  gtk_widget_set_margin_start (top, 12);
  gtk_widget_set_margin_end (top, 6);
  heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_box_append (GTK_BOX (heading), new_label (rp_recovery_get_label (recovery), "heading"));
  count_label = new_label (count, "title-1");
  gtk_box_append (GTK_BOX (heading), count_label);
  gtk_box_append (GTK_BOX (top), heading);

  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (menu_button, "flat");
  /* Translators: the tooltip of a clean date's menu button; %s is what it is for */
  menu_label = g_strdup_printf (_("Menu for %s"), rp_recovery_get_label (recovery));
  gtk_widget_set_tooltip_text (menu_button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  gtk_box_append (GTK_BOX (top), menu_button);
  gtk_box_append (GTK_BOX (card), top);

  {
    GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    gtk_widget_set_margin_start (details, 12);
    gtk_widget_set_margin_end (details, 12);
    gtk_widget_set_margin_bottom (details, 12);

    if (!*out_hours && days > 0)
      {
        RpCleanTimeSpan span = rp_clean_time_span (start, &today);
        g_autofree char *span_text = rp_clean_time_format_span (&span);

        gtk_box_append (GTK_BOX (details), new_label (span_text, "dim-label"));
      }

    celebration = rp_clean_time_text_celebration (start, &today);
    if (celebration != NULL)
      {
        gtk_box_append (GTK_BOX (details), new_label (celebration, "title-3"));
        gtk_widget_add_css_class (card, "milestone-day");
        gtk_widget_add_css_class (count_label, "accent");
      }

    /* Nothing saved yet on day 0: no "0.00 saved". */
    if (rp_recovery_get_cost_cents (recovery) > 0 && days > 0)
      {
        g_autofree char *money = rp_clean_time_text_money (
          rp_clean_time_money_saved_cents (rp_recovery_get_cost_cents (recovery), days));
        /* Translators: %s is an amount of money, "$1,234.00" */
        g_autofree char *saved = g_strdup_printf (_("%s saved"), money);

        gtk_box_append (GTK_BOX (details), new_label (saved, NULL));
      }

    next = rp_clean_time_text_next_milestone (start, &today);
    if (next != NULL)
      gtk_box_append (GTK_BOX (details), new_label (next, "dim-label"));

    gtk_box_append (GTK_BOX (card), details);
  }

  return card;
}

static gboolean minute_cb (gpointer user_data);

/**
 * rp_clean_time_section_refresh:
 *
 * Reads the recovery dates and shows them again.
 */
void
rp_clean_time_section_refresh (RpCleanTimeSection *self)
{
  g_autoptr(GDateTime) now = NULL;
  GtkWidget *child;
  GListModel *model;
  gboolean any_hours = FALSE;
  guint n_items;

  g_return_if_fail (RP_IS_CLEAN_TIME_SECTION (self));

  self->loaded = TRUE;
  self->dirty = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards))) != NULL)
    gtk_box_remove (self->cards, child);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  now = dup_now (self);
  model = rp_store_get_recoveries (self->store);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RpRecovery) recovery = g_list_model_get_item (model, i);
      gboolean hours = FALSE;

      gtk_box_append (self->cards, build_card (recovery, now, &hours));
      any_hours |= hours;
    }

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "list" : "empty");

  /* Hours tick by the minute; days only need ::day-changed. */
  if (any_hours && self->minute_timer_id == 0)
    self->minute_timer_id = g_timeout_add_seconds (60, minute_cb, self);
  else if (!any_hours)
    g_clear_handle_id (&self->minute_timer_id, g_source_remove);
}

static gboolean
minute_cb (gpointer user_data)
{
  RpCleanTimeSection *self = user_data;

  self->minute_timer_id = 0;
  rp_clean_time_section_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
changed_cb (RpCleanTimeSection *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rp_clean_time_section_refresh (self);
  else
    self->dirty = TRUE;
}

/**
 * rp_clean_time_section_prepare:
 *
 * Reads the data now, shown or not (the Progress page prepares itself in
 * the background after start).
 */
void
rp_clean_time_section_prepare (RpCleanTimeSection *self)
{
  g_return_if_fail (RP_IS_CLEAN_TIME_SECTION (self));

  if (!self->loaded || self->dirty)
    rp_clean_time_section_refresh (self);
}

static void
rp_clean_time_section_map (GtkWidget *widget)
{
  RpCleanTimeSection *self = RP_CLEAN_TIME_SECTION (widget);

  GTK_WIDGET_CLASS (rp_clean_time_section_parent_class)->map (widget);

  if (!self->loaded || self->dirty)
    rp_clean_time_section_refresh (self);
}

/* --- actions -------------------------------------------------------------- */

static GtkWindow *
get_window (RpCleanTimeSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * rp_clean_time_section_add:
 *
 * Opens the editor for a new clean date.
 */
void
rp_clean_time_section_add (RpCleanTimeSection *self)
{
  g_return_if_fail (RP_IS_CLEAN_TIME_SECTION (self));

  if (self->store == NULL)
    return;

  rp_recovery_editor_present (rp_recovery_editor_new (self->store, self->watch, NULL),
                              get_window (self));
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  rp_clean_time_section_add (RP_CLEAN_TIME_SECTION (widget));
}

static void
undo_delete (GObject *owner,
             gint64   id)
{
  RpCleanTimeSection *self = RP_CLEAN_TIME_SECTION (owner);
  g_autoptr(GError) error = NULL;
  Deleted *deleted;

  if (self->store == NULL || (deleted = g_hash_table_lookup (self->deleted, &id)) == NULL)
    return;

  if (!rp_store_restore_recovery (self->store, deleted->recovery, deleted->periods, &error))
    rp_toast_show (GTK_WIDGET (self), error->message);
  g_hash_table_remove (self->deleted, &id);
}

static void
delete_recovery (RpCleanTimeSection *self,
                 RpRecovery         *recovery)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Deleted *deleted;
  gint64 *id;

  deleted = g_new0 (Deleted, 1);
  deleted->recovery = rp_recovery_copy (recovery);
  deleted->periods = rp_store_list_recovery_periods (self->store, rp_recovery_get_id (recovery),
                                                     &error);
  if (deleted->periods == NULL ||
      !rp_store_delete_recovery (self->store, rp_recovery_get_id (recovery), &error))
    {
      deleted_free (deleted);
      rp_toast_show (GTK_WIDGET (self), error->message);
      return;
    }

  id = g_new (gint64, 1);
  *id = rp_recovery_get_id (recovery);
  g_hash_table_replace (self->deleted, id, deleted);

  /* Translators: %s is what the removed clean date was for */
  title = g_strdup_printf (_("Clean date for %s removed"), rp_recovery_get_label (recovery));
  rp_toast_show_undo (GTK_WIDGET (self), title, *id, undo_delete);
}

static void
card_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RpCleanTimeSection *self = RP_CLEAN_TIME_SECTION (widget);
  g_autoptr(RpRecovery) recovery = NULL;

  if (self->store == NULL)
    return;

  recovery = rp_store_find_recovery (self->store, g_variant_get_int64 (parameter));
  if (recovery == NULL)
    return;

  if (g_str_equal (action_name, "clean-time.edit"))
    rp_recovery_editor_present (rp_recovery_editor_new (self->store, self->watch, recovery),
                                get_window (self));
  else if (g_str_equal (action_name, "clean-time.slip"))
    rp_slip_dialog_present (rp_slip_dialog_new (self->store, self->watch, recovery),
                            get_window (self));
  else if (g_str_equal (action_name, "clean-time.milestones"))
    {
      RpProgressPage *page = rp_progress_page_find (GTK_WIDGET (self));

      if (page != NULL)
        rp_progress_page_push (page,
                               rp_milestone_list_new (self->store, self->watch, recovery),
                               rp_recovery_get_label (recovery));
    }
  else if (g_str_equal (action_name, "clean-time.delete"))
    delete_recovery (self, recovery);
}

/* --- binding -------------------------------------------------------------- */

/**
 * rp_clean_time_section_bind:
 * @store: (nullable): the store
 * @watch: (nullable): today, and when it turns
 * @settings: (nullable): unused; for the sections' common signature
 */
void
rp_clean_time_section_bind (RpCleanTimeSection *self,
                            RpStore            *store,
                            RpDayWatch         *watch,
                            GSettings          *settings)
{
  g_return_if_fail (RP_IS_CLEAN_TIME_SECTION (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);

  g_set_object (&self->store, store);
  g_set_object (&self->watch, watch);

  if (store != NULL)
    g_signal_connect_object (store, "changed::recovery", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);
  if (watch != NULL)
    g_signal_connect_object (watch, "day-changed", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clean-time.add", store != NULL);
  self->dirty = TRUE;
  if (self->loaded)
    changed_cb (self);
}

static void
rp_clean_time_section_dispose (GObject *object)
{
  RpCleanTimeSection *self = RP_CLEAN_TIME_SECTION (object);

  g_clear_handle_id (&self->minute_timer_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_CLEAN_TIME_SECTION);

  G_OBJECT_CLASS (rp_clean_time_section_parent_class)->dispose (object);
}

static void
rp_clean_time_section_class_init (RpCleanTimeSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_clean_time_section_dispose;
  widget_class->map = rp_clean_time_section_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-clean-time-section.ui");
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeSection, cards);
  gtk_widget_class_bind_template_child (widget_class, RpCleanTimeSection, help_label);

  gtk_widget_class_install_action (widget_class, "clean-time.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "clean-time.edit", "x", card_action_cb);
  gtk_widget_class_install_action (widget_class, "clean-time.slip", "x", card_action_cb);
  gtk_widget_class_install_action (widget_class, "clean-time.milestones", "x", card_action_cb);
  gtk_widget_class_install_action (widget_class, "clean-time.delete", "x", card_action_cb);
}

static void
rp_clean_time_section_init (RpCleanTimeSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a bound child: AdwBin unparents its child itself. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, deleted_free);
  gtk_label_set_text (self->help_label, rp_clean_time_convention_text ());
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clean-time.add", FALSE);
}
