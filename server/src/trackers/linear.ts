/**
 * Linear over its GraphQL API: the `issueCreate` mutation files, the `issue` query reads,
 * the `viewer` and `team` queries test a key and a team, and the `Issue` data-change
 * webhook (signed `Linear-Signature: <hex>`) reports. An issue is closed when its
 * workflow state's type is `completed` or `canceled`. A webhook more than a minute old
 * (its `webhookTimestamp`) is not believed, as Linear advises, so a captured delivery
 * cannot be replayed later. An issue is named by its id.
 */
import { z } from 'zod';
import {
  callJson,
  TrackerCallError,
  markdownBody,
  type IssueState,
  type TrackerClient,
} from './client.ts';

/** How old a webhook may be, ms. */
export const LINEAR_WEBHOOK_MAX_AGE_MS = 60_000;

const CREATE = `mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) { success issue { id identifier url state { type } } }
}`;

const READ = `query Issue($id: String!) { issue(id: $id) { id state { type } } }`;

const VIEWER = `query Viewer { viewer { id name } }`;

const TEAM = `query Team($id: String!) { team(id: $id) { id name } }`;

const ViewerSchema = z.object({ data: z.object({ viewer: z.object({ name: z.string() }) }) });

const StateSchema = z.object({ type: z.string() });
const stateOf = (state: z.infer<typeof StateSchema>): IssueState =>
  state.type === 'completed' || state.type === 'canceled' ? 'closed' : 'open';

const CreatedSchema = z.object({
  data: z.object({
    issueCreate: z.object({
      success: z.literal(true),
      issue: z.object({
        id: z.string().min(1),
        identifier: z.string().min(1),
        url: z.string().min(1),
        state: StateSchema,
      }),
    }),
  }),
});

const ReadSchema = z.object({
  data: z.object({ issue: z.object({ id: z.string(), state: StateSchema }).nullable() }),
});

const WebhookSchema = z.object({
  type: z.literal('Issue'),
  action: z.enum(['create', 'update']),
  webhookTimestamp: z.number(),
  data: z.object({ id: z.string().min(1), state: StateSchema }),
});

export const linear: TrackerClient = {
  async whoAmI(conn) {
    const { body } = await callJson('linear', conn.baseUrl, {
      method: 'POST',
      headers: { authorization: conn.token },
      body: { query: VIEWER },
    });
    const viewer = ViewerSchema.safeParse(body);
    if (!viewer.success) throw new TrackerCallError('linear', 'unexpected', null);
    return viewer.data.data.viewer.name;
  },

  async checkTarget(conn, target) {
    if (target.kind !== 'linear') throw new Error('not a Linear target');
    const { body } = await callJson('linear', conn.baseUrl, {
      method: 'POST',
      headers: { authorization: conn.token },
      body: { query: TEAM, variables: { id: target.teamId } },
    });
    if (!(body as { data?: { team?: unknown } } | null)?.data?.team) {
      throw new TrackerCallError('linear', 'not-found', null);
    }
  },

  async create(conn, target, draft) {
    if (target.kind !== 'linear') throw new Error('not a Linear target');
    const { body } = await callJson('linear', conn.baseUrl, {
      method: 'POST',
      headers: { authorization: conn.token },
      body: {
        query: CREATE,
        variables: {
          input: {
            teamId: target.teamId,
            title: draft.title,
            description: markdownBody(draft),
            ...(draft.due ? { dueDate: draft.due } : {}),
          },
        },
      },
    });
    const created = CreatedSchema.safeParse(body);
    if (!created.success) {
      throw new TrackerCallError('linear', 'unexpected', null);
    }
    const { issue } = created.data.data.issueCreate;
    return {
      externalId: issue.id,
      key: issue.identifier,
      url: issue.url,
      state: stateOf(issue.state),
    };
  },

  async state(conn, id) {
    let body: unknown;
    try {
      ({ body } = await callJson('linear', conn.baseUrl, {
        method: 'POST',
        headers: { authorization: conn.token },
        body: { query: READ, variables: { id } },
      }));
    } catch (err) {
      // Linear names an issue it no longer has "Entity not found".
      if (err instanceof TrackerCallError && err.failure === 'not-found') return null;
      throw err;
    }
    const read = ReadSchema.safeParse(body);
    return read.success && read.data.data.issue ? stateOf(read.data.data.issue.state) : null;
  },

  signature: { header: 'linear-signature', prefix: '' },

  news(_headers, body) {
    const event = WebhookSchema.safeParse(body);
    if (!event.success) return null;
    if (Math.abs(Date.now() - event.data.webhookTimestamp) > LINEAR_WEBHOOK_MAX_AGE_MS) return null;
    return { externalId: event.data.data.id, state: stateOf(event.data.data.state) };
  },
};
