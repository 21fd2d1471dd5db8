#!/bin/sh
# Rollback command of the `wheels` component. install.sh wrote only into its
# own payload directory, so switching ROOT/wheels/current back (which the
# installer does after this script) is the whole rollback: nothing to undo.
exit 0
