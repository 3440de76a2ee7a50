// Statement counting fixture: a React component in TSX.
// Expected statements: 16
// A line ending in "// n" starts n statements; every other line starts none.
import { useEffect, useState } from 'react'; // 1
import type { ReactElement } from 'react'; // 1

export interface TodoProps { // 1
  items: string[];
  onPick?: (item: string) => void;
}

export default function TodoList({ items, onPick }: TodoProps): ReactElement { // 1
  const [selected, setSelected] = useState<string | null>(null); // 1

  useEffect(() => { // 1
    if (selected === null) return; // 2
    onPick?.(selected); // 1
  }, [selected, onPick]);

  if (items.length === 0) { // 1
    return <p className="empty">Nothing to do</p>; // 1
  }

  return ( // 1 (JSX is an expression)
    <ul>
      {items.map((item) => (
        <li key={item} onClick={() => {
          setSelected(item); // 1
        }}>
          {item === selected ? <strong>{item}</strong> : item}
        </li>
      ))}
    </ul>
  );
}

export const count = (props: TodoProps): number => props.items.length; // 1
export { useState as useLocalState } from 'react'; // 1
export * from 'react'; // 1
