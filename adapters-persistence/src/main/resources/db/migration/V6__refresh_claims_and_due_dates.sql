-- Refresh workers share one database: a worker claims dirty accounts with a lease
-- (claimed_by, claimed_until), set in the claiming transaction and released when each account's
-- run clears its mark; an expired lease is claimable by another worker.
-- An idle refresh does not read every account: next_expiry is the earliest expiration of a contract
-- still open in the account's latest state, written when a run clears the mark; one statement marks
-- dirty the accounts whose next expiry has become due. expiry_known is false until a run (or the
-- first refresh after this migration, from the stored state) has written next_expiry.
ALTER TABLE dirty_mark
    ADD COLUMN claimed_by    VARCHAR(64) NULL,
    ADD COLUMN claimed_until DATETIME(3) NULL,
    ADD COLUMN next_expiry   DATE        NULL,
    ADD COLUMN expiry_known  BOOLEAN     NOT NULL DEFAULT FALSE;
CREATE INDEX ix_dirty_mark_next_expiry ON dirty_mark (next_expiry);
CREATE INDEX ix_dirty_mark_expiry_known ON dirty_mark (expiry_known, dirty_from);
CREATE INDEX ix_dirty_mark_claimed_by ON dirty_mark (claimed_by);
-- Every existing account gets a row, so the first refresh computes its next expiry from its stored state.
INSERT INTO dirty_mark (account_id, dirty_from, counter, expiry_known)
SELECT a.id, NULL, 0, FALSE FROM account a
WHERE NOT EXISTS (SELECT 1 FROM dirty_mark d WHERE d.account_id = a.id);
