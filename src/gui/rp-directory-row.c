/* rp-directory-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpDirectoryRow is one meeting in the Directory's list: its name, when and
 * where, and the "Add to My Meetings" button, or "Added" once it is in My
 * meetings. RpDirectoryView's list factory makes and recycles them; the
 * button activates the view's "directory.add" action with the id of the
 * meeting the row shows at the time.
 *
 * Built in code, without a template, with one GtkInscription for the
 * three lines rather than three labels, and without an actionable button:
 * GTK 4.8's list view keeps some 200 rows and builds new ones whenever the
 * results grow again, and a template is parsed again for every row, each
 * text widget makes its own Pango context and a label measures its text on
 * every bind, an action name makes each button watch the action, and a
 * tooltip set on a shown widget asks the X server where the pointer is.
 * Measured over 5,000 meetings, the worst keystrokes got several times
 * cheaper.
 */

#define G_LOG_DOMAIN "rp-directory-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-directory-row.h"

struct _RpDirectoryRow
{
  GtkWidget           parent_instance;

  RpDirectoryMeeting *meeting;
  gboolean            added;

  GtkWidget          *text;         /* name, when, where: one line each */
  GtkWidget          *add_button;
  GtkWidget          *added_label;   /* made when first needed */
};

enum {
  PROP_0,
  PROP_MEETING,
  PROP_ADDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RpDirectoryRow, rp_directory_row, GTK_TYPE_WIDGET)

static void
place (GtkWidget *child,
       int        column,
       int        row,
       int        row_span)
{
  GtkWidget *parent = gtk_widget_get_parent (child);
  GtkLayoutChild *layout_child;

  layout_child = gtk_layout_manager_get_layout_child (gtk_widget_get_layout_manager (parent),
                                                      child);
  gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (layout_child), column);
  gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (layout_child), row);
  gtk_grid_layout_child_set_row_span (GTK_GRID_LAYOUT_CHILD (layout_child), row_span);
}

/* The name in bold, the place dimmed. The text is set as is, never parsed
 * as markup. */
static void
set_text (RpDirectoryRow *self,
          const char     *name,
          const char     *when,
          const char     *where)
{
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  g_autofree char *text = g_strconcat (name, "\n", when, "\n", where, NULL);
  PangoAttribute *attribute;

  attribute = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attribute->end_index = strlen (name);
  pango_attr_list_insert (attributes, attribute);

  attribute = pango_attr_foreground_alpha_new (G_MAXUINT16 * 55 / 100);
  attribute->start_index = strlen (name) + 1 + strlen (when) + 1;
  pango_attr_list_insert (attributes, attribute);

  gtk_inscription_set_text (GTK_INSCRIPTION (self->text), text);
  gtk_inscription_set_attributes (GTK_INSCRIPTION (self->text), attributes);
}

/* A meeting by appointment has no time to put in a calendar: it cannot
 * be added, so it offers no button. */
static void
update_action (RpDirectoryRow *self)
{
  gboolean can_add = self->meeting != NULL &&
                     !rp_directory_meeting_get_by_appointment (self->meeting);

  gtk_widget_set_visible (self->add_button, can_add && !self->added);

  if (can_add && self->added && self->added_label == NULL)
    {
      self->added_label = gtk_label_new (C_("directory meeting in My Meetings", "Added"));
      gtk_widget_add_css_class (self->added_label, "dim-label");
      gtk_widget_set_valign (self->added_label, GTK_ALIGN_CENTER);
      gtk_widget_set_parent (self->added_label, GTK_WIDGET (self));
      place (self->added_label, 1, 0, 1);
    }
  if (self->added_label != NULL)
    gtk_widget_set_visible (self->added_label, can_add && self->added);
}

static void
add_clicked_cb (RpDirectoryRow *self)
{
  if (self->meeting != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "directory.add", "x",
                                rp_directory_meeting_get_id (self->meeting));
}

GtkWidget *
rp_directory_row_new (void)
{
  return g_object_new (RP_TYPE_DIRECTORY_ROW, NULL);
}

RpDirectoryMeeting *
rp_directory_row_get_meeting (RpDirectoryRow *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_ROW (self), NULL);

  return self->meeting;
}

/**
 * rp_directory_row_set_meeting:
 * @self: a #RpDirectoryRow
 * @meeting: (nullable): the meeting to show, %NULL while the row is unused
 */
void
rp_directory_row_set_meeting (RpDirectoryRow     *self,
                              RpDirectoryMeeting *meeting)
{
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;

  g_return_if_fail (RP_IS_DIRECTORY_ROW (self));
  g_return_if_fail (meeting == NULL || RP_IS_DIRECTORY_MEETING (meeting));

  if (!g_set_object (&self->meeting, meeting))
    return;

  if (meeting != NULL)
    {
      when = rp_directory_meeting_dup_when_text (meeting);
      where = rp_directory_meeting_dup_where_text (meeting);
    }

  if (meeting != NULL)
    set_text (self, rp_directory_meeting_get_display_name (meeting), when, where);
  else
    gtk_inscription_set_text (GTK_INSCRIPTION (self->text), NULL);

  update_action (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}

gboolean
rp_directory_row_get_added (RpDirectoryRow *self)
{
  g_return_val_if_fail (RP_IS_DIRECTORY_ROW (self), FALSE);

  return self->added;
}

/**
 * rp_directory_row_set_added:
 * @self: a #RpDirectoryRow
 * @added: whether the meeting is in My meetings already
 */
void
rp_directory_row_set_added (RpDirectoryRow *self,
                            gboolean        added)
{
  g_return_if_fail (RP_IS_DIRECTORY_ROW (self));

  added = !!added;
  if (self->added == added)
    return;

  self->added = added;
  update_action (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED]);
}

static void
rp_directory_row_dispose (GObject *object)
{
  RpDirectoryRow *self = RP_DIRECTORY_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->meeting);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->text = self->add_button = self->added_label = NULL;

  G_OBJECT_CLASS (rp_directory_row_parent_class)->dispose (object);
}

static void
rp_directory_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RpDirectoryRow *self = RP_DIRECTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_ADDED:
      g_value_set_boolean (value, self->added);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RpDirectoryRow *self = RP_DIRECTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      rp_directory_row_set_meeting (self, g_value_get_object (value));
      break;

    case PROP_ADDED:
      rp_directory_row_set_added (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_directory_row_class_init (RpDirectoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_directory_row_dispose;
  object_class->get_property = rp_directory_row_get_property;
  object_class->set_property = rp_directory_row_set_property;

  /**
   * RpDirectoryRow:meeting:
   *
   * The directory meeting shown.
   */
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         RP_TYPE_DIRECTORY_MEETING,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RpDirectoryRow:added:
   *
   * Whether the meeting is in My meetings: the row then says "Added"
   * instead of offering to add it.
   */
  properties[PROP_ADDED] =
    g_param_spec_boolean ("added", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rp-directory-row");
}

static void
rp_directory_row_init (RpDirectoryRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  const char *add_label = _("Add to My Meetings");

  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (layout), 12);

  self->text = gtk_inscription_new (NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (self->text),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (self->text), 8);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (self->text), 40);
  gtk_inscription_set_min_lines (GTK_INSCRIPTION (self->text), 3);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (self->text), 3);
  gtk_widget_set_hexpand (self->text, TRUE);
  gtk_widget_set_parent (self->text, GTK_WIDGET (self));
  place (self->text, 0, 0, 1);

  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_visible (self->add_button, FALSE);
  gtk_widget_set_tooltip_text (self->add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  gtk_widget_add_css_class (self->add_button, "circular");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->add_button, GTK_WIDGET (self));
  place (self->add_button, 1, 0, 1);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self);

  update_action (self);
}
