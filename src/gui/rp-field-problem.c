/* rp-field-problem.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The message under a form's field that says what to fix, the way the
 * editors show it as the user types. */

#define G_LOG_DOMAIN "rp-field-problem"

#include "config.h"

#include "rp-field-problem.h"

void
rp_field_problem_show (GtkWidget  *input,
                       GtkWidget  *problem,
                       const char *message,
                       gboolean    quiet)
{
  g_return_if_fail (input == NULL || GTK_IS_WIDGET (input));
  g_return_if_fail (ADW_IS_PREFERENCES_ROW (problem) || GTK_IS_LABEL (problem));

  gtk_widget_remove_css_class (problem, "error");
  gtk_widget_remove_css_class (problem, "dim-label");
  if (input != NULL)
    gtk_widget_remove_css_class (input, "error");

  if (message == NULL)
    {
      gtk_widget_set_visible (problem, FALSE);
      if (input != NULL)
        {
          gtk_accessible_update_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID,
                                       GTK_ACCESSIBLE_INVALID_FALSE, -1);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (input),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      return;
    }

  if (ADW_IS_PREFERENCES_ROW (problem))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (problem), message);
  else
    gtk_label_set_text (GTK_LABEL (problem), message);
  gtk_widget_add_css_class (problem, quiet ? "dim-label" : "error");
  gtk_widget_set_visible (problem, TRUE);

  if (input != NULL)
    {
      if (!quiet)
        gtk_widget_add_css_class (input, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID,
                                   quiet ? GTK_ACCESSIBLE_INVALID_FALSE
                                         : GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (input),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
}

void
rp_field_problem_add_icon (AdwActionRow *problem)
{
  g_return_if_fail (ADW_IS_ACTION_ROW (problem));

  adw_action_row_add_prefix (problem, gtk_image_new_from_icon_name ("dialog-error-symbolic"));
}
