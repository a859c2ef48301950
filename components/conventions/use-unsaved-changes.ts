"use client";

import { useEffect } from "react";

/**
 * While `dirty`, leaving the page asks first: closing or reloading the tab (the browser's own
 * « quitter la page ? »), and following a link, including the client-side links of Next.js,
 * which never fire `beforeunload` (a confirmation, caught before React sees the click).
 */
export function useUnsavedChangesWarning(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.getAttribute("target") === "_blank" || link.hasAttribute("download"))
        return;
      const href = link.getAttribute("href") ?? "";
      // A file download (the frozen PDF) or an anchor on the page leaves nothing behind.
      if (href.startsWith("#") || /\/fichiers\//.test(href)) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, message]);
}
