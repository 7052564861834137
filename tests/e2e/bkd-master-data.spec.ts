// The BKD's master data: a NIP refused by the server is corrected in place; OPD have their own
// list and a detail page, which read-only roles can open too.
import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./support";

const TAKEN_NIP = "198002252003031025"; // Hasan Syamsuddin, Kepala Dinas Perhubungan (demo data)

test("a server NIP error disappears as soon as the NIP is corrected", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  await page.goto("/pegawai/baru");
  await page.getByLabel("NIP").fill(TAKEN_NIP);
  await page.getByLabel("Nama lengkap dengan gelar").fill("Uji NIP Ganda (e2e)");
  await page.getByLabel("Pangkat/golongan").fill("Pembina (IV/a)");
  await page.getByLabel("Jenjang pendidikan").selectOption("S2");
  await page.getByLabel("Bidang pendidikan").fill("Administrasi Publik");
  await page.getByRole("button", { name: "Simpan" }).click();
  const nip = page.getByLabel("NIP");
  await expect(page.getByText("NIP ini sudah terdaftar di instansi Anda.")).toBeVisible();
  await expect(nip).toHaveAttribute("aria-invalid", "true");

  await nip.fill("197806152005011002");
  await expect(page.getByText("NIP ini sudah terdaftar di instansi Anda.")).toHaveCount(0);
  await expect(nip).not.toHaveAttribute("aria-invalid", "true");
});

test("OPD are listed and searchable on their own, an empty OPD included, and readable by the Sekda", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  await page.goto("/jabatan/opd/baru");
  await page.getByLabel("Nama OPD").fill("Badan Riset dan Inovasi Daerah (e2e)");
  await page.getByLabel("Singkatan").fill("BRIDA");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Badan Riset dan Inovasi Daerah (e2e)" })).toBeVisible();

  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "OPD", exact: true }).click();
  await page.getByLabel("Cari").fill("riset dan inovasi");
  await page.getByRole("button", { name: "Terapkan" }).click();
  const list = page.getByRole("table", { name: "Daftar OPD" });
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list.getByRole("link", { name: "Badan Riset dan Inovasi Daerah (e2e)" })).toBeVisible();
  await expect(list.getByRole("row", { name: /Badan Riset/ })).toContainText("0");
  await signOut(page);

  await signIn(page, "sekda@demo.test");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "OPD", exact: true }).click();
  await page.getByLabel("Cari").fill("Dinas Kesehatan");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.getByRole("table", { name: "Daftar OPD" }).getByRole("link", { name: "Dinas Kesehatan" }).click();
  await expect(page.getByRole("heading", { name: "Dinas Kesehatan" })).toBeVisible();
  const posts = page.getByRole("table", { name: "Jabatan di Dinas Kesehatan" });
  await expect(posts.getByRole("row", { name: /Kepala Dinas Kesehatan/ })).toContainText("Darmawan Nugroho");
  await expect(page.getByLabel("Nama OPD")).toHaveCount(0);
});
