-- A ward's or commune's office names the city or province above it (set by the organisation
-- workbook); a campaign drafted from the plan of the office above (a ward's, from the city's) names
-- that plan's campaign, so the city follows each ward's campaign.

ALTER TABLE office ADD COLUMN parent_code VARCHAR(40) REFERENCES office (code);
ALTER TABLE campaign ADD COLUMN parent_campaign_id BIGINT REFERENCES campaign (id);
CREATE INDEX campaign_parent_ix ON campaign (parent_campaign_id);
