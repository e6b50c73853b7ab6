#!/bin/sh
# Copyright 2026 The Reprieve developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when src/core/rp-starter-library-strings.h (the starter library's
# strings for xgettext) or data/readings/readings.gresource.xml (the files
# compiled in) is out of date with the headers and files of data/readings/:
# regenerates both into a scratch folder and compares.
#
#   check-reading-strings.sh SOURCE_ROOT

set -u

root=${1:?usage: $0 SOURCE_ROOT}
cd "$root" || exit 1

tmpdir=$(mktemp -d) || exit 1
trap 'rm -rf "$tmpdir"' EXIT

if ! sh build-aux/update-reading-strings.sh . "$tmpdir"; then
  echo "check-reading-strings: build-aux/update-reading-strings.sh failed"
  exit 1
fi

status=0
for pair in src/core/rp-starter-library-strings.h:rp-starter-library-strings.h \
            data/readings/readings.gresource.xml:readings.gresource.xml; do
  committed=${pair%%:*}
  fresh=$tmpdir/${pair#*:}
  if ! cmp -s "$committed" "$fresh"; then
    echo "$committed is out of date with data/readings/; run build-aux/update-reading-strings.sh:"
    diff -u "$committed" "$fresh" | sed 's/^/  /'
    status=1
  fi
done

if [ $status -eq 0 ]; then
  echo "the starter library's strings and resource list match data/readings/"
fi
exit $status
