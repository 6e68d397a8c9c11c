import type { ReactNode, Ref } from 'react';

interface Props {
  text: string;
  /** The message's number: the same words said again are a new message, in a node of its own. */
  n: number;
  /** After the message (Ångra). */
  children?: ReactNode;
  ref?: Ref<HTMLParagraphElement>;
}

/**
 * The side panel's status line. A screen reader reads what is added to a live region: the same
 * words set again change nothing, and the second "Loggat …" in a row went unsaid.
 */
export function StatusLine({ text, n, children, ref }: Props) {
  return (
    <p role="status" className="status-message panel-status" ref={ref} tabIndex={-1}>
      <span key={n}>{text}</span>
      {children}
    </p>
  );
}
