import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here) against a
// production build served on its own port with its own database, migrated and seeded by the
// web server command.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "desktop",
      dependencies: ["setup"],
      // Specs run as the coordination office (province-wide reader) unless they say otherwise.
      testIgnore: /writes\//,
      use: { ...devices["Desktop Chrome"], channel: undefined, storageState: "playwright/.auth/vpdp.json" },
    },
    {
      // Specs that change data run last, so the read-only specs see the report's figures.
      name: "writes",
      dependencies: ["desktop"],
      testMatch: /writes\/.*\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], channel: undefined, storageState: "playwright/.auth/vpdp.json" },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `http://127.0.0.1:${port}/api/v1/units/184`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
