import { expect, test } from "@playwright/test";
import { DEMO_AGENCY, DEMO_PASSWORD } from "@/prisma/demo-data";
import { signIn, signOut } from "./support";

const MENUS: Record<string, { email: string; role: string; menu: string[] }> = {
  admin: { email: "admin@demo.test", role: "Administrator Sistem", menu: ["Beranda", "Pejabat", "OPD", "Jabatan", "Pengguna", "Jejak Audit", "Tentang"] },
  bkd: { email: "bkd@demo.test", role: "Staf BKD", menu: ["Beranda", "Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Impor Data", "Masa Larangan", "Jejak Audit", "Tentang"] },
  sekda: { email: "sekda@demo.test", role: "Sekretaris Daerah", menu: ["Beranda", "Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Tentang"] },
  head: { email: "gubernur@demo.test", role: "Kepala Daerah", menu: ["Beranda", "Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Tentang"] },
  panel: { email: "pansel1@demo.test", role: "Anggota Pansel", menu: ["Beranda", "Penilaian Saya", "Tentang"] },
};

test("an anonymous visit is sent to the sign-in page", async ({ page }) => {
  await page.goto("/putaran");
  await expect(page).toHaveURL(/\/masuk/);
  await expect(page.getByRole("heading", { name: "Masuk ke Seleksi JPT" })).toBeVisible();
});

test("a wrong password shows an Indonesian error and does not sign in", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill("bkd@demo.test");
  await page.getByLabel("Kata sandi").fill(`${DEMO_PASSWORD}-salah`);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Email atau kata sandi salah.");
  await expect(page).toHaveURL(/\/masuk/);
  await expect(page.getByLabel("Email")).toHaveValue("bkd@demo.test");
});

for (const [key, { email, role, menu }] of Object.entries(MENUS)) {
  test(`the ${key} demo user sees their own dashboard and menu`, async ({ page }) => {
    await signIn(page, email);
    await expect(page.getByTestId("agency-name")).toHaveText(DEMO_AGENCY.name);
    await expect(page.getByTestId("user-role")).toHaveText(role);
    const nav = page.getByRole("navigation", { name: "Menu utama" });
    await expect(nav.getByRole("link")).toHaveText(menu);
    await expect(page.getByRole("heading", { name: "Perlu tindakan Anda" })).toBeVisible();
    await signOut(page);
    await page.goto("/");
    await expect(page).toHaveURL(/\/masuk/);
  });
}

test("the dashboard counts what waits for the user", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  // The demo round has 10 participants: 2 without assessment results, 4 without a track record.
  await expect(page.getByTestId("pending-missing-assessment")).toContainText("2");
  await expect(page.getByTestId("pending-missing-track-record")).toContainText("4");
  await signOut(page);
  await signIn(page, "pansel1@demo.test");
  await expect(page.getByTestId("pending-conflicts")).toContainText("10");
  await expect(page.getByTestId("pending-sheets")).toContainText("20");
});
