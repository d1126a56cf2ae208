// The durable IndexedDB mirror (static/durable-mirror.js) of a large draft: over 200,000 characters
// it is put in the next idle moment rather than in the task of the change (issue #20), and it still
// ends up holding exactly what localStorage holds, after the import and after a later edit.
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

/** What localStorage and the mirror hold for draft `id` (null where absent). */
function stores(page, id) {
  return page.evaluate((key) => new Promise((done) => {
    const local = localStorage.getItem(key);
    const open = indexedDB.open('fingertip-durable', 1);
    open.onerror = () => done({ local, mirror: null });
    open.onsuccess = () => {
      const req = open.result.transaction('drafts', 'readonly').objectStore('drafts').get(key);
      req.onsuccess = () => { open.result.close(); done({ local, mirror: req.result ?? null }); };
      req.onerror = () => { open.result.close(); done({ local, mirror: null }); };
    };
  }), `fingertip/draft/${id}`);
}

test('a large draft is mirrored as stored, after the import and after an edit', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('large-unit.json', largeUnit());
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  const id = page.url().match(/drafts\/([^/]+)/)[1];

  await expect.poll(async () => {
    const { local, mirror } = await stores(page, id);
    return local !== null && local.length > 200_000 && mirror === local;
  }).toBe(true);

  await page.goto(`./#/drafts/${id}/unit`);
  await page.getByLabel('单位名称').fill('镜像测试单位');
  await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  await expect.poll(async () => {
    const { local, mirror } = await stores(page, id);
    return local.includes('镜像测试单位') && mirror === local;
  }).toBe(true);
});
