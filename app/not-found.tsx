import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Data yang Anda cari tidak ada atau bukan milik instansi Anda.</p>
      <Link href="/" className="mt-4 inline-block text-sky-800 underline">Kembali ke beranda</Link>
    </main>
  );
}
