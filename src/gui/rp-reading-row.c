/* rp-reading-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingRow is one reading in a collection's list on the Reading page:
 * its title, its description or the day it was last read, a star when it
 * is a favourite, an icon for a link or a document, and a menu (favourite,
 * edit, delete) that activates the page's `reading.*` actions with the
 * reading's id. RpReadingPage's list factory makes and recycles them.
 *
 * Built in code, like RpDirectoryRow, and the menu is only made when it is
 * opened: a 365-day book scrolls through hundreds of binds, and each
 * popover made up front would cost a widget tree per row. */

#define G_LOG_DOMAIN "rp-reading-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-reading-row.h"
#include "rp-schedule.h"

struct _RpReadingRow
{
  GtkWidget  parent_instance;

  RpReading *reading;

  GtkWidget *title;
  GtkWidget *subtitle;
  GtkWidget *favourite_icon;
  GtkWidget *kind_icon;
  GtkWidget *menu_button;
};

enum {
  PROP_0,
  PROP_READING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpReadingRow, rp_reading_row, GTK_TYPE_WIDGET)

/**
 * rp_reading_row_dup_subtitle:
 * @reading: a reading
 *
 * Returns: (transfer full) (nullable): the description, or "Read on …"
 */
char *
rp_reading_row_dup_subtitle (RpReading *reading)
{
  const char *description;
  const char *last_read;
  GDate date;

  g_return_val_if_fail (RP_IS_READING (reading), NULL);

  description = rp_reading_get_description (reading);
  if (description != NULL && description[0] != '\0')
    return g_strdup (description);

  last_read = rp_reading_get_last_read (reading);
  if (last_read != NULL && rp_schedule_parse_storage_date (last_read, &date, NULL))
    {
      g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_get_year (&date),
                                                         g_date_get_month (&date),
                                                         g_date_get_day (&date), 12, 0, 0);
      g_autofree char *day = NULL;

      if (noon == NULL)
        return NULL;
      day = g_date_time_format (noon, C_("reading last read", "%-d %B %Y"));
      /* Translators: %s is a date, such as 3 March 2026 */
      return g_strdup_printf (_("Read on %s"), day);
    }

  return NULL;
}

static void
add_item (GMenu      *menu,
          const char *label,
          const char *action,
          gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* Made as the menu opens, from the reading the row shows then. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  RpReadingRow *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) change = g_menu_new ();
  gint64 id;

  if (self->reading == NULL)
    return;

  id = rp_reading_get_id (self->reading);
  add_item (menu,
            rp_reading_get_favourite (self->reading) ? _("Remove from _Favourites")
                                                     : _("Add to _Favourites"),
            "reading.toggle-favourite", id);
  if (rp_reading_is_editable (self->reading))
    {
      add_item (change, _("_Edit…"), "reading.edit", id);
      add_item (change, _("_Delete"), "reading.delete", id);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (change));
    }

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

GtkWidget *
rp_reading_row_new (void)
{
  return g_object_new (RP_TYPE_READING_ROW, NULL);
}

RpReading *
rp_reading_row_get_reading (RpReadingRow *self)
{
  g_return_val_if_fail (RP_IS_READING_ROW (self), NULL);

  return self->reading;
}

static void
update (RpReadingRow *self)
{
  RpReading *reading = self->reading;
  g_autofree char *subtitle = NULL;
  g_autofree char *more = NULL;
  g_autofree char *name = NULL;
  const char *title;

  if (reading == NULL)
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (self->title), NULL);
      gtk_inscription_set_text (GTK_INSCRIPTION (self->subtitle), NULL);
      return;
    }

  title = rp_reading_get_title (reading);
  subtitle = rp_reading_row_dup_subtitle (reading);
  /* Inscriptions show text as it is: never parsed as markup. */
  gtk_inscription_set_text (GTK_INSCRIPTION (self->title), title);
  gtk_inscription_set_text (GTK_INSCRIPTION (self->subtitle), subtitle);
  gtk_widget_set_visible (self->subtitle, subtitle != NULL);

  gtk_widget_set_visible (self->favourite_icon, rp_reading_get_favourite (reading));
  gtk_widget_set_visible (self->kind_icon, rp_reading_get_kind (reading) == RP_READING_KIND_LINK);
  if (rp_reading_get_kind (reading) == RP_READING_KIND_LINK)
    {
      gboolean document = rp_reading_is_document (reading);

      gtk_image_set_from_icon_name (GTK_IMAGE (self->kind_icon),
                                    document ? "x-office-document-symbolic"
                                             : "web-browser-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      document ? _("Document") : _("Web Page"),
                                      -1);
    }

  /* Translators: %s is a reading's title */
  more = g_strdup_printf (_("More for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, more, -1);
  name = g_strdup_printf ("reading-%" G_GINT64_FORMAT, rp_reading_get_id (reading));
  gtk_widget_set_name (GTK_WIDGET (self), name);
}

/**
 * rp_reading_row_set_reading:
 * @self: a #RpReadingRow
 * @reading: (nullable): the reading to show, %NULL while the row is unused
 */
void
rp_reading_row_set_reading (RpReadingRow *self,
                            RpReading    *reading)
{
  g_return_if_fail (RP_IS_READING_ROW (self));
  g_return_if_fail (reading == NULL || RP_IS_READING (reading));

  if (self->reading != NULL)
    g_signal_handlers_disconnect_by_func (self->reading, update, self);

  if (!g_set_object (&self->reading, reading))
    return;

  /* The store may change an item in place ("last-read" does). */
  if (reading != NULL)
    g_signal_connect_swapped (reading, "notify", G_CALLBACK (update), self);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READING]);
}

static void
rp_reading_row_dispose (GObject *object)
{
  RpReadingRow *self = RP_READING_ROW (object);
  GtkWidget *child;

  if (self->reading != NULL)
    g_signal_handlers_disconnect_by_func (self->reading, update, self);
  g_clear_object (&self->reading);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->title = self->subtitle = self->favourite_icon = self->kind_icon = NULL;
  self->menu_button = NULL;

  G_OBJECT_CLASS (rp_reading_row_parent_class)->dispose (object);
}

static void
rp_reading_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpReadingRow *self = RP_READING_ROW (object);

  switch (prop_id)
    {
    case PROP_READING:
      g_value_set_object (value, self->reading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reading_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RpReadingRow *self = RP_READING_ROW (object);

  switch (prop_id)
    {
    case PROP_READING:
      rp_reading_row_set_reading (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reading_row_class_init (RpReadingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_reading_row_dispose;
  object_class->get_property = rp_reading_row_get_property;
  object_class->set_property = rp_reading_row_set_property;

  /**
   * RpReadingRow:reading:
   *
   * The reading shown (an item of the store's model, without its body).
   */
  properties[PROP_READING] =
    g_param_spec_object ("reading", NULL, NULL,
                         RP_TYPE_READING,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rp-reading-row");
}

static GtkWidget *
new_inscription (void)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 8);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 40);

  return inscription;
}

static void
rp_reading_row_init (RpReadingRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *text;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (text, GTK_WIDGET (self));

  self->title = new_inscription ();
  gtk_box_append (GTK_BOX (text), self->title);

  self->subtitle = new_inscription ();
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_widget_add_css_class (self->subtitle, "caption");
  gtk_box_append (GTK_BOX (text), self->subtitle);

  self->favourite_icon = gtk_image_new_from_icon_name ("starred-symbolic");
  gtk_widget_add_css_class (self->favourite_icon, "accent");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->favourite_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Favourite"), -1);
  gtk_widget_set_parent (self->favourite_icon, GTK_WIDGET (self));

  self->kind_icon = gtk_image_new_from_icon_name ("web-browser-symbolic");
  gtk_widget_add_css_class (self->kind_icon, "dim-label");
  gtk_widget_set_parent (self->kind_icon, GTK_WIDGET (self));

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button),
                                         create_menu_cb, self, NULL);
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_tooltip_text (self->menu_button, _("More"));
  gtk_widget_set_parent (self->menu_button, GTK_WIDGET (self));

  gtk_widget_set_visible (self->favourite_icon, FALSE);
  gtk_widget_set_visible (self->kind_icon, FALSE);
}
