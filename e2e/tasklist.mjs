// Helpers to drive the Camunda 7 Tasklist (Vietnamese) and its Camunda Forms in headless Chromium.
// Fields are found by their Vietnamese label, tasks by words of their title; every wait polls, because
// the next task appears only after the step before it ran as its own job.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const VIEWPORT = { width: 1280, height: 800 };
export const TZ = 'Asia/Ho_Chi_Minh';
export const PASSWORD = 'demo';

// Texts of the Vietnamese Tasklist (app/tasklist/locales/vi.json) that the walk clicks.
export const UI = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  login: 'Đăng nhập',
  startProcess: 'Bắt đầu quy trình',
  start: 'Bắt đầu',
  claim: 'Nhận việc',
  complete: 'Hoàn thành',
  startFailed: 'Không bắt đầu được quy trình',
  completeFailed: 'Không hoàn thành được nhiệm vụ',
};

export class Failure extends Error {}
export function check(condition, message) {
  if (!condition) throw new Failure(message);
}
export const sleep = ms => new Promise(r => setTimeout(r, ms));
const escape = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = s => new RegExp(`^\\s*${escape(s)}\\s*$`);

export async function launchBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    // officials' browsers are often set to English: the Tasklist must be Vietnamese all the same
    locale: 'en-US',
    timezoneId: TZ,
    timeout: 60000,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One official at the Tasklist: a fresh page with no cookies of the previous one. */
export class Official {
  constructor(context, base, shots, log) {
    this.context = context;
    this.base = base;
    this.shots = shots;
    this.log = log;
    this.page = null;
    this.user = null;
  }

  get tasklist() {
    return `${this.base}/camunda/app/tasklist/`;
  }

  async open(user) {
    await this.context.clearCookies();
    for (const p of this.context.pages()) await p.close().catch(() => {});
    this.page = await this.context.newPage();
    this.page.setDefaultTimeout(20000);
    this.page.setDefaultNavigationTimeout(45000);
    this.user = user;
    this.page.on('pageerror', e => this.log(`page error (${user}): ${e.message.slice(0, 200)}`));
    return this.page;
  }

  /** Opens the Tasklist's login page, logs in and waits for the task list. */
  async login(user, { shotLogin = null } = {}) {
    const page = await this.open(user);
    await page.goto(this.tasklist);
    const username = page.getByPlaceholder(UI.username);
    await username.waitFor({ timeout: 45000 });
    if (shotLogin) {
      await page.waitForTimeout(500);
      await this.shot(shotLogin);
    }
    // the login page moves the focus to the user name once it is ready: fill until both fields hold
    const password = page.getByPlaceholder(UI.password);
    for (let attempt = 0; ; attempt++) {
      await page.waitForTimeout(300);
      await username.fill(user);
      await password.fill(PASSWORD);
      if (await username.inputValue() === user && await password.inputValue() === PASSWORD) break;
      check(attempt < 10, `${user}: the login form does not keep its input`);
    }
    await page.getByRole('button', { name: UI.login }).click();
    await page.locator('a, button').filter({ hasText: UI.startProcess }).first().waitFor({ timeout: 45000 });
    await page.locator(FILTERS).first().waitFor({ timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(800);
  }

  async shot(name, { tall = false } = {}) {
    const file = path.join(this.shots, `${String(++shotCount).padStart(2, '0')}-${name}.png`);
    const page = this.page;
    if (tall) {
      const h = await page.evaluate(() => {
        let m = document.documentElement.scrollHeight;
        for (const e of document.querySelectorAll('.task-details .tabbed-content, .form-container, .fjs-container, .modal-body')) {
          m = Math.max(m, e.scrollHeight + 350);
        }
        return m;
      });
      await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(Math.max(VIEWPORT.height, h), 6000) });
      await page.waitForTimeout(300);
      await page.screenshot({ path: file });
      await page.setViewportSize(VIEWPORT);
    } else {
      await page.screenshot({ path: file });
    }
    this.log(`screenshot ${path.basename(file)}`);
    return file;
  }

  // ---------- filters and tasks ----------

  async filterNames() {
    return this.page.locator(FILTERS).evaluateAll(es => es.map(e => {
      const h = e.querySelector('h4, .name');
      return (h ? h.innerText : e.innerText).replace(/\s+/g, ' ').trim();
    }));
  }

  async chooseFilter(name) {
    const f = this.page.locator(FILTERS).filter({ hasText: name }).first();
    check(await f.count(), `${this.user}: no filter "${name}" (has ${JSON.stringify(await this.filterNames())})`);
    await f.dispatchEvent('click');
    await this.page.waitForTimeout(1200);
  }

  /** Titles of the tasks in the chosen filter. */
  async taskTitles() {
    await this.page.locator(TASKS).first().waitFor({ timeout: 3000 }).catch(() => {});
    return this.page.locator(TASKS).evaluateAll(els => els.map(e => {
      const h = e.querySelector('h4');
      return (h ? h.innerText : e.innerText).replace(/\s+/g, ' ').trim();
    }));
  }

  /** Every task title this official sees, filter by filter. */
  async allTaskTitles() {
    const out = {};
    for (const name of await this.filterNames()) {
      await this.chooseFilter(name);
      out[name] = await this.taskTitles();
    }
    return out;
  }

  /**
   * Opens the task whose title holds every word of `parts`, looking in `filter` (reloading until
   * it appears: the step before may still be running as a job).
   */
  async openTask(parts, { filter, timeoutMs = 60000 } = {}) {
    parts = [].concat(parts);
    const page = this.page;
    const until = Date.now() + timeoutMs;
    for (let round = 0; ; round++) {
      if (round) {
        await page.reload();
        await page.locator(FILTERS).first().waitFor({ timeout: 30000 }).catch(() => {});
        await page.waitForTimeout(1000);
      }
      await this.chooseFilter(filter);
      let t = page.locator(TASKS);
      for (const p of parts) t = t.filter({ hasText: p });
      if (await t.count()) {
        const title = (await t.first().locator('h4').innerText()).trim();
        await t.first().locator('h4 a, a').first().click();
        await page.locator('.task-details, [cam-tasklist-task]').first().waitFor();
        await page.waitForTimeout(800);
        this.log(`${this.user} opens "${title}"`);
        return title;
      }
      if (Date.now() > until) {
        throw new Failure(`${this.user}: no task "${parts.join(' … ')}" in "${filter}" `
          + `(sees ${JSON.stringify(await this.taskTitles())})`);
      }
      await sleep(2000);
    }
  }

  /** The id of the open task (from the address). */
  taskId() {
    const m = /[?&]task=([0-9a-f-]+)/.exec(this.page.url());
    return m && m[1];
  }

  /** Group tasks: Complete is enabled only once the task is claimed. */
  async claim() {
    const btn = this.page.locator('.task-details, [cam-tasklist-task]').locator('button, a').filter({ hasText: exactly(UI.claim) }).first();
    if (await btn.count() && await btn.isVisible()) {
      await btn.click();
      await btn.waitFor({ state: 'hidden', timeout: 15000 });
      await this.page.waitForTimeout(1000);
      this.log(`${this.user} claims the task`);
    }
    await this.waitForm();
  }

  async waitForm() {
    await this.page.locator('.fjs-container').first().waitFor({ timeout: 30000 });
    await this.page.waitForTimeout(800);
  }

  async formText() {
    return (await this.page.locator('.fjs-container').first().innerText()).replace(/\s+/g, ' ');
  }

  completeButton() {
    return this.page.locator('[cam-tasklist-form] button.btn-primary, .task-details button.btn-primary')
      .filter({ hasText: exactly(UI.complete) }).first();
  }

  /** Clicks Complete and returns the answer to the form submission. */
  async submitTask({ expectStatus = 204 } = {}) {
    await this.blur();
    const btn = this.completeButton();
    await btn.waitFor();
    check(await btn.isEnabled(), `${this.user}: "${UI.complete}" is disabled; form errors: ${JSON.stringify(await this.fieldErrors())}`);
    return this.submitWith(btn, expectStatus);
  }

  /** Clicks the start dialog's Start button and returns the answer. */
  async submitStart({ expectStatus = 200 } = {}) {
    await this.blur();
    const btn = this.page.locator('.modal-footer button').filter({ hasText: exactly(UI.start) }).first();
    check(await btn.isEnabled(), `${this.user}: "${UI.start}" is disabled; form errors: ${JSON.stringify(await this.fieldErrors())}`);
    return this.submitWith(btn, expectStatus);
  }

  async submitWith(btn, expectStatus) {
    const answer = this.page.waitForResponse(r => /\/submit-form$/.test(new URL(r.url()).pathname) && r.request().method() === 'POST', { timeout: 30000 });
    answer.catch(() => {});   // the click below may fail first
    await btn.click();
    const r = await answer;
    const body = await r.text().catch(() => '');
    check(r.status() === expectStatus, `${this.user}: form submission answered ${r.status()} (expected ${expectStatus}): ${body.slice(0, 400)}`);
    await this.page.waitForTimeout(1500);
    return { status: r.status(), body };
  }

  /** Closes the notifications shown (an official closes a refusal before sending the form again). */
  async dismissNotifications() {
    const close = this.page.locator('.notifications .alert button.close:visible');
    for (let i = await close.count(); i > 0; i--) await close.first().click({ timeout: 5000 });
    await this.page.waitForTimeout(300);
    check(!(await close.count()), `${this.user}: a notification does not close: ${JSON.stringify(await this.notifications())}`);
  }

  async notifications() {
    const texts = await this.page.locator('.page-notifications .alert, .notifications .alert').allInnerTexts();
    return texts.map(t => t.replace(/\s+/g, ' ').replace(/^×\s*/, '').trim()).filter(Boolean);
  }

  /** The form's table `label` shows all its `columns`, in this order, within the form: no sideways scrolling. */
  async tableFits(label, columns) {
    const table = this.page.locator('.fjs-form-field-table').filter({ has: this.page.locator('label', { hasText: exactly(label) }) }).first();
    check(await table.count(), `${this.user}: no table "${label}"`);
    const m = await table.evaluate(t => {
      const inner = t.querySelector('.fjs-table-inner-container') || t;
      const box = inner.getBoundingClientRect();
      return {
        scroll: inner.scrollWidth - inner.clientWidth,
        headers: [...t.querySelectorAll('.fjs-table-th')].map(th => {
          const r = th.getBoundingClientRect();
          return { text: th.innerText.trim(), inside: r.left >= box.left - 1 && r.right <= box.right + 1 };
        }),
      };
    });
    check(JSON.stringify(m.headers.map(h => h.text)) === JSON.stringify(columns), `${this.user}: table "${label}" has columns ${JSON.stringify(m.headers.map(h => h.text))}`);
    const cut = m.headers.filter(h => !h.inside).map(h => h.text);
    check(m.scroll <= 1 && !cut.length, `${this.user}: table "${label}" scrolls sideways by ${m.scroll}px; columns out of view: ${JSON.stringify(cut)}`);
  }

  async fieldErrors() {
    return this.page.locator('.fjs-form-field-error').allInnerTexts()
      .then(a => [...new Set(a.map(s => s.trim()).filter(Boolean))]);
  }

  // ---------- Camunda Forms fields, by Vietnamese label ----------

  /** The form field whose label starts with `label` ("Đồng ý" is not "Không đồng ý"). */
  field(label, type, root = this.page) {
    const page = this.page;
    const sel = type ? `.fjs-form-field-${type}` : '.fjs-form-field';
    const text = new RegExp(`^\\s*${escape(label)}`);
    if (root.list) {
      // the n-th row of a dynamic list: the n-th field with this label in the list
      return root.list.locator(sel).filter({ has: page.locator('label', { hasText: text }) }).nth(root.n);
    }
    return root.locator(sel).filter({ has: page.locator('label', { hasText: text }) }).first();
  }

  async fill(label, value, root) {
    const f = this.field(label, undefined, root);
    check(await f.count(), `${this.user}: no field "${label}"`);
    await f.locator('input, textarea').first().fill(String(value));
  }

  // ---------- dynamic lists (a row per person) ----------

  /** The dynamic list whose label starts with `label`. */
  list(label) {
    const text = new RegExp(`^\\s*${escape(label)}`);
    return this.page.locator('.fjs-form-field-grouplike').filter({ has: this.page.locator('label', { hasText: text }) }).first();
  }

  /**
   * The `n`-th row (from 0) of the dynamic list `label`: pass it as `root` to fill, choose, checkbox
   * (a list whose rows cannot be added or removed renders them without a container of their own).
   */
  listRow(label, n) {
    return { list: this.list(label), n };
  }

  /** Adds a row to the dynamic list `label` with its button, which must read "Thêm dòng". */
  async addRow(label) {
    const button = this.list(label).locator('.fjs-repeat-render-add').first();
    check(await button.count(), `${this.user}: list "${label}" has no button to add a row`);
    const words = (await button.innerText()).trim();
    check(words === 'Thêm dòng', `${this.user}: the add button of "${label}" says "${words}", not Vietnamese`);
    const rows = await this.list(label).locator('.fjs-repeat-row-container').count();
    await button.click();
    await this.list(label).locator('.fjs-repeat-row-container').nth(rows).waitFor({ timeout: 5000 });
    await this.page.waitForTimeout(200);
  }

  async choose(label, option, root) {
    const f = this.field(label, 'select', root);
    check(await f.count(), `${this.user}: no select "${label}"`);
    await f.locator('.fjs-select-display, .fjs-input-group, input').first().click();
    await this.page.locator('.fjs-dropdownlist-item').filter({ hasText: option }).first().click();
    await this.page.waitForTimeout(200);
  }

  async radio(label, option) {
    const f = this.field(label, 'radio');
    check(await f.count(), `${this.user}: no radio "${label}"`);
    await f.locator('label').filter({ hasText: option }).first().click();
    await this.page.waitForTimeout(200);
  }

  /** Ticks exactly the given options of a checklist. */
  async tick(label, options) {
    const f = this.field(label, 'checklist');
    check(await f.count(), `${this.user}: no checklist "${label}"`);
    for (const o of options) {
      const box = f.locator('label').filter({ hasText: o }).first();
      check(await box.count(), `${this.user}: checklist "${label}" has no option "${o}" (has ${JSON.stringify(await f.locator('label').allInnerTexts())})`);
      const input = box.locator('input');
      if (await input.count()) await input.check(); else await box.click();
    }
    await this.page.waitForTimeout(200);
  }

  /** Picks the given options in a tag list, each found by typing the start of its name. */
  async tag(label, options) {
    const f = this.field(label, 'taglist');
    check(await f.count(), `${this.user}: no tag list "${label}"`);
    for (const o of options) {
      const input = f.locator('input').first();
      const placeholder = await input.getAttribute('placeholder');
      check(placeholder === 'Gõ tên để tìm…', `${this.user}: the search box of "${label}" says "${placeholder}", not Vietnamese`);
      await input.click();
      await input.fill(o.slice(0, 5));
      const item = this.page.locator('.fjs-dropdownlist-item').filter({ hasText: o }).first();
      await item.waitFor({ timeout: 5000 }).catch(() => {});
      check(await item.count(), `${this.user}: tag list "${label}" offers no "${o}"`);
      await item.click();
      await this.page.waitForTimeout(200);
      check(await f.locator('.fjs-taglist-tag').filter({ hasText: o }).count(), `${this.user}: "${o}" not picked in "${label}"`);
    }
    await this.blur();
  }

  async checkbox(label, on = true, root) {
    const f = this.field(label, 'checkbox', root);
    check(await f.count(), `${this.user}: no checkbox "${label}"`);
    const input = f.locator('input');
    if (on) await input.check(); else await input.uncheck();
  }

  /** Types a date as dd/MM/yyyy into a date field (found by its date label). */
  async date(label, ddmmyyyy) {
    const input = this.field(label, 'datetime').locator('input').first();
    check(await input.count(), `${this.user}: no date field "${label}"`);
    for (let attempt = 0; attempt < 3; attempt++) {
      await input.click();
      await input.press('Control+A');
      await input.press('Backspace');
      await input.pressSequentially(ddmmyyyy, { delay: 10 });
      await input.press('Tab');
      await this.blur();
      const shown = await input.inputValue();
      if (shown.replace(/\b0(\d)/g, '$1') === ddmmyyyy.replace(/\b0(\d)/g, '$1')) return;
    }
    throw new Failure(`${this.user}: date "${label}" does not take ${ddmmyyyy}`);
  }

  /** Leaves the field being edited (form-js validates on blur). */
  async blur() {
    await this.page.locator('.fjs-container .fjs-form-field-text, .fjs-container h2').first().click().catch(() => {});
    await this.page.waitForTimeout(200);
  }
}

let shotCount = 0;
const FILTERS = '[cam-tasklist-filters] .task-filter, .filters .task-filter';
const TASKS = '.tasks-list li.task';

// ---------- dates as the officials see them (Asia/Ho_Chi_Minh) ----------
export function today() {
  const s = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
export function inDays(n) {
  const d = today();
  d.setUTCDate(d.getUTCDate() + n);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}
