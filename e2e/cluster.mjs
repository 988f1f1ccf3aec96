// A block's year through the Tasklist, after Kiến An's campaign (walk.mjs): Nội vụ opens the office's
// title cycle of this year, the chairman approves it; the block of offices (khối) has its head of the
// year from the office's workbook: the head signs off the compact and two criteria, each of the five
// members scores itself (a row per criterion), the head reviews the totals, the block's meeting ranks
// them and proposes the leader for the Cờ thi đua and the second for a Bằng khen; Nội vụ finds the
// leader's dossier with its rank in the block.
import { check, today } from './tasklist.mjs';

export function clusterSteps({ o, log, noiVu, chairman, F }) {
  const Y = today().getUTCFullYear();
  const CODE = `NAM-${Y}-${Date.now().toString(36).toUpperCase()}`;
  const todayText = `${String(today().getUTCDate()).padStart(2, '0')}/${String(today().getUTCMonth() + 1).padStart(2, '0')}/${Y}`;
  const BLOCK = 'Khối các cơ quan, đoàn thể quận';
  // the demo workbook's members of the block, in its order; its head rotates among them from 2023
  const MEMBERS = [
    { user: 'ka-pb-vhtt', unit: 'Phòng Văn hóa và Thông tin', scores: ['55', '38'] },
    { user: 'ka-pb-ttvhtt', unit: 'Trung tâm Văn hóa – Thông tin và Thể thao', scores: ['50', '35'] },
    { user: 'ka-pb-tckh', unit: 'Phòng Tài chính – Kế hoạch', scores: ['52', '30'] },
    { user: 'ka-dt-tuyengiao', unit: 'Ban Tuyên giáo Quận ủy', scores: ['58', '39'] },
    { user: 'ka-dt-mttq', unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam quận', scores: ['45', '30'] },
  ];
  const HEAD = MEMBERS[(Y - 2023) % MEMBERS.length];
  const CRITERIA = 'Bảng tiêu chí chấm điểm';

  async function noiVuOpensYearWithBlocks() {
    await o.login(noiVu);
    await o.page.locator('a, button').filter({ hasText: 'Bắt đầu quy trình' }).first().click();
    await o.page.locator('.modal a').getByText('Phong trào thi đua', { exact: true }).first().click();
    await o.waitForm();
    await o.fill('Số/mã kế hoạch', CODE);
    await o.fill('Tên phong trào', `Thi đua thường xuyên năm ${Y}`);
    await o.choose('Loại phong trào', 'Thường xuyên');
    await o.checkbox('Thi đua hằng năm');
    await o.date('Ngày bắt đầu', `01/01/${Y}`);
    await o.date('Hạn đăng ký thi đua', todayText);
    await o.date('Hạn nộp hồ sơ khen thưởng', `31/12/${Y}`);
    await o.date('Hạn báo cáo kết quả', `31/12/${Y}`);
    await o.date('Ngày kết thúc', `31/12/${Y}`);
    await o.tick('Đơn vị tham gia', ['UBND các phường, xã', 'Các phòng, ban, cơ quan chuyên môn', 'Mặt trận Tổ quốc và các đoàn thể']);
    await o.submitStart();
    await o.login(chairman);
    await o.openTask(['Phê duyệt kế hoạch', CODE], { filter: F.signing });
    await o.claim();
    await o.radio('Ý kiến của Chủ tịch', 'Phê duyệt, phát động phong trào');
    await o.submitTask();
  }

  /** The head of the year signs off the compact and two criteria (the second row added). */
  async function headSignsCompact() {
    await o.login(HEAD.user);
    await o.openTask(['Giao ước thi đua và bảng tiêu chí', BLOCK, CODE], { filter: F.unit });
    await o.claim();
    await o.fill('Đường dẫn giao ước thi đua đã ký', `https://hoso.example/khoi-cq/giao-uoc-${Y}`);
    await o.date('Ngày ký giao ước', todayText);
    let row = o.listRow(CRITERIA, 0);
    await o.fill('Tiêu chí', 'Hoàn thành nhiệm vụ chính trị, chuyên môn được giao', row);
    await o.fill('Điểm tối đa', '60', row);
    await o.fill('Minh chứng cần nộp', 'Báo cáo tổng kết năm', row);
    await o.addRow(CRITERIA);
    row = o.listRow(CRITERIA, 1);
    await o.fill('Tiêu chí', 'Tổ chức phong trào thi đua và công tác khen thưởng', row);
    await o.fill('Điểm tối đa', '40', row);
    await o.shot('khoi-truong-khoi-giao-uoc', { tall: true });
    await o.submitTask();
  }

  async function membersScoreThemselves() {
    for (const m of MEMBERS) {
      await o.login(m.user);
      await o.openTask(['Tự chấm điểm thi đua', m.unit], { filter: F.unit });
      await o.claim();
      const text = await o.formText();
      check(text.includes('Hoàn thành nhiệm vụ chính trị') && text.includes('tối đa 60 điểm'), `${m.unit}: the scoring form does not show the criteria: ${text.slice(0, 300)}`);
      let row = o.listRow('Điểm theo từng tiêu chí', 0);
      await o.fill('Điểm tự chấm', m.scores[0], row);
      await o.fill('Đường dẫn minh chứng', `https://hoso.example/${m.user}/bao-cao-${Y}`, row);
      row = o.listRow('Điểm theo từng tiêu chí', 1);
      await o.fill('Điểm tự chấm', m.scores[1], row);
      if (m === HEAD) await o.shot('khoi-thanh-vien-tu-cham', { tall: true });
      await o.submitTask();
    }
  }

  async function headReviewsAndTheBlockRanks() {
    await o.login(HEAD.user);
    await o.openTask(['Rà soát điểm các thành viên', BLOCK, CODE], { filter: F.unit });
    await o.claim();
    await o.shot('khoi-truong-khoi-ra-soat', { tall: true });
    await o.submitTask();
    await o.openTask(['Họp cụm, khối', BLOCK, CODE], { filter: F.unit });
    await o.claim();
    const text = await o.formText();
    // the totals: 97 (Tuyên giáo), 93 (Văn hóa), 85, 82, 75
    check(text.indexOf('Ban Tuyên giáo Quận ủy') < text.indexOf('Phòng Văn hóa và Thông tin'), `the ranking is not by the reviewed totals: ${text.slice(0, 400)}`);
    await o.date('Ngày họp cụm, khối', todayText);
    await o.fill('Đường dẫn biên bản họp cụm, khối', `https://hoso.example/khoi-cq/bien-ban-${Y}`);
    const LIST = 'Đề nghị khen thưởng của cụm, khối';
    let row = o.listRow(LIST, 0);
    await o.choose('Hình thức đề nghị', 'Cờ thi đua', row);
    await o.fill('Thành tích', 'Dẫn đầu khối ở cả hai tiêu chí; chỉ đạo tuyên truyền hiệu quả.', row);
    row = o.listRow(LIST, 1);
    await o.choose('Hình thức đề nghị', 'Bằng khen', row);
    await o.fill('Thành tích', 'Hoàn thành xuất sắc nhiệm vụ; tổ chức tốt các hoạt động văn hóa.', row);
    await o.shot('khoi-hop-khoi-xep-hang', { tall: true });
    await o.submitTask();
  }

  async function noiVuSeesTheBlocksProposal() {
    await o.login(noiVu);
    await o.openTask(['Thẩm định hồ sơ', 'Ban Tuyên giáo Quận ủy', CODE], { filter: F.appraisal });
    await o.claim();
    const text = await o.formText();
    check(text.includes('Cờ thi đua của UBND Thành phố') && text.includes(`Xếp thứ 1/5 trong ${BLOCK}`),
      `the leader's dossier does not carry its rank: ${text.slice(0, 500)}`);
    await o.shot('khoi-noi-vu-tham-dinh-co-thi-dua', { tall: true });
    log(`the block's leader is proposed for the Cờ thi đua with its rank`);
  }

  return [noiVuOpensYearWithBlocks, headSignsCompact, membersScoreThemselves, headReviewsAndTheBlockRanks,
    noiVuSeesTheBlocksProposal];
}
