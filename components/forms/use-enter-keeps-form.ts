"use client";

import { useEffect, type RefObject } from "react";

/**
 * Enter in a one-line field would submit the enclosing form with whichever button comes first,
 * saving a half-edited document: inside `ref`, Enter in an input does nothing (it still works in
 * text areas and on buttons).
 */
export function useEnterKeepsForm(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
    };
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  }, [ref]);
}
