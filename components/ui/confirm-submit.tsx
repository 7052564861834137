"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Props = { children: ReactNode; title: string; message: ReactNode; confirmLabel?: string; disabled?: boolean };

/** A submit button for an action that cannot be undone: it asks first, in a modal dialog, and then
 * submits its form. */
export function ConfirmSubmit({ children, title, message, confirmLabel = "Ya, lanjutkan", disabled }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={button} disabled={disabled} onClick={() => setOpen(true)}>{children}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <div className="space-y-4 text-sm text-slate-700">
          {message}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Batal</Button>
            <Button
              onClick={() => {
                setOpen(false);
                button.current?.form?.requestSubmit();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
