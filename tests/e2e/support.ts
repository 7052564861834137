import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/demo-data";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { name: "Perlu tindakan Anda" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);
}
