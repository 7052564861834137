"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action";
import { draftStatus, edited, initialDraftSync, saveFailed, saveStarted, saveSucceeded, shouldAutosave, type DraftSync } from "@/lib/ui/draft-sync";

const AUTOSAVE_DELAY = 1500;

type Save<T> = (value: T, expectedVersion: number) => Promise<ActionResult<{ version: number }>>;

// The service's refusals after which no further draft write can succeed (lib/server/panel/sheets.ts).
const isTerminal = (message: string) => message.includes("tab atau perangkat lain") || message.includes("sudah dikirim");

const now = () => new Date().toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta" });

/**
 * Saves `value` AUTOSAVE_DELAY after the last edit, one request at a time, each carrying the
 * version the previous one returned. `settle` stops autosaving and waits for a save in flight, so
 * a submit sends the version that save produced instead of failing as if another tab had written.
 */
export function useDraftAutosave<T>(value: T, { enabled, initialVersion, storedDraft, save }: { enabled: boolean; initialVersion: number; storedDraft: boolean; save: Save<T> }) {
  const [sync, setSync] = useState<DraftSync>(() => initialDraftSync(initialVersion));
  const [error, setError] = useState<string | null>(null);
  const current = useRef(sync);
  const inFlight = useRef<Promise<void> | null>(null);
  const paused = useRef(false);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const apply = useCallback((step: (s: DraftSync) => DraftSync) => {
    current.current = step(current.current);
    setSync(current.current);
  }, []);

  useEffect(() => {
    if (!enabled || paused.current || !shouldAutosave(sync)) return;
    const timer = setTimeout(() => {
      if (paused.current || !shouldAutosave(current.current)) return;
      apply(saveStarted);
      const request = saveRef.current(value, current.current.version).then(
        (result) => {
          if (result.ok) {
            apply((s) => saveSucceeded(s, result.data.version, now()));
            setError(null);
          } else {
            apply((s) => saveFailed(s, isTerminal(result.message)));
            setError(result.message);
          }
        },
        () => {
          apply((s) => saveFailed(s, false));
          setError("Draf gagal disimpan. Periksa koneksi Anda; penyimpanan dicoba lagi setelah perubahan berikutnya.");
        },
      );
      const tracked: Promise<void> = request.finally(() => {
        if (inFlight.current === tracked) inFlight.current = null;
      });
      inFlight.current = tracked;
    }, AUTOSAVE_DELAY);
    return () => clearTimeout(timer);
  }, [value, sync, enabled, apply]);

  const markEdited = useCallback(() => apply(edited), [apply]);

  /** Pauses autosave and resolves once no save is in flight, with the state after it. */
  const settle = useCallback(async () => {
    paused.current = true;
    while (inFlight.current) await inFlight.current;
    return current.current;
  }, []);

  /** Resumes autosave after a submit that did not go through. */
  const resume = useCallback(() => {
    paused.current = false;
    apply((s) => ({ ...s }));
  }, [apply]);

  return { sync, status: draftStatus(sync, { storedDraft }), error, markEdited, settle, resume };
}
