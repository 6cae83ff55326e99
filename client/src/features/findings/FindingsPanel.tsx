import type { FindingsProseKey } from '@hindsight/shared';
import { FindingField } from './FindingField.tsx';
import './findings.css';

/** The findings written as narratives, given more room. */
const LONG_FINDINGS: ReadonlySet<FindingsProseKey> = new Set(['leadup', 'recovery', 'lessons']);

interface Props {
  /** The section's heading. */
  readonly title: string;
  /** What it asks of the team, under the heading. */
  readonly intro?: string;
  readonly fields: readonly FindingsProseKey[];
  readonly testId?: string;
}

/**
 * Findings for the whole postmortem, written where they come up in the session (trigger,
 * leadup and detection in Timeline, recovery and lessons in Discuss) and again in the after view.
 * They head the exported document's executive page.
 */
export function FindingsPanel({ title, intro, fields, testId }: Props) {
  return (
    <section className="findings" aria-label={title} data-testid={testId}>
      <h2 className="findings__title">{title}</h2>
      {intro && <p className="findings__intro">{intro}</p>}
      <div className="findings__fields">
        {fields.map((f) => (
          <FindingField key={f} field={f} rows={LONG_FINDINGS.has(f) ? 4 : 2} />
        ))}
      </div>
    </section>
  );
}
