-- Ballot details: abstentions, written votes of absent members, conflicts of interest, the session
-- closed by the secretary, and the quota check at the tally.

-- The unit a member belongs to, fixed when the session opens: a member does not vote on nominees of
-- that unit (conflict of interest).
ALTER TABLE council_session_member ADD COLUMN unit_code VARCHAR(40);

ALTER TABLE council_session ADD COLUMN closed_by VARCHAR(64);
ALTER TABLE council_session ADD COLUMN close_note VARCHAR(2000);

-- choice: AGREE, DISAGREE, ABSTAIN, or EXCLUDED (conflict of interest, declared or found).
ALTER TABLE vote ADD COLUMN written BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE vote ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE vote ADD COLUMN written_note VARCHAR(1000);

ALTER TABLE nomination ADD COLUMN votes_disagree INTEGER;
ALTER TABLE nomination ADD COLUMN votes_abstain INTEGER;
ALTER TABLE nomination ADD COLUMN votes_excluded INTEGER;
ALTER TABLE nomination ADD COLUMN vote_note VARCHAR(1000);
