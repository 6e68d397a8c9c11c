/**
 * A padlock before the words that say the organisation sets a value: drawn, not the 🔒 emoji, which
 * needs an emoji font (a bare Linux machine has none, and showed an empty box). Not read aloud: the
 * words say it.
 */
export function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false" fill="currentColor"
      style={{ marginRight: '0.25em', verticalAlign: '-0.1em' }}>
      <path fillRule="evenodd" d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5zM6 7h4V5a2 2 0 1 0-4 0v2z" />
    </svg>
  );
}
