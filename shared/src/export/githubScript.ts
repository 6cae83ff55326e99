/**
 * The action items as a POSIX shell script that files one GitHub issue per action item
 * with the GitHub CLI (`sh FILE OWNER/REPO`, after `gh auth login`). Every value a person
 * typed reaches `gh` as one argument in single quotes, inside which the shell expands
 * nothing: a title holding `$(…)`, backticks, quotes or line breaks is filed as written
 * and runs nothing. An owner typed as a GitHub login (`@dana`) is assigned; any other
 * owner is named in the body and the issue is left unassigned.
 */
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { withoutBidiControlsDeep } from '../bidi.ts';
import { TRACKER_LABEL, trackerBody } from './trackerFields.ts';

/**
 * A GitHub login written as a mention: letters, digits and single inner hyphens, at most
 * 39 characters (GitHub's rule for user names).
 */
const LOGIN = /^@([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})$/;

/** The login an owner names, or null when the owner is a name GitHub cannot assign. */
export function githubLogin(owner: string | null): string | null {
  return LOGIN.exec(owner?.trim() ?? '')?.[1] ?? null;
}

/**
 * A shell word that is exactly `value`: single-quoted, each `'` closed, escaped and
 * reopened. NUL, which no argument can hold, is dropped.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/\0/g, '').replace(/'/g, `'\\''`)}'`;
}

/** One line of text for a comment or a title: line breaks and other controls as spaces. */
const oneLine = (value: string) => value.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim();

function issueCommand(doc: PostmortemDocument, item: ExportActionItem): string {
  const login = githubLogin(item.owner);
  const body = trackerBody(doc, item, { ownerInBody: login === null });
  return [
    'gh issue create --repo "$repo"',
    `  --title=${shellQuote(oneLine(item.action))}`,
    `  --body=${shellQuote(body)}`,
    `  --label=${TRACKER_LABEL}`,
    ...(login === null ? [] : [`  --assignee=${login}`]),
  ].join(' \\\n');
}

/** The script; with no action item recorded it files nothing and says so. */
export function renderGithubScript(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  const items = doc.actionItems ?? [];
  return `${[
    '#!/bin/sh',
    `# The action items of the postmortem "${oneLine(doc.title)}" as GitHub issues.`,
    '# Needs the GitHub CLI, signed in (gh auth login). Run: sh THIS_FILE OWNER/REPO',
    `# Files ${items.length} issue(s) labelled "${TRACKER_LABEL}"; an owner written as @login is assigned.`,
    'set -eu',
    'if [ "$#" -ne 1 ]; then',
    "  echo 'usage: sh THIS_FILE OWNER/REPO' >&2",
    '  exit 64',
    'fi',
    'repo=$1',
    ...(items.length === 0
      ? ["echo 'The postmortem has no action item to file.'"]
      : [
          `gh label create ${TRACKER_LABEL} --repo "$repo" --force --color=5319e7 --description='Action items from a postmortem'`,
          ...items.map((item) => issueCommand(doc, item)),
        ]),
  ].join('\n')}\n`;
}
