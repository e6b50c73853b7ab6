/* rp-preferences-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpPreferencesWindow shows the application's GSettings. Every row is bound
 * to its key, so there is nothing to apply or save: a change takes effect at
 * once and the next start sees it. "Start at Login" is the exception: it is
 * the autostart file (rp-autostart), read when the window opens.
 */

#define G_LOG_DOMAIN "rp-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-autostart.h"
#include "rp-database.h"
#include "rp-preferences-window.h"
#include "rp-toast.h"

struct _RpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  /* The lead times the "Remind Me" row offers, in minutes, in its order. */
  GArray               *reminder_minutes;
  /* Set while the code, not the user, selects a lead time. */
  gboolean              syncing;

  AdwComboRow          *color_scheme_row;
  AdwActionRow         *data_folder_row;
  GtkSwitch            *meeting_reminders_switch;
  AdwComboRow          *reminder_minutes_row;
  GtkSwitch            *private_notifications_switch;
  GtkSwitch            *run_in_background_switch;
  GtkSwitch            *start_at_login_switch;
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

  adw_action_row_set_subtitle (self->data_folder_row, folder);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, data_folder_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        meeting_reminders_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, reminder_minutes_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        private_notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow,
                                        run_in_background_switch);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, start_at_login_switch);
}

static void
rp_preferences_window_init (RpPreferencesWindow *self)
{
  g_autoptr(GtkStringList) reminder_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->reminder_minutes = g_array_new (FALSE, FALSE, sizeof (int));
  adw_combo_row_set_model (self->reminder_minutes_row, G_LIST_MODEL (reminder_labels));
}
