#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails the build when the core library refers to any GTK, GDK, GSK or
# libadwaita symbol: src/core must stay usable without a display.
set -eu
lib=$1
stamp=$2
bad=$(nm -u "$lib" 2>/dev/null | awk '{print $NF}' | grep -E '^(gtk|gdk|gsk|adw)_' || true)
if [ -n "$bad" ]; then
  echo "src/core links GTK/libadwaita symbols, which it must not:" >&2
  echo "$bad" >&2
  exit 1
fi
: > "$stamp"
