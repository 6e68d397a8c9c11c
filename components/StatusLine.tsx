import { useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';

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
 * words set again change nothing, and the second "Loggat …" in a row went unsaid. While it says
 * something it stays at the panel's foot, and the page keeps that much room below what the
 * keyboard reaches (scroll-padding), so a focused button is never hidden behind it.
 */
export function StatusLine({ text, n, children, ref }: Props) {
  const own = useRef<HTMLParagraphElement | null>(null);
  useLayoutEffect(() => {
    const bar = own.current;
    const root = document.documentElement;
    if (!bar || !text) {
      root.style.scrollPaddingBottom = '';
      return;
    }
    const keepRoom = () => { root.style.scrollPaddingBottom = `${bar.offsetHeight + 8}px`; };
    keepRoom();
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(keepRoom) : null;
    resized?.observe(bar);
    return () => {
      resized?.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [text]);
  const refs = (node: HTMLParagraphElement | null) => {
    own.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) (ref as { current: HTMLParagraphElement | null }).current = node;
  };
  return (
    <p role="status" className={`status-message panel-status${text ? ' saying' : ''}`} ref={refs} tabIndex={-1}>
      <span key={n}>{text}</span>
      {children}
    </p>
  );
}
