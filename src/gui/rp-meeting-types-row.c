/* rp-meeting-types-row.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpMeetingTypesRow: the meeting editor's choice of Meeting Guide type
 * codes: an expander row whose subtitle names the chosen types, holding a
 * search entry and one check row per code with its meaning. Codes a
 * meeting carries that the table does not know (or has retired) get rows
 * of their own, so editing never drops them. Emits "changed".
 */

#define G_LOG_DOMAIN "rp-meeting-types-row"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "rp-meeting-types.h"
#include "rp-meeting-types-row.h"

struct _RpMeetingTypesRow
{
  AdwExpanderRow  parent_instance;

  GtkSearchEntry *search_entry;

  GPtrArray      *rows;
  gboolean        setting;
};

G_DEFINE_FINAL_TYPE (RpMeetingTypesRow, rp_meeting_types_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
row_code (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "rp-code");
}

static GtkCheckButton *
row_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "rp-check");
}

static void
update_subtitle (RpMeetingTypesRow *self)
{
  g_autoptr(GString) chosen = g_string_new (NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (!gtk_check_button_get_active (row_check (row)))
        continue;
      if (chosen->len > 0)
        /* Translators: separates the chosen meeting types: “Open, Discussion” */
        g_string_append (chosen, C_("list of meeting types", ", "));
      g_string_append (chosen, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 chosen->len > 0 ? chosen->str : _("None chosen"));
}

static void
check_toggled_cb (RpMeetingTypesRow *self)
{
  update_subtitle (self);
  if (!self->setting)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static GtkWidget *
add_row (RpMeetingTypesRow *self,
         const char        *code)
{
  const char *meaning = rp_meeting_type_get_meaning (code);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* Meanings hold "&" ("12 Steps & 12 Traditions"): not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), meaning != NULL ? meaning : code);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), code);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  meaning != NULL ? meaning : code, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (row), "rp-code", g_strdup (code), g_free);
  g_object_set_data (G_OBJECT (row), "rp-check", check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->rows, row);

  return row;
}

static GtkWidget *
find_row (RpMeetingTypesRow *self,
          const char        *code)
{
  const char *canonical = rp_meeting_type_get_canonical (code);

  if (canonical != NULL)
    code = canonical;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (row_code (row), code) == 0)
        return row;
    }

  return NULL;
}

static void
search_changed_cb (RpMeetingTypesRow *self)
{
  rp_meeting_types_row_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
rp_meeting_types_row_dispose (GObject *object)
{
  RpMeetingTypesRow *self = RP_MEETING_TYPES_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MEETING_TYPES_ROW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rp_meeting_types_row_parent_class)->dispose (object);
}

static void
rp_meeting_types_row_class_init (RpMeetingTypesRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_meeting_types_row_dispose;

  /**
   * RpMeetingTypesRow::changed:
   *
   * The user chose or unchose a type.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-meeting-types-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMeetingTypesRow, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
rp_meeting_types_row_init (RpMeetingTypesRow *self)
{
  const char * const *codes = rp_meeting_type_get_codes ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  for (guint i = 0; codes[i] != NULL; i++)
    {
      /* Retired codes are offered only to meetings that still carry them. */
      if (!rp_meeting_type_is_legacy (codes[i]))
        add_row (self, codes[i]);
    }

  update_subtitle (self);
}

GtkWidget *
rp_meeting_types_row_new (void)
{
  return g_object_new (RP_TYPE_MEETING_TYPES_ROW, NULL);
}

/**
 * rp_meeting_types_row_set_types:
 * @codes: (nullable): the codes to show as chosen; all others are not
 *
 * Does not emit "changed".
 */
void
rp_meeting_types_row_set_types (RpMeetingTypesRow  *self,
                                const char * const *codes)
{
  g_return_if_fail (RP_IS_MEETING_TYPES_ROW (self));

  self->setting = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    gtk_check_button_set_active (row_check (g_ptr_array_index (self->rows, i)), FALSE);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    rp_meeting_types_row_set_type_active (self, codes[i], TRUE);
  self->setting = FALSE;
}

/**
 * rp_meeting_types_row_set_type_active:
 * @code: a type code, known or not
 * @active: whether it is chosen
 *
 * Chooses or unchooses @code, as a click on its row does.
 */
void
rp_meeting_types_row_set_type_active (RpMeetingTypesRow *self,
                                      const char        *code,
                                      gboolean           active)
{
  GtkWidget *row;

  g_return_if_fail (RP_IS_MEETING_TYPES_ROW (self));
  g_return_if_fail (code != NULL);

  row = find_row (self, code);
  if (row == NULL && !active)
    return;
  if (row == NULL)
    row = add_row (self, code);

  gtk_check_button_set_active (row_check (row), active);
}

/**
 * rp_meeting_types_row_dup_types:
 *
 * Returns: (transfer full): the chosen codes, in the table's order
 */
GStrv
rp_meeting_types_row_dup_types (RpMeetingTypesRow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (RP_IS_MEETING_TYPES_ROW (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (gtk_check_button_get_active (row_check (row)))
        g_strv_builder_add (builder, row_code (row));
    }

  return g_strv_builder_end (builder);
}

/**
 * rp_meeting_types_row_search:
 * @text: words from a meaning or a code; "" shows every type
 *
 * Shows only the types that match, as typing in the row's search entry does.
 */
void
rp_meeting_types_row_search (RpMeetingTypesRow *self,
                             const char        *text)
{
  g_autofree char *needle = NULL;

  g_return_if_fail (RP_IS_MEETING_TYPES_ROW (self));
  g_return_if_fail (text != NULL);

  needle = g_strstrip (g_utf8_casefold (text, -1));
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      g_autofree char *folded_title = g_utf8_casefold (title, -1);
      g_autofree char *folded_code = g_utf8_casefold (row_code (row), -1);

      gtk_widget_set_visible (row, needle[0] == '\0' ||
                                   strstr (folded_title, needle) != NULL ||
                                   strstr (folded_code, needle) != NULL);
    }
}

/**
 * rp_meeting_types_row_get_n_shown:
 *
 * Returns: how many types the search leaves visible
 */
guint
rp_meeting_types_row_get_n_shown (RpMeetingTypesRow *self)
{
  guint n_shown = 0;

  g_return_val_if_fail (RP_IS_MEETING_TYPES_ROW (self), 0);

  for (guint i = 0; i < self->rows->len; i++)
    {
      if (gtk_widget_get_visible (g_ptr_array_index (self->rows, i)))
        n_shown++;
    }

  return n_shown;
}
