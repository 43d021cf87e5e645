-- A bulk rebuild records its progress, so that one stopped half-way (killed, or the machine lost)
-- resumes after the last range it completed instead of reading every account again. scope is what
-- it rebuilds ('all' or 'FROM..TO'); done_through the last account id of its last completed range;
-- status RUNNING until it ends (FINISHED), or until a rebuild of the same scope starts over (SUPERSEDED).
CREATE TABLE rebuild_job (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope        VARCHAR(64)  NOT NULL,
    started_at   DATETIME(3)  NOT NULL,
    done_through BIGINT       NULL,
    status       VARCHAR(16)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    KEY ix_rebuild_job_scope_status (scope, status)
);
