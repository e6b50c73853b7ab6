/* rp-store-recovery.h
 * Copyright 2026 The Reprieve developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-recovery.h"
#include "rp-store.h"

G_BEGIN_DECLS

/* Clean time (rp-store-recovery.c): the recovery dates in the user's
 * order, and the past periods a reset ("I had a slip") keeps. Every write
 * emits `changed::recovery`. */
GListModel *rp_store_get_recoveries         (RpStore           *self);
RpRecovery *rp_store_find_recovery          (RpStore           *self,
                                             gint64             recovery_id);
gboolean    rp_store_add_recovery           (RpStore           *self,
                                             RpRecovery        *recovery,
                                             GDateTime         *now,
                                             GError           **error);
gboolean    rp_store_update_recovery        (RpStore           *self,
                                             RpRecovery        *recovery,
                                             GDateTime         *now,
                                             GError           **error);
gboolean    rp_store_delete_recovery        (RpStore           *self,
                                             gint64             recovery_id,
                                             GError           **error);
gboolean    rp_store_restore_recovery       (RpStore           *self,
                                             RpRecovery        *recovery,
                                             GPtrArray         *periods,
                                             GError           **error);
gboolean    rp_store_reorder_recoveries     (RpStore           *self,
                                             const gint64      *recovery_ids,
                                             guint              n_recovery_ids,
                                             GError           **error);
gboolean    rp_store_reset_recovery         (RpStore           *self,
                                             gint64             recovery_id,
                                             const GDate       *new_start_date,
                                             int                new_start_minute,
                                             const char        *note,
                                             GDateTime         *now,
                                             GError           **error);
GPtrArray  *rp_store_list_recovery_periods  (RpStore           *self,
                                             gint64             recovery_id,
                                             GError           **error);

G_END_DECLS
