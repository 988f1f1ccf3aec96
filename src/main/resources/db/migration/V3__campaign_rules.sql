-- The rules a campaign follows: the legal regime chosen by its dates and the approving level of the
-- deployment when it was planned. Kept on the campaign so later configuration changes do not rewrite
-- the rules of a campaign under way.
ALTER TABLE campaign ADD COLUMN regime VARCHAR(30);
ALTER TABLE campaign ADD COLUMN approving_level VARCHAR(20);
