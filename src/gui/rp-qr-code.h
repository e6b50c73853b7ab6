/* rp-qr-code.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RP_TYPE_QR_CODE (rp_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (RpQrCode, rp_qr_code, RP, QR_CODE, GtkWidget)

GtkWidget  *rp_qr_code_new             (const char *text);
const char *rp_qr_code_get_text        (RpQrCode   *self);
void        rp_qr_code_set_text        (RpQrCode   *self,
                                        const char *text);
guint       rp_qr_code_get_matrix_size (RpQrCode   *self);
gboolean    rp_qr_code_get_module      (RpQrCode   *self,
                                        guint       x,
                                        guint       y);

G_END_DECLS
