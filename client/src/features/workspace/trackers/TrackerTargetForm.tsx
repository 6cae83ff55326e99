import {
  TRACKER_KINDS,
  TRACKER_LABELS,
  TrackerTargetSchema,
  type TrackerKind,
  type TrackerTarget,
} from '@hindsight/shared';
import { useState } from 'react';
import { useFetched } from '../../../lib/useFetched.ts';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { SelectField } from '../SelectField.tsx';
import { useSubmit } from '../useSubmit.ts';
import { fetchTarget, saveTarget } from './trackersApi.ts';
import './trackers.css';

/**
 * Where one postmortem's issues go: a form for its facilitator and admins, who choose it
 * (the server refuses anyone else), and a sentence for everyone else.
 */
export function TrackerTargetForm({ boardId }: { boardId: string }) {
  const { data } = useFetched((signal) => fetchTarget(boardId, signal), `target:${boardId}`);
  if (!data) return null;
  if (!data.mayChange) return <TargetText target={data.target} />;
  return <TargetForm key={boardId} boardId={boardId} stored={data.target} />;
}

/** "GitHub, octocat/Hello-World": the tracker and where in it. */
function targetPlace(target: TrackerTarget): string {
  const label = TRACKER_LABELS[target.kind];
  switch (target.kind) {
    case 'github':
      return `${label}, ${target.repository}`;
    case 'jira':
      return `${label}, project ${target.project} (${target.issueType})`;
    case 'linear':
      return `${label}, team ${target.teamId}`;
  }
}

function TargetText({ target }: { target: TrackerTarget | null }) {
  return (
    <p className="tracker-target tracker-target--read" data-testid="tracker-target">
      {target ? (
        <>
          Issues go to <strong>{targetPlace(target)}</strong>.
        </>
      ) : (
        'No issue tracker is chosen for this postmortem yet.'
      )}{' '}
      Its facilitator or an admin chooses it.
    </p>
  );
}

function TargetForm({ boardId, stored }: { boardId: string; stored: TrackerTarget | null }) {
  const [kind, setKind] = useState<TrackerKind>(stored?.kind ?? 'github');
  const [repository, setRepository] = useState(stored?.kind === 'github' ? stored.repository : '');
  const [project, setProject] = useState(stored?.kind === 'jira' ? stored.project : '');
  const [issueType, setIssueType] = useState(stored?.kind === 'jira' ? stored.issueType : 'Task');
  const [teamId, setTeamId] = useState(stored?.kind === 'linear' ? stored.teamId : '');
  const [saved, setSaved] = useState(false);
  // What the tracker said of the target just saved, in our words.
  const [problem, setProblem] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(async () => {
    setSaved(false);
    setProblem(null);
    setInvalid(null);
    const fields = { github: { repository }, jira: { project, issueType }, linear: { teamId } };
    const parsed = TrackerTargetSchema.safeParse({ kind, ...fields[kind] });
    if (!parsed.success) return setInvalid(parsed.error.issues[0]?.message ?? 'Check the fields.');
    const answer = await saveTarget(boardId, parsed.data);
    setProblem(answer.problem ?? null);
    setSaved(true);
  });
  return (
    <form className="tracker-target" onSubmit={submit} noValidate aria-label="Issue tracker">
      <div>
        <SelectField<TrackerKind>
          label="Issues go to"
          value={kind}
          options={TRACKER_KINDS}
          optionLabel={(k) => TRACKER_LABELS[k]}
          onChange={setKind}
        />
      </div>
      {kind === 'github' && (
        <div>
          <Field
            label="Repository"
            value={repository}
            onChange={setRepository}
            placeholder="owner/name"
          />
        </div>
      )}
      {kind === 'jira' && (
        <>
          <div>
            <Field label="Project key" value={project} onChange={setProject} placeholder="OPS" />
          </div>
          <div>
            <Field label="Issue type" value={issueType} onChange={setIssueType} />
          </div>
        </>
      )}
      {kind === 'linear' && (
        <div>
          <Field label="Team id" value={teamId} onChange={setTeamId} />
        </div>
      )}
      <button type="submit" className="button button--small" disabled={busy}>
        {busy ? 'Saving…' : 'Save tracker'}
      </button>
      <FormFailure message={invalid ?? error} />
      {saved && (
        <p role="status" data-testid="tracker-target-saved">
          {problem ? `Tracker saved, but not confirmed. ${problem}` : 'Tracker saved.'}
        </p>
      )}
    </form>
  );
}
