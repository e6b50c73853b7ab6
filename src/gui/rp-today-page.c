/* rp-today-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTodayPage: The page Reprieve opens on: your clean time, your next meeting, today's reading and today's goals, together.
 * Until its other features land it shows a welcome that says what will be
 * here and offers the first step, the Call Sponsor button once a sponsor
 * is saved, and today's reading: the daily reading the settings choose
 * (collection, order, start), its title, collection and first words, and
 * one click to read it. It follows the store, the settings and the day:
 * a timer armed for the next local midnight, the clock's jumps, and a look
 * at the date when the page is shown again or its window comes back.
 */

#define G_LOG_DOMAIN "rp-today-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-agenda.h"
#include "rp-daily-reading-settings.h"
#include "rp-link-opener.h"
#include "rp-reading-excerpt.h"
#include "rp-schedule.h"
#include "rp-today-page.h"

struct _RpTodayPage
{
  AdwBin     parent_instance;

  GtkWidget *call_sponsor_button;
  GtkWidget *reading_card;
  GtkStack  *reading_stack;
  GtkLabel  *reading_title_label;
  GtkLabel  *reading_collection_label;
  GtkLabel  *reading_excerpt_label;
  GtkButton *read_button;
  GtkLabel  *empty_label;

  RpStore   *store;
  /* Our own reference keeps g_binding_unbind() safe whichever end goes
   * first. */
  GBinding  *sponsor_binding;
  RpClock   *clock;
  GSettings *settings;
  GtkRoot   *watched_root;      /* weak: whose "is-active" we follow */

  RpReading *reading;           /* today's, loaded; NULL when none */
  GDate      day;               /* the day it was chosen for */
  guint      midnight_source;
  gboolean   refreshing;
};

G_DEFINE_FINAL_TYPE (RpTodayPage, rp_today_page, ADW_TYPE_BIN)

/* --- today's reading ------------------------------------------------------ */

static GDateTime *
dup_now_local (RpTodayPage *self)
{
  g_autoptr(GDateTime) now = rp_clock_now (self->clock);

  return g_date_time_to_local (now);
}

static void
get_today (RpTodayPage *self,
           GDate       *today)
{
  g_autoptr(GDateTime) local = dup_now_local (self);

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

static void refresh_reading (RpTodayPage *self);

static gboolean
midnight_cb (gpointer user_data)
{
  RpTodayPage *self = RP_TODAY_PAGE (user_data);

  self->midnight_source = 0;
  refresh_reading (self);

  return G_SOURCE_REMOVE;
}

/* One timer, for the next local midnight. A fixed clock (the tests') moves
 * only when told, and says so with ::jumped. */
static void
schedule_midnight (RpTodayPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GTimeZone) local_zone = NULL;
  GTimeSpan span;
  guint seconds;

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  if (rp_clock_is_fixed (self->clock))
    return;

  now = dup_now_local (self);
  local_zone = g_time_zone_new_local ();
  midnight = rp_agenda_day_start (now, local_zone, 1);
  span = g_date_time_difference (midnight, now);
  /* Whole seconds let the system group wakeups; one more second makes sure
   * the day has turned when the timer fires. */
  seconds = span <= 0 ? 1 : (guint) MIN (span / G_TIME_SPAN_SECOND + 1, G_MAXUINT / 1000);

  self->midnight_source = g_timeout_add_seconds (seconds, midnight_cb, self);
  g_source_set_name_by_id (self->midnight_source, "[reprieve] today's reading at midnight");
}

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

  gtk_widget_set_visible (self->reading_card, self->store != NULL && self->settings != NULL);
  if (self->store == NULL || self->settings == NULL)
    {
      g_clear_handle_id (&self->midnight_source, g_source_remove);
      g_clear_object (&self->reading);
      return;
    }

  self->refreshing = TRUE;

  get_today (self, &self->day);
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

  schedule_midnight (self);
  self->refreshing = FALSE;
}

/* The page shown again, or its window back (after a suspend, say, which
 * the midnight timer sleeps through): a new day shows its reading. */
static void
check_day (RpTodayPage *self)
{
  GDate today;

  if (self->store == NULL || self->settings == NULL)
    return;

  get_today (self, &today);
  if (!g_date_valid (&self->day) || g_date_compare (&today, &self->day) != 0)
    refresh_reading (self);
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

/* --- the class ------------------------------------------------------------ */

static void
clear_store (RpTodayPage *self)
{
  if (self->sponsor_binding != NULL)
    g_binding_unbind (self->sponsor_binding);
  g_clear_object (&self->sponsor_binding);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
}

static void
clear_settings (RpTodayPage *self)
{
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
}

static void
clear_clock (RpTodayPage *self)
{
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  g_clear_object (&self->clock);
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

  g_clear_handle_id (&self->midnight_source, g_source_remove);
  if (self->watched_root != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_root, root_active_cb, self);
  g_clear_weak_pointer (&self->watched_root);
  clear_store (self);
  clear_settings (self);
  clear_clock (self);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, call_sponsor_button);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_card);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_stack);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_title_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_collection_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, reading_excerpt_label);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, read_button);
  gtk_widget_class_bind_template_child (widget_class, RpTodayPage, empty_label);

  gtk_widget_class_install_action (widget_class, "today.open-link", NULL, open_link_action_cb);
}

static void
rp_today_page_init (RpTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = rp_clock_new_system ();
}

/**
 * rp_today_page_set_store:
 * @store: (nullable): the store, or %NULL when the data could not be opened
 *
 * The Call Sponsor button shows while @store has a sponsor; today's reading
 * comes from @store (once the settings are set too).
 */
void
rp_today_page_set_store (RpTodayPage *self,
                         RpStore     *store)
{
  g_return_if_fail (RP_IS_TODAY_PAGE (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));

  if (store == self->store)
    return;

  clear_store (self);
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
    }

  refresh_reading (self);
}

/**
 * rp_today_page_set_clock:
 * @clock: (nullable): what time it is (the application's); %NULL for the
 *   system's
 *
 * Gives the day whose reading is shown.
 */
void
rp_today_page_set_clock (RpTodayPage *self,
                         RpClock     *clock)
{
  g_return_if_fail (RP_IS_TODAY_PAGE (self));
  g_return_if_fail (clock == NULL || RP_IS_CLOCK (clock));

  if (clock != NULL && clock == self->clock)
    return;

  clear_clock (self);
  self->clock = clock != NULL ? g_object_ref (clock) : rp_clock_new_system ();
  g_signal_connect_object (self->clock, "jumped", G_CALLBACK (refresh_reading), self,
                           G_CONNECT_SWAPPED);

  refresh_reading (self);
}

/**
 * rp_today_page_set_settings:
 * @settings: (nullable): the application's settings, whose
 *   `daily-reading-*` keys choose today's reading
 *
 * Without settings (or a store) the reading is not shown.
 */
void
rp_today_page_set_settings (RpTodayPage *self,
                            GSettings   *settings)
{
  static const char * const keys[] = {
    "changed::daily-reading-collection",
    "changed::daily-reading-order",
    "changed::daily-reading-start",
  };

  g_return_if_fail (RP_IS_TODAY_PAGE (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (settings == self->settings)
    return;

  clear_settings (self);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        g_signal_connect_object (settings, keys[i], G_CALLBACK (refresh_reading), self,
                                 G_CONNECT_SWAPPED);
    }

  refresh_reading (self);
}
