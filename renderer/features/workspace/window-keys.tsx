// Keys that act wherever the focus is in a screen (F1, moving between entries and pages). The listener is
// added once and always calls the screen's latest handler, so it sees the latest state.
import { useEffect, useLayoutEffect, useRef } from 'react';

export function WindowKeys({ onKey }: { onKey: (event: KeyboardEvent) => void }) {
  const latest = useRef(onKey);
  useLayoutEffect(() => {
    latest.current = onKey;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
  return null;
}
