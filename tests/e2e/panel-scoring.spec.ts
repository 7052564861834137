// Two panel members score the demo round blind; the BKD follows the progress.
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { signIn, signOut } from "./support";

const ROUND = "Uji Kompetensi JPT Pratama 2026 (Demo)";
const CONFLICTED = "Budi Lestari"; // Kepala Biro Hukum
const A = "Zainal Nugroho"; // Asisten Pemerintahan dan Kesejahteraan Rakyat: interview
const B = "Joko Saputra"; // Asisten Perekonomian dan Pembangunan: paper
const MEMBER = "Lestari Widuri"; // pansel2
const INTERVIEW = DEFAULT_RUBRIC.INTERVIEW;
const PAPER = DEFAULT_RUBRIC.PAPER;

async function openRound(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Saya" }).click();
  await page.getByRole("link", { name: ROUND }).click();
}

/** Each participant's choice: "Ada konflik" for the one named, "Tidak ada konflik" for the rest;
 * with `expectOnly`, checks that those are the choices shown instead of making them. */
async function choose(page: Page, conflicted?: string, expectOnly = false) {
  for (const group of await page.getByRole("group").all()) {
    const legend = (await group.locator("legend").textContent()) ?? "";
    const choice = group.getByLabel(conflicted && legend.includes(conflicted) ? "Ada konflik" : "Tidak ada konflik", { exact: true });
    if (expectOnly) await expect(choice, legend).toBeChecked();
    else await choice.check();
  }
}

async function declare(page: Page, conflict?: { name: string; reason: string }) {
  await expect(page.getByRole("button", { name: "Simpan deklarasi" })).toBeVisible();
  await choose(page, conflict?.name);
  if (conflict) await page.getByLabel(`Alasan konflik dengan ${conflict.name}`).fill(conflict.reason);
  await page.getByRole("button", { name: "Simpan deklarasi" }).click();
  await expect(page.getByRole("table", { name: "Lembar penilaian Anda" })).toBeVisible();
}

async function rate(page: Page, component: "PAPER" | "INTERVIEW", values: (number | undefined)[]) {
  for (const [index, criterion] of DEFAULT_RUBRIC[component].entries()) {
    if (values[index] !== undefined) await page.getByLabel(`${criterion.label}: nilai ${values[index]}`).check();
  }
}

/** Holds every server action request (autosave, submit) for a second, so a test can act while one
 * is in flight the way a slow connection lets a user. */
async function slowActions(page: Page) {
  await page.route("**/penilaian/**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
}

/** The BKD's progress page: sheets in overall, A's interview sheets, and pansel2's cell for A. */
async function progress(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Putaran Seleksi" }).click();
  await page.getByRole("link", { name: ROUND }).click();
  await page.getByRole("link", { name: "Progres" }).click();
  const total = page.getByRole("heading", { name: /^Lembar penilaian terkirim: \d+ dari \d+$/ });
  const [, sent, expected] = /(\d+) dari (\d+)/.exec((await total.textContent()) ?? "")!.map(Number);
  const overview = page.getByRole("table", { name: "Nilai pansel per peserta" });
  const interviewA = overview.getByRole("row", { name: new RegExp(A) }).getByTestId(/panel-INTERVIEW-/).getByText(/^\d+ dari \d+ terkirim$/);
  const [, interviewSent, interviewExpected] = /(\d+) dari (\d+)/.exec((await interviewA.textContent()) ?? "")!.map(Number);
  const table = page.getByRole("table", { name: "Progres per peserta" });
  const headers = await table.getByRole("columnheader").allTextContents();
  const column = headers.findIndex((h) => h.includes(MEMBER));
  expect(column).toBeGreaterThan(0);
  const memberCell = table.getByRole("row", { name: new RegExp(A) }).getByRole("cell").nth(column);
  return { total, sent: sent!, expected: expected!, interviewA, interviewSent: interviewSent!, interviewExpected: interviewExpected!, memberCell, memberText: ((await memberCell.textContent()) ?? "").trim() };
}

test("panel members score blind; the BKD sees the progress", async ({ page }) => {
  // The BKD's counts before anyone scores, to see them move.
  await signIn(page, "bkd@demo.test");
  const before = await progress(page);
  // pansel2 has not declared yet, so neither of A's sheets can be started.
  expect(before.memberText).toBe("belum deklarasi / belum deklarasi");
  await signOut(page);

  // First member: declares one conflict, scores an interview across reloads, and a paper.
  await signIn(page, "pansel2@demo.test");
  await openRound(page);
  await expect(page.getByText("Langkah pertama: nyatakan konflik kepentingan")).toBeVisible();
  // A conflict without its reason is refused, and then one too short: every choice and the typed
  // reason stay on screen through both errors.
  await choose(page, CONFLICTED);
  await page.getByRole("button", { name: "Simpan deklarasi" }).click();
  const reasonError = page.getByText("Tuliskan alasan konflik (paling sedikit 5 karakter).");
  await expect(reasonError).toBeVisible();
  await choose(page, CONFLICTED, true);
  const reasonField = page.getByLabel(`Alasan konflik dengan ${CONFLICTED}`);
  await reasonField.fill("ipar");
  await page.getByRole("button", { name: "Simpan deklarasi" }).click();
  await expect(reasonError).toBeVisible();
  await expect(reasonField).toHaveValue("ipar");
  await choose(page, CONFLICTED, true);
  await declare(page, { name: CONFLICTED, reason: "Peserta adalah kerabat dekat saya (sepupu)." });
  await expect(page.getByRole("row", { name: new RegExp(CONFLICTED) })).toContainText("Konflik kepentingan — tidak menilai");

  await page.getByRole("link", { name: `Wawancara ${A}`, exact: false }).first().click();
  await rate(page, "INTERVIEW", [4, 3]);
  await expect(page.getByTestId("status-draf")).toContainText("Draf tersimpan otomatis");
  await page.reload();
  await expect(page.getByLabel(`${INTERVIEW[0]!.label}: nilai 4`)).toBeChecked();
  await expect(page.getByLabel(`${INTERVIEW[1]!.label}: nilai 3`)).toBeChecked();

  // Typing while an autosave is in flight: "saved" is shown only once that text is stored too.
  const note = "Jawaban runtut, dengan contoh konkret dari pengalaman memimpin OPD.";
  await slowActions(page);
  await rate(page, "INTERVIEW", [undefined, undefined, 5]);
  await expect(page.getByTestId("status-draf")).toHaveText("Menyimpan draf…");
  await page.getByLabel(`Catatan ${INTERVIEW[0]!.label}`).fill(note);
  await expect(page.getByTestId("status-draf")).toContainText("Draf tersimpan otomatis");
  await page.reload();
  await expect(page.getByLabel(`Catatan ${INTERVIEW[0]!.label}`)).toHaveValue(note);
  await expect(page.getByLabel(`${INTERVIEW[2]!.label}: nilai 5`)).toBeChecked();

  // Submitting while an autosave is in flight waits for it rather than reporting another tab.
  await rate(page, "INTERVIEW", [4, 3, 5, 4, 4]);
  await expect(page.getByTestId("nilai-lembar")).toHaveText("Nilai lembar: 79"); // (25·80 + 25·60 + 20·100 + 20·80 + 10·80) / 100
  await expect(page.getByTestId("status-draf")).toHaveText("Menyimpan draf…");
  await page.getByRole("button", { name: "Kirim nilai" }).click();
  await expect(page.getByRole("heading", { name: "Nilai Anda: 79" })).toBeVisible();
  await expect(page.getByTestId("galat-lembar")).toHaveCount(0);
  await page.unrouteAll();

  await page.getByRole("link", { name: "Kembali ke daftar peserta" }).click();
  await page.getByRole("link", { name: `Makalah ${B}`, exact: false }).first().click();
  await rate(page, "PAPER", [5, 4, 4, 3]);
  await page.getByRole("button", { name: "Kirim nilai" }).click();
  await expect(page.getByRole("heading", { name: "Nilai Anda: 83" })).toBeVisible(); // (30·100 + 25·80 + 30·80 + 15·60) / 100

  // A revision survives a reload in this browser until it is sent.
  const reason = "Nilai sistematika salah pilih; seharusnya 4.";
  await page.getByRole("link", { name: "Revisi", exact: true }).click();
  await rate(page, "PAPER", [undefined, undefined, undefined, 4]);
  await page.getByLabel("Alasan revisi").fill(reason);
  await expect(page.getByTestId("status-draf")).toHaveText("Perubahan revisi disimpan sementara di perangkat ini; belum dikirim.");
  await page.reload();
  await expect(page.getByTestId("revisi-dipulihkan")).toContainText("Perubahan revisi yang belum dikirim dipulihkan");
  await expect(page.getByLabel(`${PAPER[3]!.label}: nilai 4`)).toBeChecked();
  await expect(page.getByLabel("Alasan revisi")).toHaveValue(reason);
  await expect(page.getByTestId("nilai-lembar")).toHaveText("Nilai lembar: 86"); // (30·100 + 25·80 + 30·80 + 15·80) / 100
  await page.getByRole("button", { name: "Kirim revisi" }).click();
  await expect(page.getByRole("heading", { name: "Nilai Anda: 86" })).toBeVisible();
  await expect(page.getByText(`alasan: ${reason}`)).toBeVisible();
  await page.getByRole("link", { name: "Revisi", exact: true }).click();
  await expect(page.getByLabel("Alasan revisi")).toHaveValue("");
  await expect(page.getByTestId("revisi-dipulihkan")).toHaveCount(0);
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

  // The BKD sees the three sheets arrive and the declared conflict, but no values yet.
  await signIn(page, "bkd@demo.test");
  const after = await progress(page);
  // The declared conflict takes pansel2's paper and interview of that participant out of the expected sheets.
  await expect(after.total).toHaveText(`Lembar penilaian terkirim: ${before.sent + 3} dari ${before.expected - 2}`);
  await expect(after.interviewA).toHaveText(`${before.interviewSent + 2} dari ${before.interviewExpected} terkirim`);
  await expect(after.memberCell).toHaveText("belum / terkirim");
  const interviewA = page.getByRole("table", { name: "Nilai pansel per peserta" }).getByRole("row", { name: new RegExp(A) }).getByTestId(/panel-INTERVIEW-/);
  await expect(interviewA).toContainText("Nilai terlihat setelah semua lembar");
  await expect(page.getByRole("table", { name: "Nilai pansel per peserta" }).getByRole("row", { name: new RegExp(CONFLICTED) })).toContainText("kerabat dekat");
});
