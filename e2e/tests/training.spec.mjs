// Training mode (培训学习): case practice with the keyboard only, presenter mode driven by keys
// (and a clicker's PageUp/PageDown), practice drafts kept apart from real ones, the printed
// handout (answers only on the answer key's pages), and axe-core on every training page.
// Expected answers come from content/training/cases.toml on disk, never from the page.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { settle } from '../fixtures/keyboard.mjs';
import { TrainingPage, loadCases } from '../fixtures/training-page.mjs';
import { importSampleAsDraft } from '../fixtures/open-file.mjs';

const CASES = loadCases();
const PDF = 'e2e/results/handout.pdf';
const squash = (s) => s.replace(/\s+/g, '');

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabUntil(page, selector, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

test('a learner practises five cases with the keyboard only and gets the right score', async ({ page }) => {
  const training = new TrainingPage(page);
  await training.openCases();
  await expect(page.getByText(`第 1 / ${CASES.length} 题`)).toBeVisible();
  expect(await axeViolations(page), 'practice before submit').toEqual([]);
  let articlesRight = 0;
  let redLinesRight = 0;
  for (const [n, c] of CASES.slice(0, 5).entries()) {
    await expect(page.locator('#case-title')).toContainText(c.id);
    // First group: Tab lands on its first radio; Space picks it (the first choice shown).
    await tabUntil(page, 'input[type=radio][name^="article-"]');
    await page.keyboard.press('Space');
    // Second group: Tab lands on 是; the arrow moves to 否 and picks it.
    await tabUntil(page, 'input[type=radio][name^="red-"]');
    await page.keyboard.press('ArrowRight');
    await tabUntil(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await training.focusedId(), 'focus moves to the feedback').toBe('feedback-title');
    const articleOk = c.choices[0] === c.article;
    const redOk = !c.redLine;
    articlesRight += Number(articleOk);
    redLinesRight += Number(redOk);
    const lines = page.locator('.verdict-line');
    await expect(lines.nth(0)).toContainText(articleOk ? '适用条文:✓ 正确' : '适用条文:✗ 错误');
    await expect(lines.nth(1)).toContainText(redOk ? '红线判断:✓ 正确' : '红线判断:✗ 错误');
    await expect(page.locator('.case-feedback')).toContainText(c.explanation.slice(0, 20));
    if (n === 0) expect(await axeViolations(page), 'practice after submit').toEqual([]);
    if (n < 4) {
      await tabUntil(page, 'button.primary');
      await expect(page.locator(':focus')).toHaveText('下一题');
      await page.keyboard.press('Enter');
      await settle(page);
      expect(await training.focusedId(), 'focus moves to the next case').toBe('case-title');
    }
  }
  await expect(page.getByText(`第 5 / ${CASES.length} 题 · 已答 5 题`)).toBeVisible();
  await tabUntil(page, 'button.link-button', { back: true });
  await expect(page.locator(':focus')).toHaveText('结束练习,查看得分');
  await page.keyboard.press('Enter');
  await settle(page);
  expect(await training.focusedId()).toBe('score-title');
  const score = page.getByRole('region', { name: '练习结果' });
  // the score counts the cases answered, not the whole set (5 of them here)
  await expect(score).toContainText(`得分 ${articlesRight + redLinesRight} / ${5 * 2}`);
  await expect(score.getByRole('definition').nth(1)).toHaveText(`${articlesRight} / 5`);
  await expect(score.getByRole('definition').nth(2)).toHaveText(`${redLinesRight} / 5`);
  await tabUntil(page, 'button.primary');
  await expect(page.locator(':focus')).toHaveText('再练一次');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`第 1 / ${CASES.length} 题 · 已答 0 题`)).toBeVisible();
});

test('presenter mode steps with arrows and a clicker, revealing before moving on', async ({ page }) => {
  const training = new TrainingPage(page);
  await training.openPresenter();
  const total = CASES.length;
  const position = page.locator('.slide-position');
  const answer = page.locator('.slide-answer');
  await expect(position).toHaveText(`第 1 / ${total} 题`);
  await expect(page.locator('.slide-title')).toContainText(CASES[0].id);
  await expect(page.getByText(/→ \/ PageDown/)).toBeVisible();
  await expect(answer).toBeEmpty();
  expect(await axeViolations(page), 'presenter').toEqual([]);
  await page.keyboard.press('ArrowRight'); // reveals
  await expect(position).toHaveText(`第 1 / ${total} 题`);
  await expect(answer).toContainText('答案:');
  await expect(answer).toContainText(CASES[0].explanation.slice(0, 20));
  await expect(page.locator('.slide-choices li.correct')).toHaveCount(1);
  expect(await axeViolations(page), 'presenter revealed').toEqual([]);
  await page.keyboard.press('ArrowRight'); // next case
  await expect(position).toHaveText(`第 2 / ${total} 题`);
  await expect(answer).toBeEmpty();
  await page.keyboard.press('PageDown'); // a clicker: reveal, then next
  await expect(answer).toContainText('答案:');
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(`第 3 / ${total} 题`);
  await page.keyboard.press('r');
  await expect(answer).toContainText(CASES[2].explanation.slice(0, 20));
  await page.keyboard.press('PageUp');
  await expect(position).toHaveText(`第 2 / ${total} 题`);
  await expect(answer).toBeEmpty();
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(`第 1 / ${total} 题`);
  await page.getByRole('button', { name: '下一题' }).click(); // mouse users too
  await expect(position).toHaveText(`第 2 / ${total} 题`);
  await page.keyboard.press('Escape');
  await expect(training.hubHeading).toBeVisible();
  // The listener is gone with the page: arrows no longer do anything on the hub.
  await page.keyboard.press('ArrowRight');
  await expect(training.hubHeading).toBeVisible();
});

test('practice drafts stay out of the real draft list and can be cleared', async ({ page }) => {
  const training = new TrainingPage(page);
  await importSampleAsDraft(page); // a real draft
  await training.openHub();
  expect(await axeViolations(page), 'hub').toEqual([]);
  await page.getByRole('button', { name: '用示例单位练习' }).click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await expect(page.locator('.draft-header').getByText('培训练习', { exact: true })).toBeVisible();

  await page.goto('./');
  await expect(training.realDrafts.locator('tbody tr')).toHaveCount(1);
  await expect(training.realDrafts.locator('tbody tr')).toContainText('定期自查');
  await expect(page.getByRole('region', { name: '培训练习草稿' })).toHaveCount(0);

  await page.getByRole('link', { name: '培训学习' }).click();
  await expect(training.hubHeading).toBeVisible();
  await expect(training.practiceDrafts.locator('tbody tr')).toHaveCount(1);
  await expect(training.practiceDrafts.locator('tbody tr')).toContainText('培训练习');
  await page.getByRole('button', { name: '清除全部练习草稿' }).click();
  await expect(page.getByText(/确认清除全部 1 份练习草稿/)).toBeVisible();
  await page.getByRole('button', { name: '确认清除' }).click();
  await expect(training.practiceDrafts).toContainText('还没有培训练习草稿。');

  await page.goto('./');
  await expect(training.realDrafts.locator('tbody tr')).toHaveCount(1);
});

test('the article browser shows guides, related rules and the items that check them', async ({ page }) => {
  await page.goto('./#/training/articles');
  const index = page.getByRole('navigation', { name: '条文目录' });
  await index.getByRole('link', { name: '第4条 限制强制功能' }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1, name: '第4条 限制强制功能' })).toBeVisible();
  for (const h of ['讲解', '常见问题', '合规的样子', '相关规定', '问卷中检查这一条的题目']) {
    await expect(article.getByRole('heading', { name: h })).toBeVisible();
  }
  await expect(article.locator('.conf-tag').first()).toHaveText(/^(原文|新闻概括|地方口径|良好实践)$/);
  await expect(article.locator('.item-id').first()).toHaveText(/^B4\./);
  expect(await axeViolations(page), 'articles').toEqual([]);
  await page.getByRole('link', { name: /^下一条/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /防止“空壳”“僵尸”/ })).toBeVisible();
});

test('the handout prints summaries, a case sheet without answers and a separate answer key', async ({ page }) => {
  const training = new TrainingPage(page);
  await training.openHandout();
  await expect(page.getByRole('button', { name: '打印讲义' })).toBeVisible();
  expect(await axeViolations(page), 'handout').toEqual([]);
  const pages = (await training.pdfPages(PDF)).map(squash);
  const sheetStart = pages.findIndex((p) => p.includes('二、案例练习'));
  const keyStart = pages.findIndex((p) => p.includes('三、参考答案'));
  expect(sheetStart).toBeGreaterThan(0);
  expect(keyStart).toBeGreaterThan(sheetStart);
  const summaries = pages.slice(0, sheetStart).join('');
  for (const title of ['第4条限制强制功能', '第7条防止过度留痕', '指导思想']) expect(summaries).toContain(title);
  const sheet = pages.slice(sheetStart, keyStart).join('');
  const key = pages.slice(keyStart).join('');
  expect(sheet).toContain(squash(CASES[0].scenario));
  expect(sheet.match(/□是□否/g)).toHaveLength(CASES.length);
  expect(key.startsWith('三、参考答案') || key.includes('三、参考答案')).toBe(true);
  for (const c of CASES) {
    const why = squash(c.explanation).split('。')[0];
    expect(sheet, `${c.id}'s answer is not on the case sheet`).not.toContain(why);
    expect(key, `${c.id} is in the answer key`).toContain(why.slice(0, 12));
  }
  expect(pages.join('')).not.toContain('打印讲义');
});

test('a practice round survives leaving the page and a reload, apart from the drafts', async ({ page }) => {
  const training = new TrainingPage(page);
  await training.openCases();
  await page.locator('input[type=radio][name^="article-"]').first().check();
  await page.locator('input[type=radio][name^="red-"]').nth(1).check();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByText(`第 1 / ${CASES.length} 题 · 已答 1 题 · 得分`)).toBeVisible();
  const line = await page.locator('.practice-progress').textContent();
  expect(line).toMatch(/得分 \d \/ 2/); // out of the cases answered, not of the whole set
  await page.goto('./#/training');
  await page.goto('./#/training/cases');
  await expect(page.getByText(`已答 1 题`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`已答 1 题`)).toBeVisible();
  await page.goto('./');
  await expect(page.getByRole('region', { name: '继续自查' }).getByRole('row')).toHaveCount(0);
});

test('every printed page of a practice draft carries the 培训练习 mark', async ({ page }) => {
  const training = new TrainingPage(page);
  await training.openHub();
  await page.getByRole('button', { name: '用示例单位练习' }).click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await page.getByRole('link', { name: '查看并打印自查报告' }).click();
  await expect(page.locator('.report-tools')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const path = 'e2e/results/practice-report.pdf';
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const { execFileSync } = await import('node:child_process');
  // -raw keeps the rotated mark's text (the layout mode drops rotated runs)
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(3);
  const unmarked = pages.map((p, i) => (squash(p).includes('培训练习') ? 0 : i + 1)).filter(Boolean);
  expect(unmarked, 'pages without the mark').toEqual([]);
});
