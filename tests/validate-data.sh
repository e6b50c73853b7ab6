#!/bin/sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validates a built data file with the tool made for it. A missing tool is a
# failure, not a skip: a check that did not run must not look like a pass.
#
#   validate-data.sh desktop FILE.desktop
#   validate-data.sh metainfo FILE.metainfo.xml
#   validate-data.sh schema FILE.gschema.xml...

set -u

need ()
{
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "validate-data: '$1' not found; install $2 to run this check" >&2
    exit 1
  fi
}

if [ $# -lt 2 ]; then
  echo "usage: $0 desktop|metainfo|schema FILE..." >&2
  exit 2
fi

kind=$1
shift

case $kind in
  desktop)
    need desktop-file-validate desktop-file-utils
    # desktop-file-validate exits 0 on hints and warnings: fail on those too.
    status=0
    for file in "$@"; do
      output=$(desktop-file-validate "$file" 2>&1) || status=1
      if [ -n "$output" ]; then
        echo "$output"
        status=1
      fi
    done
    exit $status
    ;;
  metainfo)
    need appstreamcli appstream
    # --no-net: the screenshot and the URLs are not fetched. Warnings fail,
    # infos (and pedantic notes) do not.
    exec appstreamcli validate --no-net --explain "$@"
    ;;
  schema)
    need glib-compile-schemas libglib2.0-bin
    # glib-compile-schemas works on a folder: give it one that holds exactly
    # the schema files under test.
    tmpdir=$(mktemp -d) || exit 1
    trap 'rm -rf "$tmpdir"' EXIT
    cp "$@" "$tmpdir"/ || exit 1
    if output=$(glib-compile-schemas --strict --dry-run "$tmpdir" 2>&1); then
      status=0
    else
      status=1
    fi
    [ -z "$output" ] || echo "$output" | sed "s|$tmpdir/||g"
    exit $status
    ;;
  *)
    echo "validate-data: unknown kind '$kind'" >&2
    exit 2
    ;;
esac
