import { useEffect, useRef } from 'react';

/**
 * A message said after an action takes the keyboard's focus when the action took it away (the button
 * pressed went with the form it was in): a keyboard or screen-reader user would start again from the
 * top of the page. The message element needs tabIndex={-1}.
 */
export function useFocusFollows<T extends HTMLElement>(message: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (message && lost) ref.current?.focus();
  }, [message]);
  return ref;
}
