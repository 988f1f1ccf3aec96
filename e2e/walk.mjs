// A whole campaign through the Vietnamese Tasklist, logged in as each role in turn.
//
//   node walk.mjs <base-url> <screenshot-dir>                       the demo office (Long Biên)
//   E2E_OFFICE=kien-an node walk.mjs <base-url> <screenshot-dir>    an empty system: the administrator
//       sets Kiến An up on the page Thiết lập cơ quan, then its officials walk a campaign there
//
// Every step is a small named function: it opens the official's task by words of its title, fills the
// Camunda Form by the fields' Vietnamese labels, completes it and checks the answer. Only two timers are
// fired from outside the UI (the nomination deadline and the end of the period, weeks away in a campaign
// that starts today): as the administrator, through the engine REST API, as an operator would.
import fs from 'node:fs';
import { launchBrowser, Official, Failure, check, sleep, inDays, UI } from './tasklist.mjs';
import { yearSteps } from './year.mjs';
import { clusterSteps } from './cluster.mjs';

const BASE = (process.argv[2] || 'http://localhost:18080').replace(/\/$/, '');
const SHOTS = process.argv[3] || '../target/e2e';
const CODE = process.env.E2E_CODE || `KH-E2E-${Date.now().toString(36).toUpperCase()}`;
const CAMPAIGN = `Phong trào thi đua “Chung sức xây dựng phường văn minh” (${CODE})`;

// Who does what, by office: the demo workbooks' accounts (src/main/resources/demo/<office>/to-chuc.xlsx),
// password "demo". The first ward's screenshots go to the README.
const OFFICES = {
  'long-bien': {
    office: 'UBND quận Long Biên', noiVu: 'noivu', chairman: 'chutich', members: ['hoidong1', 'hoidong2'],
    written: { user: 'hoidong3', name: 'Đỗ Minh Tuấn' },
    wards: [{ user: 'p-bode', unit: 'UBND phường Bồ Đề' }, { user: 'p-ngocthuy', unit: 'UBND phường Ngọc Thụy' }],
  },
  'kien-an': {
    office: 'UBND quận Kiến An', noiVu: 'ka-noivu', chairman: 'ka-chutich', members: ['ka-hoidong1', 'ka-hoidong2'],
    written: { user: 'ka-hoidong3', name: 'Trần Quốc Việt' },
    wards: [{ user: 'ka-p-bacson', unit: 'UBND phường Bắc Sơn' }, { user: 'ka-p-vandau', unit: 'UBND phường Văn Đẩu' }],
    workbook: '../src/main/resources/demo/kien-an/to-chuc.xlsx',
    // an assignment picked from the plan form's list of the office's own units
    assignment: { user: 'ka-pb-vhtt', unit: 'Phòng Văn hóa và Thông tin', task: 'Tổ chức giải thể thao các cụm, khối thi đua thuộc quận' },
  },
  // the demo city and its wards (tdkt.demo.office=ha-noi): the city's plan walks down to a ward
  'ha-noi': {
    office: 'UBND thành phố Hà Nội', noiVu: 'hn-noivu', chairman: 'hn-chutich', members: [],
    wards: [
      { user: 'long-bien-noivu', chairman: 'long-bien-chutich', unit: 'UBND phường Long Biên' },
      { user: 'bo-de-noivu', chairman: 'bo-de-chutich', unit: 'UBND phường Bồ Đề' },
    ],
    cascade: true,
  },
};
const OFFICE_KEY = process.env.E2E_OFFICE || 'long-bien';
const OFFICE = OFFICES[OFFICE_KEY];
check(OFFICE, `no office ${OFFICE_KEY}`);
const NOI_VU = OFFICE.noiVu;
const CHAIRMAN = OFFICE.chairman;
const ADMIN = 'admin';
const [BODE, NGOCTHUY] = OFFICE.wards;
const PERSON = { name: 'Nguyễn Văn An', kind: 'Cá nhân', position: `Công chức Văn hóa – Xã hội, ${BODE.unit}`, award: 'Chiến sĩ thi đua cơ sở (cá nhân)' };
const TEAM = { name: 'Tổ dân phố số 5', kind: 'Tập thể', position: '', award: 'Tập thể lao động tiên tiến' };

// Filters of the demo users (messages.properties: filter.*)
const F = { unit: 'Việc của đơn vị', appraisal: 'Hồ sơ chờ thẩm định', signing: 'Trình ký', ballot: 'Phiếu biểu quyết', mine: 'Việc của tôi', chase: 'Đôn đốc đơn vị quá hạn' };

// Process ids that the operator's two calls name (processes/campaign-process.bpmn)
const CAMPAIGN_PROCESS = 'campaignProcess';
const NOMINATIONS_CLOSED = 'Event_HetHanNopHoSo';
const PERIOD_OVER = 'Event_HetKyThiDua';

fs.mkdirSync(SHOTS, { recursive: true });
for (const f of fs.readdirSync(SHOTS)) if (f.endsWith('.png')) fs.rmSync(`${SHOTS}/${f}`);
const started = Date.now();
const log = msg => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
const browser = await launchBrowser();
const o = new Official(browser.context, BASE, SHOTS, log);
const state = {};

// ---------- the operator (administrator) through the engine REST API ----------
async function rest(method, path, body) {
  const r = await fetch(`${BASE}/engine-rest${path}`, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(`${ADMIN}:demo`).toString('base64'), 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(30000),
  });
  const text = await r.text();
  check(r.ok, `${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}
async function campaignInstanceId() {
  const [pi] = await rest('GET', `/process-instance?businessKey=${encodeURIComponent(CODE)}&processDefinitionKey=${CAMPAIGN_PROCESS}`);
  check(pi, `no running campaign ${CODE}`);
  return pi.id;
}
/** Fires a timer of the campaign now, as an operator does when a date must not be waited for. */
async function fireTimer(activityId) {
  const pid = await campaignInstanceId();
  let jobs = [];
  for (let i = 0; i < 30 && !jobs.length; i++) {
    jobs = await rest('GET', `/job?processInstanceId=${pid}&activityId=${activityId}`);
    if (!jobs.length) await sleep(1000);
  }
  check(jobs.length === 1, `timer ${activityId} of ${CODE}: ${jobs.length} jobs`);
  await rest('POST', `/job/${jobs[0].id}/execute`);
  log(`operator fires timer ${activityId}`);
}

// ---------- steps ----------

/**
 * The administrator sets the office up on the page Thiết lập cơ quan, reached from the welcome page:
 * a file that is not a workbook is refused with its reason; the office's workbook is previewed (what
 * is added) and imported; its officials can then log in.
 */
async function adminSetsUpOffice() {
  await o.login(ADMIN);
  await o.page.goto(`${BASE}/camunda/app/welcome/default/`);
  const link = o.page.getByRole('link', { name: 'Thiết lập cơ quan' }).first();
  await link.waitFor({ timeout: 30000 });
  await link.click();
  await o.page.getByRole('heading', { name: 'Thiết lập cơ quan' }).waitFor();
  check((await o.page.locator('#co-quan').innerText()).includes('chưa được thiết lập cơ quan'), 'the system already has an office');
  const input = o.page.locator('input#tep');
  await input.setInputFiles({ name: 'to-chuc.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải bảng tính') });
  await o.page.getByRole('button', { name: 'Xem trước thay đổi' }).click();
  await o.page.getByText('không phải là bảng tính Excel').first().waitFor({ timeout: 15000 });
  check(await o.page.getByRole('button', { name: 'Xác nhận nhập' }).isDisabled(), 'a refused workbook can be confirmed');
  await o.shot('quan-tri-tep-sai', { tall: true });
  await input.setInputFiles(OFFICE.workbook);
  await o.page.getByRole('button', { name: 'Xem trước thay đổi' }).click();
  await o.page.getByText(`Xem trước: tệp tổ chức của ${OFFICE.office}`).waitFor({ timeout: 15000 });
  const preview = await o.page.locator('#ket-qua').innerText();
  check(preview.includes('Thêm mới (15)') && preview.includes(BODE.unit), `the preview does not add the office's units: ${preview.slice(0, 400)}`);
  await o.shot('quan-tri-xem-truoc-to-chuc', { tall: true });
  await o.page.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await o.page.getByText(`Đã nhập tệp tổ chức của ${OFFICE.office}`).waitFor({ timeout: 30000 });
  await o.page.reload();
  const accounts = await o.page.locator('#tai-khoan').innerText();
  check(accounts.includes(NOI_VU) && accounts.includes(BODE.user), `the accounts are not listed: ${accounts.slice(0, 300)}`);
  await o.shot('quan-tri-da-nhap-to-chuc', { tall: true });
  log(`${OFFICE.office} set up from its workbook`);
  await adminChecksCalendar();
}

/**
 * The administrator opens the working calendar from the set-up page: the year's days off and make-up
 * Saturdays are listed; a make-up day on a weekday is refused with its reason, nothing saved.
 */
async function adminChecksCalendar() {
  await o.page.getByRole('link', { name: 'Lịch nghỉ lễ và ngày làm bù' }).first().click();
  await o.page.getByRole('heading', { name: 'Lịch nghỉ lễ và ngày làm bù' }).waitFor();
  await o.page.locator('#nam').selectOption('2026');
  const dates = await o.page.locator('#ngay input.ngay').evaluateAll(els => els.map(e => e.value));
  check(dates.includes('22/08/2026') && dates.includes('31/08/2026'), `the 2026 calendar lacks 22/08 and 31/08: ${dates}`);
  await o.page.getByRole('button', { name: 'Thêm ngày' }).click();
  const last = o.page.locator('#ngay tbody tr').last();
  await last.locator('input.ngay').fill('07/12/2026');
  await last.locator('select.loai').selectOption('WORK');
  await last.locator('input.ly-do').fill('Thử');
  await o.page.getByRole('button', { name: 'Lưu lịch năm' }).click();
  await o.page.getByText('ngày làm bù phải là thứ Bảy hoặc Chủ nhật').waitFor({ timeout: 15000 });
  await o.shot('quan-tri-lich-nghi', { tall: true });
  log('the working calendar is listed and checked');
}

/** The office's plan of the seeds, by one action: drafted for Kiến An's own units, it awaits the chairman. */
async function seedPlanByOneAction() {
  const r = await fetch(`${BASE}/api/demo/campaign`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`${NOI_VU}:demo`).toString('base64') },
    signal: AbortSignal.timeout(30000),
  });
  const body = await r.text();
  check(r.status === 201, `the demo plan of ${OFFICE.office} was not started: ${r.status} ${body.slice(0, 300)}`);
  const { campaignCode } = JSON.parse(body);
  await o.login(CHAIRMAN);
  await o.openTask(['Phê duyệt kế hoạch', campaignCode], { filter: F.signing });
  const text = await o.formText();
  check(text.includes('Phát động đợt thi đua đặc biệt') && text.includes('11/06/2023'), `the seed plan is not shown: ${text.slice(0, 400)}`);
  await o.shot('kien-an-ke-hoach-mau', { tall: true });
  log(`seed plan ${campaignCode} of ${OFFICE.office} awaits the chairman`);
}

// ---------- a city's plan goes down to its wards ----------
async function cityLaunchesItsPlan() {
  const r = await fetch(`${BASE}/api/demo/campaign?dates=today`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`${NOI_VU}:demo`).toString('base64') },
    signal: AbortSignal.timeout(30000),
  });
  const body = await r.text();
  check(r.status === 201, `the city's demo plan was not started: ${r.status} ${body.slice(0, 300)}`);
  state.cityCode = JSON.parse(body).campaignCode;
  await o.login(CHAIRMAN);
  await o.openTask(['Phê duyệt kế hoạch', state.cityCode], { filter: F.signing });
  await o.claim();
  await o.radio('Ý kiến của Chủ tịch', 'Phê duyệt, phát động phong trào');
  await o.shot('thanh-pho-phe-duyet', { tall: true });
  await o.submitTask();
  log(`city plan ${state.cityCode} approved and launched`);
}

/** The ward's Nội vụ finds the city's plan, pre-filled, and drafts the ward's own from it. */
async function wardDraftsFromCityPlan() {
  const [ward] = OFFICE.wards;
  await o.login(ward.user);
  await o.openTask(['Lập kế hoạch triển khai', state.cityCode], { filter: F.unit });
  await o.claim();
  const text = await o.formText();
  check(text.includes(`Triển khai kế hoạch ${state.cityCode}`) && text.includes('UBND thành phố Hà Nội'),
    `the ward's form does not show the city's plan: ${text.slice(0, 300)}`);
  check(!text.includes('Lập kế hoạch phong trào thi đua'), 'the ward\'s form shows the draft\'s heading');
  const basis = await o.field('Căn cứ').locator('textarea').first().inputValue();
  check(basis.startsWith(`Thực hiện Kế hoạch số ${state.cityCode}`), `the legal basis is not the city's plan: ${basis}`);
  await o.fill('Số/mã kế hoạch', CODE);
  await o.tick('Đơn vị tham gia', ['Các phòng, ban, cơ quan chuyên môn', 'Các trường học công lập']);
  await o.shot('phuong-lap-ke-hoach-trien-khai', { tall: true });
  await o.submitTask();
  await o.login(ward.chairman);
  await o.openTask(['Phê duyệt kế hoạch', CODE], { filter: F.signing });
  await o.claim();
  await o.radio('Ý kiến của Chủ tịch', 'Phê duyệt, phát động phong trào');
  await o.submitTask();
  log(`${ward.unit} drafted ${CODE} from ${state.cityCode}; its chairman approved it`);
}

/** Another ward's Nội vụ sees its own task from the city, and nothing of the first ward's. */
async function otherWardSeesOnlyItsOwn() {
  const [first, other] = OFFICE.wards;
  await o.login(other.user);
  const all = JSON.stringify(await o.allTaskTitles());
  check(all.includes(state.cityCode), `${other.unit} has no task from the city's plan: ${all}`);
  check(!all.includes(CODE) && !all.includes(first.unit), `${other.unit} sees ${first.unit}'s work: ${all}`);
}

/** The city's tracking page lists each ward: which has drafted its plan, and its units' x/N. */
async function cityTracksItsWards() {
  await o.login(NOI_VU);
  await o.page.goto(`${BASE}/theo-doi/${encodeURIComponent(state.cityCode)}`);
  const text = (await o.page.locator('body').innerText()).replace(/\s+/g, ' ');
  await o.shot('thanh-pho-theo-doi-phuong', { tall: true });
  check(text.includes('Các phường, xã triển khai kế hoạch') && text.includes(CODE)
    && text.includes('Đang triển khai') && text.includes('Chưa lập kế hoạch triển khai')
    && text.includes('0/2'), `the city's tracking does not show the wards: ${text.slice(0, 600)}`);
}

/** The unit given the plan's assignment reports on it. */
async function assignedUnitReports() {
  const a = OFFICE.assignment;
  await o.login(a.user);
  await o.openTask(['Thực hiện nhiệm vụ được phân công', a.unit, CODE], { filter: F.unit });
  await o.claim();
  check((await o.formText()).includes(a.task), 'the responsibility form does not show the task');
  await o.fill('Kết quả thực hiện nhiệm vụ', 'Đã tổ chức giải bóng chuyền hơi cho 2 cụm, khối thi đua.');
  await o.shot(`${a.user}-thuc-hien-nhiem-vu`, { tall: true });
  await o.submitTask();
}

async function loginPageIsVietnamese() {
  await o.login(NOI_VU, { shotLogin: 'dang-nhap' });
  check(await o.page.title() === 'Hệ thống Thi đua – Khen thưởng', `tab title: ${await o.page.title()}`);
  check(!(await o.page.locator('.ce-eol-banner').isVisible().catch(() => false)), 'the Camunda 8 banner is visible');
  const header = await o.page.locator('[cam-widget-header]').innerText();
  check(header.includes('Thi đua – Khen thưởng') && header.includes('Bắt đầu quy trình'), `header: ${header}`);
}

/** The welcome page (profile, password, links to the applications) is Vietnamese in an English browser too. */
async function welcomePageIsVietnamese() {
  await o.login(NOI_VU);
  await o.page.goto(`${BASE}/camunda/app/welcome/default/`);
  const apps = o.page.getByText('Ứng dụng', { exact: true }).first();
  const shown = await apps.waitFor({ timeout: 30000 }).then(() => true, () => false);
  const text = (await o.page.locator('body').innerText()).replace(/\s+/g, ' ');
  check(shown && text.includes('Đổi mật khẩu') && !/Applications|Change password|Profile/.test(text), `the welcome page is not Vietnamese: ${text.slice(0, 400)}`);
}

async function openPlanForm() {
  await o.login(NOI_VU);
  await o.page.locator('a, button').filter({ hasText: 'Bắt đầu quy trình' }).first().click();
  await o.page.locator('.modal a').getByText('Phong trào thi đua', { exact: true }).first().click();
  await o.waitForm();
  const draft = await o.formText();
  check(draft.includes('Lập kế hoạch phong trào thi đua') && !draft.includes('Chỉnh sửa kế hoạch')
    && !draft.includes('Lý do trả lại'), `the plan's form shows the revision's heading: ${draft.slice(0, 120)}`);
}

async function fillPlan({ nominationDue }) {
  await o.fill('Số/mã kế hoạch', CODE);
  await o.fill('Tên phong trào', CAMPAIGN);
  await o.choose('Loại phong trào', 'Theo chuyên đề');
  await o.fill('Khẩu hiệu / chủ đề', 'Phường văn minh, người dân hạnh phúc');
  await o.fill('Căn cứ', 'Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP');
  await o.date('Ngày bắt đầu', inDays(0));
  await o.date('Hạn đăng ký thi đua', inDays(10));
  await o.date('Hạn nộp hồ sơ khen thưởng', nominationDue);
  await o.date('Hạn báo cáo kết quả', inDays(30));
  await o.date('Ngày kết thúc', inDays(40));
  await o.tick('Đơn vị tham gia', ['UBND các phường']);
  if (OFFICE.assignment) {
    await o.choose('Nhiệm vụ 1 – đơn vị chủ trì', OFFICE.assignment.unit);
    await o.fill('Nhiệm vụ 1 – nội dung', OFFICE.assignment.task);
  }
}

const BAD_NOMINATION_DUE = 'Hạn nộp hồ sơ khen thưởng phải sau hạn đăng ký và không muộn hơn ngày kết thúc.';

/**
 * The refusal is shown as the Tasklist's Vietnamese title over the system's reason alone: not the
 * engine's English "Cannot submit task form <id>: " / "Cannot instantiate process definition <id>: ".
 */
async function checkRefusal(title, shot) {
  const shown = await o.page.getByText(BAD_NOMINATION_DUE).first().waitFor({ timeout: 10000 }).then(() => true, () => false);
  await o.shot(shot, { tall: true });
  const notes = await o.notifications();
  check(shown, `no Vietnamese validation message; notifications: ${JSON.stringify(notes)}`);
  const note = notes.find(n => n.includes(BAD_NOMINATION_DUE));
  check(note && !note.includes('Cannot') && !note.includes(CAMPAIGN_PROCESS), `the notification is not only the Vietnamese reason: ${note}`);
  check(note === `${title} ${BAD_NOMINATION_DUE}`, `the notification is not "${title}" over the reason: ${note}`);
}

/** Nội vụ drafts the plan; with the nomination deadline after the period it is refused, in Vietnamese. */
async function planWithBadDatesIsRefused() {
  await openPlanForm();
  await o.shot('noi-vu-ke-hoach-trong', { tall: true });
  await fillPlan({ nominationDue: inDays(20) });
  await o.shot('noi-vu-lap-ke-hoach', { tall: true });
  await o.date('Hạn nộp hồ sơ khen thưởng', inDays(45));
  await o.submitStart({ expectStatus: 400 });
  await checkRefusal(UI.startFailed, 'noi-vu-ke-hoach-sai-ngay');
}

/** Nội vụ of a new office drafts its plan: the form lists the office's own units for the assignment. */
async function newOfficeDraftsPlan() {
  await openPlanForm();
  await fillPlan({ nominationDue: inDays(20) });
  await o.shot('noi-vu-lap-ke-hoach', { tall: true });
  await o.submitStart();
  log(`plan ${CODE} of ${OFFICE.office} sent for approval`);
}

async function draftPlan() {
  await o.date('Hạn nộp hồ sơ khen thưởng', inDays(20));
  await o.submitStart();
  log(`plan ${CODE} sent for approval`);
}

/** The chairman returns the plan; Nội vụ's revision with a wrong deadline is refused, then corrected. */
async function chairmanReturnsPlan() {
  await o.login(CHAIRMAN);
  await o.openTask(['Phê duyệt kế hoạch', CODE], { filter: F.signing });
  await o.claim();
  await o.radio('Ý kiến của Chủ tịch', 'Trả lại để chỉnh sửa');
  await o.fill('Lý do trả lại', 'Bổ sung căn cứ Kế hoạch thi đua năm của UBND quận.');
  await o.shot('chu-tich-tra-lai', { tall: true });
  await o.submitTask();
}

async function revisionWithBadDatesIsRefused() {
  await o.login(NOI_VU);
  await o.openTask(['Chỉnh sửa kế hoạch', CODE], { filter: F.unit });
  await o.claim();
  check((await o.formText()).includes('Bổ sung căn cứ'), 'the revision form does not show the chairman\'s reason');
  // the plan's one form, in its revision: the revision's heading, not the draft's, and the code kept
  const revision = await o.formText();
  check(revision.includes('Chỉnh sửa kế hoạch') && !revision.includes('Lập kế hoạch phong trào thi đua'),
    `the revision form shows the wrong heading: ${revision.slice(0, 120)}`);
  check(!(await o.field('Số/mã kế hoạch').locator('input').first().isEditable()),
    'the plan\'s code can be changed in the revision');
  await o.fill('Căn cứ', 'Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP; Kế hoạch thi đua năm của Ủy ban nhân dân');
  await o.date('Hạn nộp hồ sơ khen thưởng', inDays(45));
  await o.submitTask({ expectStatus: 400 });
  await checkRefusal(UI.completeFailed, 'noi-vu-chinh-sua-sai-ngay');
  await o.dismissNotifications();
  await o.date('Hạn nộp hồ sơ khen thưởng', inDays(20));
  await o.submitTask();
  log(`plan ${CODE} revised and sent for approval again`);
}

async function chairmanApprovesPlan() {
  await o.login(CHAIRMAN);
  await o.openTask(['Phê duyệt kế hoạch', CODE], { filter: F.signing });
  await o.claim();
  check((await o.formText()).includes(CAMPAIGN), 'the approval form does not show the campaign');
  await o.radio('Ý kiến của Chủ tịch', 'Phê duyệt, phát động phong trào');
  await o.shot('chu-tich-phe-duyet', { tall: true });
  await o.submitTask();
}

async function register(ward, activity) {
  await o.login(ward.user);
  await o.openTask(['Đăng ký thi đua', ward.unit, CODE], { filter: F.unit });
  state[`${ward.user}-registration`] = o.taskId();
  if (ward === BODE) await o.shot('phuong-danh-sach-viec');
  await o.claim();
  await o.fill('Tên hoạt động', activity);
  await o.choose('Hình thức hoạt động', 'Lễ báo công');
  await o.date('Ngày dự kiến tổ chức', inDays(7));
  await o.fill('Ghi chú', 'Hội trường UBND phường; cán bộ, công chức và đại diện các tổ dân phố');
  await o.fill('Email người phụ trách', `vanhoa@${ward.user.replace(/^(ka-)?p-/, '')}.example`);
  await o.shot(`${ward.user}-dang-ky`, { tall: true });
  await o.submitTask();
}

async function unitsRegister() {
  await register(NGOCTHUY, 'Lễ báo công dâng Bác tại Nhà văn hóa phường');
  await register(BODE, 'Lễ báo công và tuyên dương người tốt, việc tốt');
}

/** Bồ Đề's focal point does not see Ngọc Thụy's tasks, in any filter or by the task's address. */
async function wardSeesOnlyItsOwnTasks() {
  await o.login(BODE.user);
  const other = state[`${NGOCTHUY.user}-registration`];
  check(other, 'no task id of Ngọc Thụy');
  const all = JSON.stringify(await o.allTaskTitles());
  check(!all.includes(NGOCTHUY.unit), `${BODE.unit} sees ${NGOCTHUY.unit}'s tasks: ${all}`);
  await o.page.goto(`${o.tasklist}#/?task=${other}`);
  await o.page.waitForTimeout(3000);
  const form = await o.page.locator('.fjs-container').count();
  const details = await o.page.locator('.task-details').innerText().catch(() => '');
  await o.shot('p-bode-khong-xem-duoc-viec-phuong-khac');
  check(!form && !details.includes(NGOCTHUY.unit), `${BODE.unit} opened ${NGOCTHUY.unit}'s task: ${details.slice(0, 300)}`);
}

async function report(ward, summary, participants) {
  await o.login(ward.user);
  await o.openTask(['Báo cáo kết quả', ward.unit, CODE], { filter: F.unit });
  await o.claim();
  await o.fill('Kết quả thực hiện', summary);
  await o.fill('Số người tham gia', participants);
  await o.shot(`${ward.user}-bao-cao`, { tall: true });
  await o.submitTask();
}

async function unitsReport() {
  await report(BODE, 'Tổ chức lễ báo công ngày 19/5; tuyên dương 12 gương người tốt, việc tốt.', 180);
  await report(NGOCTHUY, 'Tổ chức lễ báo công tại Nhà văn hóa phường, 150 đại biểu tham dự.', 150);
}

async function nominate(ward, nominee) {
  await o.login(ward.user);
  await o.openTask(['Đề nghị khen thưởng', ward.unit, CODE], { filter: F.unit });
  await o.claim();
  await o.radio('Đơn vị có đề nghị khen thưởng?', 'Có, nộp hồ sơ');
  await o.radio('Đối tượng', nominee.kind);
  await o.fill('Họ tên cá nhân / tên tập thể', nominee.name);
  if (nominee.position) await o.fill('Chức vụ, đơn vị công tác', nominee.position);
  await o.choose('Hình thức khen thưởng đề nghị', nominee.award);
  await o.fill('Tóm tắt thành tích', `${nominee.name}: hoàn thành xuất sắc nhiệm vụ; vận động nhân dân tham gia phong trào.`);
  await o.fill('Đường dẫn hồ sơ', `https://hoso.example/${ward.user}/1`);
  await o.checkbox('Còn hồ sơ khác cần nộp', false);
  await o.shot(`${ward.user}-de-nghi-khen-thuong`, { tall: true });
  await o.submitTask();
}

async function unitsNominate() {
  await nominate(BODE, PERSON);
  await nominate(NGOCTHUY, TEAM);
}

async function appraise(nominee, outcome, texts = {}) {
  await o.openTask(['Thẩm định hồ sơ', nominee.name, CODE], { filter: F.appraisal });
  await o.claim();
  await o.radio('Kỷ luật, điều tra, thanh tra', 'Không bị xem xét');
  await o.radio('Kết quả thẩm định', outcome);
  if (texts.missing) await o.fill('Danh mục hồ sơ cần bổ sung', texts.missing);
  if (texts.reason) await o.fill('Lý do / ý kiến thẩm định', texts.reason);
  await o.shot(`noi-vu-tham-dinh-${nominee === PERSON ? 'ca-nhan' : 'tap-the'}`, { tall: true });
  await o.submitTask();
}

async function noiVuAppraises() {
  await o.login(NOI_VU);
  await o.chooseFilter(F.appraisal);
  await o.shot('noi-vu-ho-so-cho-tham-dinh');
  await appraise(PERSON, 'Đủ điều kiện');
  await appraise(TEAM, 'Trả lại để bổ sung', { missing: 'Biên bản họp xét của tổ dân phố', reason: 'Hồ sơ thiếu biên bản họp xét.' });
}

async function wardSupplements() {
  await o.login(NGOCTHUY.user);
  await o.openTask(['Bổ sung hồ sơ', TEAM.name, CODE], { filter: F.unit });
  await o.claim();
  check((await o.formText()).includes('Biên bản họp xét của tổ dân phố'), 'the supplement form does not list what is missing');
  await o.fill('Tóm tắt thành tích (cập nhật)', '100% hộ gia đình đạt danh hiệu Gia đình văn hóa; không có tệ nạn xã hội.');
  await o.fill('Đường dẫn hồ sơ (cập nhật)', 'https://hoso.example/p-ngocthuy/1b');
  await o.fill('Nội dung đã bổ sung', 'Đã bổ sung biên bản họp xét ngày 15/5.');
  await o.shot('p-ngocthuy-bo-sung-ho-so', { tall: true });
  await o.submitTask();
}

async function noiVuAppraisesAgain() {
  await o.login(NOI_VU);
  await appraise(TEAM, 'Đủ điều kiện');
}

async function nominationDeadlinePasses() {
  await fireTimer(NOMINATIONS_CLOSED);
}

/** Nội vụ publishes the eligible list; the disclosure period (tdkt.disclosure.working-days, 0 here) follows. */
async function noiVuPublishesList() {
  await o.login(NOI_VU);
  await o.openTask(['Công khai danh sách đề nghị khen thưởng', CODE], { filter: F.unit });
  await o.claim();
  const text = await o.formText();
  check(text.includes(PERSON.name) && text.includes(TEAM.name), `the published list lacks a nominee: ${text.slice(0, 500)}`);
  await o.fill('Hình thức công khai', 'Niêm yết tại trụ sở UBND quận và đăng trên cổng thông tin điện tử quận');
  await o.shot('noi-vu-cong-khai-danh-sach', { tall: true });
  await o.submitTask();
}

async function noiVuPreparesSession() {
  await o.login(NOI_VU);
  await o.openTask(['Chuẩn bị phiên họp Hội đồng', CODE], { filter: F.unit });
  await o.claim();
  await o.checkbox('Đã rà soát hồ sơ');
  await o.shot('noi-vu-chuan-bi-phien-hop', { tall: true });
  await o.submitTask();
}

/** Agree, disagree, or neither (abstain) per nominee. */
async function markBallot({ agree = [], disagree = [] }) {
  if (agree.length) await o.tick('Đồng ý', agree);
  if (disagree.length) await o.tick('Không đồng ý', disagree);
}

async function castBallot(member, choices) {
  await o.login(member);
  await o.openTask(['Phiếu biểu quyết', CODE], { filter: F.ballot });
  await o.claim();
  await markBallot(choices);
  await o.shot(`${member}-phieu-bieu-quyet`, { tall: true });
  await o.submitTask();
}

/**
 * An absent member voted in writing: Nội vụ records the ballot in his name, as "agree with all but"
 * the nominees the member disagrees with (picked in a tag list, as in a session of hundreds).
 */
async function recordWrittenBallot(memberName, { disagree = [] }) {
  await o.login(NOI_VU);
  await o.openTask([`Phiếu biểu quyết của ${memberName}`, CODE], { filter: F.unit });
  await o.claim();
  await o.radio('Cách ghi phiếu', 'Đồng ý tất cả, trừ');
  await o.tag('Không đồng ý', disagree);
  await o.fill('Phiếu bằng văn bản', `Phiếu bằng văn bản của đồng chí ${memberName}, nhận ngày ${inDays(0)}`);
  await o.shot('noi-vu-ghi-phieu-bang-van-ban', { tall: true });
  await o.submitTask();
}

async function councilVotes() {
  // CSTĐCS needs 80% of all four members, Tập thể lao động tiên tiến more than half: both pass
  const both = [PERSON.name, TEAM.name];
  await castBallot(CHAIRMAN, { agree: both });
  for (const member of OFFICE.members) await castBallot(member, { agree: both });
  // agrees with the person, not with the team
  await recordWrittenBallot(OFFICE.written.name, { disagree: [TEAM.name] });
}

/** The admin finds the campaign in Cockpit by its business key (the campaign's code), then opens it. */
async function cockpitFindsCampaign() {
  const page = await o.open(ADMIN);
  await page.goto(`${BASE}/camunda/app/cockpit/`);
  await page.locator('input[ng-model=username]').fill(ADMIN);
  await page.locator('input[ng-model=password]').fill('demo');
  await page.locator('button[type=submit]').click();
  await page.locator('.dashboard').first().waitFor({ timeout: 45000 });
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
  await page.getByRole('link', { name: 'Phong trào thi đua' }).first().click();
  const search = page.getByPlaceholder('Add criteria');
  const pill = page.locator('[cam-widget-search-pill]');
  for (let attempt = 0; ; attempt++) {
    const businessKey = page.locator('.dropdown-menu li').filter({ hasText: /^\s*Business Key\s*$/ }).first();
    for (let open = 0; !(await businessKey.isVisible()); open++) {
      check(open < 5, 'Cockpit does not offer the Business Key criterion');
      await search.waitFor();
      await search.click();
      await businessKey.waitFor({ timeout: 5000 }).catch(() => {});
    }
    await businessKey.click();
    await page.waitForTimeout(800);   // the criterion's value field opens focused
    await page.keyboard.type(CODE, { delay: 20 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    if (await pill.filter({ hasText: CODE }).count()) break;
    check(attempt < 3, `Cockpit does not take the business key: ${await pill.allInnerTexts()}`);
    await pill.locator('.remove-search, .glyphicon-remove, [ng-click*="remove"]').first().click().catch(() => {});
  }
  const pid = await campaignInstanceId();
  const row = page.locator('table tbody tr').filter({ hasText: pid });
  await row.waitFor({ timeout: 30000 });
  await page.waitForTimeout(1500);
  await page.mouse.move(5, 5);
  await o.shot('cockpit-tim-theo-ma-nghiep-vu');
  await row.getByRole('link', { name: pid }).click();
  await page.locator('.process-instance, [cam-widget-bpmn-viewer], .diagram').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(2500);
  await o.shot('cockpit-phong-trao');
}

async function chairmanSignsDecision() {
  await o.login(CHAIRMAN);
  await o.openTask(['Ký quyết định khen thưởng', CODE], { filter: F.signing });
  await o.claim();
  const text = await o.formText();
  check(text.includes(PERSON.name) && text.includes(TEAM.name), `the decision form does not list both awardees: ${text.slice(0, 500)}`);
  check(text.includes('1 không đồng ý'), `the tally does not count the written vote against: ${text.slice(0, 800)}`);
  await o.tableFits('Kết quả biểu quyết của Hội đồng', ['Đối tượng', 'Đơn vị', 'Hình thức', 'Kết quả', 'Biểu quyết', 'Ngưỡng']);
  await o.fill('Số quyết định', '125/QĐ-UBND');
  await o.date('Ngày ký', inDays(0));
  await o.shot('chu-tich-ky-quyet-dinh', { tall: true });
  await o.submitTask();
}

async function periodEnds() {
  await fireTimer(PERIOD_OVER);
}

async function noiVuSummarizes() {
  await o.login(NOI_VU);
  await o.openTask(['Tổng kết phong trào', CODE], { filter: F.unit });
  await o.claim();
  const text = await o.formText();
  check(text.includes(BODE.unit) && text.includes(NGOCTHUY.unit), 'the summary does not list the wards');
  await o.fill('Nhận xét, kết luận', 'Phong trào được các phường hưởng ứng; 2 đơn vị báo cáo đúng hạn, 2 đề nghị được khen thưởng.');
  await o.shot('noi-vu-tong-ket', { tall: true });
  await o.submitTask();
  const [instance] = await rest('GET', `/history/process-instance?processInstanceBusinessKey=${encodeURIComponent(CODE)}&processDefinitionKey=${CAMPAIGN_PROCESS}`);
  for (let i = 0; i < 30 && instance.state !== 'COMPLETED'; i++) {
    await sleep(1000);
    Object.assign(instance, (await rest('GET', `/history/process-instance/${instance.id}`)));
  }
  check(instance.state === 'COMPLETED', `the campaign did not end: ${instance.state}`);
}

// The screenshots the README shows (docs/screenshots), by step screenshot name.
const DOCS = {
  'dang-nhap': '01-dang-nhap.png',
  'noi-vu-ho-so-cho-tham-dinh': '02-noi-vu-danh-sach-viec.png',
  'noi-vu-lap-ke-hoach': '03-noi-vu-lap-ke-hoach.png',
  'noi-vu-ke-hoach-sai-ngay': '04-thong-bao-nhap-sai.png',
  'chu-tich-phe-duyet': '05-chu-tich-phe-duyet.png',
  'phuong-danh-sach-viec': '06-phuong-danh-sach-viec.png',
  'p-bode-dang-ky': '07-phuong-dang-ky-thi-dua.png',
  'p-bode-de-nghi-khen-thuong': '08-phuong-de-nghi-khen-thuong.png',
  'noi-vu-tham-dinh-ca-nhan': '09-noi-vu-tham-dinh.png',
  'p-ngocthuy-bo-sung-ho-so': '10-phuong-bo-sung-ho-so.png',
  'hoidong1-phieu-bieu-quyet': '11-hoi-dong-phieu-bieu-quyet.png',
  'noi-vu-ghi-phieu-bang-van-ban': '11b-noi-vu-ghi-phieu-bang-van-ban.png',
  'chu-tich-ky-quyet-dinh': '12-chu-tich-ky-quyet-dinh.png',
  'noi-vu-tong-ket': '13-noi-vu-tong-ket.png',
  'cockpit-tim-theo-ma-nghiep-vu': 'cockpit-tim-theo-ma-nghiep-vu.png',
  'cockpit-phong-trao': 'cockpit-phong-trao.png',
};
// The README's screenshots of the second walk: a new office set up by its administrator.
const OFFICE_DOCS = {
  'quan-tri-tep-sai': '00a-quan-tri-tep-sai.png',
  'quan-tri-xem-truoc-to-chuc': '00b-quan-tri-xem-truoc-to-chuc.png',
  'quan-tri-da-nhap-to-chuc': '00c-quan-tri-da-nhap-to-chuc.png',
  'noi-vu-lap-ke-hoach': '00d-kien-an-lap-ke-hoach.png',
};
function copyDocsScreenshots(dir, docs) {
  fs.mkdirSync(dir, { recursive: true });
  const shots = fs.readdirSync(SHOTS);
  for (const [name, target] of Object.entries(docs)) {
    const file = shots.find(f => f.replace(/^\d+-/, '') === `${name}.png`);
    check(file, `no screenshot ${name}`);
    fs.copyFileSync(`${SHOTS}/${file}`, `${dir}/${target}`);
  }
  log(`${Object.keys(docs).length} screenshots copied to ${dir}`);
}

const steps = OFFICE.cascade ? [
  cityLaunchesItsPlan, wardDraftsFromCityPlan, otherWardSeesOnlyItsOwn, cityTracksItsWards,
] : OFFICE.workbook ? [
  // a new office: set up by its administrator, then a campaign of its own (with an assignment)
  adminSetsUpOffice, newOfficeDraftsPlan, chairmanApprovesPlan,
  unitsRegister, wardSeesOnlyItsOwnTasks, unitsReport, unitsNominate,
  noiVuAppraises, wardSupplements, noiVuAppraisesAgain,
  nominationDeadlinePasses, noiVuPublishesList, noiVuPreparesSession, councilVotes, chairmanSignsDecision,
  assignedUnitReports, periodEnds, noiVuSummarizes, seedPlanByOneAction,
  // the office's year: its block of offices scores, ranks and proposes its leaders
  ...clusterSteps({ o, log, noiVu: NOI_VU, chairman: CHAIRMAN, F }),
] : [
  loginPageIsVietnamese, welcomePageIsVietnamese, planWithBadDatesIsRefused, draftPlan,
  chairmanReturnsPlan, revisionWithBadDatesIsRefused, chairmanApprovesPlan,
  unitsRegister, wardSeesOnlyItsOwnTasks, unitsReport, unitsNominate,
  noiVuAppraises, wardSupplements, noiVuAppraisesAgain,
  nominationDeadlinePasses, noiVuPublishesList, noiVuPreparesSession, councilVotes, cockpitFindsCampaign, chairmanSignsDecision,
  periodEnds, noiVuSummarizes,
  // the year's emulation of the same office: titles registered, chased, proposed, checked
  ...yearSteps({ o, BASE, log, rest, noiVu: NOI_VU, chairman: CHAIRMAN, wards: [BODE, NGOCTHUY], F, state }),
];

// To adapt the walk to a changed form quickly: E2E_UNTIL=<step> stops after that step; E2E_FROM=<step>
// with E2E_CODE=<code> goes on with a campaign that an earlier run left at that step.
const until = process.env.E2E_UNTIL ? steps.findIndex(s => s.name === process.env.E2E_UNTIL) : steps.length - 1;
const from = process.env.E2E_FROM ? steps.findIndex(s => s.name === process.env.E2E_FROM) : 0;
check(until >= 0 && from >= 0, `no step ${process.env.E2E_UNTIL || process.env.E2E_FROM}`);
steps.splice(until + 1);
steps.splice(0, from);
let failed = false;
log(`${OFFICE.office}: campaign ${CODE} at ${BASE}, screenshots in ${SHOTS}`);
for (const step of steps) {
  const t = Date.now();
  try {
    log(`STEP ${step.name}`);
    await step();
    log(`ok   ${step.name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  } catch (e) {
    failed = true;
    log(`FAIL ${step.name}: ${e instanceof Failure ? e.message : e.stack}`);
    if (o.page) await o.shot(`LOI-${step.name}`, { tall: true }).catch(() => {});
    break;
  }
}
await browser.close();
if (!failed && process.env.E2E_DOCS) copyDocsScreenshots(process.env.E2E_DOCS, OFFICE.workbook ? OFFICE_DOCS : DOCS);
log(failed ? 'walk FAILED' : `walk passed: ${steps.length} steps`);
process.exit(failed ? 1 : 0);
