// Playwright end-to-end tests against the built dist/, served on 127.0.0.1 by a plain static server.
// Uses Debian's Chromium: nothing is downloaded.
import { defineConfig } from '@playwright/test';

// Ports can be moved (E2E_PORT, E2E_SUBPATH_PORT) so that two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT || 8181);
// Second server: the parent of a copied dist/, so the app runs under a sub-path.
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT || 8184); // also in fixtures/deploy.mjs
const SUBPATH = '/tools/selfcheck/';
const SUBPATH_SITE = 'results/site';

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
  webServer: [{
    command: `python3 -m http.server ${PORT} --bind 127.0.0.1 --directory ../dist`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  }, {
    // dist/ as IT staff deploy it: copied under a sub-path of another site (tests/deploy-*.spec.mjs).
    // Playwright clears outputDir (results/) before it starts servers, so the copy survives the run.
    command: `rm -rf ${SUBPATH_SITE} && mkdir -p ${SUBPATH_SITE}/tools && cp -r ../dist ${SUBPATH_SITE}/tools/selfcheck`
      + ` && exec python3 -m http.server ${SUBPATH_PORT} --bind 127.0.0.1 --directory ${SUBPATH_SITE}`,
    url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  }],
});
