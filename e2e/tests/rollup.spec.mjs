// 汇总: 27 units, 3 bad files and a duplicate → 27 units, the bad files with their reasons, the
// right top items, the duplicate resolved to the newer file; XLSX, the printed summary, and an
// anonymised export that names no unit.
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { RollupPage, xlsxText } from '../fixtures/rollup-page.mjs';
import { payload, thirtyFiles, unitFile } from '../fixtures/rollup-files.mjs';

const UNIT_NAMES = Array.from({ length: 27 }, (_, i) => `测试${String(i).padStart(2, '0')}县农业农村局`);

test('thirty files roll up into 27 units with bad files, duplicate and top items shown', async ({ page }) => {
  // Two exports, a PDF and an axe run: more than the default 30 s on a loaded 2-core machine.
  test.setTimeout(90_000);
  const r = new RollupPage(page);
  await r.open();
  await r.choose(thirtyFiles());
  await expect(r.meta).toContainText('共读取 31 个文件');
  await expect(r.meta).toContainText('计入 27 个单位;3 个未能读取,1 个重复');
  await expect(r.units.locator('tbody tr')).toHaveCount(27);
  await expect(r.rejected.locator('li')).toHaveCount(3);
  await expect(r.rejected.locator('li[data-kind="empty"]')).toContainText('empty.json:文件是空的');
  await expect(r.rejected.locator('li[data-kind="truncated"]')).toContainText('cut.json');
  await expect(r.rejected.locator('li[data-kind="other_pack"]')).toContainText('another-pack');
  await expect(r.duplicates).toContainText('同一份自查的较早版本。采用较新的“unit-0.json”,未采用“unit-0-old.json”');
  // Red in every unit comes first; C6.4 is red in units 0–17, B4.1 in units 0–8.
  await expect(r.top.locator('tbody tr').first().locator('td').nth(1)).toHaveText('27');
  await expect(r.topRow('C6.4').locator('td').nth(1)).toHaveText('18');
  await expect(r.topRow('B4.1').locator('td').nth(1)).toHaveText('9');
  await r.topRow('B4.1').getByRole('button', { name: '查看单位' }).click();
  await expect(r.topRow('B4.1').locator('li')).toHaveText(UNIT_NAMES.slice(0, 9));
  // Filtering by that red line leaves its nine units.
  await page.getByLabel('红线题目').selectOption({ label: 'B4.1' });
  await expect(r.units.locator('tbody tr')).toHaveCount(9);
  await page.getByLabel('红线题目').selectOption({ label: '全部' });
  await expect(r.units.locator('tbody tr')).toHaveCount(27);
  // Same-kind apps: the two sample apps carry the same names in every unit.
  await expect(r.same).toContainText('名称相同');
  expect(await axeViolations(page)).toEqual([]);

  const xlsx = await r.download('导出 Excel(每个视图一张表)');
  expect(xlsx.name).toMatch(/^指尖自查-汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const cells = xlsxText(xlsx.bytes);
  for (const sheet of ['单位汇总', '合计', '红线高发题目', '分部分统计', '同类应用', '未读取文件', '重复文件']) {
    expect(cells).toContain(sheet);
  }
  for (const name of UNIT_NAMES) expect(cells).toContain(name);
  expect(cells).toContain('cut.json');

  const text = await r.pdf('e2e/results/rollup.pdf');
  expect(text).toContain('多单位自查汇总');
  expect(text).toMatch(/汇总日期 \d{4}-\d{2}-\d{2}/);
  expect(text).toContain('共读取 31 个文件');
  expect(text).toContain('empty.json');
  expect(text).toContain('各部分自查结果');
  expect(text).not.toContain('导出 Excel');

  await page.getByLabel(/匿名化编码口令/).fill('上报口令');
  for (const [button, ext] of [['导出匿名化 Excel(向上级报送)', 'xlsx'], ['导出匿名化 CSV', 'csv']]) {
    const anon = await r.download(button);
    expect(anon.name).toMatch(new RegExp(`-匿名-.*\\.${ext}$`));
    const body = ext === 'xlsx' ? xlsxText(anon.bytes) : anon.bytes.toString('utf8');
    expect(body).toContain('本文件已匿名化');
    for (const name of [...UNIT_NAMES, '示例县', 'unit-0.json', 'cut.json']) expect(body).not.toContain(name);
    expect(body).toMatch(/U[0-9A-F]{10}/);
  }
});

test('the choice between duplicates can be swapped', async ({ page }) => {
  const r = new RollupPage(page);
  await r.open();
  await r.choose(thirtyFiles());
  await expect(r.meta).toContainText('计入 27 个单位');
  await r.duplicates.getByRole('button', { name: '改用另一份' }).click();
  await expect(r.duplicates).toContainText('按您的选择采用“unit-0-old.json”,未采用“unit-0.json”');
  await expect(r.units.locator('tbody tr')).toHaveCount(27);
});

test('取消 stops reading; what was read so far is shown', async ({ page }) => {
  const r = new RollupPage(page);
  await r.open();
  const many = Array.from({ length: 600 }, (_, i) => payload(`u${i}.json`, unitFile(i)));
  await r.choose(many);
  const cancel = page.getByRole('button', { name: '取消' });
  await cancel.click();
  await expect(cancel).toBeHidden();
  await expect(r.meta).toContainText('共读取');
  const read = Number(/共读取 (\d+) 个文件/.exec(await r.meta.textContent())[1]);
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(600);
  await expect(r.units.locator('tbody tr')).toHaveCount(Math.min(read, 100));
});
