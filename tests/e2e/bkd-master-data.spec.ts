// The BKD's master data: a NIP refused by the server is corrected in place without losing the
// other choices; OPD have their own list and a detail page, which read-only roles can open too.
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

test("a new official keeps every choice through server errors and is stored as shown", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  await page.goto("/pegawai/baru");
  const nip = page.getByLabel("NIP");
  const fields = { birthDate: page.getByLabel("Tanggal lahir"), sex: page.getByLabel("Jenis kelamin"), education: page.getByLabel("Jenjang pendidikan") };
  // An incomplete NIP: the NIP is the one thing to correct; birth date and sex wait for it.
  await nip.fill("19800225200303");
  await page.getByLabel("Nama lengkap dengan gelar").fill("Uji Pejabat Baru (e2e)");
  await page.getByLabel("Pangkat/golongan").fill("Pembina (IV/a)");
  await fields.education.selectOption("S2");
  await page.getByLabel("Bidang pendidikan").fill("Administrasi Publik");
  await page.getByLabel("Hukuman disiplin").selectOption("LIGHT");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(/^NIP tidak valid/)).toBeVisible();
  await expect(fields.birthDate).not.toHaveAttribute("aria-invalid", "true");
  await expect(fields.sex).not.toHaveAttribute("aria-invalid", "true");
  await expect(fields.education).toHaveValue("S2");
  await expect(page.getByLabel("Hukuman disiplin")).toHaveValue("LIGHT");

  // A complete NIP fills birth date and sex; the server then refuses it as taken.
  await nip.fill(TAKEN_NIP);
  await expect(fields.birthDate).toHaveValue("1980-02-25");
  await expect(fields.sex).toHaveValue("M");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("NIP ini sudah terdaftar di instansi Anda.")).toBeVisible();
  await expect(fields.birthDate).toHaveValue("1980-02-25");
  await expect(fields.sex).toHaveValue("M");
  await expect(fields.education).toHaveValue("S2");
  await expect(page.getByLabel("Hukuman disiplin")).toHaveValue("LIGHT");

  // Corrected, it is saved exactly as the form showed it.
  await nip.fill("197904122005011997");
  await expect(fields.birthDate).toHaveValue("1979-04-12");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Pejabat baru tersimpan.")).toBeVisible();
  await expect(nip).toHaveValue("197904122005011997");
  await expect(fields.birthDate).toHaveValue("1979-04-12");
  await expect(fields.sex).toHaveValue("M");
  await expect(fields.education).toHaveValue("S2");
  await expect(page.getByLabel("Hukuman disiplin")).toHaveValue("LIGHT");

  // The audit trail reads in Indonesian and names the record.
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Jejak Audit" }).click();
  const row = page.getByRole("table", { name: "Catatan audit" }).getByRole("row").nth(1);
  await expect(row).toContainText("Menambah pejabat");
  await expect(row).toContainText("Pejabat");
  await expect(row).toContainText("Uji Pejabat Baru (e2e)");
});

test("OPD are listed and searchable on their own, an empty OPD included, and readable by the Sekda", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  await page.goto("/jabatan/opd/baru");
  await page.getByLabel("Nama OPD").fill("Badan Riset dan Inovasi Daerah (e2e)");
  await page.getByLabel("Singkatan").fill("BRIDA");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Badan Riset dan Inovasi Daerah (e2e)" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "OPD baru tersimpan." })).toBeVisible();

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
