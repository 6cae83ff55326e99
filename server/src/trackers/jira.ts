/**
 * Jira Cloud over REST v3: `POST /rest/api/3/issue` files (the description in Atlassian
 * Document Format, the due date as `duedate`), `GET /rest/api/3/issue/{id}?fields=status`
 * reads, and the `jira:issue_updated` webhook (signed `X-Hub-Signature: sha256=…` when the
 * admin webhook has a secret) reports. An issue is closed when its status is in the
 * `done` category, whatever the workflow names it. An issue is named by its id.
 */
import { z } from 'zod';
import {
  callJson,
  TrackerCallError,
  type IssueDraft,
  type IssueState,
  type TrackerClient,
} from './client.ts';

const headers = (email: string | null, token: string) => ({
  authorization: `Basic ${Buffer.from(`${email ?? ''}:${token}`).toString('base64')}`,
});

const CreatedSchema = z.object({ id: z.string().min(1), key: z.string().min(1) });

const StatusSchema = z.object({
  statusCategory: z.object({ key: z.string() }),
});

const IssueSchema = z.object({
  id: z.string().min(1),
  fields: z.object({ status: StatusSchema }),
});

const stateOf = (status: z.infer<typeof StatusSchema>): IssueState =>
  status.statusCategory.key === 'done' ? 'closed' : 'open';

type Inline =
  | { type: 'text'; text: string; marks?: { type: 'link'; attrs: { href: string } }[] }
  | { type: 'hardBreak' };
const text = (t: string): Inline => ({ type: 'text', text: t });
const paragraph = (...content: Inline[]) => ({ type: 'paragraph', content });

/** Prose as ADF paragraphs: a blank line between paragraphs, a line break within one. */
function paragraphs(prose: string) {
  return prose
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) =>
      paragraph(
        ...p
          .split('\n')
          .filter((line) => line !== '')
          .flatMap((line, i): Inline[] =>
            i === 0 ? [text(line)] : [{ type: 'hardBreak' }, text(line)],
          ),
      ),
    );
}

/** The description as an ADF document: details, owner, and the link back. */
export function adfDescription(draft: IssueDraft) {
  const content = [];
  if (draft.details) content.push(...paragraphs(draft.details));
  if (draft.owner) content.push(paragraph(text(`Owner: ${draft.owner}`)));
  content.push(
    paragraph(
      text('An action from the postmortem '),
      {
        type: 'text',
        text: draft.postmortemTitle,
        marks: [{ type: 'link', attrs: { href: draft.postmortemUrl } }],
      },
      text('.'),
    ),
  );
  return { type: 'doc', version: 1, content };
}

const MyselfSchema = z.object({ displayName: z.string() });
const ProjectSchema = z.object({ issueTypes: z.array(z.object({ name: z.string() })).optional() });

export const jira: TrackerClient = {
  async whoAmI(conn) {
    const { body } = await callJson('jira', `${conn.baseUrl}/rest/api/3/myself`, {
      method: 'GET',
      headers: headers(conn.email, conn.token),
    });
    const me = MyselfSchema.safeParse(body);
    if (!me.success) throw new TrackerCallError('jira', 'unexpected', null);
    return me.data.displayName;
  },

  async checkTarget(conn, target) {
    if (target.kind !== 'jira') throw new Error('not a Jira target');
    const { body } = await callJson(
      'jira',
      `${conn.baseUrl}/rest/api/3/project/${encodeURIComponent(target.project)}`,
      { method: 'GET', headers: headers(conn.email, conn.token) },
    );
    // The project lists its issue types: one it lacks is refused before any issue is.
    const types = ProjectSchema.safeParse(body).data?.issueTypes;
    const wanted = target.issueType.toLowerCase();
    if (types && !types.some((t) => t.name.toLowerCase() === wanted)) {
      throw new TrackerCallError('jira', 'invalid', null, `no issue type ${target.issueType}`);
    }
  },

  async create(conn, target, draft) {
    if (target.kind !== 'jira') throw new Error('not a Jira target');
    const { body } = await callJson('jira', `${conn.baseUrl}/rest/api/3/issue`, {
      method: 'POST',
      headers: headers(conn.email, conn.token),
      body: {
        fields: {
          project: { key: target.project },
          issuetype: { name: target.issueType },
          summary: draft.title,
          description: adfDescription(draft),
          ...(draft.due ? { duedate: draft.due } : {}),
        },
      },
    });
    const created = CreatedSchema.safeParse(body);
    if (!created.success) {
      throw new TrackerCallError('jira', 'unexpected', null);
    }
    return {
      externalId: created.data.id,
      key: created.data.key,
      url: `${conn.baseUrl}/browse/${encodeURIComponent(created.data.key)}`,
      state: 'open',
    };
  },

  async state(conn, id) {
    if (!/^\d+$/.test(id)) return null;
    const { status, body } = await callJson(
      'jira',
      `${conn.baseUrl}/rest/api/3/issue/${id}?fields=status`,
      { method: 'GET', headers: headers(conn.email, conn.token), missingIsAnswer: true },
    );
    if (status === 404) return null;
    const issue = IssueSchema.safeParse(body);
    return issue.success ? stateOf(issue.data.fields.status) : null;
  },

  signature: { header: 'x-hub-signature', prefix: 'sha256=' },

  news(_headers, body) {
    const event = z
      .object({ webhookEvent: z.literal('jira:issue_updated'), issue: IssueSchema })
      .safeParse(body);
    if (!event.success) return null;
    return { externalId: event.data.issue.id, state: stateOf(event.data.issue.fields.status) };
  },
};
