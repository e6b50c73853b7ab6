/* rp-today-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpTodayPage: The page Reprieve opens on: your clean time, your next meeting, today's reading and today's goals, together.
 * Until its features land it shows an empty state that says what will be
 * here and offers the first step.
 */

#define G_LOG_DOMAIN "rp-today-page"

#include "config.h"

#include "rp-today-page.h"

struct _RpTodayPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RpTodayPage, rp_today_page, ADW_TYPE_BIN)

static void
rp_today_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (rp_today_page_parent_class)->dispose (object);
}

static void
rp_today_page_class_init (RpTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-today-page.ui");
}

static void
rp_today_page_init (RpTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
