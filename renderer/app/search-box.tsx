// A list's search box. It searches on committed text only: what an input method (Unikey, EVKey) is still
// composing is not a query, and the box shows it as typed, untouched.
import { useId, useRef, useState } from 'react';

export function SearchBox({ label, onSearch }: { label: string; onSearch: (query: string) => void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  // composition events are the reliable signal; not every engine sets isComposing on input events
  const composing = useRef(false);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <input
        id={id}
        type="search"
        placeholder={label}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setTyped(e.target.value);
          if (!composing.current) onSearch(e.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          onSearch(e.currentTarget.value);
        }}
      />
    </>
  );
}
