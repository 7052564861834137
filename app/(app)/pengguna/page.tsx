import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { guard } from "@/lib/page-guard";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Pengguna" };

const dateTime = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });

export default async function UsersPage() {
  const actor = await requireActor();
  const users = await guard(listUsers(actor));
  return (
    <>
      <PageHeader title="Pengguna" description="Akun pengguna instansi Anda dan perannya." />
      <Table caption="Daftar pengguna">
        <thead>
          <tr>
            <Th>Nama</Th>
            <Th>Email</Th>
            <Th>Peran</Th>
            <Th>Terakhir masuk</Th>
            <Th>Status</Th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <Tr key={user.id}>
              <Td className="font-medium">{user.name}</Td>
              <Td>{user.email}</Td>
              <Td>{ROLE_LABELS[user.role]}</Td>
              <Td>{user.lastSignInAt ? dateTime.format(user.lastSignInAt) : "Belum pernah"}</Td>
              <Td>{user.active ? <Badge tone="success">Aktif</Badge> : <Badge>Nonaktif</Badge>}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
