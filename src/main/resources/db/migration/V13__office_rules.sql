-- The office's own rules (quy chế) where the law leaves a value to the province or the council, or
-- where a rule's text could not be found and the office states the value it follows: agreeing shares
-- (percent, and whether strictly more) for award types without a legal share, for Chiến sĩ thi đua cơ sở
-- from 1/7/2025 and for proposing a Chiến sĩ thi đua of the province; the province's rate for Chiến sĩ
-- thi đua cơ sở under the 2003 regime; the working days for appraisal; a household's cash before
-- 1/7/2025 as a multiple of an individual's; the cash of Gia đình văn hóa (× base salary). Empty means
-- the default of OfficeRules. Set by the organisation workbook, never here.

ALTER TABLE office ADD COLUMN vote_share_percent INT;
ALTER TABLE office ADD COLUMN vote_share_strict BOOLEAN;
ALTER TABLE office ADD COLUMN cstdcs_share_percent INT;
ALTER TABLE office ADD COLUMN cstdcs_share_strict BOOLEAN;
ALTER TABLE office ADD COLUMN cstd_tp_share_percent INT;
ALTER TABLE office ADD COLUMN cstd_tp_share_strict BOOLEAN;
ALTER TABLE office ADD COLUMN cstdcs_quota INT;
ALTER TABLE office ADD COLUMN appraisal_days INT;
ALTER TABLE office ADD COLUMN household_factor NUMERIC(6, 3);
ALTER TABLE office ADD COLUMN family_culture_cash NUMERIC(6, 3);
