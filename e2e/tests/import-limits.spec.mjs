// Oversized files are refused at once with a message that says what is over the limit, and the
// page stays usable: a 100,000-asset file (the tester's froze the tab for 41–53 s and then trapped).
import { test, expect } from '../fixtures/test.mjs';
import { OpenFilePage, fixture } from '../fixtures/open-file.mjs';

function hugeFile(apps) {
  const list = Array.from({ length: apps }, (_, i) => ({ id: `app-${i}`, name: `应用${i}`, form: 'app', audience: 'public', status: 'online' }));
  return Buffer.from(JSON.stringify({
    format_version: 2, pack_id: 'fingertip-2023', pack_version: '1.1.0',
    assessment: { id: 'big', profile: { name: '大文件单位' }, inventory: { apps: list } },
  }));
}

test('a 100,000-asset file is refused with its limit, nothing is stored, the page responds', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  const before = await page.evaluate(() => Object.keys(localStorage).sort());
  await open.choose('huge.json', hugeFile(100_000));
  // Generous bound: before the limit the same file froze the tab for 41–53 s.
  await expect(open.error).toContainText('存档中的政务应用程序有 100000 个,超过了本工具每份自查 500 个的上限', { timeout: 15_000 });
  await expect(open.importNew).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(before);
  // Responsive: the page still reacts to the next click.
  await page.getByRole('link', { name: '返回首页' }).first().click();
  await expect(page.getByRole('button', { name: '新建自查' })).toBeVisible({ timeout: 2_000 });
});

test('a text field over 10,000 characters is refused naming the field', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('too-long-text.json', fixture('bad/too-long-text.json'));
  await expect(open.error).toContainText('字段 assessment.profile.name 有 20002 个字符,超过了每个字段 10000 个字符的上限');
});

test('a repeated key blocks the import and names the field', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('duplicate-key-answers.json', fixture('bad/duplicate-key-answers.json'));
  await expect(open.error).toContainText('字段 assessment.answers 出现了两次');
  await expect(open.importNew).toHaveCount(0);
});
