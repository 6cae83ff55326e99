interface Props {
  readonly title: string;
  readonly hint: string;
  /** "participant", "observer" or "survey": names the button. */
  readonly kind: string;
  readonly busy: boolean;
  readonly message: string | null;
  readonly onMake: () => void;
}

/**
 * A link this tab does not have: the server keeps only a fingerprint of each link, so it
 * cannot be shown again; a new one can be made.
 */
export function MissingLinkRow({ title, hint, kind, busy, message, onMake }: Props) {
  return (
    <div className="share__row" data-testid={`share-missing-${kind}`}>
      <p className="share__label">
        <strong>{title}</strong> <span>{hint}</span>
      </p>
      <p className="share__note">
        Not in this tab: the server keeps only a fingerprint of each link, so it cannot show it
        again. A new one replaces it.
      </p>
      <div className="share__field">
        <button type="button" className="button button--small" disabled={busy} onClick={onMake}>
          Make new {kind} link
        </button>
      </div>
      {message && (
        <p className="share__status" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
