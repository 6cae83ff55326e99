import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useSession } from '../../lib/session.ts';
import { DisplayNameSchema, setDisplayName } from '../../state/identityStore.ts';
import { useIdentity } from '../../state/useIdentity.ts';
import { usePlan } from '../../state/usePlan.ts';

interface Props {
  /** True when the person asked to change their name. */
  readonly editing: boolean;
  readonly onDone: () => void;
}

/**
 * Asks for a display name the first time (it cannot be dismissed then), and again when
 * the person clicks their own avatar. A signed-in person is not asked: their account
 * name becomes their display name (`useAccountName`), so nothing is asked either while
 * the page does not know yet whether someone is signed in.
 */
export function NameDialog({ editing, onDone }: Props) {
  const { name } = useIdentity();
  const session = useSession();
  const { namedCards } = usePlan();
  const nameFromAccount = session.kind === 'loading' || session.kind === 'signed-in';
  const open = (name === null && !nameFromAccount) || editing;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(name ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = DisplayNameSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check your name');
      return;
    }
    setDisplayName(parsed.data);
    setError(null);
    onDone();
  }

  function cancel() {
    setDraft(name ?? '');
    setError(null);
    onDone();
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${inputId}-title`}
      onCancel={(event) => {
        event.preventDefault(); // Escape: only closes when there is a name to fall back to
        if (name !== null) cancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${inputId}-title`}>{name === null ? 'Who are you?' : 'Change your name'}</h2>
        <p className="dialog__hint">
          Others on this board see your name next to your avatar.{' '}
          {namedCards
            ? 'This board shows card authors: your name shows on your cards once revealed.'
            : 'Your cards stay anonymous.'}
        </p>
        <label htmlFor={inputId} className="field-label">
          Your name
        </label>
        <input
          id={inputId}
          className="input"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(null);
          }}
          autoComplete="nickname"
          maxLength={60}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          autoFocus
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          {name !== null && (
            <button type="button" className="button button--ghost" onClick={cancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="button button--primary">
            {name === null ? 'Join board' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
