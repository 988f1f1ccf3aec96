-- The head unit (đơn vị trưởng cụm, khối) of each cluster or block, year by year, as the office's
-- workbook names it: it leads the year's compact, reviews the members' scores and ranks them.
CREATE TABLE cluster_head (
    office_code  VARCHAR(40) NOT NULL,
    cluster_code VARCHAR(40) NOT NULL,
    head_year    INTEGER     NOT NULL,
    unit_code    VARCHAR(40) NOT NULL REFERENCES unit (code),
    PRIMARY KEY (office_code, cluster_code, head_year),
    CONSTRAINT cluster_head_cluster_fk FOREIGN KEY (office_code, cluster_code)
        REFERENCES unit_cluster (office_code, code),
    CONSTRAINT cluster_head_year_ck CHECK (head_year BETWEEN 2000 AND 2100)
);
