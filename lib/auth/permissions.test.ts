import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, assertCan, can } from "./permissions";

/** The whole matrix, printed, so that any change to who may do what shows up in review. */
function matrix(): string {
  const width = Math.max(...PERMISSIONS.map((p) => p.length));
  const header = `${"".padEnd(width)} ${ROLES.map((r) => r.padEnd(5)).join(" ")}`;
  const rows = PERMISSIONS.map(
    (permission) => `${permission.padEnd(width)} ${ROLES.map((role) => (can(role, permission) ? "x" : "-").padEnd(5)).join(" ")}`,
  );
  return [header, ...rows].join("\n");
}

describe("role → permission matrix", () => {
  it("is exactly the reviewed table", () => {
    console.log(matrix());
    expect(matrix()).toMatchInlineSnapshot(`
      "                    ADMIN BKD   PANEL SEKDA HEAD 
      users:manage        x     -     -     -     -    
      audit:read          x     x     -     -     -    
      masterdata:read     x     x     -     x     x    
      masterdata:write    -     x     -     -     -    
      import:run          -     x     -     -     -    
      round:read          -     x     -     x     x    
      round:manage        -     x     -     -     -    
      round:enter-data    -     x     -     -     -    
      round:progress      -     x     -     x     -    
      panel:score         -     -     x     -     -    
      results:read        -     x     -     x     x    
      results:finalise    -     x     -     -     -    
      proposal:draft      -     x     -     x     -    
      proposal:submit     -     -     -     x     -    
      proposal:decide     -     -     -     -     x    
      oversight:manage    -     x     -     -     -    
      inauguration:manage -     x     -     -     -    "
    `);
  });

  it("only the head decides and only the Sekda submits a rotation proposal", () => {
    expect(ROLES.filter((r) => can(r, "proposal:decide"))).toEqual(["HEAD"]);
    expect(ROLES.filter((r) => can(r, "proposal:submit"))).toEqual(["SEKDA"]);
  });

  it("never lists a permission that does not exist", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it.each([undefined, null, "", "SUPERADMIN", "bkd"])("denies the unknown role %j", (role) => {
    expect(PERMISSIONS.some((p) => can(role, p))).toBe(false);
    expect(() => assertCan(role, "masterdata:read")).toThrow("tidak berwenang");
  });
});
