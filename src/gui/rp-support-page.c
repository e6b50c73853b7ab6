/* rp-support-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpSupportPage: The Support page: the sponsor card and the support network, one click from a call.
 * Until its features land it shows an empty state that says what will be
 * here and offers the first step.
 */

#define G_LOG_DOMAIN "rp-support-page"

#include "config.h"

#include "rp-support-page.h"

struct _RpSupportPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RpSupportPage, rp_support_page, ADW_TYPE_BIN)

static void
rp_support_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_SUPPORT_PAGE);

  G_OBJECT_CLASS (rp_support_page_parent_class)->dispose (object);
}

static void
rp_support_page_class_init (RpSupportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_support_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-support-page.ui");
}

static void
rp_support_page_init (RpSupportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
