// The year's emulation through the Tasklist, after the demo office's campaign (walk.mjs): Nội vụ
// opens the title cycle of this year, the chairman approves it, a ward registers its collective and
// its people for the year's titles (a row per person), another ward is late and Nội vụ chases it,
// Nội vụ reads the list of registered titles, the first ward proposes its nominees at the year's end
// with its review meeting's minutes, Nội vụ sees the warning on a nominee whose earlier years the
// registry does not hold, cannot pass it without a word, returns it, and passes it once the ward has
// supplied the earlier decision. One timer is fired from outside the UI (the registration's deadline,
// today at midnight), as an operator would.
import { check, today } from './tasklist.mjs';

export function yearSteps({ o, BASE, log, rest, noiVu, chairman, wards, F, state }) {
  const Y = today().getUTCFullYear();
  const CODE = `NAM-${Y}-${Date.now().toString(36).toUpperCase()}`;
  const NAME = `Thi đua thường xuyên năm ${Y}`;
  const [first, late] = wards;
  const todayText = `${String(today().getUTCDate()).padStart(2, '0')}/${String(today().getUTCMonth() + 1).padStart(2, '0')}/${Y}`;
  const PEOPLE = 'Cá nhân đăng ký danh hiệu';
  const NOMINEES = 'Danh sách đề nghị khen thưởng';
  const HOA = { name: 'Nguyễn Thị Hoa', position: `Công chức Văn phòng – Thống kê, ${first.unit}` };
  const BINH = { name: 'Trần Văn Bình', position: `Phó Chủ tịch ${first.unit}` };

  /** Nội vụ opens the year: a regular plan ticked as the year's title cycle, deadlines of this year. */
  async function noiVuOpensYear() {
    await o.login(noiVu);
    await o.page.locator('a, button').filter({ hasText: 'Bắt đầu quy trình' }).first().click();
    await o.page.locator('.modal a').getByText('Phong trào thi đua', { exact: true }).first().click();
    await o.waitForm();
    await o.fill('Số/mã kế hoạch', CODE);
    await o.fill('Tên phong trào', NAME);
    await o.choose('Loại phong trào', 'Thường xuyên');
    await o.checkbox('Thi đua hằng năm');
    await o.fill('Căn cứ', 'Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP');
    await o.date('Ngày bắt đầu', `01/01/${Y}`);
    await o.date('Hạn đăng ký thi đua', todayText);
    await o.date('Hạn nộp hồ sơ khen thưởng', `31/12/${Y}`);
    await o.date('Hạn báo cáo kết quả', `31/12/${Y}`);
    await o.date('Ngày kết thúc', `31/12/${Y}`);
    await o.tick('Đơn vị tham gia', ['UBND các phường']);
    await o.shot('nam-noi-vu-mo-thi-dua-hang-nam', { tall: true });
    await o.submitStart();
  }

  async function chairmanApprovesYear() {
    await o.login(chairman);
    await o.openTask(['Phê duyệt kế hoạch', CODE], { filter: F.signing });
    await o.claim();
    await o.radio('Ý kiến của Chủ tịch', 'Phê duyệt, phát động phong trào');
    await o.submitTask();
  }

  /** The ward registers its collective and two people, a row each (the second added with its button). */
  async function wardRegistersTitles() {
    await o.login(first.user);
    await o.openTask(['Đăng ký danh hiệu thi đua', first.unit, CODE], { filter: F.unit });
    await o.claim();
    await o.choose('Danh hiệu tập thể đơn vị đăng ký', 'Tập thể lao động tiên tiến');
    let row = o.listRow(PEOPLE, 0);
    await o.fill('Họ và tên', HOA.name, row);
    await o.fill('Chức vụ, đơn vị công tác', HOA.position, row);
    await o.choose('Danh hiệu đăng ký', 'Chiến sĩ thi đua cấp Thành phố', row);
    await o.addRow(PEOPLE);
    row = o.listRow(PEOPLE, 1);
    await o.fill('Họ và tên', BINH.name, row);
    await o.fill('Chức vụ, đơn vị công tác', BINH.position, row);
    await o.choose('Danh hiệu đăng ký', 'Lao động tiên tiến', row);
    await o.shot('nam-phuong-dang-ky-danh-hieu', { tall: true });
    await o.submitTask();
  }

  /** The late ward's deadline passes (the operator fires it); Nội vụ chases it. */
  async function noiVuChasesLateWard() {
    const [pi] = await rest('GET', `/process-instance?processDefinitionKey=unitYearProcess&businessKey=${encodeURIComponent(CODE)}`
      + `&variables=${encodeURIComponent(`unitName_eq_${late.unit}`)}`);
    check(pi, `no year of ${late.unit}`);
    const [timer] = await rest('GET', `/job?processInstanceId=${pi.id}&activityId=Event_QuaHanDangKyDanhHieu`);
    check(timer, `no registration deadline for ${late.unit}`);
    await rest('POST', `/job/${timer.id}/execute`);
    log(`operator fires the registration deadline of ${late.unit}`);
    await o.login(noiVu);
    await o.openTask(['Đôn đốc đăng ký danh hiệu', late.unit, CODE], { filter: F.chase });
    await o.claim();
    check((await o.formText()).includes('đăng ký danh hiệu thi đua'), 'the chasing form does not say what is late');
    await o.fill('Kết quả đôn đốc', 'Đã gọi điện cho đồng chí đầu mối; phường đăng ký trong tuần');
    await o.shot('nam-noi-vu-don-doc-dang-ky', { tall: true });
    await o.submitTask();
  }

  /** Nội vụ reads x/N on the tracking task and the registered titles (the task's link, as JSON here). */
  async function noiVuReadsRegistrations() {
    await o.login(noiVu);
    await o.openTask(['Theo dõi, đôn đốc phong trào', CODE], { filter: F.unit });
    await o.claim();
    // the figures are counted when the task is claimed: the form shows them once opened again
    await o.page.reload();
    await o.waitForm();
    const text = await o.formText();
    check(text.includes('danh sách danh hiệu các đơn vị đã đăng ký'), `the tracking form has no link to the registrations: ${text.slice(0, 300)}`);
    const counts = /(\d+) đơn vị tham gia; (\d+) đơn vị đã đăng ký/.exec(text);
    check(counts && Number(counts[2]) >= 1 && Number(counts[1]) > Number(counts[2]),
      `the tracking form does not count the registered wards (x/N): ${text.slice(0, 300)}`);
    log(`tracking: ${counts[2]}/${counts[1]} wards registered`);
    await o.shot('nam-noi-vu-theo-doi', { tall: true });
    const answer = await o.page.request.get(`${BASE}/api/year/registrations?campaign=${encodeURIComponent(CODE)}`);
    check(answer.ok(), `registrations: ${answer.status()}`);
    const list = JSON.stringify(await answer.json());
    check(list.includes(HOA.name) && list.includes(BINH.name) && list.includes('Tập thể lao động tiên tiến'),
      `the registrations do not list the ward's: ${list.slice(0, 300)}`);
  }

  /**
   * At the year's end the ward proposes: its report, its review meeting, and two nominees in the list.
   * The page for an Excel list refuses a file that is not a workbook, with its reason.
   */
  async function wardProposesYearEnd() {
    await o.login(first.user);
    await o.openTask(['Bình xét, đề nghị khen thưởng cuối năm', first.unit, CODE], { filter: F.unit });
    state.yearTask = o.taskId();
    await o.claim();
    const text = await o.formText();
    check(text.includes(HOA.name) && text.includes('Chiến sĩ thi đua cấp Thành phố'), 'the year-end form does not show what was registered');
    await o.fill('Báo cáo thành tích, tổng kết năm của đơn vị', 'Phường hoàn thành xuất sắc các chỉ tiêu kinh tế – xã hội năm; 100% tổ dân phố đạt danh hiệu văn hóa.');
    await o.date('Ngày họp bình xét của đơn vị', todayText);
    await o.fill('Đường dẫn biên bản họp bình xét', `https://hoso.example/${first.user}/binh-xet-${Y}`);
    await o.addRow(NOMINEES);
    let row = o.listRow(NOMINEES, 0);
    await o.choose('Đối tượng', 'Cá nhân', row);
    await o.fill('Họ tên / tên tập thể', HOA.name, row);
    await o.fill('Chức vụ, đơn vị công tác', HOA.position, row);
    await o.choose('Danh hiệu, hình thức đề nghị', 'Chiến sĩ thi đua cấp Thành phố', row);
    await o.fill('Tóm tắt thành tích', 'Ba năm liền hoàn thành xuất sắc nhiệm vụ; sáng kiến số hóa hồ sơ hộ tịch của phường.', row);
    await o.checkbox('Nữ / tập thể từ 70% nữ', true, row);
    await o.addRow(NOMINEES);
    row = o.listRow(NOMINEES, 1);
    await o.choose('Đối tượng', 'Tập thể', row);
    await o.fill('Họ tên / tên tập thể', first.unit, row);
    await o.choose('Danh hiệu, hình thức đề nghị', 'Tập thể lao động tiên tiến', row);
    await o.fill('Tóm tắt thành tích', 'Hoàn thành tốt nhiệm vụ năm; không có cá nhân bị kỷ luật.', row);
    await o.shot('nam-phuong-de-nghi-cuoi-nam', { tall: true });
    await o.submitTask();
  }

  async function excelPageRefusesWrongFile() {
    await o.login(first.user);
    await o.page.goto(`${BASE}/nam/nhap-danh-sach?campaign=${encodeURIComponent(CODE)}`);
    await o.page.getByText('Nhập danh sách đề nghị khen thưởng cuối năm').first().waitFor();
    await o.page.setInputFiles('input[type=file]', { name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải bảng tính') });
    await o.page.getByRole('button', { name: 'Nhập danh sách' }).click();
    await o.page.getByText('không phải bảng tính Excel').first().waitFor({ timeout: 10000 });
    await o.shot('nam-phuong-nhap-excel-sai');
  }

  /** The registry holds none of Hoa's earlier CSTĐCS: the appraisal warns, Nội vụ returns it. */
  async function noiVuSeesWarningAndReturns() {
    await o.login(noiVu);
    await o.openTask(['Thẩm định hồ sơ', HOA.name, CODE], { filter: F.appraisal });
    await o.claim();
    const text = await o.formText();
    check(text.includes('03 lần liên tục') && text.includes('Điều 22 khoản 1'), `no warning on ${HOA.name}: ${text.slice(0, 400)}`);
    await o.radio('Kỷ luật, điều tra, thanh tra', 'Không bị xem xét');
    await o.radio('Kết quả thẩm định', 'Đủ điều kiện');
    await o.submitTask({ expectStatus: 400 });
    const shown = JSON.stringify(await o.notifications());
    check(shown.includes('ghi căn cứ kết luận đủ điều kiện'), `the refusal does not say why: ${shown}`);
    await o.shot('nam-noi-vu-canh-bao-dieu-kien-nhieu-nam', { tall: true });
    await o.dismissNotifications();
    await o.radio('Kết quả thẩm định', 'Trả lại để bổ sung');
    await o.fill('Danh mục hồ sơ cần bổ sung', `Quyết định công nhận Chiến sĩ thi đua cơ sở các năm ${Y - 2}, ${Y - 1}`);
    await o.submitTask();
  }

  async function wardSuppliesEarlierYears() {
    await o.login(first.user);
    await o.openTask(['Bổ sung hồ sơ', HOA.name, CODE], { filter: F.unit });
    await o.claim();
    await o.fill('Tóm tắt thành tích (cập nhật)', 'Chiến sĩ thi đua cơ sở ba năm liền; sáng kiến số hóa hồ sơ hộ tịch.');
    await o.fill('Nội dung đã bổ sung', `Quyết định số 12/QĐ-UBND năm ${Y - 2} và số 09/QĐ-UBND năm ${Y - 1}`);
    await o.submitTask();
  }

  async function noiVuPassesWithItsBasis() {
    await o.login(noiVu);
    await o.openTask(['Thẩm định hồ sơ', HOA.name, CODE], { filter: F.appraisal });
    await o.claim();
    await o.radio('Kỷ luật, điều tra, thanh tra', 'Không bị xem xét');
    await o.radio('Kết quả thẩm định', 'Đủ điều kiện');
    await o.fill('Lý do / ý kiến thẩm định', `Đã đối chiếu Quyết định số 12/QĐ-UBND năm ${Y - 2} và số 09/QĐ-UBND năm ${Y - 1}`);
    await o.submitTask();
  }

  return [
    noiVuOpensYear, chairmanApprovesYear, wardRegistersTitles, noiVuChasesLateWard, noiVuReadsRegistrations,
    wardProposesYearEnd, excelPageRefusesWrongFile, noiVuSeesWarningAndReturns, wardSuppliesEarlierYears,
    noiVuPassesWithItsBasis,
  ];
}
