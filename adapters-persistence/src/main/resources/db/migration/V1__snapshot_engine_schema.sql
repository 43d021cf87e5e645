-- Snapfolio schema (DESIGN §5). Money DECIMAL(24,6), quantities and contract counts DECIMAL(24,8),
-- prices, strikes and percentages DECIMAL(24,6): reading a value back gives the scale the domain
-- produces, so reloaded rows equal computed rows.

CREATE TABLE account (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    broker     VARCHAR(100) NULL,
    currency   CHAR(3)      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_account_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One table for every kind (so "all movements of a range" is one query); the columns a kind does
-- not use stay NULL. ticker holds the stock ticker or the option's underlying.
CREATE TABLE movement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    account_id      BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    business_date   DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    ticker          VARCHAR(32)   NULL,
    amount          DECIMAL(24,6) NULL,
    commissions     DECIMAL(24,6) NULL,
    fees            DECIMAL(24,6) NULL,
    side            VARCHAR(4)    NULL,
    quantity        DECIMAL(24,8) NULL,
    price           DECIMAL(24,6) NULL,
    option_type     VARCHAR(4)    NULL,
    strike          DECIMAL(24,6) NULL,
    expiration      DATE          NULL,
    multiplier      INT           NULL,
    option_action   VARCHAR(13)   NULL,
    option_event    VARCHAR(9)    NULL,
    contracts       DECIMAL(24,8) NULL,
    premium         DECIMAL(24,6) NULL,
    cash_settlement DECIMAL(24,6) NULL,
    new_strike      DECIMAL(24,6) NULL,
    cost_per_share  DECIMAL(24,6) NULL,
    target_currency CHAR(3)       NULL,
    amount_in       DECIMAL(24,6) NULL,
    notes           VARCHAR(2000) NULL,
    source_key      VARCHAR(128)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_movement_source_key (account_id, source_key),
    KEY ix_movement_account_date (account_id, business_date, occurred_at, id),
    KEY ix_movement_account_ticker (account_id, ticker),
    KEY ix_movement_ticker (ticker),
    CONSTRAINT fk_movement_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE price (
    ticker     VARCHAR(32)   NOT NULL,
    currency   CHAR(3)       NOT NULL,
    price_date DATE          NOT NULL,
    close      DECIMAL(24,6) NOT NULL,
    PRIMARY KEY (ticker, currency, price_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE split (
    ticker     VARCHAR(32)   NOT NULL,
    split_date DATE          NOT NULL,
    ratio      DECIMAL(24,8) NOT NULL,
    PRIMARY KEY (ticker, split_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE financial_snapshot (
    account_id            BIGINT        NOT NULL,
    snapshot_date         DATE          NOT NULL,
    currency              CHAR(3)       NOT NULL,
    movement_count        BIGINT        NOT NULL,
    deposited             DECIMAL(24,6) NOT NULL,
    withdrawn             DECIMAL(24,6) NOT NULL,
    commissions           DECIMAL(24,6) NOT NULL,
    fees                  DECIMAL(24,6) NOT NULL,
    dividends_received    DECIMAL(24,6) NOT NULL,
    options_income        DECIMAL(24,6) NOT NULL,
    other_income          DECIMAL(24,6) NOT NULL,
    realized_gains        DECIMAL(24,6) NOT NULL,
    net_cash_flow         DECIMAL(24,6) NOT NULL,
    invested              DECIMAL(24,6) NOT NULL,
    unrealized_gains      DECIMAL(24,6) NOT NULL,
    realized_percentage   DECIMAL(24,6) NOT NULL,
    open_trades           BOOLEAN       NOT NULL,
    market_value          DECIMAL(24,6) NOT NULL,
    unrealized_percentage DECIMAL(24,6) NOT NULL,
    unpriced_positions    INT           NOT NULL,
    -- the key order serves the range loads: one account, a date range
    PRIMARY KEY (account_id, snapshot_date, currency),
    CONSTRAINT fk_financial_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ticker_snapshot (
    account_id       BIGINT        NOT NULL,
    snapshot_date    DATE          NOT NULL,
    ticker           VARCHAR(32)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    shares           DECIMAL(24,8) NOT NULL,
    cost_basis       DECIMAL(24,6) NOT NULL,
    invested         DECIMAL(24,6) NOT NULL,
    realized         DECIMAL(24,6) NOT NULL,
    dividends        DECIMAL(24,6) NOT NULL,
    dividend_taxes   DECIMAL(24,6) NOT NULL,
    options_premium  DECIMAL(24,6) NOT NULL,
    commissions      DECIMAL(24,6) NOT NULL,
    fees             DECIMAL(24,6) NOT NULL,
    total_income     DECIMAL(24,6) NOT NULL,
    capital_deployed DECIMAL(24,6) NOT NULL,
    performance      DECIMAL(24,6) NOT NULL,
    market_price     DECIMAL(24,6) NULL,
    market_value     DECIMAL(24,6) NOT NULL,
    unrealized_gains DECIMAL(24,6) NOT NULL,
    open_trades      BOOLEAN       NOT NULL,
    PRIMARY KEY (account_id, snapshot_date, ticker, currency),
    CONSTRAINT fk_ticker_snapshot_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The account state at the end of each snapshot date: open lots, open contracts and cumulative
-- totals as compact JSON with every decimal written as a string (so scales survive).
CREATE TABLE account_state (
    account_id BIGINT     NOT NULL,
    state_date DATE       NOT NULL,
    body       MEDIUMTEXT NOT NULL,
    PRIMARY KEY (account_id, state_date),
    CONSTRAINT fk_state_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE processing_setting (
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(1000) NOT NULL,
    PRIMARY KEY (setting_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The dirty mark is never deleted: a clean account has dirty_from NULL, so the counter only ever
-- grows and "clear if unchanged" cannot be fooled by a mark that was cleared and set again.
CREATE TABLE dirty_mark (
    account_id BIGINT NOT NULL,
    dirty_from DATE   NULL,
    counter    BIGINT NOT NULL,
    PRIMARY KEY (account_id),
    KEY ix_dirty_mark_from (dirty_from),
    CONSTRAINT fk_dirty_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE run_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    account_id      BIGINT        NOT NULL,
    run_trigger     VARCHAR(10)   NOT NULL,
    requested       VARCHAR(10)   NOT NULL,
    used            VARCHAR(10)   NOT NULL,
    strategy_reason VARCHAR(500)  NULL,
    fallback_reason VARCHAR(20)   NULL,
    from_date       DATE          NULL,
    to_date         DATE          NULL,
    dates           INT           NOT NULL,
    rows_a          INT           NULL,
    rows_b          INT           NULL,
    rows_c          INT           NULL,
    rows_d          INT           NULL,
    rows_e          INT           NULL,
    rows_f          INT           NULL,
    rows_g          INT           NULL,
    rows_h          INT           NULL,
    movements       INT           NOT NULL,
    load_ms         BIGINT        NOT NULL,
    calc_ms         BIGINT        NOT NULL,
    persist_ms      BIGINT        NOT NULL,
    total_ms        BIGINT        NOT NULL,
    queries         BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    error           TEXT          NULL,
    started_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_run_log_account (account_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
