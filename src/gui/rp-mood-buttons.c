/* rp-mood-buttons.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMoodButtons: five linked toggle buttons, Very low to Very good, each
 * with a face, a short label, a tooltip and an accessible label. At most
 * one is active; clicking the active one clears the mood ("mood" 0). Used
 * by the inventory editor and the Today card. */

#define G_LOG_DOMAIN "rp-mood-buttons"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-inventory-entry.h"
#include "rp-mood-buttons.h"

struct _RpMoodButtons
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *buttons[5];
  int        mood;
  guint      syncing : 1;
};

G_DEFINE_FINAL_TYPE (RpMoodButtons, rp_mood_buttons, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MOOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_buttons (RpMoodButtons *self)
{
  self->syncing = TRUE;
  for (int i = 0; i < 5; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), self->mood == i + 1);
  self->syncing = FALSE;
}

static void
button_toggled_cb (GtkToggleButton *button,
                   RpMoodButtons   *self)
{
  int mood = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "rp-mood"));

  if (self->syncing)
    return;

  if (gtk_toggle_button_get_active (button))
    rp_mood_buttons_set_mood (self, mood);
  else if (self->mood == mood)
    rp_mood_buttons_set_mood (self, 0);
}

static void
rp_mood_buttons_dispose (GObject *object)
{
  RpMoodButtons *self = RP_MOOD_BUTTONS (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (rp_mood_buttons_parent_class)->dispose (object);
}

static void
rp_mood_buttons_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RpMoodButtons *self = RP_MOOD_BUTTONS (object);

  switch (prop_id)
    {
    case PROP_MOOD:
      g_value_set_int (value, self->mood);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_mood_buttons_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RpMoodButtons *self = RP_MOOD_BUTTONS (object);

  switch (prop_id)
    {
    case PROP_MOOD:
      rp_mood_buttons_set_mood (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_mood_buttons_class_init (RpMoodButtonsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_mood_buttons_dispose;
  object_class->get_property = rp_mood_buttons_get_property;
  object_class->set_property = rp_mood_buttons_set_property;

  properties[PROP_MOOD] =
    g_param_spec_int ("mood", NULL, NULL, 0, 5, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "moodbuttons");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rp_mood_buttons_init (RpMoodButtons *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (self->box), TRUE);
  gtk_widget_add_css_class (self->box, "linked");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  for (int i = 0; i < 5; i++)
    {
      const char *name = rp_inventory_mood_to_string (i + 1);
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_box_append (GTK_BOX (content),
                      gtk_image_new_from_icon_name (rp_inventory_mood_icon_name (i + 1)));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 6);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (content), label);

      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (button), "rp-mood", GINT_TO_POINTER (i + 1));
      g_signal_connect (button, "toggled", G_CALLBACK (button_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->box), button);
      self->buttons[i] = button;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mood"), -1);
}

GtkWidget *
rp_mood_buttons_new (void)
{
  return g_object_new (RP_TYPE_MOOD_BUTTONS, NULL);
}

int
rp_mood_buttons_get_mood (RpMoodButtons *self)
{
  g_return_val_if_fail (RP_IS_MOOD_BUTTONS (self), 0);
  return self->mood;
}

/**
 * rp_mood_buttons_set_mood:
 * @mood: 1–5, or 0 for none
 */
void
rp_mood_buttons_set_mood (RpMoodButtons *self,
                          int            mood)
{
  g_return_if_fail (RP_IS_MOOD_BUTTONS (self));
  g_return_if_fail (mood >= 0 && mood <= 5);

  if (self->mood == mood)
    return;

  self->mood = mood;
  sync_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOOD]);
}

GtkWidget *
rp_mood_buttons_get_button (RpMoodButtons *self,
                            int            mood)
{
  g_return_val_if_fail (RP_IS_MOOD_BUTTONS (self), NULL);
  g_return_val_if_fail (mood >= 1 && mood <= 5, NULL);

  return self->buttons[mood - 1];
}
