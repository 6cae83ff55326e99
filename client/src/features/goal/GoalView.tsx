import { usePlan } from '../../state/usePlan.ts';

/** Goal: the plan's goal statement and the blameless rule, big, for everyone. */
export function GoalView() {
  const { goal, blamelessRule } = usePlan();
  return (
    <div className="goal" data-testid="goal-view">
      <section className="goal__card" aria-labelledby="goal-heading">
        <h3 id="goal-heading" className="goal__label">
          Why we are here
        </h3>
        <p className="goal__statement">{goal || 'Learn from the incident, together.'}</p>
      </section>
      {blamelessRule && (
        <section className="goal__rule" aria-labelledby="rule-heading">
          <h3 id="rule-heading" className="goal__label">
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M10 2.5l6 2.5v4.5c0 4-2.6 6.9-6 8-3.4-1.1-6-4-6-8V5z" />
            </svg>
            Blameless
          </h3>
          <p className="goal__rule-text">{blamelessRule}</p>
        </section>
      )}
    </div>
  );
}
