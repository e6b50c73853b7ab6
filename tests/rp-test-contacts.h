/* rp-test-contacts.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the display tests of the support network: a store in the
 * private data folder, contacts made in one call, and widget look-ups by
 * name. The names and numbers are made up. */

#pragma once

#include <adwaita.h>

#include "rp-store.h"

G_BEGIN_DECLS

typedef struct
{
  RpDatabase *database;
  RpStore    *store;
} RpTestContactsFixture;

void        rp_test_contacts_set_up     (RpTestContactsFixture *f,
                                         gconstpointer          user_data);
void        rp_test_contacts_tear_down  (RpTestContactsFixture *f,
                                         gconstpointer          user_data);
RpContact  *rp_test_contacts_add        (RpStore               *store,
                                         const char            *name,
                                         RpContactRole          role,
                                         gboolean               primary_sponsor,
                                         const char            *number,
                                         const char            *email);
GtkWidget  *rp_test_find_named          (GtkWidget             *root,
                                         const char            *name);
GPtrArray  *rp_test_row_titles          (GtkWidget             *root);
char       *rp_test_join_titles         (GtkWidget             *root);

G_END_DECLS
