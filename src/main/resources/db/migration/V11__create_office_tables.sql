-- The organisation as data: the office (its level, issuing body, place, sender), its clusters and
-- blocks (cụm, khối thi đua), its units' focal points and its officials with their roles and the
-- council's members. Set up and kept current by the organisation workbook, never by a migration: no
-- office, unit or person is inserted here. A unit or official removed from the workbook is
-- deactivated, never deleted, so history, dossiers and awards keep their references.

CREATE TABLE office (
    code         VARCHAR(40)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    issuer       VARCHAR(200) NOT NULL,
    place        VARCHAR(100) NOT NULL,
    sender_name  VARCHAR(200) NOT NULL,
    sender_email VARCHAR(200) NOT NULL,
    CONSTRAINT office_level_ck CHECK (level IN ('COMMUNE', 'CITY', 'DISTRICT'))
);

-- Clusters (cụm) and blocks (khối) of units that compete together.
CREATE TABLE unit_cluster (
    office_code VARCHAR(40)  NOT NULL REFERENCES office (code),
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    PRIMARY KEY (office_code, code),
    CONSTRAINT unit_cluster_kind_ck CHECK (kind IN ('CUM', 'KHOI'))
);

ALTER TABLE unit ADD COLUMN office_code VARCHAR(40);
ALTER TABLE unit ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE unit ADD COLUMN focal_name VARCHAR(200);
ALTER TABLE unit ADD COLUMN focal_email VARCHAR(200);
ALTER TABLE unit ADD COLUMN cluster_code VARCHAR(40);
ALTER TABLE unit ADD CONSTRAINT unit_office_fk FOREIGN KEY (office_code) REFERENCES office (code);
ALTER TABLE unit ADD CONSTRAINT unit_cluster_fk
    FOREIGN KEY (office_code, cluster_code) REFERENCES unit_cluster (office_code, code);

CREATE TABLE official (
    user_id          VARCHAR(64)  PRIMARY KEY,
    office_code      VARCHAR(40)  NOT NULL REFERENCES office (code),
    name             VARCHAR(200) NOT NULL,
    position         VARCHAR(200),
    email            VARCHAR(200) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    council_member   BOOLEAN      NOT NULL,
    member_unit_code VARCHAR(40)  REFERENCES unit (code),
    active           BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT official_role_ck CHECK (role IN ('NOI_VU', 'CHU_TICH', 'HOI_DONG'))
);

CREATE INDEX official_office_ix ON official (office_code);
CREATE INDEX unit_office_ix ON unit (office_code);

-- The office that ran a campaign: its papers, sender and approving level.
ALTER TABLE campaign ADD COLUMN office_code VARCHAR(40);
ALTER TABLE campaign ADD CONSTRAINT campaign_office_fk FOREIGN KEY (office_code) REFERENCES office (code);

-- One row, locked by every import and reconciliation so that two nodes never apply the organisation
-- at the same time.
CREATE TABLE organisation_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO organisation_lock (id) VALUES (1);
