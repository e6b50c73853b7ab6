/* rp-contact-private.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-contact.h"

G_BEGIN_DECLS

/* Only RpStore sets what the database decides: the row id, the place in
 * the user's order and the timestamps. */
void rp_contact_set_id         (RpContact  *self,
                                gint64      id);
void rp_contact_set_position   (RpContact  *self,
                                int         position);
void rp_contact_set_timestamps (RpContact  *self,
                                const char *created,
                                const char *updated);

/* rp-contact-values.c holds the roles; rp-contact.c checks them too. */
gboolean rp_contact_role_is_valid (RpContactRole role);

G_END_DECLS
