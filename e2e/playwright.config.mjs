// Playwright end-to-end tests against the built dist/, served on 127.0.0.1 by a plain static server.
// Uses Debian's Chromium: nothing is downloaded.
import { defineConfig } from '@playwright/test';

const PORT = 8181;

export default defineConfig({
  testDir: './tests',
  outputDir: './results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
        '--disable-background-networking', '--disable-component-update', '--no-first-run',
      ],
    },
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  },
  webServer: {
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory ../dist`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
