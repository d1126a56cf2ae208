// 汇总 from folders: a picked folder and a dragged folder are read with their subfolders (.json files
// only); 取消 on a long read keeps what was read; one unit can be imported into the supervisor's
// own drafts, through the same preview and buttons as 打开文件, and nothing is imported unasked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.mjs';
import { RollupPage } from '../fixtures/rollup-page.mjs';
import { thirtyFiles, unitFile } from '../fixtures/rollup-files.mjs';

/** Writes the thirty files into `dir` split over two subfolders, plus a note that is not JSON. */
function thirtyInFolders(dir) {
  const files = thirtyFiles();
  files.forEach((f, i) => {
    const sub = `${dir}/${i % 2 ? '乙片区' : '甲片区/county'}`;
    mkdirSync(sub, { recursive: true });
    writeFileSync(`${sub}/${f.name}`, f.buffer);
  });
  writeFileSync(`${dir}/说明.txt`, '这些是各单位报来的自查存档');
  return dir;
}

async function expectThirty(r) {
  await expect(r.meta).toContainText('共读取 31 个文件');
  await expect(r.meta).toContainText('计入 27 个单位;3 个未能读取,1 个重复');
  await expect(r.units.locator('tbody tr')).toHaveCount(27);
  await expect(r.rejected.locator('li')).toHaveCount(3);
  await expect(r.rejected).not.toContainText('说明.txt');
}

test('a picked folder is read with its subfolders, .json files only', async ({ page }, info) => {
  const r = new RollupPage(page);
  await r.open();
  await r.folderPicker.setInputFiles(thirtyInFolders(info.outputPath('报送')));
  await expectThirty(r);
  // Files are named by their path inside the folder.
  await expect(r.rejected.locator('li[data-kind="empty"]')).toContainText('报送/乙片区/empty.json');
});

test('a folder dragged onto the page is read with its subfolders', async ({ page }, info) => {
  const r = new RollupPage(page);
  await r.open();
  await r.dropPaths([thirtyInFolders(info.outputPath('拖入'))]);
  await expectThirty(r);
  await expect(r.rejected.locator('li[data-kind="empty"]')).toContainText('拖入/乙片区/empty.json');
});

test('取消 on a long read stops it; what was read so far is counted', async ({ page }, info) => {
  const dir = info.outputPath('many');
  mkdirSync(dir, { recursive: true });
  const paths = Array.from({ length: 3000 }, (_, i) => {
    const path = `${dir}/u${i}.json`;
    writeFileSync(path, JSON.stringify(unitFile(i)));
    return path;
  });
  const r = new RollupPage(page);
  await r.open();
  await r.choose(paths);
  await expect(page.getByRole('status')).toContainText('正在读取和检查');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('button', { name: '取消' })).toBeHidden();
  const read = Number(/共读取 (\d+) 个文件/.exec(await r.meta.textContent())[1]);
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(3000);
  await expect(r.meta).toContainText(`计入 ${read} 个单位`);
});

test('one unit can be imported into my drafts; nothing is imported unasked', async ({ page }) => {
  const r = new RollupPage(page);
  await r.open();
  await r.choose(thirtyFiles());
  await expect(r.meta).toContainText('计入 27 个单位');
  // Reading 31 files wrote nothing to this browser's drafts.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fingertip/draft/')).length)).toBe(0);
  await r.unitRow('测试05县农业农村局').getByRole('button', { name: '导入到我的自查' }).click();
  const preview = page.getByRole('region', { name: /^文件预览/ });
  await expect(preview).toContainText('测试05县农业农村局');
  await page.getByRole('button', { name: '导入为新草稿' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[^/]+\/result/);
  await page.goto('./');
  await expect(page.getByText('测试05县农业农村局')).toBeVisible();
  await expect(page.getByText('测试06县农业农村局')).toHaveCount(0);
});
