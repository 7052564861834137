// Two panel members score the demo round blind; the BKD follows the progress.
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { signIn, signOut } from "./support";

const ROUND = "Uji Kompetensi JPT Pratama 2026 (Demo)";
const CONFLICTED = "Budi Lestari"; // Kepala Biro Hukum
const A = "Zainal Nugroho"; // Asisten Pemerintahan dan Kesejahteraan Rakyat: interview
const B = "Joko Saputra"; // Asisten Perekonomian dan Pembangunan: paper

async function openRound(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Saya" }).click();
  await page.getByRole("link", { name: ROUND }).click();
}

async function declare(page: Page, conflict?: { name: string; reason: string }) {
  await expect(page.getByRole("button", { name: "Simpan deklarasi" })).toBeVisible();
  for (const group of await page.getByRole("group").all()) {
    const legend = (await group.locator("legend").textContent()) ?? "";
    if (conflict && legend.includes(conflict.name)) {
      await group.getByLabel("Ada konflik", { exact: true }).check();
      await group.getByLabel(`Alasan konflik dengan`, { exact: false }).fill(conflict.reason);
    } else {
      await group.getByLabel("Tidak ada konflik", { exact: true }).check();
    }
  }
  await page.getByRole("button", { name: "Simpan deklarasi" }).click();
  await expect(page.getByRole("table", { name: "Lembar penilaian Anda" })).toBeVisible();
}

async function rate(page: Page, component: "PAPER" | "INTERVIEW", values: number[]) {
  for (const [index, criterion] of DEFAULT_RUBRIC[component].entries()) {
    if (values[index] !== undefined) await page.getByLabel(`${criterion.label}: nilai ${values[index]}`).check();
  }
}

test("panel members score blind; the BKD sees the progress", async ({ page }) => {
  // First member: declares one conflict, scores an interview across a reload, and a paper.
  await signIn(page, "pansel2@demo.test");
  await openRound(page);
  await expect(page.getByText("Langkah pertama: nyatakan konflik kepentingan")).toBeVisible();
  await declare(page, { name: CONFLICTED, reason: "Peserta adalah kerabat dekat saya (sepupu)." });
  await expect(page.getByRole("row", { name: new RegExp(CONFLICTED) })).toContainText("Konflik kepentingan — tidak menilai");

  await page.getByRole("link", { name: `Wawancara ${A}`, exact: false }).first().click();
  await rate(page, "INTERVIEW", [4, 3]);
  await expect(page.getByTestId("status-draf")).toContainText("Draf tersimpan otomatis");
  await page.reload();
  await expect(page.getByLabel(`${DEFAULT_RUBRIC.INTERVIEW[0]!.label}: nilai 4`)).toBeChecked();
  await expect(page.getByLabel(`${DEFAULT_RUBRIC.INTERVIEW[1]!.label}: nilai 3`)).toBeChecked();
  await rate(page, "INTERVIEW", [4, 3, 5, 4, 4]);
  await expect(page.getByTestId("nilai-lembar")).toHaveText("Nilai lembar: 79"); // (25·80 + 25·60 + 20·100 + 20·80 + 10·80) / 100
  await page.getByRole("button", { name: "Kirim nilai" }).click();
  await expect(page.getByRole("heading", { name: "Nilai Anda: 79" })).toBeVisible();

  await page.getByRole("link", { name: "Kembali ke daftar peserta" }).click();
  await page.getByRole("link", { name: `Makalah ${B}`, exact: false }).first().click();
  await rate(page, "PAPER", [5, 4, 4, 3]);
  await page.getByRole("button", { name: "Kirim nilai" }).click();
  await expect(page.getByRole("heading", { name: "Nilai Anda: 83" })).toBeVisible(); // (30·100 + 25·80 + 30·80 + 15·60) / 100
  await signOut(page);

  // Second member: cannot see the first member's values before submitting their own.
  await signIn(page, "pansel3@demo.test");
  await openRound(page);
  await declare(page);
  await page.getByRole("link", { name: `Wawancara ${A}`, exact: false }).first().click();
  await expect(page.getByTestId("nilai-lain-tersembunyi")).toBeVisible();
  await expect(page.getByText("Dr. Lestari Widuri")).toHaveCount(0);
  await rate(page, "INTERVIEW", [3, 3, 3, 3, 3]);
  await page.getByRole("button", { name: "Kirim nilai" }).click();
  await expect(page.getByRole("heading", { name: "Nilai Anda: 60" })).toBeVisible();
  const others = page.getByRole("table", { name: "Nilai anggota pansel lain" });
  await expect(others.getByRole("row", { name: /Lestari Widuri/ })).toContainText("79");
  await signOut(page);

  // The BKD sees the sheets arrive and the declared conflict, but no values yet.
  await signIn(page, "bkd@demo.test");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Putaran Seleksi" }).click();
  await page.getByRole("link", { name: ROUND }).click();
  await page.getByRole("link", { name: "Progres" }).click();
  await expect(page.getByRole("heading", { name: "Lembar penilaian terkirim: 3 dari" })).toBeVisible();
  const interviewA = page.getByRole("table", { name: "Nilai pansel per peserta" }).getByRole("row", { name: new RegExp(A) }).getByTestId(/panel-INTERVIEW-/);
  await expect(interviewA).toContainText("2 dari 5 terkirim");
  await expect(interviewA).toContainText("Nilai terlihat setelah semua lembar");
  await expect(page.getByRole("table", { name: "Nilai pansel per peserta" }).getByRole("row", { name: new RegExp(CONFLICTED) })).toContainText("kerabat dekat");
});
