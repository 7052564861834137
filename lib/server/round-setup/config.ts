import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, fieldError } from "@/lib/errors";
import { weightsSumTo100 } from "@/lib/domain/scoring/composite";
import type { RoundConfigInput } from "@/lib/schemas/round";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import { lockRound } from "./round-lock";

/**
 * Weights, rubric, JPM scheme, aggregation and dispersion threshold, all held by the version:
 * every one of them decides the results. While the round is DRAFT the current version is edited
 * in place. Once scoring has started the configuration is frozen: a change needs a reason and
 * becomes a new, immediately frozen version; the earlier versions stay, and score sheets keep the
 * version they were scored on. The round keeps a copy of the latest rules for its screens.
 */
export async function saveRoundConfig(actor: Actor, roundId: string, input: RoundConfigInput): Promise<{ version: number }> {
  assertCan(actor.role, "round:manage");
  if (!weightsSumTo100(input.weights)) {
    const sum = Object.values(input.weights).reduce((a, b) => a + b, 0);
    throw new AppError("VALIDATION", `Jumlah bobot harus tepat 100; sekarang ${sum.toLocaleString("id-ID")}.`, { weights: [`Jumlah bobot ${sum.toLocaleString("id-ID")}, harus 100.`] });
  }
  return db.$transaction(async (tx) => {
    const round = await lockRound(tx, actor, roundId, ["DRAFT", "SCORING"]);
    const current = await tx.roundConfigVersion.findFirstOrThrow({
      where: { roundId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, weights: true, rubric: true, jpmScheme: true, aggregationMethod: true, dispersionThreshold: true, frozenAt: true },
    });
    const before = {
      version: current.version,
      weights: current.weights,
      rubric: current.rubric,
      jpmScheme: current.jpmScheme,
      aggregationMethod: current.aggregationMethod,
      dispersionThreshold: Number(current.dispersionThreshold),
    };
    const rules = { jpmScheme: input.jpmScheme, aggregationMethod: input.aggregationMethod, dispersionThreshold: input.dispersionThreshold };
    const content = { weights: input.weights, rubric: input.rubric, ...rules };

    if (round.status === "DRAFT" && !current.frozenAt) {
      await tx.roundConfigVersion.update({ where: { id: current.id }, data: content });
      await tx.round.update({ where: { id: roundId }, data: rules });
      await recordAudit(tx, actor, { action: "ROUND_CONFIG_UPDATE", entity: "Round", entityId: roundId, before, after: { version: current.version, ...input } });
      return { version: current.version };
    }
    if (!input.reason) throw fieldError("reason", "Penilaian sudah dimulai: isi alasan perubahan. Perubahan akan menjadi versi baru.");
    const version = current.version + 1;
    await tx.roundConfigVersion.create({
      data: { roundId, version, ...content, frozenAt: new Date(), reason: input.reason, createdById: actor.userId },
    });
    await tx.round.update({ where: { id: roundId }, data: rules });
    await recordAudit(tx, actor, {
      action: "ROUND_CONFIG_NEW_VERSION",
      entity: "Round",
      entityId: roundId,
      before,
      after: { version, ...input },
      reason: input.reason,
    });
    return { version };
  });
}
