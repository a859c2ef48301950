"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Focus for keyboard users after an edit that adds, moves or removes an element: the id to focus
 * is noted when the edit happens, and focused once React has rendered the edit (the element may
 * not exist before). Noting it is no state: it renders nothing by itself.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
