import { useId, useMemo, useState } from 'react';
import {
  addColumn,
  canRemoveColumn,
  draftFromPlan,
  isDirty,
  moveColumn,
  movePhase,
  planFromDraft,
  removeColumn,
  updateColumn,
  updatePhase,
  type PlanDraft,
} from '../../lib/planDraft.ts';
import { useCardCounts } from '../../state/useCardCounts.ts';
import { useFacilitator } from '../../state/useFacilitator.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useSessionState } from '../../state/useSessionState.ts';
import { useSessionUi } from '../../state/useSessionUi.ts';
import { useSessionUiStore } from '../../state/useSessionUiStore.ts';
import { ColumnEditorRow } from './ColumnEditorRow.tsx';
import { GoalFields } from './GoalFields.tsx';
import { NamedCardsToggle } from './NamedCardsToggle.tsx';
import { PhaseEditorRow } from './PhaseEditorRow.tsx';

/** Planned minutes of the draft's active phases, counting only the valid durations. */
function draftMinutes(draft: PlanDraft): number {
  return draft.phases
    .filter((p) => !p.skipped)
    .reduce((sum, p) => sum + (/^\d+$/.test(p.minutes.trim()) ? Number(p.minutes) : 0), 0);
}

/**
 * The facilitator's plan editor: goal and blameless rule, phases (name, minutes, skip,
 * order) and brainstorm columns. The draft is kept as typed in the session store, so a
 * bad value is never lost and switching views keeps unsaved work; errors from the shared
 * schema show next to their fields. Saving stores the plan with the board.
 */
export function PrepareView() {
  const plan = usePlan();
  const session = useSessionState();
  const facilitator = useFacilitator();
  const ui = useSessionUiStore();
  const stored = useSessionUi((s) => s.planDraft);
  const cardCounts = useCardCounts();
  const [saveState, setSaveState] = useState<
    { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string }
  >({ kind: 'idle' });
  const headingId = useId();

  const draft = useMemo(() => stored ?? draftFromPlan(plan), [stored, plan]);
  const result = useMemo(() => planFromDraft(draft), [draft]);
  const errors = result.ok ? {} : result.errors;
  const dirty = stored !== null && isDirty(draft, plan);
  const errorCount = Object.keys(errors).length;

  const change = (next: PlanDraft) => {
    ui.setState({ planDraft: next });
    if (saveState.kind !== 'idle') setSaveState({ kind: 'idle' });
  };

  function save() {
    if (!facilitator) return;
    if (!result.ok) {
      setSaveState({
        kind: 'failed',
        message: `Fix ${errorCount === 1 ? 'the field' : `the ${errorCount} fields`} marked in red; nothing was saved.`,
      });
      return;
    }
    try {
      facilitator.commands.updatePlan(result.plan);
      ui.setState({ planDraft: null });
      setSaveState({ kind: 'saved' });
    } catch (error) {
      setSaveState({
        kind: 'failed',
        message: error instanceof Error ? error.message : 'The plan could not be saved.',
      });
    }
  }

  function discard() {
    ui.setState({ planDraft: null });
    setSaveState({ kind: 'idle' });
  }

  return (
    <form
      className="prepare"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <header className="prepare__header">
        <div>
          <h2 id={headingId} className="prepare__title">
            Prepare the session
          </h2>
          <p className="prepare__hint">
            Everyone sees this plan in the agenda. Changes are stored with the board when you save.
          </p>
        </div>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => ui.setState({ view: 'phase' })}
        >
          Back to the board
        </button>
      </header>

      <section className="prepare__section" aria-labelledby={`${headingId}-goal`}>
        <h3 id={`${headingId}-goal`} className="prepare__section-title">
          Goal
        </h3>
        <GoalFields draft={draft} errors={errors} onChange={change} />
      </section>

      <section className="prepare__section" aria-labelledby={`${headingId}-phases`}>
        <div className="prepare__section-head">
          <h3 id={`${headingId}-phases`} className="prepare__section-title">
            Phases
          </h3>
          <span className="prepare__total" data-testid="plan-total">
            {draftMinutes(draft)} min planned
          </span>
        </div>
        {errors.phases && <p className="field-error">{errors.phases}</p>}
        <ol className="plan-list">
          {draft.phases.map((phase, index) => (
            <PhaseEditorRow
              key={phase.id}
              phase={phase}
              index={index}
              count={draft.phases.length}
              errors={errors}
              current={session.status === 'running' && session.phaseId === phase.id}
              onChange={(patch) => change(updatePhase(draft, phase.id, patch))}
              onMove={(delta) => change(movePhase(draft, phase.id, delta))}
            />
          ))}
        </ol>
      </section>

      <section className="prepare__section" aria-labelledby={`${headingId}-columns`}>
        <div className="prepare__section-head">
          <h3 id={`${headingId}-columns`} className="prepare__section-title">
            Brainstorm columns
          </h3>
          <button
            type="button"
            className="button button--small"
            disabled={draft.columns.length >= 6}
            onClick={() => change(addColumn(draft))}
          >
            + Add column
          </button>
        </div>
        {errors.columns && <p className="field-error">{errors.columns}</p>}
        <ol className="plan-list">
          {draft.columns.map((column, index) => {
            const cards = cardCounts[column.id] ?? 0;
            return (
              <ColumnEditorRow
                key={column.id}
                column={column}
                index={index}
                count={draft.columns.length}
                errors={errors}
                cards={cards}
                canRemove={canRemoveColumn(draft, cards)}
                onChange={(patch) => change(updateColumn(draft, column.id, patch))}
                onMove={(delta) => change(moveColumn(draft, column.id, delta))}
                onRemove={() => change(removeColumn(draft, column.id))}
              />
            );
          })}
        </ol>
      </section>

      <section className="prepare__section" aria-labelledby={`${headingId}-authors`}>
        <h3 id={`${headingId}-authors`} className="prepare__section-title">
          Card authors
        </h3>
        <NamedCardsToggle />
      </section>

      <footer className="prepare__footer">
        <p
          className={`prepare__status${saveState.kind === 'failed' ? ' is-error' : ''}`}
          role={saveState.kind === 'failed' ? 'alert' : 'status'}
          data-testid="plan-status"
        >
          {saveState.kind === 'failed'
            ? saveState.message
            : saveState.kind === 'saved'
              ? 'Plan saved. Everyone sees it now.'
              : dirty
                ? 'Unsaved changes'
                : 'No unsaved changes'}
        </p>
        <button
          type="button"
          className="button button--ghost"
          disabled={stored === null}
          onClick={discard}
        >
          Discard changes
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={!dirty || !facilitator?.ready}
        >
          Save plan
        </button>
      </footer>
    </form>
  );
}
