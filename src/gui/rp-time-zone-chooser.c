/* rp-time-zone-chooser.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTimeZoneChooser: a popover that lists the system's IANA time zones
 * with a search entry ("new york" finds America/New_York) and emits
 * "zone-chosen" when the user picks one. The meeting editor opens it from
 * its time zone row.
 */

#define G_LOG_DOMAIN "rp-time-zone-chooser"

#include "config.h"

#include <string.h>

#include "rp-meeting-form.h"
#include "rp-time-zone-chooser.h"

struct _RpTimeZoneChooser
{
  GtkPopover          parent_instance;

  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;

  GtkStringList      *zones;
  GtkFilterListModel *matches;
};

G_DEFINE_FINAL_TYPE (RpTimeZoneChooser, rp_time_zone_chooser, GTK_TYPE_POPOVER)

enum {
  SIGNAL_ZONE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "America/New_York" and "new york" meet as "america/new york". */
static char *
normalize (const char *text)
{
  g_autofree char *spaced = g_strdup (text);

  g_strdelimit (spaced, "_", ' ');
  return g_strstrip (g_utf8_casefold (spaced, -1));
}

static gboolean
zone_matches (gpointer item,
              gpointer user_data)
{
  RpTimeZoneChooser *self = user_data;
  g_autofree char *needle = normalize (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_autofree char *zone = NULL;

  if (needle[0] == '\0')
    return TRUE;

  zone = normalize (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return strstr (zone, needle) != NULL;
}

static void
choose (RpTimeZoneChooser *self,
        guint              position)
{
  g_autoptr(GtkStringObject) zone = g_list_model_get_item (G_LIST_MODEL (self->matches), position);

  if (zone == NULL)
    return;

  g_signal_emit (self, signals[SIGNAL_ZONE_CHOSEN], 0, gtk_string_object_get_string (zone));
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
search_changed_cb (RpTimeZoneChooser *self)
{
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->matches),
                      GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_activate_cb (RpTimeZoneChooser *self)
{
  choose (self, 0);
}

static void
list_activate_cb (RpTimeZoneChooser *self,
                  guint              position)
{
  choose (self, position);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *zone = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (zone));
}

static void
rp_time_zone_chooser_show (GtkWidget *widget)
{
  RpTimeZoneChooser *self = RP_TIME_ZONE_CHOOSER (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  GTK_WIDGET_CLASS (rp_time_zone_chooser_parent_class)->show (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
rp_time_zone_chooser_dispose (GObject *object)
{
  RpTimeZoneChooser *self = RP_TIME_ZONE_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_TIME_ZONE_CHOOSER);
  g_clear_object (&self->matches);
  g_clear_object (&self->zones);

  G_OBJECT_CLASS (rp_time_zone_chooser_parent_class)->dispose (object);
}

static void
rp_time_zone_chooser_class_init (RpTimeZoneChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_time_zone_chooser_dispose;
  widget_class->show = rp_time_zone_chooser_show;

  /**
   * RpTimeZoneChooser::zone-chosen:
   * @zone: the IANA identifier, such as "America/New_York"
   */
  signals[SIGNAL_ZONE_CHOSEN] =
    g_signal_new ("zone-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-time-zone-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, RpTimeZoneChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RpTimeZoneChooser, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

/* The zones tzdata lists in zone1970.tab; aliases a user or a meeting may
 * have ("US/Eastern") are added with rp_time_zone_chooser_add_zone(). */
static void
rp_time_zone_chooser_init (RpTimeZoneChooser *self)
{
  const char *tzdir = g_getenv ("TZDIR");
  g_autofree char *path = g_build_filename (tzdir != NULL ? tzdir : "/usr/share/zoneinfo",
                                            "zone1970.tab", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) zones = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    g_debug ("No zone table at %s: offering UTC and the zones in use", path);
  zones = rp_meeting_form_parse_zone_table (contents);

  self->zones = gtk_string_list_new ((const char * const *) zones);
  self->matches = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->zones)),
                                             GTK_FILTER (gtk_custom_filter_new (zone_matches,
                                                                                self, NULL)));
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->matches)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (self->list_view, factory);
}

GtkWidget *
rp_time_zone_chooser_new (void)
{
  return g_object_new (RP_TYPE_TIME_ZONE_CHOOSER, NULL);
}

/**
 * rp_time_zone_chooser_add_zone:
 * @zone: an IANA identifier
 *
 * Offers @zone too, unless it is offered already.
 */
void
rp_time_zone_chooser_add_zone (RpTimeZoneChooser *self,
                               const char        *zone)
{
  guint n_zones;

  g_return_if_fail (RP_IS_TIME_ZONE_CHOOSER (self));
  g_return_if_fail (zone != NULL);

  n_zones = g_list_model_get_n_items (G_LIST_MODEL (self->zones));
  for (guint i = 0; i < n_zones; i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (self->zones, i), zone) == 0)
        return;
    }

  gtk_string_list_append (self->zones, zone);
}

/**
 * rp_time_zone_chooser_get_n_matches:
 *
 * Returns: how many zones the search shows
 */
guint
rp_time_zone_chooser_get_n_matches (RpTimeZoneChooser *self)
{
  g_return_val_if_fail (RP_IS_TIME_ZONE_CHOOSER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->matches));
}
