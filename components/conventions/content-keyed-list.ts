import { useRef, useState } from "react";

export interface Keyed<T> {
  /** Stable across moves and removals, so React keeps each row's DOM (and focus) with its data. */
  key: number;
  value: T;
}

/** Moves the item at `index` by `delta` places; out-of-range moves leave the list as it is. */
export function moveAt<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

export interface KeyedList<T> {
  items: Keyed<T>[];
  add: (value: T) => number;
  update: (key: number, patch: Partial<T>) => void;
  remove: (key: number) => void;
  move: (key: number, delta: -1 | 1) => void;
}

/** A list edited in place (articles, matrix rows, service levels), each row with a stable key. */
export function useKeyedList<T extends object>(initial: readonly T[]): KeyedList<T> {
  const nextKey = useRef(initial.length);
  const [items, setItems] = useState<Keyed<T>[]>(() =>
    initial.map((value, key) => ({ key, value })),
  );
  return {
    items,
    add(value) {
      const key = nextKey.current++;
      setItems((list) => [...list, { key, value }]);
      return key;
    },
    update(key, patch) {
      setItems((list) =>
        list.map((item) => (item.key === key ? { key, value: { ...item.value, ...patch } } : item)),
      );
    },
    remove(key) {
      setItems((list) => list.filter((item) => item.key !== key));
    },
    move(key, delta) {
      setItems((list) =>
        moveAt(
          list,
          list.findIndex((item) => item.key === key),
          delta,
        ),
      );
    },
  };
}
