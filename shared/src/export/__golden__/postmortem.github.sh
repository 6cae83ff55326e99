#!/bin/sh
# The action items of the postmortem "Checkout API 5xx after a connection-pool change" as GitHub issues.
# Needs the GitHub CLI, signed in (gh auth login). Run: sh THIS_FILE OWNER/REPO
# Files 0 issue(s) labelled "postmortem"; an owner written as @login is assigned.
set -eu
if [ "$#" -ne 1 ]; then
  echo 'usage: sh THIS_FILE OWNER/REPO' >&2
  exit 64
fi
repo=$1
echo 'The postmortem has no action item to file.'
