-- The working calendar as data: per year, the government's notice of the public holidays and the
-- days it announces that differ from the Monday–Friday week: weekdays off (holidays, swapped days)
-- and weekend days worked to make up for them (ngày làm bù). Deadlines, reminders and escalations
-- count working days by it. The administrator replaces a year on the page Lịch nghỉ lễ; the years
-- below are the government's notices for public servants (cán bộ, công chức, viên chức).

CREATE TABLE calendar_year (
    year_no    INT          PRIMARY KEY,
    notice     VARCHAR(300) NOT NULL,
    changed_by VARCHAR(64),
    changed_at TIMESTAMP
);

CREATE TABLE calendar_day (
    on_date DATE         PRIMARY KEY,
    kind    VARCHAR(4)   NOT NULL,
    note    VARCHAR(200) NOT NULL,
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('OFF', 'WORK'))
);

-- The government's notices for public servants, 2023–2026 (weekdays off; weekend days worked).
INSERT INTO calendar_year (year_no, notice) VALUES (2023, 'Thông báo 5034/TB-LĐTBXH ngày 07/12/2022 của Bộ Lao động – Thương binh và Xã hội; Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-01-02', 'OFF', 'Nghỉ bù Tết Dương lịch (01/01 là Chủ nhật)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-01-20', 'OFF', 'Tết Nguyên đán Quý Mão');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-01-23', 'OFF', 'Tết Nguyên đán Quý Mão');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-01-24', 'OFF', 'Tết Nguyên đán Quý Mão');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-01-25', 'OFF', 'Tết Nguyên đán Quý Mão');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-01-26', 'OFF', 'Tết Nguyên đán Quý Mão');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-05-01', 'OFF', 'Ngày Quốc tế lao động');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-05-02', 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (29/4 là thứ Bảy)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-05-03', 'OFF', 'Nghỉ bù Ngày Chiến thắng (30/4 là Chủ nhật)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-09-01', 'OFF', 'Quốc khánh (ngày liền kề trước 02/9)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2023-09-04', 'OFF', 'Nghỉ bù Quốc khánh (02/9 là thứ Bảy)');
INSERT INTO calendar_year (year_no, notice) VALUES (2024, 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội; Công văn 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (hoán đổi 29/4 và 04/5)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-01-01', 'OFF', 'Tết Dương lịch');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-02-08', 'OFF', 'Tết Nguyên đán Giáp Thìn');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-02-09', 'OFF', 'Tết Nguyên đán Giáp Thìn');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-02-12', 'OFF', 'Tết Nguyên đán Giáp Thìn');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-02-13', 'OFF', 'Tết Nguyên đán Giáp Thìn');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-02-14', 'OFF', 'Tết Nguyên đán Giáp Thìn');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-04-18', 'OFF', 'Giỗ Tổ Hùng Vương');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-04-29', 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-04-30', 'OFF', 'Ngày Chiến thắng');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-05-01', 'OFF', 'Ngày Quốc tế lao động');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-05-04', 'WORK', 'Làm bù cho ngày nghỉ 29/4');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-09-02', 'OFF', 'Quốc khánh');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2024-09-03', 'OFF', 'Quốc khánh (ngày liền kề sau 02/9)');
INSERT INTO calendar_year (year_no, notice) VALUES (2025, 'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động – Thương binh và Xã hội; Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-01-01', 'OFF', 'Tết Dương lịch');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-01-27', 'OFF', 'Tết Nguyên đán Ất Tỵ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-01-28', 'OFF', 'Tết Nguyên đán Ất Tỵ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-01-29', 'OFF', 'Tết Nguyên đán Ất Tỵ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-01-30', 'OFF', 'Tết Nguyên đán Ất Tỵ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-01-31', 'OFF', 'Tết Nguyên đán Ất Tỵ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-04-07', 'OFF', 'Giỗ Tổ Hùng Vương');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-04-26', 'WORK', 'Làm bù cho ngày nghỉ 02/5');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-04-30', 'OFF', 'Ngày Chiến thắng');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-05-01', 'OFF', 'Ngày Quốc tế lao động');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-05-02', 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-09-01', 'OFF', 'Quốc khánh (ngày liền kề trước 02/9)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2025-09-02', 'OFF', 'Quốc khánh');
INSERT INTO calendar_year (year_no, notice) VALUES (2026, 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ; Công văn 9859/VPCP-KGVX ngày 13/10/2025 và 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi 02/01 và 10/01)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-01-01', 'OFF', 'Tết Dương lịch');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-01-02', 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-01-10', 'WORK', 'Làm bù cho ngày nghỉ 02/01');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-02-16', 'OFF', 'Tết Nguyên đán Bính Ngọ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-02-17', 'OFF', 'Tết Nguyên đán Bính Ngọ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-02-18', 'OFF', 'Tết Nguyên đán Bính Ngọ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-02-19', 'OFF', 'Tết Nguyên đán Bính Ngọ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-02-20', 'OFF', 'Tết Nguyên đán Bính Ngọ');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-04-27', 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-04-30', 'OFF', 'Ngày Chiến thắng');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-05-01', 'OFF', 'Ngày Quốc tế lao động');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-08-22', 'WORK', 'Làm bù cho ngày nghỉ 31/8');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-08-31', 'OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-09-01', 'OFF', 'Quốc khánh (ngày liền kề trước 02/9)');
INSERT INTO calendar_day (on_date, kind, note) VALUES (DATE '2026-09-02', 'OFF', 'Quốc khánh');
