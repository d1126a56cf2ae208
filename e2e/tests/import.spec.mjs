// 打开文件: every bad file in core/tests/fixtures/bad/ gives its Chinese message (or its preview)
// and changes nothing stored; a valid file imports as a new draft, and opening it again offers
// 替换 behind a confirmation; a backup restores every draft.
import { readdirSync } from 'node:fs';
import { test, expect, axeViolations } from '../fixtures/test.mjs';
import { OpenFilePage, fixture, CORE_FIXTURES } from '../fixtures/open-file.mjs';
import { snapshot } from '../fixtures/storage.mjs';

/** A fragment of each error kind's Chinese message (the full text is ImportError's Display). */
const MESSAGE = {
  too_large: '文件太大',
  empty: '文件是空的',
  not_text: '这个文件的实际类型是',
  wrong_encoding: '文件的文字编码不对',
  not_json: '文件内容不是有效的 JSON',
  truncated: '文件内容不完整',
  not_our_file: '这个文件不是指尖自查的存档',
  bad_version: '存档的格式版本',
  future_version: '这个文件来自更新版本的指尖自查',
  other_pack: '按另一份问卷',
  malformed: '存档内容有误',
  number_out_of_range: '超出范围的数字',
  duplicate_key: '出现了两次',
  too_many: '超过了本工具每份自查',
  too_long: '个字符的上限',
};

/** The bad-file corpus: error kind, or a preview (blocking?), or a backup. Mirrors core/tests/import_corpus.rs. */
const CORPUS = {
  'empty.json': 'empty', 'whitespace.json': 'empty', 'not-json.txt': 'not_json',
  'truncated.json': 'truncated', 'truncated-mid-character.json': 'truncated',
  'array.json': 'not_our_file', 'number.json': 'not_our_file', 'null.json': 'not_our_file',
  'string.json': 'not_our_file', 'other-app.json': 'not_our_file', 'nested-garbage.json': 'not_our_file',
  'deep-nesting.json': 'not_json', 'trailing-garbage.json': 'not_json', 'huge-number.json': 'number_out_of_range',
  'missing-assessment.json': 'not_our_file', 'missing-version.json': 'not_our_file',
  'future-version.json': 'future_version', 'version-zero.json': 'bad_version', 'string-version.json': 'bad_version',
  'other-pack.json': 'other_pack', 'missing-pack-id.json': 'malformed', 'malformed-answers.json': 'malformed',
  'missing-profile-name.json': 'malformed', 'unknown-enum-value.json': 'malformed',
  'utf16.json': 'wrong_encoding', 'utf16-no-bom.json': 'wrong_encoding', 'gbk.json': 'wrong_encoding',
  'nul-bytes.json': 'not_text', 'docx-renamed.json': 'not_text', 'xlsx-renamed.json': 'not_text',
  'zip-renamed.json': 'not_text', 'png-renamed.json': 'not_text', 'jpeg-renamed.json': 'not_text',
  'gif-renamed.json': 'not_text', 'pdf-renamed.json': 'not_text', 'doc-ole-renamed.json': 'not_text',
  'duplicate-asset-ids.json': { blocking: true, issue: '对象编号重复' },
  'duplicate-answers.json': { blocking: true, issue: '答案重复' },
  'wrong-kind-number-for-yes-no.json': { blocking: true, issue: '答案无效' },
  'option-not-in-list.json': { blocking: true, issue: '答案无效' },
  // account_silent_days was retired in pack 1.1.0: reported, no longer blocking.
  'negative-parameter.json': { blocking: false, issue: '参数无效' },
  'negative-parameter-v2.json': { blocking: true, issue: '参数无效' },
  'unknown-item-ids.json': { blocking: false, issue: '未知题目' },
  'unknown-asset.json': { blocking: false, issue: '未知对象' },
  'invalid-date.json': { blocking: false, issue: '日期无效' },
  'unknown-parameter.json': { blocking: false, issue: '参数无效' },
  'html-script-strings.json': { blocking: false }, 'ignored-fields.json': { blocking: false },
  'old-pack-version.json': { blocking: false }, 'bom-utf8.json': { blocking: false },
  'backup.json': 'backup', 'backup-one-bad-draft.json': 'backup',
  // Added for issue 22 (a number out of range was "not_json" before).
  'number-1e400.json': 'number_out_of_range',
  'duplicate-key-answers.json': 'duplicate_key', 'duplicate-key-unit-name.json': 'duplicate_key',
  'utf16-no-bom-chinese-first.json': 'wrong_encoding',
  'too-many-apps.json': 'too_many', 'too-long-text.json': 'too_long',
  'impossible-timestamps.json': { blocking: false, issue: '时间无效' },
  'invisible-characters.json': { blocking: false, issue: '未知对象' },
};

async function withOneDraft(page) {
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
}

test('the table covers every file of the bad-file corpus', () => {
  const onDisk = readdirSync(new URL('bad/', CORE_FIXTURES)).filter((n) => !['README.md', 'generate.py'].includes(n)).sort();
  expect(onDisk).toEqual(Object.keys(CORPUS).sort());
  expect(onDisk.length).toBeGreaterThanOrEqual(51);
});

test('every bad file shows its Chinese message or its preview, and nothing stored changes', async ({ page }) => {
  test.setTimeout(120_000);
  await withOneDraft(page);
  const open = new OpenFilePage(page);
  await open.open();
  const before = await snapshot(page);
  for (const [name, expected] of Object.entries(CORPUS)) {
    await open.choose(name, fixture(`bad/${name}`));
    if (typeof expected === 'string' && expected !== 'backup') {
      await expect(open.error, name).toContainText(`无法打开“${name}”`);
      await expect(open.error, name).toHaveAttribute('data-kind', expected);
      await expect(open.error, name).toContainText(MESSAGE[expected]);
      await expect(open.error, name).toContainText('本浏览器中保存的内容没有任何改变');
    } else if (expected === 'backup') {
      await expect(open.backup, name).toContainText(`完整备份:${name}`);
      await expect(open.restoreAll, name).toBeEnabled();
    } else {
      await expect(open.preview, name).toBeVisible();
      await expect(open.preview, name).toContainText(name);
      if (expected.issue) await expect(open.preview.locator('.import-problems'), name).toContainText(expected.issue);
      if (expected.blocking) {
        await expect(open.importNew, name).toBeDisabled();
        await expect(open.preview.getByText('不能直接导入'), name).toBeVisible();
      } else {
        await expect(open.importNew, name).toBeEnabled();
      }
    }
    expect(await snapshot(page), name).toEqual(before);
  }
});

test('a 50 MB file is refused by size without being read', async ({ page }) => {
  test.setTimeout(90_000);
  const open = new OpenFilePage(page);
  await open.open();
  const before = await snapshot(page);
  await open.choose('huge.json', Buffer.alloc(50_000_000, 0x20));
  await expect(open.error).toHaveAttribute('data-kind', 'too_large');
  await expect(open.error).toContainText('文件太大(47.7 MB),超过了 20 MB 的上限');
  expect(await snapshot(page)).toEqual(before);
});

test('markup in a file is shown as plain text, listed as a warning, never run', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('html.json', fixture('bad/html-script-strings.json'));
  await expect(open.field('unit')).toHaveText('某县<b>人社</b>局');
  await expect(open.field('unit').locator('b')).toHaveCount(0);
  await expect(open.preview.locator('.import-warnings')).toContainText('assessment.profile.name');
  await expect(open.preview.locator('.import-warnings')).toContainText('只按纯文本显示');
});

test('an older pack version lists the pack changes; unknown item ids are kept and said so', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('old.json', fixture('bad/old-pack-version.json'));
  await expect(open.field('pack')).toContainText('0.9.0 版');
  await expect(open.field('pack')).toContainText('版本不同');
  await expect(open.preview.getByRole('heading', { name: /问卷变化:0\.9\.0 版 → / })).toBeVisible();
  await open.choose('unknown.json', fixture('bad/unknown-item-ids.json'));
  await expect(open.preview.locator('.import-problems')).toContainText('Z99.1');
  await expect(open.preview.locator('.import-warnings')).toContainText('原样保留');
});

test('a valid file imports as a new draft; opening it again offers 替换 with confirmation', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  expect(await axeViolations(page), 'open page').toEqual([]);
  await open.choose('county-hrss.json', fixture('v2/county-hrss.json'));
  await expect(open.field('unit')).toHaveText('某县人力资源和社会保障局');
  await expect(open.field('counts')).toContainText(/应用 \d+ 个,公众账号 \d+ 个,工作群组 \d+ 个,答案 \d+ 条/);
  await expect(open.field('pack')).toContainText('版本相同');
  await expect(open.field('fingerprint')).toHaveText(/^[0-9a-f]{16}$/);
  const fingerprint = await open.field('fingerprint').textContent();
  expect(await axeViolations(page), 'preview').toEqual([]);
  await expect(open.replace).toHaveCount(0);
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  const drafts = async () => Object.keys(await snapshot(page)).filter((k) => k.startsWith('fingertip/draft/'));
  const first = await drafts();
  expect(first).toHaveLength(1);
  expect(first[0]).not.toBe('fingertip/draft/draft-1');

  await open.open();
  await open.drop('county-hrss.json', fixture('v2/county-hrss.json').toString('utf8'));
  await expect(open.field('fingerprint')).toHaveText(fingerprint);
  await expect(open.preview).toContainText('本浏览器中已有来自同一存档的草稿“某县人力资源和社会保障局”');
  await open.replace.click();
  await expect(page.getByRole('alert').filter({ hasText: '确认用这个文件替换现有草稿' })).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(open.confirmReplace).toHaveCount(0);
  expect(await drafts()).toEqual(first);
  await open.replace.click();
  await open.confirmReplace.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  expect(await drafts()).toEqual(first);
  expect(page.url()).toContain(first[0].replace('fingertip/draft/', ''));

  await open.open();
  await open.choose('county-hrss.json', fixture('v2/county-hrss.json'));
  await open.importNew.click();
  await expect(page.getByRole('heading', { name: '自查结果' })).toBeVisible();
  expect(await drafts(), 'import as new never overwrites').toHaveLength(2);
});

test('a backup with one bad draft restores the readable one and keeps the others quarantined', async ({ page }) => {
  const open = new OpenFilePage(page);
  await open.open();
  await open.choose('backup-one-bad-draft.json', fixture('bad/backup-one-bad-draft.json'));
  await expect(open.backup.getByRole('row')).toHaveCount(4);
  await expect(open.backup).toContainText('来自更新版本');
  await open.restoreAll.click();
  await expect(open.backup.getByRole('status')).toHaveText('已恢复 1 份自查。');
  await expect(open.backup).toContainText('2 份无法读取的内容已隔离保存');
  const snap = await snapshot(page);
  expect(Object.keys(snap).filter((k) => k.startsWith('fingertip/draft/'))).toHaveLength(1);
  expect(Object.keys(snap).filter((k) => k.startsWith('fingertip/quarantine/'))).toHaveLength(2);
  await expect(page.getByRole('alert', { name: '发现无法读取的草稿' })).toContainText('已隔离 2 份无法读取的草稿');
});
