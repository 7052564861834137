// Run after `npm install` changes the lock: `node scripts/lock-platform-packages.cjs` (ADR 0006).
// Adds lock entries for optional platform packages the offline registry mirror does not carry,
// so `npm ci` accepts the lock; npm skips them on this platform by their os/cpu fields.
const fs = require("fs");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const platform = {
  "darwin-arm64": { os: ["darwin"], cpu: ["arm64"] },
  "darwin-x64": { os: ["darwin"], cpu: ["x64"] },
  "win32-arm64-msvc": { os: ["win32"], cpu: ["arm64"] },
  "win32-x64-msvc": { os: ["win32"], cpu: ["x64"] },
  "android-arm64": { os: ["android"], cpu: ["arm64"] },
  "freebsd-x64": { os: ["freebsd"], cpu: ["x64"] },
  "linux-arm-gnueabihf": { os: ["linux"], cpu: ["arm"] },
  "wasm32-wasi": { cpu: ["wasm32"] },
};
let added = 0;
for (const [parent, prefix] of [["node_modules/next", "@next/swc-"], ["node_modules/@tailwindcss/oxide", "@tailwindcss/oxide-"]]) {
  const optional = lock.packages[parent].optionalDependencies;
  for (const [name, version] of Object.entries(optional)) {
    if (!name.startsWith(prefix) || lock.packages[`node_modules/${name}`]) continue;
    const key = name.slice(prefix.length);
    lock.packages[`node_modules/${name}`] = { version, license: "MIT", optional: true, ...platform[key] };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log("added", added);
