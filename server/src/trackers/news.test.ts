/** What each tracker's webhook is read as: the issue and its state, or nothing. */
import { describe, expect, it } from 'vitest';
import { github } from './github.ts';
import { jira } from './jira.ts';
import { linear, LINEAR_WEBHOOK_MAX_AGE_MS } from './linear.ts';

describe('webhook news', () => {
  it('reads GitHub issues closed and reopened, and nothing else', () => {
    const body = {
      action: 'closed',
      issue: { number: 7, html_url: 'https://github.com/o/R/issues/7', state: 'closed' },
      repository: { full_name: 'o/R' },
    };
    expect(github.news({ 'x-github-event': 'issues' }, body)).toEqual({
      externalId: 'o/r#7',
      state: 'closed',
    });
    expect(github.news({ 'x-github-event': 'issues' }, { ...body, action: 'reopened' })).toEqual({
      externalId: 'o/r#7',
      state: 'open',
    });
    expect(github.news({ 'x-github-event': 'issues' }, { ...body, action: 'labeled' })).toBeNull();
    expect(github.news({ 'x-github-event': 'issue_comment' }, body)).toBeNull();
  });

  it('reads a Jira issue as closed when its status is in the done category', () => {
    const event = (key: string) => ({
      webhookEvent: 'jira:issue_updated',
      issue: { id: '10002', fields: { status: { statusCategory: { key } } } },
    });
    expect(jira.news({}, event('done'))).toEqual({ externalId: '10002', state: 'closed' });
    expect(jira.news({}, event('indeterminate'))).toEqual({ externalId: '10002', state: 'open' });
    expect(jira.news({}, { ...event('done'), webhookEvent: 'jira:issue_deleted' })).toBeNull();
  });

  it('reads a Linear issue as closed when completed or canceled, and refuses a stale delivery', () => {
    const event = (type: string, at = Date.now()) => ({
      type: 'Issue',
      action: 'update',
      webhookTimestamp: at,
      data: { id: 'abc', state: { type } },
    });
    expect(linear.news({}, event('completed'))).toEqual({ externalId: 'abc', state: 'closed' });
    expect(linear.news({}, event('canceled'))).toEqual({ externalId: 'abc', state: 'closed' });
    expect(linear.news({}, event('started'))).toEqual({ externalId: 'abc', state: 'open' });
    const stale = Date.now() - LINEAR_WEBHOOK_MAX_AGE_MS - 1000;
    expect(linear.news({}, event('completed', stale))).toBeNull();
    expect(linear.news({}, { ...event('completed'), type: 'Comment' })).toBeNull();
  });
});
