import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Akses ditolak</h1>
      <p className="mt-2 text-slate-600">Peran Anda tidak berwenang membuka halaman ini.</p>
      <Link href="/" className="mt-4 inline-block text-sky-800 underline">Kembali ke beranda</Link>
    </main>
  );
}
