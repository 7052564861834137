"use client";

import { useEffect } from "react";
import { othersRevisionDraftKeys } from "@/lib/ui/revision-draft";

/** Removes unsent revision drafts that other people left in this browser (a session that expired
 * or a tab closed without signing out), so a shared office PC never shows them to the next user. */
export function ForgetOthersDrafts({ owner }: { owner: string }) {
  useEffect(() => {
    for (const key of othersRevisionDraftKeys(Object.keys(window.localStorage), owner)) window.localStorage.removeItem(key);
  }, [owner]);
  return null;
}
