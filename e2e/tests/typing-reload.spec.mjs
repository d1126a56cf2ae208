// Every text field of the app saves as you type: on each page of the sample unit's draft, each kind
// of text field gets a fresh value and the page is reloaded one frame later (no blur, no pause);
// after the reload the field holds exactly what was typed.
import { test, expect } from '../fixtures/test.mjs';
import { settle } from '../fixtures/keyboard.mjs';

const TEXTY = 'input[type=text], input[type=tel], input[type=number], input:not([type]), textarea';

/** One field per label on the page (labels without their row or asset part), visible ones only. */
async function fieldsOf(page) {
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
  await settle(page);
  return page.locator(`main :is(${TEXTY})`).evaluateAll((els) => {
    const seen = new Set();
    const out = [];
    for (const el of els) {
      if (el.disabled || el.readOnly || el.offsetParent === null) continue;
      if (el.closest('.finalise-panel, .import-preview, [role=dialog]')) continue;
      const label = (el.labels?.[0]?.textContent || el.getAttribute('aria-label') || '').trim();
      const kind = label.replace(/(第\s*\d+\s*(行|项))|(.*?)|\(.*?\)/g, '').trim();
      if (!kind || seen.has(kind)) continue;
      seen.add(kind);
      out.push({ id: el.id, label, kind, number: el.type === 'number' });
    }
    return out;
  });
}

const locate = (page, field) => (field.id ? page.locator(`[id="${field.id}"]`)
  : page.getByLabel(field.label, { exact: true }));

async function typeAndReload(page, field, n) {
  const el = locate(page, field);
  const value = field.number ? String(20 + n) : `键入即存${n}`;
  await el.click();
  await el.press('Control+A');
  await el.pressSequentially(value);
  await settle(page);
  await page.reload();
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
  await expect(locate(page, field), `${field.kind} survives a reload`).toHaveValue(value);
}

test('every text field keeps what was typed through an immediate reload', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./');
  await page.getByRole('button', { name: '试用示例单位' }).click();
  await expect(page.getByRole('navigation', { name: '自查步骤' })).toBeVisible();
  const draft = page.url().match(/drafts\/([^/]+)/)[1];
  const pages = ['unit', 'inventory', 'articles/4', 'articles/6', 'report'];
  const typed = [];
  let n = 0;
  for (const p of pages) {
    await page.goto(`./#/drafts/${draft}/${p}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    // Fields that appear only in some states: an exception's justification card, 不适用原因.
    if (p === 'articles/4') {
      const exc = page.locator('[id="q-B4.1-app-2-exception"]'); // 打卡签到 and 积分排名 chosen
      if (!(await exc.isChecked())) await exc.check();
      await expect(page.getByLabel(/^设置原因/).first()).toBeVisible();
    }
    if (p === 'articles/6') {
      await page.locator('main .item-row').last().getByRole('checkbox', { name: '不适用' }).check();
      await expect(page.getByLabel('不适用原因')).toBeVisible();
    }
    const fields = await fieldsOf(page);
    expect(fields.length, `text fields on ${p}`).toBeGreaterThan(0);
    for (const f of fields) {
      n += 1;
      await typeAndReload(page, f, n);
      typed.push(`${p}:${f.kind}`);
    }
  }
  console.log(`typed and reloaded ${typed.length} kinds of text field: ${typed.join(', ')}`);
  for (const kind of ['单位名称', '应用名称', '备注', '责任人', '整改措施', '设置原因', '不适用原因']) {
    expect(typed.some((t) => t.includes(kind)), `${kind} was covered`).toBe(true);
  }
});
