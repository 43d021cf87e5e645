-- Every import is recorded, and each movement it added points to it, so that an import can be
-- listed and undone as a whole. Movements recorded one by one have no import (NULL).

CREATE TABLE import_batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    source      VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    file_sha256 CHAR(64)     NULL,
    started_at  DATETIME(6)  NOT NULL,
    rows_added  INT          NOT NULL,
    PRIMARY KEY (id),
    KEY ix_import_batch_account (account_id, id),
    CONSTRAINT fk_import_batch_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE movement
    ADD COLUMN import_id BIGINT NULL,
    ADD KEY ix_movement_import (import_id),
    ADD CONSTRAINT fk_movement_import FOREIGN KEY (import_id) REFERENCES import_batch (id);
