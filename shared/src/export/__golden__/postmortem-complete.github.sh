#!/bin/sh
# The action items of the postmortem "Checkout API 5xx after a connection-pool change" as GitHub issues.
# Needs the GitHub CLI, signed in (gh auth login). Run: sh THIS_FILE OWNER/REPO
# Files 4 issue(s) labelled "postmortem"; an owner written as @login is assigned.
set -eu
if [ "$#" -ne 1 ]; then
  echo 'usage: sh THIS_FILE OWNER/REPO' >&2
  exit 64
fi
repo=$1
gh label create postmortem --repo "$repo" --force --color=5319e7 --description='Action items from a postmortem'
gh issue create --repo "$repo" \
  --title='Add per-environment range checks for pool sizes to config validation' \
  --body='Reject production pool sizes under 50.

Addresses: Config review — root cause: Config values have no schema with per-environment ranges.

Impact/effort: quick win.

From the postmortem "Checkout API 5xx after a connection-pool change".

Owner: Dana

Due: 2026-11-20

Ticket: https://tracker.example.com/browse/INC-4830' \
  --label=postmortem
gh issue create --repo "$repo" \
  --title='Alert on connection-pool saturation' \
  --body='Addresses: Config review

Impact/effort: major project.

The owner has not confirmed yet.

From the postmortem "Checkout API 5xx after a connection-pool change".

Owner: Eli

Due: 2026-11-27' \
  --label=postmortem
gh issue create --repo "$repo" \
  --title='Annotate the checkout dashboard with config changes' \
  --body='Addresses: Slow diagnosis — root cause: Config changes are not shown next to deploys on the dashboard.

Impact/effort: fill-in.

From the postmortem "Checkout API 5xx after a connection-pool change".

Owner: Sam

Ticket: https://tracker.example.com/browse/INC-4831' \
  --label=postmortem
gh issue create --repo "$repo" \
  --title='Add jittered backoff to mobile checkout retries' \
  --body='Addresses: Load amplification

From the postmortem "Checkout API 5xx after a connection-pool change".' \
  --label=postmortem
