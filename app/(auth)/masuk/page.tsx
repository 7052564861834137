import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Masuk" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentActor()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold text-slate-900">Masuk ke Seleksi JPT</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">
          Uji kompetensi dan seleksi terbuka Jabatan Pimpinan Tinggi Pratama.
        </p>
        <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : "/"} />
      </div>
    </main>
  );
}
