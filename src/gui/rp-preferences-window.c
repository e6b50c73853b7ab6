/* rp-preferences-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpPreferencesWindow shows the application's GSettings. Every row is bound
 * to its key, so there is nothing to apply or save: a change takes effect at
 * once and the next start sees it. "Start at Login" is the exception: it is
 * the autostart file (rp-autostart), read when the window opens. The daily
 * reading's collection comes from the store (rp_preferences_window_set_store);
 * choosing another starts it over today. "Your Data" (export, restore,
 * the automatic backups) is its own class, RpDataGroup.
 */

#define G_LOG_DOMAIN "rp-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-autostart.h"
#include "rp-data-group.h"
#include "rp-database.h"
#include "rp-preferences-window.h"
#include "rp-schedule.h"
#include "rp-toast.h"

struct _RpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  /* The lead times the "Remind Me" row offers, in minutes, in its order. */
  GArray               *reminder_minutes;
  /* Set while the code, not the user, selects a lead time. */
  gboolean              syncing;
  RpStore              *store;
  RpClock              *clock;
  /* Set while the code, not the user, selects a collection or a time. */
  gboolean              syncing_reading;
  gboolean              syncing_milestone;

  AdwComboRow          *color_scheme_row;
  AdwActionRow         *data_folder_row;
  RpDataGroup          *data_group;
  GtkSwitch            *meeting_reminders_switch;
  AdwComboRow          *reminder_minutes_row;
  GtkSwitch            *private_notifications_switch;
  GtkSwitch            *run_in_background_switch;
  GtkSwitch            *start_at_login_switch;
  AdwComboRow          *reading_collection_row;
  AdwComboRow          *reading_order_row;
  AdwExpanderRow       *check_in_reminder_row;
  GtkSpinButton        *check_in_hour_spin;
  GtkSpinButton        *check_in_minute_spin;
  gboolean              syncing_check_in;
  AdwExpanderRow       *reading_reminder_row;
  AdwExpanderRow       *milestone_reminder_row;
  GtkSpinButton        *milestone_hour_spin;
  GtkSpinButton        *milestone_minute_spin;
  GtkSpinButton        *reading_hour_spin;
  GtkSpinButton        *reading_minute_spin;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpPreferencesWindow, rp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row's items, in the order of ui/rp-preferences-window.ui. */
static const char * const color_scheme_nicks[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_row (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_scheme_nicks); i++)
    {
      if (g_str_equal (nick, color_scheme_nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
color_scheme_from_row (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_scheme_nicks))
    return NULL;

  return g_variant_new_string (color_scheme_nicks[selected]);
}

/* The order row's items, in the order of ui/rp-preferences-window.ui, and
 * what each means. */
static const struct {
  const char *nick;
  const char *description;
} reading_orders[] = {
  { "in-order", N_("One a day, in the collection’s order") },
  { "by-date", N_("The entry for today’s date, in a collection with dated entries") },
  { "random-favourite", N_("One of your favourites, another each day") },
};

static gboolean
reading_order_to_row (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reading_orders); i++)
    {
      if (g_str_equal (nick, reading_orders[i].nick))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
reading_order_from_row (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (reading_orders))
    return NULL;

  return g_variant_new_string (reading_orders[selected].nick);
}

static void
reading_order_selected_cb (RpPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->reading_order_row);

  if (selected < G_N_ELEMENTS (reading_orders))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->reading_order_row),
                                 _(reading_orders[selected].description));
}

/* Where the collection the settings name is in the row: the starter
 * library's place when it is 0 or no longer exists, as for the store. */
static guint
find_reading_collection (RpPreferencesWindow *self,
                         gint64               collection_id)
{
  GListModel *collections = rp_store_get_reading_collections (self->store);
  guint starter = GTK_INVALID_LIST_POSITION;
  guint n = g_list_model_get_n_items (collections);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpReadingCollection) collection = g_list_model_get_item (collections, i);

      if (rp_reading_collection_get_id (collection) == collection_id)
        return i;
      if (rp_reading_collection_get_kind (collection) == RP_READING_COLLECTION_STARTER)
        starter = i;
    }

  return starter;
}

static void
sync_reading_collection_row (RpPreferencesWindow *self)
{
  gint64 collection_id = g_settings_get_int64 (self->settings, "daily-reading-collection");

  if (self->store == NULL)
    return;

  self->syncing_reading = TRUE;
  adw_combo_row_set_selected (self->reading_collection_row,
                              find_reading_collection (self, collection_id));
  self->syncing_reading = FALSE;
}

static void
reading_collection_selected_cb (RpPreferencesWindow *self)
{
  RpReadingCollection *collection;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *today = NULL;
  gint64 current_id;
  GDate date;

  if (self->syncing_reading || self->store == NULL)
    return;

  collection = adw_combo_row_get_selected_item (self->reading_collection_row);
  if (collection == NULL)
    return;

  /* Already the one in use (0 means the starter library). */
  current_id = g_settings_get_int64 (self->settings, "daily-reading-collection");
  if (adw_combo_row_get_selected (self->reading_collection_row) ==
      find_reading_collection (self, current_id))
    return;

  now = self->clock != NULL ? rp_clock_now (self->clock) : g_date_time_new_now_utc ();
  local = g_date_time_to_local (now);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  today = rp_schedule_format_storage_date (&date);

  /* A new collection starts at its first reading today. (No delay-apply:
   * these settings are the application's, shared.) The start first, so
   * that whoever follows the collection sees both. */
  g_settings_set_string (self->settings, "daily-reading-start", today);
  g_settings_set_int64 (self->settings, "daily-reading-collection",
                        rp_reading_collection_get_id (collection));
}

/* A collection added or removed while the window is open moves the row's
 * selection by itself: that is not the user choosing, so the row is set
 * back to what the settings say once the model has settled. */
static void
reading_collections_changing_cb (RpPreferencesWindow *self)
{
  self->syncing_reading = TRUE;
}

static void
reading_collections_changed_cb (RpPreferencesWindow *self)
{
  self->syncing_reading = FALSE;
  sync_reading_collection_row (self);
}

static gboolean
two_digits_output_cb (GtkSpinButton *spin,
                      gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
sync_reading_time (RpPreferencesWindow *self)
{
  int minutes = g_settings_get_int (self->settings, "daily-reading-time");

  self->syncing_reading = TRUE;
  gtk_spin_button_set_value (self->reading_hour_spin, minutes / 60);
  gtk_spin_button_set_value (self->reading_minute_spin, minutes % 60);
  self->syncing_reading = FALSE;
}

static void
reading_time_changed_cb (RpPreferencesWindow *self)
{
  int minutes;

  if (self->syncing_reading)
    return;

  minutes = gtk_spin_button_get_value_as_int (self->reading_hour_spin) * 60 +
            gtk_spin_button_get_value_as_int (self->reading_minute_spin);
  if (minutes != g_settings_get_int (self->settings, "daily-reading-time"))
    g_settings_set_int (self->settings, "daily-reading-time", minutes);
}

static void
sync_milestone_time (RpPreferencesWindow *self)
{
  int minutes = g_settings_get_int (self->settings, "milestone-time");

  self->syncing_milestone = TRUE;
  gtk_spin_button_set_value (self->milestone_hour_spin, minutes / 60);
  gtk_spin_button_set_value (self->milestone_minute_spin, minutes % 60);
  self->syncing_milestone = FALSE;
}

static void
milestone_time_changed_cb (RpPreferencesWindow *self)
{
  int minutes;

  if (self->syncing_milestone)
    return;

  minutes = gtk_spin_button_get_value_as_int (self->milestone_hour_spin) * 60 +
            gtk_spin_button_get_value_as_int (self->milestone_minute_spin);
  if (minutes != g_settings_get_int (self->settings, "milestone-time"))
    g_settings_set_int (self->settings, "milestone-time", minutes);
}

static void
sync_check_in_time (RpPreferencesWindow *self)
{
  int minutes = g_settings_get_int (self->settings, "check-in-time");

  self->syncing_check_in = TRUE;
  gtk_spin_button_set_value (self->check_in_hour_spin, minutes / 60);
  gtk_spin_button_set_value (self->check_in_minute_spin, minutes % 60);
  self->syncing_check_in = FALSE;
}

static void
check_in_time_changed_cb (RpPreferencesWindow *self)
{
  int minutes;

  if (self->syncing_check_in)
    return;

  minutes = gtk_spin_button_get_value_as_int (self->check_in_hour_spin) * 60 +
            gtk_spin_button_get_value_as_int (self->check_in_minute_spin);
  if (minutes != g_settings_get_int (self->settings, "check-in-time"))
    g_settings_set_int (self->settings, "check-in-time", minutes);
}

/* The lead times always offered; a value set elsewhere joins them. */
static const int standard_reminder_minutes[] = { 5, 10, 15, 30, 45, 60, 120 };

static char *
format_reminder_minutes (int minutes)
{
  if (minutes == 0)
    return g_strdup (_("When it starts"));

  if (minutes % (24 * 60) == 0)
    {
      int days = minutes / (24 * 60);

      return g_strdup_printf (ngettext ("%d day before", "%d days before", days), days);
    }

  if (minutes % 60 == 0)
    {
      int hours = minutes / 60;

      return g_strdup_printf (ngettext ("%d hour before", "%d hours before", hours), hours);
    }

  return g_strdup_printf (ngettext ("%d minute before", "%d minutes before", minutes), minutes);
}

/* Adds @minutes to the row's items, in order, unless it is there. Returns
 * its position. */
static guint
add_reminder_minutes (RpPreferencesWindow *self,
                      int                  minutes)
{
  GtkStringList *model = GTK_STRING_LIST (adw_combo_row_get_model (self->reminder_minutes_row));
  g_autofree char *label = NULL;
  guint position = 0;

  while (position < self->reminder_minutes->len &&
         g_array_index (self->reminder_minutes, int, position) < minutes)
    position++;

  if (position < self->reminder_minutes->len &&
      g_array_index (self->reminder_minutes, int, position) == minutes)
    return position;

  label = format_reminder_minutes (minutes);
  g_array_insert_val (self->reminder_minutes, position, minutes);
  gtk_string_list_splice (model, position, 0, (const char * const[]) { label, NULL });

  return position;
}

static void
sync_reminder_minutes_row (RpPreferencesWindow *self)
{
  int minutes = g_settings_get_int (self->settings, "default-reminder-minutes");

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->reminder_minutes_row, add_reminder_minutes (self, minutes));
  self->syncing = FALSE;
}

static void
reminder_minutes_selected_cb (RpPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->reminder_minutes_row);

  if (self->syncing || selected >= self->reminder_minutes->len)
    return;

  g_settings_set_int (self->settings, "default-reminder-minutes",
                      g_array_index (self->reminder_minutes, int, selected));
}

static void
start_at_login_active_cb (RpPreferencesWindow *self)
{
  gboolean wanted = gtk_switch_get_active (self->start_at_login_switch);
  g_autoptr(GError) error = NULL;

  /* Nothing to do when the file already says so, as it does after the
   * switch is set back below (GtkSwitch may notify that late). */
  if (wanted == rp_autostart_is_enabled () || rp_autostart_set_enabled (wanted, &error))
    return;

  /* The switch shows what is true, and the toast why it is not what was
   * asked for. */
  gtk_switch_set_active (self->start_at_login_switch, !wanted);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), rp_toast_new (error->message));
}

RpPreferencesWindow *
rp_preferences_window_new (GtkWindow *transient_for,
                           GSettings *settings)
{
  g_return_val_if_fail (!transient_for || GTK_IS_WINDOW (transient_for), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (RP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", transient_for,
                       "modal", transient_for != NULL,
                       "settings", settings,
                       NULL);
}

static void
rp_preferences_window_constructed (GObject *object)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);
  g_autofree char *database_path = rp_database_get_default_path ();
  g_autofree char *folder = g_path_get_dirname (database_path);

  G_OBJECT_CLASS (rp_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_row, color_scheme_from_row,
                                NULL, NULL);

  g_settings_bind (self->settings, "meeting-reminders",
                   self->meeting_reminders_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "meeting-reminders",
                   self->reminder_minutes_row, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "private-notifications",
                   self->private_notifications_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "run-in-background",
                   self->run_in_background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  for (guint i = 0; i < G_N_ELEMENTS (standard_reminder_minutes); i++)
    add_reminder_minutes (self, standard_reminder_minutes[i]);
  sync_reminder_minutes_row (self);
  g_signal_connect_object (self->settings, "changed::default-reminder-minutes",
                           G_CALLBACK (sync_reminder_minutes_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->reminder_minutes_row, "notify::selected",
                            G_CALLBACK (reminder_minutes_selected_cb), self);

  gtk_switch_set_active (self->start_at_login_switch, rp_autostart_is_enabled ());
  g_signal_connect_swapped (self->start_at_login_switch, "notify::active",
                            G_CALLBACK (start_at_login_active_cb), self);

  g_settings_bind_with_mapping (self->settings, "daily-reading-order",
                                self->reading_order_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                reading_order_to_row, reading_order_from_row,
                                NULL, NULL);
  g_signal_connect_object (self->reading_order_row, "notify::selected",
                           G_CALLBACK (reading_order_selected_cb), self, G_CONNECT_SWAPPED);
  reading_order_selected_cb (self);

  g_settings_bind (self->settings, "daily-reading-reminder",
                   self->reading_reminder_row, "enable-expansion",
                   G_SETTINGS_BIND_DEFAULT);
  sync_reading_time (self);
  g_signal_connect_object (self->settings, "changed::daily-reading-time",
                           G_CALLBACK (sync_reading_time), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "milestone-reminders",
                   self->milestone_reminder_row, "enable-expansion",
                   G_SETTINGS_BIND_DEFAULT);
  sync_milestone_time (self);
  g_signal_connect_object (self->settings, "changed::milestone-time",
                           G_CALLBACK (sync_milestone_time), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "check-in-reminder",
                   self->check_in_reminder_row, "enable-expansion",
                   G_SETTINGS_BIND_DEFAULT);
  sync_check_in_time (self);
  g_signal_connect_object (self->settings, "changed::check-in-time",
                           G_CALLBACK (sync_check_in_time), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->settings, "changed::daily-reading-collection",
                           G_CALLBACK (sync_reading_collection_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reading_collection_row, "notify::selected",
                           G_CALLBACK (reading_collection_selected_cb), self, G_CONNECT_SWAPPED);
  /* Shown once there is a store to list the collections. */
  gtk_widget_set_visible (GTK_WIDGET (self->reading_collection_row), FALSE);

  adw_action_row_set_subtitle (self->data_folder_row, folder);
}

/**
 * rp_preferences_window_set_store:
 * @store: (nullable): where the reading collections are; %NULL when the
 *   data could not be opened (the collection row is then hidden)
 * @clock: (nullable): what day it is when another collection is chosen
 *
 * Lists the collections the daily reading can come from.
 */
void
rp_preferences_window_set_store (RpPreferencesWindow *self,
                                 RpStore             *store,
                                 RpClock             *clock)
{
  GListModel *collections;
  g_autoptr(GtkExpression) expression = NULL;

  g_return_if_fail (RP_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (store == NULL || RP_IS_STORE (store));
  g_return_if_fail (clock == NULL || RP_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
  rp_data_group_set_store (self->data_group, store, clock);
  if (store == self->store)
    return;

  self->syncing_reading = TRUE;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (rp_store_get_reading_collections (self->store), self);
  adw_combo_row_set_model (self->reading_collection_row, NULL);
  g_set_object (&self->store, store);
  self->syncing_reading = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->reading_collection_row), store != NULL);
  if (store == NULL)
    return;

  collections = rp_store_get_reading_collections (store);
  /* Before the row's own selection follows the model, and after. */
  g_signal_connect_object (collections, "items-changed",
                           G_CALLBACK (reading_collections_changing_cb), self, G_CONNECT_SWAPPED);
  expression = gtk_property_expression_new (RP_TYPE_READING_COLLECTION, NULL, "display-name");
  adw_combo_row_set_expression (self->reading_collection_row, expression);
  self->syncing_reading = TRUE;
  adw_combo_row_set_model (self->reading_collection_row, collections);
  self->syncing_reading = FALSE;
  g_signal_connect_object (collections, "items-changed",
                           G_CALLBACK (reading_collections_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  sync_reading_collection_row (self);
}

static void
rp_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_preferences_window_dispose (GObject *object)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (rp_store_get_reading_collections (self->store), self);
  /* A row may outlive the window for a while: it must not follow the
   * settings into callbacks on a window that is gone. */
  if (self->reading_order_row != NULL)
    g_settings_unbind (self->reading_order_row, "selected");
  if (self->reading_reminder_row != NULL)
    g_settings_unbind (self->reading_reminder_row, "enable-expansion");
  if (self->check_in_reminder_row != NULL)
    g_settings_unbind (self->check_in_reminder_row, "enable-expansion");
  /* The group may outlive the window too; the store must not. */
  if (self->data_group != NULL)
    rp_data_group_set_store (self->data_group, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (rp_preferences_window_parent_class)->dispose (object);
}

static void
rp_preferences_window_finalize (GObject *object)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->reminder_minutes, g_array_unref);

  G_OBJECT_CLASS (rp_preferences_window_parent_class)->finalize (object);
}

static void
rp_preferences_window_class_init (RpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rp_preferences_window_constructed;
  object_class->get_property = rp_preferences_window_get_property;
  object_class->set_property = rp_preferences_window_set_property;
  object_class->dispose = rp_preferences_window_dispose;
  object_class->finalize = rp_preferences_window_finalize;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_DATA_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, data_folder_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, data_group);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        meeting_reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, reminder_minutes_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        private_notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        run_in_background_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, start_at_login_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        reading_collection_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, reading_order_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, reading_reminder_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, reading_hour_spin);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, reading_minute_spin);
  gtk_widget_class_bind_template_callback (widget_class, two_digits_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, reading_time_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, check_in_reminder_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, check_in_hour_spin);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, check_in_minute_spin);
  gtk_widget_class_bind_template_callback (widget_class, check_in_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, milestone_time_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, milestone_reminder_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, milestone_hour_spin);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, milestone_minute_spin);
}

static void
rp_preferences_window_init (RpPreferencesWindow *self)
{
  g_autoptr(GtkStringList) reminder_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reminder_minutes = g_array_new (FALSE, FALSE, sizeof (int));
  adw_combo_row_set_model (self->reminder_minutes_row, G_LIST_MODEL (reminder_labels));
}
