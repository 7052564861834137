import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormState } from "@/lib/form-state";

type Blockers = { missingSheets: string[]; unjustified: string[]; incomplete: string[] } | null;

function BlockerList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className="font-medium">{title} ({items.length})</p>
      <ul className="list-disc pl-5 text-sm">{items.slice(0, 10).map((i) => <li key={i}>{i}</li>)}</ul>
    </div>
  );
}

type Props = {
  status: string;
  blockers: Blockers;
  /** Participants left out of the lists: those the reading KETUA declared a conflict with. */
  withheld?: number;
  finalise?: (s: FormState, f: FormData) => Promise<FormState>;
};

/** Before results are final: what still blocks finalising, and the button for who may press it.
 * The lists hold counts and names only until a participant's sheets are all in (blind scoring). */
export function FinaliseCard({ status, blockers, withheld = 0, finalise }: Props) {
  const ready = blockers !== null && blockers.missingSheets.length + blockers.unjustified.length + blockers.incomplete.length === 0;
  return (
    <Card title="Hasil belum final">
      {status !== "SCORING" || !blockers ? (
        <p className="text-sm text-slate-700">Hasil tersedia setelah penilaian berjalan dan difinalkan.</p>
      ) : (
        <div className="space-y-3 text-sm text-slate-800">
          {ready ? <p className="text-emerald-800">Semua lembar terkirim, sebaran terjustifikasi, dan data lengkap{withheld > 0 ? " untuk peserta yang ditampilkan" : ""}.</p> : null}
          {withheld > 0 ? (
            <p className="text-slate-700" data-testid="peserta-disembunyikan">
              {withheld} peserta yang Anda nyatakan konflik kepentingan tidak ditampilkan di sini; BKD memeriksa lembar dan menjustifikasi sebaran nilainya.
            </p>
          ) : null}
          <BlockerList title="Lembar belum terkirim" items={blockers.missingSheets} />
          <BlockerList title="Sebaran nilai belum dijustifikasi ketua" items={blockers.unjustified} />
          <BlockerList title="Data belum lengkap" items={blockers.incomplete} />
          {finalise ? (
            <ActionForm action={finalise}>
              <ConfirmSubmit disabled={!ready} title="Finalkan hasil?" message="Hasil dibekukan sebagai versi hasil 1. Koreksi sesudahnya menjadi versi hasil baru dengan alasan; versi ini tetap tersimpan.">
                Finalkan hasil
              </ConfirmSubmit>
            </ActionForm>
          ) : null}
        </div>
      )}
    </Card>
  );
}
