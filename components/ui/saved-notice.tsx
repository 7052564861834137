/** The confirmation after a create action redirected to the new record's page with `?tersimpan=1`
 * (the form that sent it is gone, so its own message cannot be shown). */
export function SavedNotice({ show, children }: { show: boolean; children: React.ReactNode }) {
  return show ? <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{children}</p> : null;
}
