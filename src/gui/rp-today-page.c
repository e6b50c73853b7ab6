/* rp-today-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTodayPage: the page Reprieve opens on: the day together, in one
 * scrolling column that works from 360 px: the clean time, the Call
 * Sponsor button once a sponsor is saved, the next meeting
 * (RpNextMeetingCard), today's goals, today's reading and "How are you
 * today?". The clean time, goals and inventory cards are made elsewhere
 * and sit in their slots (bind_cards).
 *
 * Its empty state is "Getting Started": the first steps (a clean date, a
 * meeting, a sponsor), each checked once done, the whole group gone once
 * all are.
 *
 * Today's reading is the one the settings choose (collection, order,
 * start), with its title, collection, first words and one click to read
 * it. The page follows the store, the settings and the day: the window's
 * RpDayWatch (midnight, the clock's jumps, the window back), and a look at
 * the date and the next meeting when it is shown again or its window
 * comes back.
 */

#define G_LOG_DOMAIN "rp-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-daily-reading-settings.h"
#include "rp-clean-time-card.h"
#include "rp-inventory-card.h"
#include "rp-link-opener.h"
#include "rp-today-goals.h"
#include "rp-next-meeting-card.h"
#include "rp-reading-excerpt.h"
#include "rp-today-page.h"

typedef enum
{
  STEP_CLEAN_DATE,
  STEP_MEETING,
  STEP_SPONSOR,
  N_STEPS
} Step;

struct _RpTodayPage
{
  AdwBin             parent_instance;

  GtkWidget         *getting_started_group;
  AdwActionRow      *clean_date_row;
  AdwActionRow      *meeting_row;
  AdwActionRow      *sponsor_row;
  GtkWidget         *clean_time_slot;
  GtkWidget         *call_sponsor_button;
  RpNextMeetingCard *next_meeting_card;
  RpCleanTimeCard   *clean_time_card;
  RpTodayGoals      *today_goals;
  RpInventoryCard   *inventory_card;
  GtkWidget         *goals_slot;
  GtkWidget         *reading_card;
  GtkStack          *reading_stack;
  GtkLabel          *reading_title_label;
  GtkLabel          *reading_collection_label;
  GtkLabel          *reading_excerpt_label;
  GtkButton         *read_button;
  GtkLabel          *empty_label;
  GtkWidget         *inventory_slot;

  GtkWidget         *step_done_icons[N_STEPS];
  GtkWidget         *step_next_icons[N_STEPS];

  RpStore           *store;
  /* Our own reference keeps g_binding_unbind() safe whichever end goes
   * first. */
  GBinding          *sponsor_binding;
  RpDayWatch        *watch;
  GSettings         *settings;
  GtkRoot           *watched_root;   /* weak: whose "is-active" we follow */

  RpReading         *reading;        /* today's, loaded; NULL when none */
  GDate              day;            /* the day it was chosen for */
  gboolean           refreshing;
};

G_DEFINE_FINAL_TYPE (RpTodayPage, rp_today_page, ADW_TYPE_BIN)

/* --- getting started ------------------------------------------------------ */

static AdwActionRow *
step_row (RpTodayPage *self,
          Step         step)
{
  switch (step)
    {
    case STEP_CLEAN_DATE:
      return self->clean_date_row;
    case STEP_MEETING:
      return self->meeting_row;
    case STEP_SPONSOR:
    case N_STEPS:
    default:
      return self->sponsor_row;
    }
}

/* A done step shows a check and can no longer be activated. */
static void
set_step_done (RpTodayPage *self,
               Step         step,
               gboolean     done)
{
  AdwActionRow *row = step_row (self, step);

  gtk_widget_set_visible (self->step_done_icons[step], done);
  gtk_widget_set_visible (self->step_next_icons[step], !done);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !done);
  if (done)
    gtk_widget_add_css_class (GTK_WIDGET (row), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "dim-label");
}

static void
update_steps (RpTodayPage *self)
{
  gboolean done[N_STEPS] = { FALSE, };
  gboolean all_done = TRUE;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    {
      gtk_widget_set_visible (self->getting_started_group, FALSE);
      return;
    }

  if (!rp_store_has_recovery (self->store, &done[STEP_CLEAN_DATE], &error))
    g_warning ("Could not look for a clean date: %s", error->message);
  done[STEP_MEETING] = g_list_model_get_n_items (rp_store_get_meetings (self->store)) > 0;
  done[STEP_SPONSOR] = rp_store_get_has_sponsor (self->store);

  for (Step step = 0; step < N_STEPS; step++)
    {
      set_step_done (self, step, done[step]);
      all_done = all_done && done[step];
    }

  gtk_widget_set_visible (self->getting_started_group, !all_done);
}

static void
add_step_icons (RpTodayPage *self)
{
  for (Step step = 0; step < N_STEPS; step++)
    {
      AdwActionRow *row = step_row (self, step);
      GtkWidget *done = gtk_image_new_from_icon_name ("object-select-symbolic");
      GtkWidget *next = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_widget_add_css_class (done, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (done),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"),
                                      -1);
      gtk_widget_set_visible (done, FALSE);
      adw_action_row_add_prefix (row, done);
      adw_action_row_add_suffix (row, next);
      self->step_done_icons[step] = done;
      self->step_next_icons[step] = next;
    }
}

/* --- today's reading ------------------------------------------------------ */

static void
show_empty (RpTodayPage *self,
            const char  *message)
{
  g_clear_object (&self->reading);
  gtk_label_set_text (self->empty_label, message);
  gtk_stack_set_visible_child_name (self->reading_stack, "empty");
}

static void
show_reading (RpTodayPage *self,
              RpReading   *reading)
{
  g_autoptr(RpReadingCollection) collection = NULL;
  g_autofree char *excerpt = NULL;
  gboolean web_link;

  g_set_object (&self->reading, reading);

  collection = rp_store_find_reading_collection (self->store,
                                                 rp_reading_get_collection_id (reading));
  gtk_label_set_text (self->reading_title_label, rp_reading_get_title (reading));
  gtk_label_set_text (self->reading_collection_label,
                      collection != NULL ? rp_reading_collection_get_display_name (collection)
                                         : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reading_collection_label), collection != NULL);

  if (rp_reading_get_kind (reading) == RP_READING_KIND_LINK)
    excerpt = g_strdup (rp_reading_get_description (reading) != NULL
                        ? rp_reading_get_description (reading) : "");
  else
    excerpt = rp_reading_excerpt (rp_reading_get_body (reading), rp_reading_get_format (reading),
                                  RP_READING_EXCERPT_LENGTH);
  gtk_label_set_text (self->reading_excerpt_label, excerpt);
  gtk_widget_set_visible (GTK_WIDGET (self->reading_excerpt_label), *excerpt != '\0');

  /* A web page opens in the browser; a text, and a document on disk (whose
   * page the user marks there), open in the reader. */
  web_link = rp_reading_get_kind (reading) == RP_READING_KIND_LINK &&
             !rp_reading_is_document (reading);
  gtk_button_set_label (self->read_button,
                        rp_reading_get_kind (reading) == RP_READING_KIND_LINK ? _("_Open")
                                                                                : _("_Read"));
  /* No name while the target changes: the old name with the new target
   * would not match the action's parameter type. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->read_button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->read_button),
                                          web_link ? NULL
                                                   : g_variant_new_int64 (rp_reading_get_id (reading)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->read_button),
                                  web_link ? "today.open-link" : "win.show-reading");
  /* "Read" alone says nothing to a screen reader's user: what it opens. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rp_reading_get_title (reading),
                                  -1);

  gtk_stack_set_visible_child_name (self->reading_stack, "reading");
}

static void
refresh_reading (RpTodayPage *self)
{
  g_autoptr(RpReading) reading = NULL;
  g_autoptr(GError) error = NULL;

  /* Writing the start below may come back here through the settings. */
  if (self->refreshing)
    return;

  gtk_widget_set_visible (self->reading_card,
                          self->store != NULL && self->watch != NULL && self->settings != NULL);
  if (self->store == NULL || self->watch == NULL || self->settings == NULL)
    {
      g_clear_object (&self->reading);
      return;
    }

  self->refreshing = TRUE;

  rp_day_watch_get_today (self->watch, &self->day);
  reading = rp_daily_reading_settings_choose (self->store, self->settings, &self->day, TRUE,
                                              &error);
  if (reading != NULL)
    {
      show_reading (self, reading);
    }
  else if (error != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: the reason comes from the database */
      message = g_strdup_printf (_("Today’s reading could not be read: %s"), error->message);
      show_empty (self, message);
    }
  else
    {
      show_empty (self, _("The collection chosen for the daily reading has no readings yet. "
                          "Add some, or choose another collection."));
    }

  self->refreshing = FALSE;
}

/* --- the day and the window ----------------------------------------------- */

static void
day_changed_cb (RpTodayPage *self)
{
  refresh_reading (self);
}

/* The page shown again, or its window back (after a suspend, say, which
 * timers sleep through): a new day shows its reading, an ended meeting
 * makes way for the next. */
static void
check_day (RpTodayPage *self)
{
  if (self->watch == NULL)
    return;

  rp_day_watch_check (self->watch);
  rp_next_meeting_card_check (self->next_meeting_card);
}

static void
root_active_cb (RpTodayPage *self)
{
  if (self->watched_root != NULL && gtk_window_is_active (GTK_WINDOW (self->watched_root)))
    check_day (self);
}

static void
open_link_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpTodayPage *self = RP_TODAY_PAGE (widget);

  if (self->reading != NULL && rp_reading_get_uri (self->reading) != NULL)
    rp_link_opener_open (GTK_WIDGET (self->read_button), rp_reading_get_uri (self->reading));
}

/* The cards made elsewhere, each in its slot of ui/rp-today-page.ui, get
 * what the page has, as rp_<x>_card_bind (card, store, watch, settings):
 *   clean_time_slot: RpCleanTimeCard (the clean time in large type and
 *     today's milestone);
 *   goals_slot: RpTodayGoals (today's goals with their check-ins);
 *   inventory_slot: RpInventoryCard ("How are you today?").
 * A slot shows only when a card is in it, so that an empty one adds no
 * gap to the column. */
static void
bind_cards (RpTodayPage *self)
{
  GtkWidget *slots[] = { self->clean_time_slot, self->goals_slot, self->inventory_slot };

  rp_next_meeting_card_bind (self->next_meeting_card, self->store, self->watch, self->settings);
  rp_clean_time_card_bind (self->clean_time_card, self->store, self->watch, self->settings);
  rp_today_goals_bind (self->today_goals, self->store, self->watch, self->settings);
  rp_inventory_card_bind (self->inventory_card, self->store, self->watch, self->settings);

  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    gtk_widget_set_visible (slots[i], gtk_widget_get_first_child (slots[i]) != NULL);
}

/* --- the class ------------------------------------------------------------ */

static void
clear_bound (RpTodayPage *self)
{
  if (self->sponsor_binding != NULL)
    g_binding_unbind (self->sponsor_binding);
  g_clear_object (&self->sponsor_binding);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->store);
  g_clear_object (&self->watch);
  g_clear_object (&self->settings);
}

static void
rp_today_page_realize (GtkWidget *widget)
{
  RpTodayPage *self = RP_TODAY_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (rp_today_page_parent_class)->realize (widget);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      g_set_weak_pointer (&self->watched_root, root);
      g_signal_connect_object (root, "notify::is-active", G_CALLBACK (root_active_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
rp_today_page_unrealize (GtkWidget *widget)
{
  RpTodayPage *self = RP_TODAY_PAGE (widget);

  if (self->watched_root != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_root, root_active_cb, self);
  g_clear_weak_pointer (&self->watched_root);

  GTK_WIDGET_CLASS (rp_today_page_parent_class)->unrealize (widget);
}

static void
rp_today_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rp_today_page_parent_class)->map (widget);

  check_day (RP_TODAY_PAGE (widget));
}

static void
rp_today_page_dispose (GObject *object)
{
  RpTodayPage *self = RP_TODAY_PAGE (object);

  if (self->watched_root != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_root, root_active_cb, self);
  g_clear_weak_pointer (&self->watched_root);
  clear_bound (self);
  g_clear_object (&self->reading);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (rp_today_page_parent_class)->dispose (object);
}

static void
rp_today_page_class_init (RpTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_today_page_dispose;

  widget_class->realize = rp_today_page_realize;
  widget_class->unrealize = rp_today_page_unrealize;
  widget_class->map = rp_today_page_map;

  g_type_ensure (RP_TYPE_NEXT_MEETING_CARD);
  g_type_ensure (RP_TYPE_CLEAN_TIME_CARD);
  g_type_ensure (RP_TYPE_INVENTORY_CARD);
  g_type_ensure (RP_TYPE_TODAY_GOALS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, getting_started_group);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, clean_date_row);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, sponsor_row);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, clean_time_slot);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, call_sponsor_button);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, next_meeting_card);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, clean_time_card);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, inventory_card);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, today_goals);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, goals_slot);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_card);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_stack);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_title_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_collection_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_excerpt_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, read_button);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, inventory_slot);

  gtk_widget_class_install_action (widget_class, "today.open-link", NULL, open_link_action_cb);
}

static void
rp_today_page_init (RpTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->day, 1);
  add_step_icons (self);
  bind_cards (self);
}

/**
 * rp_today_page_bind:
 * @store: (nullable): the store; %NULL when the data could not be opened
 * @watch: (nullable): today, and when it turns (the window's, on the
 *   application's clock)
 * @settings: (nullable): the application's settings (the daily reading's)
 *
 * Gives the page, and every card on it, what it shows. Without @store
 * the page is empty; today's reading needs all three.
 */
void
rp_today_page_bind (RpTodayPage *self,
                    RpStore     *store,
                    RpDayWatch  *watch,
                    GSettings   *settings)
{
  static const char * const keys[] = {
    "changed::daily-reading-collection",
    "changed::daily-reading-order",
    "changed::daily-reading-start",
  };

  g_return_if_fail (RP_IS_TODAY_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (watch == NULL || RP_IS_DAY_WATCH (watch));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  clear_bound (self);
  gtk_widget_set_visible (self->call_sponsor_button, FALSE);

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      self->sponsor_binding =
        g_object_ref (g_object_bind_property (store, "has-sponsor",
                                              self->call_sponsor_button, "visible",
                                              G_BINDING_SYNC_CREATE));
      g_signal_connect_object (store, "changed::reading", G_CALLBACK (refresh_reading), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::meeting", G_CALLBACK (update_steps), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::recovery", G_CALLBACK (update_steps), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::has-sponsor", G_CALLBACK (update_steps), self,
                               G_CONNECT_SWAPPED);
    }
  if (watch != NULL)
    {
      self->watch = g_object_ref (watch);
      g_signal_connect_object (watch, "day-changed", G_CALLBACK (day_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        g_signal_connect_object (settings, keys[i], G_CALLBACK (refresh_reading), self,
                                 G_CONNECT_SWAPPED);
    }

  update_steps (self);
  refresh_reading (self);
  bind_cards (self);
}
