-- The amounts of Nghị định 98/2023 (decisions from 1/1/2024 to 30/6/2025) whose text could not be
-- found, as the office states them: Bằng khen of the province and Giấy khen of a district and of a
-- commune chairman for an individual (× base salary), a collective's award as a multiple of an
-- individual's, and the rounding step in đồng. Empty keeps the fallback of the row in cash-award.dmn.
-- Set by the organisation workbook, never here.

ALTER TABLE office ADD COLUMN nd98_bang_khen NUMERIC(6, 3);
ALTER TABLE office ADD COLUMN nd98_giay_khen_district NUMERIC(6, 3);
ALTER TABLE office ADD COLUMN nd98_giay_khen_commune NUMERIC(6, 3);
ALTER TABLE office ADD COLUMN nd98_collective_factor NUMERIC(6, 3);
ALTER TABLE office ADD COLUMN nd98_rounding_step INT;
