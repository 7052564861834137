import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { ForgetOthersDrafts } from "@/components/shell/forget-others-drafts";
import { MainNav } from "@/components/shell/main-nav";
import { requireActor } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#konten" className="sr-only focus:not-sr-only focus:p-2">Lewati ke konten</a>
      <ForgetOthersDrafts owner={actor.userId} />
      <AppHeader actor={actor} />
      <div className="flex flex-1 flex-col lg:flex-row">
        <MainNav items={navigationFor(actor.role)} />
        <main id="konten" className="min-w-0 flex-1 p-4 lg:p-6">{children}</main>
      </div>
    </div>
  );
}
