import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { saveConfigAction } from "../actions";
import { ConfigForm } from "./config-form";

export const metadata: Metadata = { title: "Bobot & rubrik" };

export default async function RoundConfigPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const round = await guard(getRoundSetup(actor, id));
  const editable = can(actor.role, "round:manage") && (round.status === "DRAFT" || round.status === "SCORING");
  return (
    <ConfigForm
      action={saveConfigAction.bind(null, round.id)}
      config={round.config}
      settings={{ jpmScheme: round.jpmScheme, aggregationMethod: round.aggregationMethod, dispersionThreshold: round.dispersionThreshold }}
      editable={editable}
    />
  );
}
