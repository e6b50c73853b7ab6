/* rp-progress-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpProgressPage: The Progress page: clean time and milestones, goals, daily inventory and step work.
 * Until its features land it shows an empty state that says what will be
 * here and offers the first step.
 */

#define G_LOG_DOMAIN "rp-progress-page"

#include "config.h"

#include "rp-progress-page.h"

struct _RpProgressPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RpProgressPage, rp_progress_page, ADW_TYPE_BIN)

static void
rp_progress_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PROGRESS_PAGE);

  G_OBJECT_CLASS (rp_progress_page_parent_class)->dispose (object);
}

static void
rp_progress_page_class_init (RpProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_progress_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-progress-page.ui");
}

static void
rp_progress_page_init (RpProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
