"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { obsoleteRevisionKeys, parseRevisionDraft, revisionDraftKey, serializeRevisionDraft, type RevisionDraft, type RevisionDraftKey } from "@/lib/ui/revision-draft";

// localStorage can be unavailable or full (private windows, quotas); the revision then simply
// works as before, without the safety net.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps an unsent revision in this browser so a reload does not lose it (lib/ui/revision-draft). */
export function useRevisionDraft({ enabled, draftKey, criteria, onRestore }: { enabled: boolean; draftKey: RevisionDraftKey; criteria: readonly string[]; onRestore: (draft: RevisionDraft) => void }) {
  const key = revisionDraftKey(draftKey);
  const [restored, setRestored] = useState(false);
  const [stored, setStored] = useState(false);
  const context = useRef({ draftKey, criteria, onRestore });

  // Read after mount, not during render: the server-rendered form has no localStorage.
  useEffect(() => {
    if (!enabled) return;
    const store = storage();
    if (!store) return;
    const { draftKey: k, criteria: codes, onRestore: restore } = context.current;
    try {
      for (const old of obsoleteRevisionKeys(Object.keys(store), k)) store.removeItem(old);
      const draft = parseRevisionDraft(store.getItem(key), codes);
      if (draft) {
        restore(draft);
        setRestored(true);
        setStored(true);
      } else {
        store.removeItem(key);
      }
    } catch {
      // unreadable storage: nothing to restore
    }
  }, [enabled, key]);

  const save = useCallback(
    (draft: RevisionDraft) => {
      try {
        storage()?.setItem(key, serializeRevisionDraft(draft));
        setStored(true);
      } catch {
        setStored(false);
      }
    },
    [key],
  );

  const clear = useCallback(() => {
    try {
      storage()?.removeItem(key);
    } catch {
      // nothing stored
    }
    setRestored(false);
    setStored(false);
  }, [key]);

  return { restored, stored, save, clear };
}
