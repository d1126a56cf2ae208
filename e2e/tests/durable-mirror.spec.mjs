// The durable IndexedDB mirror (static/durable-mirror.js) of a large draft: over 200,000 characters
// the draft is stored in localStorage in parts (a manifest at its key) and mirrored in the next idle
// moment rather than in the task of the change (issue #20); the mirror still ends up holding exactly
// the text localStorage stands for, after the import and after a later edit, and it brings the draft
// back when a part is lost.
import { test, expect } from '../fixtures/test.mjs';
import { OpenFilePage, SAMPLE_FILE } from '../fixtures/open-file.mjs';

/** The sample unit's file with a long note on 30 of its answers: about 270,000 characters. */
function largeUnit() {
  const file = JSON.parse(SAMPLE_FILE.toString('utf8'));
  const answers = file.assessment.answers;
  expect(answers.length).toBeGreaterThanOrEqual(30);
  for (const a of answers.slice(0, 30)) a.note = '备注内容较长的说明。'.repeat(900);
  return Buffer.from(JSON.stringify(file));
}

/** The draft text localStorage holds for draft `id` (a manifest's parts joined), whether it is
 * stored in parts, and the mirror's text (null where absent). */
function stores(page, id) {
  return page.evaluate((key) => new Promise((done) => {
    const raw = localStorage.getItem(key);
    const inParts = raw !== null && raw.startsWith('{"fingertip_parts":');
    const parts = inParts ? JSON.parse(raw).parts.map((k) => localStorage.getItem(k)) : [];
    const local = inParts ? (parts.includes(null) ? null : parts.join('')) : raw;
    const open = indexedDB.open('fingertip-durable', 1);
    open.onerror = () => done({ local, inParts, mirror: null });
    open.onsuccess = () => {
      const req = open.result.transaction('drafts', 'readonly').objectStore('drafts').get(key);
      req.onsuccess = () => { open.result.close(); done({ local, inParts, mirror: req.result ?? null }); };
      req.onerror = () => { open.result.close(); done({ local, inParts, mirror: null }); };
    };
  }), `fingertip/draft/${id}`);
}

/** Imports the large unit and waits until it is stored in parts and mirrored whole; its id. */
async function importMirrored(page) {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('large-unit.json', largeUnit());
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  const id = page.url().match(/drafts\/([^/]+)/)[1];
  await expect.poll(async () => {
    const { local, inParts, mirror } = await stores(page, id);
    return inParts && local !== null && local.length > 200_000 && mirror === local;
  }).toBe(true);
  return id;
}

test('a large draft is mirrored as stored, after the import and after an edit', async ({ page }) => {
  const id = await importMirrored(page);

  await page.goto(`./#/drafts/${id}/unit`);
  await page.getByLabel('单位名称').fill('镜像测试单位');
  await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  await expect.poll(async () => {
    const { local, mirror } = await stores(page, id);
    return local.includes('镜像测试单位') && mirror === local;
  }).toBe(true);
});

test('a large draft whose stored part is lost comes back from the mirror', async ({ page }) => {
  const id = await importMirrored(page);
  const { mirror } = await stores(page, id);

  // The last part (the file's end) disappears, as a cut-off write could leave it.
  await page.evaluate((key) => {
    const parts = JSON.parse(localStorage.getItem(key)).parts;
    localStorage.removeItem(parts[parts.length - 1]);
  }, `fingertip/draft/${id}`);
  await page.goto('./#/');
  await page.reload();

  // The mirror's check writes the draft back and reloads the page; a page in which it found
  // nothing more to write back says so (an evaluate during that reload fails and is tried again).
  await expect.poll(() => page.evaluate(() => window.fingertipDurable.settled).catch(() => false)).toBe(true);
  expect((await stores(page, id)).local).toBe(mirror);
  const list = page.getByRole('region', { name: '继续自查' });
  await expect(list.getByRole('row', { name: /示例县农业农村局/ }).first()).toBeVisible();
  await expect(page.getByText(/已隔离/)).toHaveCount(0);
});
