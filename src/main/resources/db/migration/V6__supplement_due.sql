-- The day a dossier returned for supplement is due back: tdkt.supplement.working-days working days
-- after it was returned, shown as a date in the e-mail and the unit's form.
ALTER TABLE nomination ADD COLUMN supplement_due DATE;
