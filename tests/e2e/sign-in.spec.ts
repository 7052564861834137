import { expect, type Page, test } from "@playwright/test";
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { signIn, signOut } from "./support";

type DemoRole = (typeof DEMO_USERS)[number]["role"];
const SHELL: Record<DemoRole, { role: string; menu: string[] }> = {
  ADMIN: { role: "Administrator Sistem", menu: ["Beranda", "Pejabat", "OPD", "Jabatan", "Pengguna", "Jejak Audit", "Tentang"] },
  BKD: { role: "Staf BKD", menu: ["Beranda", "Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Impor Data", "Masa Larangan", "Jejak Audit", "Tentang"] },
  SEKDA: { role: "Sekretaris Daerah", menu: ["Beranda", "Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Tentang"] },
  HEAD: { role: "Kepala Daerah", menu: ["Beranda", "Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Tentang"] },
  PANEL: { role: "Anggota Pansel", menu: ["Beranda", "Penilaian Saya", "Tentang"] },
};

/** The number on a dashboard card, exactly (a card reading "12" must not pass for "2"). */
const pendingCount = (page: Page, key: string) => page.getByTestId(`pending-${key}`).locator("span").first();

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

for (const { email, name, role: userRole } of DEMO_USERS) {
  const { role, menu } = SHELL[userRole];
  test(`${email} signs in and sees their own dashboard and menu`, async ({ page }) => {
    await signIn(page, email);
    await expect(page.getByTestId("user-name")).toHaveText(name);
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
  // The demo round has 10 participants: 3 whose assessment is not complete (2 without any result,
  // 1 with 9 of 10 standard levels: the progress page and the participant list count it too),
  // 4 without a track record.
  await expect(pendingCount(page, "missing-assessment")).toHaveText("3");
  await expect(pendingCount(page, "missing-track-record")).toHaveText("4");
  await signOut(page);
  await signIn(page, "pansel1@demo.test");
  await expect(pendingCount(page, "conflicts")).toHaveText("10");
  await expect(pendingCount(page, "sheets")).toHaveText("20");
});

// Wide tables scroll inside their own box; the page itself never scrolls sideways.
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

const SCORING_ROUND = "Uji Kompetensi JPT Pratama 2026 (Demo)";
const FINAL_ROUND = "Uji Kompetensi JPT Pratama Gelombang I 2026 (Demo)";

test("at 1366 px the progress grid, the chair's overview and the results fit the width", async ({ page }) => {
  await signIn(page, "bkd@demo.test");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Putaran Seleksi" }).click();
  await page.getByRole("link", { name: SCORING_ROUND }).click();
  await page.getByRole("navigation", { name: "Langkah putaran" }).getByRole("link", { name: "Progres" }).click();
  await expect(page.getByRole("table", { name: "Progres per peserta" })).toBeVisible();
  await expectNoSidewaysScroll(page, "Progres");
  await page.goto("/putaran");
  await page.getByRole("link", { name: FINAL_ROUND }).click();
  await page.getByRole("navigation", { name: "Langkah putaran" }).getByRole("link", { name: "Hasil" }).click();
  await expect(page.getByRole("table", { name: "Peringkat hasil seleksi" })).toBeVisible();
  await expectNoSidewaysScroll(page, "Hasil");
  await signOut(page);

  await signIn(page, "pansel1@demo.test");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Saya" }).click();
  await page.getByRole("link", { name: FINAL_ROUND }).click();
  await page.getByRole("link", { name: "Ringkasan ketua" }).click();
  await expect(page.getByRole("table", { name: "Nilai pansel per peserta" })).toBeVisible();
  await expectNoSidewaysScroll(page, "Ringkasan ketua");
});

test.describe("on a tablet", () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test("the BKD's main screens fit the width and the menu stays reachable", async ({ page }) => {
    await signIn(page, "bkd@demo.test");
    await expectNoSidewaysScroll(page, "the dashboard");
    const nav = page.getByRole("navigation", { name: "Menu utama" });
    for (const label of ["Putaran Seleksi", "Pejabat", "OPD", "Jabatan", "Impor Data"]) {
      await nav.getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
      await expectNoSidewaysScroll(page, label);
    }
  });

  test("the Sekda reads the ranking and the nine-box", async ({ page }) => {
    await signIn(page, "sekda@demo.test");
    await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Putaran Seleksi" }).click();
    await page.getByRole("link", { name: "Uji Kompetensi JPT Pratama Gelombang I 2026 (Demo)" }).click();
    await page.getByRole("navigation", { name: "Langkah putaran" }).getByRole("link", { name: "Hasil" }).click();
    await expect(page.getByRole("table", { name: "Peringkat hasil seleksi" })).toBeVisible();
    await expectNoSidewaysScroll(page, "the ranking");
    // Every step and menu item is on screen (wrapped), none hidden past the right edge.
    for (const nav of ["Langkah putaran", "Menu utama"]) {
      for (const link of await page.getByRole("navigation", { name: nav }).getByRole("link").all()) {
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, `${nav}: ${await link.textContent()}`).toBeLessThanOrEqual(820);
      }
    }
    await page.getByRole("link", { name: "Nine-box" }).click();
    await expect(page.getByTestId("nine-box-grid")).toBeVisible();
    await expectNoSidewaysScroll(page, "the nine-box");
  });
});
