/* rp-reading-page.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpReadingPage: The Reading page: the library, the daily reading and the reader.
 * Until its features land it shows an empty state that says what will be
 * here and offers the first step.
 */

#define G_LOG_DOMAIN "rp-reading-page"

#include "config.h"

#include "rp-reading-page.h"

struct _RpReadingPage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RpReadingPage, rp_reading_page, ADW_TYPE_BIN)

static void
rp_reading_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_READING_PAGE);

  G_OBJECT_CLASS (rp_reading_page_parent_class)->dispose (object);
}

static void
rp_reading_page_class_init (RpReadingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_reading_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/rp-reading-page.ui");
}

static void
rp_reading_page_init (RpReadingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
