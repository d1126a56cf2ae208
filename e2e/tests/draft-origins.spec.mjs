// Drafts say where they came from and can be named (#13 item 4): the sample opens as a 培训练习
// draft kept out of the real list; a file imported twice gives two rows that say so; 重命名 saves
// as you type and survives an immediate reload; the trainer's pick of cases drives practice,
// presenter mode and the handout, whose answer key states its page count truthfully.
import { test, expect } from '../fixtures/test.mjs';
import { settle } from '../fixtures/keyboard.mjs';
import { importSampleAsDraft } from '../fixtures/open-file.mjs';
import { TrainingPage, loadCases } from '../fixtures/training-page.mjs';

const CASES = loadCases();

test('试用示例单位 opens a practice draft, listed apart with where it came from', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await expect(page.locator('.draft-header').getByText('培训练习', { exact: true })).toBeVisible();
  await page.goto('./');
  await expect(page.getByRole('region', { name: '继续自查' }).locator('tbody tr')).toHaveCount(0);
  const training = new TrainingPage(page);
  await training.openHub();
  const row = training.practiceDrafts.getByRole('row', { name: /示例县农业农村局/ });
  await expect(row).toContainText('由示例单位生成 · ');
});

test('two imports of one file are two rows that say so, and a name tells them apart', async ({ page }) => {
  await importSampleAsDraft(page, '农业局-上半年.json');
  await importSampleAsDraft(page, '农业局-上半年.json');
  await page.goto('./');
  const list = page.getByRole('region', { name: '继续自查' });
  const rows = list.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  for (const i of [0, 1]) await expect(rows.nth(i)).toContainText('从文件“农业局-上半年.json”导入 · ');
  await page.getByRole('button', { name: '新建自查' }).click();
  await page.goto('./');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('新建 · ');

  // 重命名 the second: the field saves as you type; reload at once, nothing is lost.
  await rows.nth(1).getByRole('button', { name: '重命名 示例县农业农村局' }).click();
  const field = list.getByLabel('草稿名称');
  await expect(field).toBeFocused();
  await field.pressSequentially('2026 上半年复查');
  await settle(page);
  await page.reload();
  await expect(rows.nth(1).getByRole('link', { name: '2026 上半年复查' })).toBeVisible();
  await expect(rows.nth(1)).toContainText('单位:示例县农业农村局');
  await expect(rows.nth(0).getByRole('link', { name: '示例县农业农村局' })).toBeVisible();
  // Esc closes the field and focus goes back to its button; the name is in the saved file too.
  await rows.nth(1).getByRole('button', { name: '重命名 2026 上半年复查' }).click();
  await page.keyboard.press('Escape');
  await expect(rows.nth(1).getByRole('button', { name: '重命名 2026 上半年复查' })).toBeFocused();
  const titles = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('fingertip/draft/'))
    .map((k) => JSON.parse(localStorage.getItem(k)).assessment.title ?? ''));
  expect(titles.sort()).toEqual(['', '', '2026 上半年复查']);
  // The draft page shows the name next to the unit.
  await rows.nth(1).getByRole('link', { name: '2026 上半年复查' }).click();
  await expect(page.locator('.draft-header')).toContainText('2026 上半年复查');
});

test('a pick of cases drives practice, presenter mode and the handout', async ({ page }) => {
  const training = new TrainingPage(page);
  await page.goto('./#/training/select');
  await expect(page.getByRole('heading', { level: 1, name: '选择案例' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`当前:全部 ${CASES.length} 个案例`);
  // Keep article 6 only: drop every other article's cases, then add one case by hand.
  const articles = [...new Set(CASES.map((c) => c.article))];
  for (const a of articles.filter((x) => x !== '6')) {
    await page.locator(`[id="pick-article-${a}"]`).uncheck();
  }
  const six = CASES.filter((c) => c.article === '6');
  const extra = CASES.find((c) => c.article !== '6');
  await page.getByLabel(new RegExp(`^${extra.id} `)).check();
  const picked = CASES.filter((c) => c.article === '6' || c.id === extra.id);
  expect(picked.length).toBe(six.length + 1);
  await expect(page.getByRole('status')).toHaveText(`当前:已选 ${picked.length} / ${CASES.length} 个案例`);

  await page.reload();
  await expect(page.getByRole('status')).toHaveText(`当前:已选 ${picked.length} / ${CASES.length} 个案例`);
  await training.openCases();
  await expect(page.getByText(`第 1 / ${picked.length} 题`)).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(picked[0].title) })).toBeVisible();
  await training.openPresenter();
  await expect(page.locator('.presenter')).toContainText(`第 1 / ${picked.length} 题`);

  await training.openHandout();
  const tools = await page.locator('.handout-tools').textContent();
  const stated = Number(/共 (\d+) 页/.exec(tools)[1]);
  expect(stated).toBe(Math.ceil(picked.length / 10));
  const pages = await training.pdfPages('e2e/results/handout-picked.pdf');
  const keyStart = pages.findIndex((p) => p.includes('三、参考答案'));
  expect(keyStart).toBeGreaterThan(0);
  expect(pages.length - keyStart, 'the key is exactly the pages it says').toBe(stated);
  const sheet = pages.slice(0, keyStart).join('');
  for (const c of CASES) {
    const inSheet = sheet.replace(/\s+/g, '').includes(c.scenario.replace(/\s+/g, '').slice(0, 30));
    expect(inSheet, `${c.id} on the case sheet only when picked`).toBe(picked.includes(c));
  }
});

test('the full answer key spans exactly the pages it states', async ({ page }) => {
  const training = new TrainingPage(page);
  await training.openHandout();
  const stated = Number(/共 (\d+) 页/.exec(await page.locator('.handout-tools').textContent())[1]);
  expect(stated).toBe(Math.ceil(CASES.length / 10));
  await expect(page.getByRole('heading', { name: `三、参考答案(共 ${stated} 页)` })).toBeVisible();
  const pages = await training.pdfPages('e2e/results/handout-all.pdf');
  const keyStart = pages.findIndex((p) => p.includes('三、参考答案'));
  expect(pages.length - keyStart).toBe(stated);
  for (let i = 0; i < stated; i += 1) expect(pages[keyStart + i]).toContain(`参考答案 第 ${i + 1} / ${stated} 页`);
});
