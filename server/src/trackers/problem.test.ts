import { describe, expect, it } from 'vitest';
import { causeOf, trackerDetail, trackerProblem } from './problem.ts';

describe('causeOf', () => {
  it('reads the cause from the status', () => {
    expect(causeOf('github', 401, null)).toBe('token');
    expect(causeOf('github', 403, null)).toBe('token');
    expect(causeOf('github', 404, null)).toBe('not-found');
    expect(causeOf('github', 422, null)).toBe('invalid');
    expect(causeOf('jira', 400, { errors: { issuetype: 'Specify an issue type' } })).toBe(
      'invalid',
    );
    expect(causeOf('github', 503, null)).toBe('failed');
    expect(causeOf('github', 429, null)).toBe('failed');
  });

  it("takes Jira's 400 on the project field as a project it cannot find", () => {
    expect(causeOf('jira', 400, { errors: { project: 'Specify a valid project ID or key' } })).toBe(
      'not-found',
    );
  });

  it("reads Linear's GraphQL errors, whatever the status", () => {
    const errors = (message: string, code = '') => ({
      errors: [{ message, extensions: { code } }],
    });
    expect(causeOf('linear', 400, errors('Authentication required', 'AUTHENTICATION_ERROR'))).toBe(
      'token',
    );
    expect(causeOf('linear', 200, errors('Entity not found: Team', 'INPUT_ERROR'))).toBe(
      'not-found',
    );
    expect(causeOf('linear', 400, errors('Argument Validation Error', 'INVALID_INPUT'))).toBe(
      'invalid',
    );
    expect(causeOf('linear', 401, null)).toBe('token');
  });
});

describe('trackerDetail', () => {
  it("keeps the tracker's own words from each documented error body, shortened", () => {
    expect(trackerDetail({ message: 'Bad credentials' })).toBe('Bad credentials');
    expect(
      trackerDetail({ errorMessages: ['No project'], errors: { issuetype: 'Specify one' } }),
    ).toBe('No project; issuetype: Specify one');
    expect(trackerDetail({ errors: [{ message: 'Entity not found' }] })).toBe('Entity not found');
    expect(trackerDetail({ message: 'x'.repeat(1000) })).toHaveLength(300);
    expect(trackerDetail(null)).toBeNull();
    expect(trackerDetail({})).toBeNull();
  });
});

describe('trackerProblem', () => {
  it('names the tracker, the cause with its status, and what to check', () => {
    expect(trackerProblem({ kind: 'github', cause: 'token', status: 401 })).toBe(
      'GitHub refused the token (401): check it has the `repo` scope (a fine-grained token: Issues read and write on the repository) and has not expired.',
    );
    expect(
      trackerProblem(
        { kind: 'github', cause: 'not-found', status: 404 },
        { kind: 'github', repository: 'acme/api' },
      ),
    ).toMatch(/^GitHub found no repository acme\/api \(404\): check its owner\/name/);
    expect(
      trackerProblem(
        { kind: 'jira', cause: 'invalid', status: 400 },
        { kind: 'jira', project: 'OPS', issueType: 'Incident task' },
      ),
    ).toBe(
      'Jira refused the issue (400): check the “Incident task” issue type exists in project OPS and that it needs no other required field.',
    );
    expect(trackerProblem({ kind: 'linear', cause: 'unreachable', status: null })).toBe(
      'Linear could not be reached: check the API URL and that this server can reach it (DNS, proxy, firewall).',
    );
    expect(trackerProblem({ kind: 'jira', cause: 'failed', status: 503 })).toMatch(
      /^Jira failed to answer \(503\): it may be down/,
    );
  });
});
