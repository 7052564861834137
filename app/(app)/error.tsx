"use client";

import { Button } from "@/components/ui/button";

export default function AppErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg p-8 text-center" role="alert">
      <h1 className="text-2xl font-semibold text-slate-900">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-600">Halaman ini tidak dapat ditampilkan. Silakan coba lagi; jika berulang, hubungi administrator.</p>
      <Button className="mt-4" onClick={reset}>Coba lagi</Button>
    </div>
  );
}
