#!/bin/sh
# Install command of the `wheels` component (otacast `command` installer).
# Runs in this payload's directory, ROOT/wheels/releases/VERSION/, with no
# package index: pip installs only the wheels delivered in the release, into
# this payload's own site-packages. The installer then points
# ROOT/wheels/current at this directory, so the switch is one atomic rename and
# the previous payload (with its site-packages) stays for rollback.
set -eu
target="$OTACAST_PAYLOAD/site-packages"
export PIP_ROOT_USER_ACTION=ignore
if python3 -m pip --version >/dev/null 2>&1; then
  python3 -m pip install --no-index --find-links "$OTACAST_PAYLOAD/wheels" \
    --target "$target" --upgrade --no-compile --disable-pip-version-check --quiet greeting
  echo "pip installed greeting $OTACAST_VERSION into $target"
else
  # A device without pip: a pure-Python wheel is a zip that unpacks into site-packages.
  mkdir -p "$target"
  for wheel in "$OTACAST_PAYLOAD"/wheels/*.whl; do python3 -m zipfile -e "$wheel" "$target"; done
  echo "unzipped wheels into $target (no pip on this device)"
fi
