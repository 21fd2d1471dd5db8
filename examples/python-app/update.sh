#!/bin/sh
# One line to update the fleet: update.sh VERSION [--broken]  (environment: see update.mjs)
exec node "$(dirname "$0")/update.mjs" "$@"
