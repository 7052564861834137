import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { SavedNotice } from "@/components/ui/saved-notice";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { SKP_LABELS } from "@/lib/domain/scoring/performance";
import { formatIsoDate } from "@/lib/iso-date";
import { SEX_LABELS } from "@/lib/schemas/official";
import { getOfficial, listJptPostOptions } from "@/lib/server/officials";
import { updateOfficialAction } from "../actions";
import { OfficialForm } from "../official-form";

export const metadata: Metadata = { title: "Pejabat" };

export default async function OfficialPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tersimpan?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { tersimpan } = await searchParams;
  const [official, posts] = await guard(Promise.all([getOfficial(actor, id), listJptPostOptions(actor)]));
  return (
    <>
      <PageHeader title={official.name} description={`NIP ${official.nip}`} />
      <SavedNotice show={Boolean(tersimpan)}>Pejabat baru tersimpan.</SavedNotice>
      <div className="space-y-6">
        {can(actor.role, "masterdata:write") ? (
          <Card title="Data pejabat">
            <OfficialForm action={updateOfficialAction.bind(null, official.id)} official={official} posts={posts} />
          </Card>
        ) : (
          <Card title="Data pejabat">
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              {[
                ["Tanggal lahir", formatIsoDate(official.birthDate)],
                ["Jenis kelamin", SEX_LABELS[official.sex]],
                ["Pangkat/golongan", official.rank],
                ["Pendidikan", `${official.educationLevel} ${official.educationField}`],
                ["Jabatan", official.positionTitle ?? official.jobTitle ?? "—"],
                ["Dilantik", official.inauguratedOn ? formatIsoDate(official.inauguratedOn) : "—"],
              ].map(([term, value]) => (
                <div key={term}>
                  <dt className="text-slate-500">{term}</dt>
                  <dd className="font-medium text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
        )}
        <Card title="Riwayat kinerja">
          {official.performance.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada data kinerja.</p>
          ) : (
            <Table caption="Riwayat kinerja">
              <thead>
                <tr>
                  <Th>Tahun</Th>
                  <Th>Capaian kontrak kinerja</Th>
                  <Th>Predikat SKP</Th>
                </tr>
              </thead>
              <tbody>
                {official.performance.map((p) => (
                  <Tr key={p.year}>
                    <Td>{p.year}</Td>
                    <Td>{p.contractAchievement.toLocaleString("id-ID")} %</Td>
                    <Td>{SKP_LABELS[p.skpRating as keyof typeof SKP_LABELS]}</Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
