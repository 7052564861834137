import { SignOutForm } from "@/components/shell/sign-out-form";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/server/users";

export function AppHeader({ actor }: { actor: Actor }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-3 bg-sky-900 px-4 py-3 text-white">
      <div>
        <p className="text-xs tracking-wide text-sky-200 uppercase">Seleksi JPT</p>
        <p className="font-semibold" data-testid="agency-name">{actor.agencyName}</p>
      </div>
      <div className="flex items-center gap-3">
        <div className="text-right text-sm">
          <p className="font-medium" data-testid="user-name">{actor.name}</p>
          <p className="text-sky-200" data-testid="user-role">{ROLE_LABELS[actor.role]}</p>
        </div>
        <SignOutForm />
      </div>
    </header>
  );
}
