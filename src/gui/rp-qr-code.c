/* rp-qr-code.c
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RpQrCode draws a text (a tel:, sms: or mailto: link on the call sheet) as
 * a QR code a phone camera can read: libqrencode gives the matrix, and each
 * run of dark modules is one rectangle. Always black on white with the
 * standard four-module quiet zone, whatever the theme: cameras need the
 * contrast. Modules are whole pixels, so the code stays sharp. A text that
 * cannot be encoded (too long) draws nothing; whoever shows the widget
 * shows the text too. */

#define G_LOG_DOMAIN "rp-qr-code"

#include "config.h"

#include <glib/gi18n.h>
#include <qrencode.h>

#include "rp-qr-code.h"

/* Modules of white around the code, as the standard asks. */
#define QUIET_ZONE 4
/* The smallest side, in pixels, phone cameras read easily from a screen. */
#define MIN_SIZE   200

struct _RpQrCode
{
  GtkWidget  parent_instance;

  char      *text;
  /* width * width bytes, non-zero for a dark module; NULL when the text
   * is empty or could not be encoded. */
  guint8    *modules;
  guint      width;
};

G_DEFINE_FINAL_TYPE (RpQrCode, rp_qr_code, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
encode (RpQrCode *self)
{
  QRcode *code;

  g_clear_pointer (&self->modules, g_free);
  self->width = 0;

  if (self->text == NULL || *self->text == '\0')
    return;

  /* 8-bit mode keeps the text byte for byte; level M survives a screen's
   * glare and moiré. */
  code = QRcode_encodeString8bit (self->text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    {
      g_debug ("The text could not be encoded as a QR code");
      return;
    }

  self->width = (guint) code->width;
  self->modules = g_new (guint8, (gsize) self->width * self->width);
  for (gsize i = 0; i < (gsize) self->width * self->width; i++)
    self->modules[i] = code->data[i] & 1;

  QRcode_free (code);
}

static guint
get_n_modules_across (RpQrCode *self)
{
  return self->width + 2 * QUIET_ZONE;
}

static void
rp_qr_code_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  RpQrCode *self = RP_QR_CODE (widget);
  guint across = get_n_modules_across (self);
  guint module_size;

  if (self->modules == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  module_size = (MIN_SIZE + across - 1) / across;
  *minimum = (int) (module_size * across);
  *natural = (int) (MAX (module_size, 8u) * across);
}

static void
rp_qr_code_snapshot (GtkWidget   *widget,
                     GtkSnapshot *snapshot)
{
  RpQrCode *self = RP_QR_CODE (widget);
  static const GdkRGBA white = { 1.0f, 1.0f, 1.0f, 1.0f };
  static const GdkRGBA black = { 0.0f, 0.0f, 0.0f, 1.0f };
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint across = get_n_modules_across (self);
  guint module_size;
  int side, left, top;

  if (self->modules == NULL)
    return;

  module_size = (guint) MIN (width, height) / across;
  if (module_size == 0)
    return;

  side = (int) (module_size * across);
  left = (width - side) / 2;
  top = (height - side) / 2;

  gtk_snapshot_append_color (snapshot, &white,
                             &GRAPHENE_RECT_INIT (left, top, side, side));

  left += (int) (QUIET_ZONE * module_size);
  top += (int) (QUIET_ZONE * module_size);
  for (guint y = 0; y < self->width; y++)
    {
      const guint8 *row = self->modules + (gsize) y * self->width;
      guint x = 0;

      /* One rectangle per run of dark modules: fewer nodes, no seams. */
      while (x < self->width)
        {
          guint run_start;

          if (!row[x])
            {
              x++;
              continue;
            }

          run_start = x;
          while (x < self->width && row[x])
            x++;

          gtk_snapshot_append_color (snapshot, &black,
                                     &GRAPHENE_RECT_INIT (left + (int) (run_start * module_size),
                                                          top + (int) (y * module_size),
                                                          (int) ((x - run_start) * module_size),
                                                          (int) module_size));
        }
    }
}

static void
rp_qr_code_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RpQrCode *self = RP_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_qr_code_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RpQrCode *self = RP_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      rp_qr_code_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_qr_code_finalize (GObject *object)
{
  RpQrCode *self = RP_QR_CODE (object);

  g_free (self->text);
  g_free (self->modules);

  G_OBJECT_CLASS (rp_qr_code_parent_class)->finalize (object);
}

static void
rp_qr_code_class_init (RpQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rp_qr_code_finalize;
  object_class->get_property = rp_qr_code_get_property;
  object_class->set_property = rp_qr_code_set_property;

  widget_class->measure = rp_qr_code_measure;
  widget_class->snapshot = rp_qr_code_snapshot;

  /**
   * RpQrCode:text:
   *
   * The text encoded, byte for byte; %NULL or empty draws nothing.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "qrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rp_qr_code_init (RpQrCode *self)
{
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("QR code"),
                                  -1);
}

/**
 * rp_qr_code_new:
 * @text: (nullable): the text to encode
 *
 * Returns: (transfer floating): a new #RpQrCode
 */
GtkWidget *
rp_qr_code_new (const char *text)
{
  return g_object_new (RP_TYPE_QR_CODE, "text", text, NULL);
}

const char *
rp_qr_code_get_text (RpQrCode *self)
{
  g_return_val_if_fail (RP_IS_QR_CODE (self), NULL);

  return self->text;
}

void
rp_qr_code_set_text (RpQrCode   *self,
                     const char *text)
{
  g_return_if_fail (RP_IS_QR_CODE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  encode (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * rp_qr_code_get_matrix_size:
 *
 * Returns: how many modules the code has across (21 for version 1, 4 more
 *   for each version), quiet zone not included; 0 when nothing is drawn
 */
guint
rp_qr_code_get_matrix_size (RpQrCode *self)
{
  g_return_val_if_fail (RP_IS_QR_CODE (self), 0);

  return self->width;
}

/**
 * rp_qr_code_get_module:
 * @x: the column, from 0 at the left
 * @y: the row, from 0 at the top
 *
 * Returns: whether the module at @x, @y is dark
 */
gboolean
rp_qr_code_get_module (RpQrCode *self,
                       guint     x,
                       guint     y)
{
  g_return_val_if_fail (RP_IS_QR_CODE (self), FALSE);
  g_return_val_if_fail (x < self->width && y < self->width, FALSE);

  return self->modules[(gsize) y * self->width + x] != 0;
}
