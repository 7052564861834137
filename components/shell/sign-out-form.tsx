"use client";

import { signOutAction } from "@/components/shell/sign-out-action";
import { Button } from "@/components/ui/button";
import { allRevisionDraftKeys } from "@/lib/ui/revision-draft";

/** Signing out also forgets the unsent revisions kept in this browser (a shared office PC must not
 * keep one member's scores for the next person). */
export function SignOutForm() {
  const forgetDrafts = () => {
    for (const key of allRevisionDraftKeys(Object.keys(window.localStorage))) window.localStorage.removeItem(key);
  };
  return (
    <form action={signOutAction} onSubmit={forgetDrafts}>
      <Button type="submit" variant="secondary" size="sm">Keluar</Button>
    </form>
  );
}
