/* rp-contact-editor.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rp-contact.h"
#include "rp-store.h"

G_BEGIN_DECLS

#define RP_TYPE_CONTACT_EDITOR (rp_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpContactEditor, rp_contact_editor, RP, CONTACT_EDITOR, AdwWindow)

RpContactEditor *rp_contact_editor_new          (RpStore         *store,
                                                 RpContact       *contact);
RpContactEditor *rp_contact_editor_new_for_role (RpStore         *store,
                                                 RpContactRole    role);
void             rp_contact_editor_present      (RpContactEditor *self,
                                                 GtkWindow       *parent);

G_END_DECLS
