/**
 * A reminder in each incoming-webhook format a channel may speak, as the vendors document
 * them, and the POST that delivers it:
 *
 * - **slack**: `text` (the notification's fallback) and Block Kit `blocks`: a section
 *   of mrkdwn per part, links as `<url|label>`; `&`, `<` and `>` escaped, so a title can
 *   neither link nor ping (`<!channel>`).
 * - **teams**: a message whose one attachment is an Adaptive Card (1.4), as Teams'
 *   incoming webhooks (Workflows) take it: text blocks with brackets escaped (no link can
 *   be written into one), and an `Action.OpenUrl` to the ledger.
 * - **mattermost**: `text` in Markdown (what formats, links or mentions escaped) and
 *   `username`.
 * - **json**: Hindsight's own schema (README, "Reminder webhooks"), for any receiver.
 *
 * Each part of the content is bounded, so a digest of many actions stays within the
 * vendors' limits (a Slack section holds 3,000 characters).
 */
import type { ChannelFormat, RemindableAction } from '@hindsight/shared';
import { actionLine, actionLink, headline, postmortemLink } from './content.ts';
import type { SendContent } from './reminderStore.ts';
import type { Delivery } from './worker.ts';

/** Actions listed in one message at most; a longer digest says how many more there are. */
export const MAX_LISTED = 15;
/** How long a webhook may take to answer, ms. */
const TIMEOUT_MS = 10_000;
/** The name reminders post as where the format lets the sender choose (Mattermost). */
export const SENDER_NAME = 'Hindsight';

export interface WebhookInput {
  readonly content: SendContent;
  readonly origin: string;
  /** The owner's name of an action, when the workspace knows them. */
  readonly ownerOf: (action: RemindableAction) => string | null;
}

/** The ledger's page for a message: the action's postmortem, or every overdue action. */
function mainLink({ content, origin }: WebhookInput): string {
  const [first] = content.actions;
  if (content.postmortem) return postmortemLink(origin, content.postmortem.boardId);
  if (content.kind === 'digest' || !first) return `${origin}/actions?overdue=true`;
  return actionLink(origin, first);
}

function listed(input: WebhookInput) {
  const shown = input.content.actions.slice(0, MAX_LISTED);
  const more = input.content.actions.length - shown.length;
  const lines = shown.map((a) => {
    const owner = input.ownerOf(a);
    return { action: a, text: owner ? `${actionLine(a)}, owner ${owner}` : actionLine(a) };
  });
  return { lines, more: more > 0 ? `…and ${more} more` : null };
}

const slackEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * Markdown that stays text: the characters that format or link escaped, and an `@` kept
 * from starting a mention (`@channel` would notify everyone) by a zero-width space.
 */
const markdownEscape = (s: string) =>
  s.replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`).replace(/@/g, '@\u200b');

export function slackBody(input: WebhookInput): unknown {
  const { subject, lead } = headline(input.content);
  const { lines, more } = listed(input);
  const items = lines.map(
    (l) => `• <${slackEscape(actionLink(input.origin, l.action))}|${slackEscape(l.text)}>`,
  );
  if (input.content.postmortem) items.push(`<${slackEscape(mainLink(input))}|Open in Hindsight>`);
  return {
    text: slackEscape(subject),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(lead)}*` } },
      ...(items.length
        ? [
            {
              type: 'section',
              text: { type: 'mrkdwn', text: [...items, ...(more ? [more] : [])].join('\n') },
            },
          ]
        : []),
    ],
  };
}

/** Teams renders a subset of Markdown in text blocks: no link may be written into one. */
const teamsEscape = (s: string) => s.replace(/[[\]]/g, (c) => `\\${c}`);

export function teamsBody(input: WebhookInput): unknown {
  const { subject, lead } = headline(input.content);
  const { lines, more } = listed(input);
  const text = (value: string, extra: Record<string, unknown> = {}) => ({
    type: 'TextBlock',
    text: teamsEscape(value),
    wrap: true,
    ...extra,
  });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          fallbackText: subject,
          body: [
            text(lead, { weight: 'Bolder', size: 'Medium' }),
            ...lines.map((l) => text(`• ${l.text}`, { spacing: 'Small' })),
            ...(more ? [text(more, { isSubtle: true })] : []),
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Open in Hindsight', url: mainLink(input) }],
        },
      },
    ],
  };
}

export function mattermostBody(input: WebhookInput): unknown {
  const { lead } = headline(input.content);
  const { lines, more } = listed(input);
  const items = lines.map(
    (l) => `- [${markdownEscape(l.text)}](${actionLink(input.origin, l.action)})`,
  );
  if (input.content.postmortem) items.push(`[Open in Hindsight](${mainLink(input)})`);
  return {
    text: [`**${markdownEscape(lead)}**`, ...items, ...(more ? [more] : [])].join('\n'),
    username: SENDER_NAME,
  };
}

/** Hindsight's own format, version 1 (README, "Reminder webhooks"). */
export function jsonBody(input: WebhookInput): unknown {
  const { subject } = headline(input.content);
  const { content, origin } = input;
  return {
    type: 'hindsight.reminder',
    version: 1,
    kind: content.kind,
    summary: subject,
    today: content.today,
    week: content.week,
    url: mainLink(input),
    ...(content.postmortem ? { postmortem: content.postmortem } : {}),
    actions: content.actions.map((a) => ({
      id: a.actionId,
      postmortemId: a.boardId,
      title: a.title,
      postmortemTitle: a.postmortemTitle,
      due: a.due,
      ownerPersonId: a.ownerPersonId,
      owner: input.ownerOf(a),
      url: actionLink(origin, a),
    })),
  };
}

const BODIES: Record<ChannelFormat, (input: WebhookInput) => unknown> = {
  slack: slackBody,
  teams: teamsBody,
  mattermost: mattermostBody,
  json: jsonBody,
};

export const webhookBody = (format: ChannelFormat, input: WebhookInput) => BODIES[format](input);

/**
 * POSTs a body to a webhook. A 2xx answer delivered it; a 5xx, a 429, a timeout or no
 * answer may pass later (retried); any other answer will not. Redirects are not followed:
 * a webhook URL names its receiver.
 */
export async function postWebhook(url: string, body: unknown): Promise<Delivery> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return { ok: false, retry: true, detail: timedOut ? 'no answer in 10 s' : 'could not connect' };
  }
  await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return { ok: true };
  const retry = response.status >= 500 || response.status === 429;
  return { ok: false, retry, detail: `HTTP ${response.status}` };
}
