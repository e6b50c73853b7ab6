/* rp-contact-actions.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-contact.h"
#include "rp-store.h"

G_BEGIN_DECLS

void       rp_contact_actions_reach        (GtkWidget     *source,
                                            RpStore       *store,
                                            RpContact     *contact,
                                            RpCallKind     kind);
char      *rp_contact_actions_dup_subtitle (RpContact     *contact);
GtkWidget *rp_contact_actions_new_button   (RpContact     *contact,
                                            RpCallKind     kind);

G_END_DECLS
