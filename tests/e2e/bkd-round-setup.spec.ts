// The BKD's journey through a job-fit round: posts, an ineligible incumbent, a panel that first
// fails composition, weights, an assessment import, JPM per participant, start scoring, the export.
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

const FIXTURE = path.join(import.meta.dirname, "fixtures", "asesmen-dinkes-dishub.xlsx");
const LOCKED = { name: "Darmawan Nugroho, S.E., M.Si.", nip: "197901112005071023" }; // Kepala Dinas Kesehatan since 2025-01-28
const ELIGIBLE = { name: "Hasan Syamsuddin, S.E., M.Si.", nip: "198002252003031025" }; // Kepala Dinas Perhubungan since 2019-11-27

async function addMember(page: Page, size: number, member: { account?: string; name?: string; role?: string; internal: boolean }) {
  const form = page.getByRole("region", { name: "Tambah anggota pansel" });
  if (member.account) await form.getByLabel("Akun pengguna (anggota yang menilai)").selectOption({ label: member.account });
  if (member.name) await form.getByLabel("Nama anggota tanpa akun").fill(member.name);
  await form.getByLabel("Peran").selectOption(member.role ?? "ANGGOTA");
  await form.getByLabel("Nomor SK pansel").fill("800.1.3/512/BKD/2026");
  if (member.internal) await form.getByLabel("Internal instansi").check();
  await form.getByRole("button", { name: "Tambah anggota" }).click();
  await expect(page.getByRole("heading", { name: `Panitia seleksi (${size} anggota)` })).toBeVisible();
}

test("the BKD sets up a job-fit round and starts scoring", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Putaran Seleksi" }).click();
  await page.getByRole("link", { name: "Buat putaran" }).click();
  await page.getByLabel("Nama putaran").fill("Uji Kompetensi Dinkes dan Dishub (e2e)");
  await page.getByLabel("Tanggal acuan").fill("2026-11-02");
  await page.getByRole("button", { name: "Buat putaran" }).click();

  // Posts
  await expect(page.getByRole("checkbox", { name: "Sertakan Kepala Dinas Kesehatan" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Sertakan Kepala Dinas Kesehatan" }).check();
  await page.getByRole("checkbox", { name: "Sertakan Kepala Dinas Perhubungan" }).check();
  await page.getByRole("button", { name: "Simpan jabatan" }).click();
  await expect(page.getByText("Jabatan putaran tersimpan.")).toBeVisible();
  const roundUrl = page.url().replace(/\/jabatan$/, "");

  // Participants: the incumbent under 2 years is shown with the reason and needs an override.
  await page.getByRole("link", { name: "3. Peserta" }).click();
  await expect(page.getByTestId(`alasan-${LOCKED.nip}`)).toContainText("Belum 2 tahun sejak pelantikan");
  await page.getByRole("form", { name: `Tambahkan ${ELIGIBLE.name}` }).getByRole("button", { name: "Tambahkan" }).click();
  await expect(page.getByRole("table", { name: "Peserta putaran" }).getByText(ELIGIBLE.name)).toBeVisible();
  const lockedForm = page.getByRole("form", { name: `Tambahkan ${LOCKED.name}` });
  await lockedForm.getByRole("button", { name: "Tambahkan dengan pengecualian" }).click();
  await expect(lockedForm.getByText("Isi alasan pengecualian")).toBeVisible();
  await lockedForm.getByLabel(`Alasan pengecualian untuk ${LOCKED.name}`).fill("Evaluasi kinerja atas arahan Gubernur, persetujuan Mendagri No. 100.2.2.6/777");
  await lockedForm.getByRole("button", { name: "Tambahkan dengan pengecualian" }).click();
  await expect(page.getByRole("table", { name: "Peserta putaran" }).getByText(LOCKED.name)).toBeVisible();

  // Panel: 4 of 7 internal fails, then 3 of 7 passes.
  await page.getByRole("link", { name: "4. Pansel" }).click();
  await addMember(page, 1, { account: "Prof. Dr. Bambang Wiratmo, M.P.A. (Demo) (pansel1@demo.test)", role: "KETUA", internal: false });
  await addMember(page, 2, { account: "Dr. Lestari Widuri, M.Psi. (Demo) (pansel2@demo.test)", internal: false });
  await addMember(page, 3, { account: "Drs. Agus Nugroho, M.M. (Demo) (pansel3@demo.test)", internal: true });
  await addMember(page, 4, { account: "Dr. Maria Ulfa, S.H., M.H. (Demo) (pansel4@demo.test)", internal: true });
  await addMember(page, 5, { account: "Ir. Hendra Kusuma, M.T. (Demo) (pansel5@demo.test)", internal: true });
  await addMember(page, 6, { name: "Kepala Bagian Mutasi (Demo)", internal: true });
  await addMember(page, 7, { name: "Akademisi Universitas Kaltara (Demo)", internal: false });
  const composition = page.getByTestId("komposisi-pansel");
  await expect(composition).toContainText("4 dari 7 anggota berasal dari internal");
  await expect(composition).toContainText("melebihi 45%");
  await page.getByRole("row", { name: /Kepala Bagian Mutasi/ }).getByRole("button", { name: "Hapus Kepala Bagian Mutasi (Demo)" }).click();
  await addMember(page, 7, { name: "Praktisi SDM (Demo)", internal: false });
  await expect(composition).toContainText("3 dari 7 anggota");
  await expect(composition).toContainText("Komposisi pansel memenuhi ketentuan.");

  // Weights: 99 is refused beside the sum, 100 is saved.
  await page.getByRole("link", { name: "5. Bobot & rubrik" }).click();
  await page.getByLabel("Bobot Asesmen Kompetensi (JPM)").fill("39");
  await expect(page.getByText("Jumlah bobot 99 — harus tepat 100.")).toBeVisible();
  await page.getByRole("button", { name: "Simpan bobot dan rubrik" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(page.getByText("Jumlah bobot 99, harus 100.")).toBeVisible();
  await expect(page.getByText("Jumlah bobot 99 — harus tepat 100.")).toHaveCount(0); // told once
  await expect(page.getByLabel("Bobot Asesmen Kompetensi (JPM)")).toHaveValue("39");
  await page.getByLabel("Bobot Asesmen Kompetensi (JPM)").fill("40");
  // A criterion weight keeps its decimal comma ("12,5" once turned into 125) and is refused
  // beside the field when over 100.
  const criterionWeight = page.locator("#makalah-0-weight");
  const originalWeight = await criterionWeight.inputValue();
  await criterionWeight.fill("12,5");
  await expect(criterionWeight).toHaveValue("12,5");
  await expect(page.locator("#makalah-0-weight-error")).toHaveCount(0);
  await criterionWeight.fill("150");
  await expect(page.locator("#makalah-0-weight-error")).toHaveText("Bobot kriteria paling besar 100.");
  await criterionWeight.fill(originalWeight);
  await page.getByRole("button", { name: "Simpan bobot dan rubrik" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Bobot dan rubrik tersimpan (versi 1)");

  // Assessment results from the assessment centre's spreadsheet.
  await page.goto(`${roundUrl}/peserta`);
  await page.getByRole("link", { name: "Impor hasil asesmen" }).click();
  await page.getByLabel("Berkas (XLSX atau CSV)").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Periksa" }).click();
  await expect(page.getByText(/Berkas siap disimpan/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan impor" })).toBeEnabled();
  await page.getByRole("button", { name: "Simpan impor" }).click();
  await expect(page.getByText(/Impor tersimpan/)).toBeVisible();

  await page.goto(`${roundUrl}/peserta`);
  await expect(page.getByTestId(`jpm-${ELIGIBLE.nip}`)).toContainText("100,00 %");
  await expect(page.getByTestId(`jpm-${ELIGIBLE.nip}`)).toContainText("Memenuhi Syarat");
  await expect(page.getByTestId(`jpm-${LOCKED.nip}`)).toContainText("78,21 %");
  await expect(page.getByTestId(`jpm-${LOCKED.nip}`)).toContainText("Masih Memenuhi Syarat");

  // Start scoring.
  await page.getByRole("link", { name: "1. Ringkasan" }).click();
  await expect(page.getByText("Semua syarat terpenuhi.")).toBeVisible();
  await page.getByRole("button", { name: "Mulai penilaian" }).click();
  await page.getByRole("dialog", { name: "Mulai penilaian?" }).getByRole("button", { name: "Ya, lanjutkan" }).click();
  await expect(page.getByText("Penilaian sudah dimulai.")).toBeVisible();
  await expect(page.getByText("Penilaian", { exact: true }).first()).toBeVisible();

  // The participants' export is fetched by the button and saved under the server's file name.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Unduh peserta (XLSX)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^peserta-uji-kompetensi-dinkes-dan-dishub-e2e-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole("button", { name: "Unduh peserta (XLSX)" })).toBeEnabled();

  // No proposal before the results are final: the page says so instead of an error page.
  await page.getByRole("navigation", { name: "Langkah putaran" }).getByRole("link", { name: "Usulan rotasi" }).click();
  await expect(page.getByTestId("usulan-belum-tersedia")).toHaveText("Usulan rotasi disusun setelah hasil putaran difinalkan.");
});
