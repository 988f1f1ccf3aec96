-- The appraisal checklist of Nghị định 152/2025/NĐ-CP, Điều 4: a nominee who is a woman, or a
-- collective of at least 70 % women, comes first among nominees who equally qualify (khoản 6); a
-- nominee under discipline, inspection or an unresolved complaint is not awarded now (khoản 4).

ALTER TABLE nomination ADD COLUMN women_priority BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE nomination ADD COLUMN under_review BOOLEAN DEFAULT FALSE NOT NULL;
