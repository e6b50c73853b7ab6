/* rp-preferences-window.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpPreferencesWindow shows the application's GSettings. Every row is bound
 * to its key, so there is nothing to apply or save: a change takes effect at
 * once and the next start sees it.
 */

#define G_LOG_DOMAIN "rp-preferences-window"

#include "config.h"

#include "rp-database.h"
#include "rp-preferences-window.h"

struct _RpPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *color_scheme_row;
  AdwActionRow         *data_folder_row;
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
rp_preferences_window_class_init (RpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rp_preferences_window_constructed;
  object_class->get_property = rp_preferences_window_get_property;
  object_class->set_property = rp_preferences_window_set_property;
  object_class->dispose = rp_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, data_folder_row);
}

static void
rp_preferences_window_init (RpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
