// A small unit (1 app, 1 account, 2 groups) completes the whole self-check with the keyboard only
// and reaches the result with the right verdict. Every answer is found by trying options with the
// keyboard until the row says 符合, except one deliberate red line.
import { test, expect } from '../fixtures/test.mjs';
import { focused, tabTo, settle, typeDate, browserToday } from '../fixtures/keyboard.mjs';

const DELIBERATE_RED = 'row-C6.4-grp-2';

async function rowStatus(page, rowId) {
  await settle(page);
  return page.locator(`[id="${rowId}"] .status-badge`).textContent();
}

async function answerRow(page, info, today) {
  const want = info.row === DELIBERATE_RED ? '红线' : '符合';
  const reached = async () => (await rowStatus(page, info.row)) === want;
  if (info.type === 'radio') {
    await page.keyboard.press('Space');
    for (let k = 1; k < info.options && !(await reached()); k++) await page.keyboard.press('ArrowDown');
  } else if (info.type === 'checkbox') {
    for (let k = 0; k < info.options; k++) {
      await page.keyboard.press('Space');
      if (k < info.options - 1) await page.keyboard.press('Tab');
    }
    if (!(await reached())) {
      for (let k = info.options - 2; k >= 0; k--) {
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Space');
      }
      await page.keyboard.press('Tab');
    }
  } else if ((info.answer || '').includes('answer-date')) {
    await typeDate(page, today);
  } else if ((info.answer || '').includes('answer-number')) {
    await page.keyboard.type('0');
    if (!(await reached())) {
      await page.keyboard.press('Control+A');
      await page.keyboard.type('100');
    }
  }
  expect(await rowStatus(page, info.row), `${info.row} (${info.answer})`).toBe(want);
}

test('a small unit completes the self-check with the keyboard only', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('./');
  const today = await browserToday(page);
  const press = async (label, tag = 'button') => {
    await tabTo(page, (i) => i.tag === tag && i.label === label);
    await page.keyboard.press('Enter');
  };

  await press('新建自查');
  await tabTo(page, (i) => i.label === '单位名称');
  await page.keyboard.type('键盘测试县数据局');
  await press('下一步:清单', 'a');

  await press('添加应用');
  // The added row's name field takes the focus once the row is drawn.
  await expect.poll(async () => (await focused(page)).label).toContain('应用名称');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('县政务协同');
  await tabTo(page, (i) => i.label.startsWith('备案状态'));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await tabTo(page, (i) => i.label.startsWith('备案编号'));
  await page.keyboard.type('测试备案-001');

  await press('添加公众账号');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('县数据局发布');
  await tabTo(page, (i) => i.label.startsWith('最近发布日期'));
  await typeDate(page, today);

  await tabTo(page, (i) => i.tag === 'button' && i.label === '添加工作群组');
  await press('粘贴名称批量添加');
  await tabTo(page, (i) => i.label === '每行一个名称');
  await page.keyboard.type('防汛值班群\n项目推进群');
  await press('添加');
  await expect(page.getByRole('status').filter({ hasText: '已添加 2 个工作群组' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '工作群组(2)' })).toBeVisible();
  await press('下一步:逐项自查', 'a');

  let answered = 0;
  for (let n = 0; n < 8000; n++) {
    await page.keyboard.press('Tab');
    const info = await focused(page);
    if (info.tag === 'a' && info.label === '查看结果') {
      await page.keyboard.press('Enter');
      break;
    }
    if (info.tag === 'a' && info.label === '下一条') {
      await page.keyboard.press('Enter');
      await settle(page);
      continue;
    }
    if (info.row && info.answer && info.status === '未作答') {
      await answerRow(page, info, today);
      answered++;
    }
  }
  expect(answered).toBeGreaterThan(40);

  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '结论:存在红线问题' })).toBeVisible();
  await expect(page.getByText('存在 1 项红线问题')).toBeVisible();
  await expect(page.getByText(/尚有 \d+ 项未作答/)).toHaveCount(0);
  const red = page.getByRole('region', { name: '红线问题' });
  await expect(red.getByRole('listitem')).toHaveCount(1);
  await expect(red).toContainText('C6.4');
  await expect(red).toContainText('项目推进群');
  await expect(page.getByRole('row', { name: /县政务协同/ })).toContainText('已备案');
});
