-- Splits keep their exact ratio n:d (DESIGN §3.3): a 1:3 reverse split stored as 0.33333333 made
-- quantities drift (3.99999996 shares instead of 4). Options adjusted for a 3:2 or a reverse split
-- deliver a non-whole number of shares per contract, so the multiplier becomes a quantity.

ALTER TABLE split
    ADD COLUMN ratio_numerator   BIGINT NULL,
    ADD COLUMN ratio_denominator BIGINT NULL;

-- Conversion of the stored decimals: the smallest denominator d in 1..1000 for which n = ROUND(ratio × d)
-- is within half a unit of the 8th decimal of ratio × d, i.e. the simplest fraction n:d that rounds to
-- the stored ratio (0.33333333 → 1:3, 1.50000000 → 3:2, 2.00000000 → 2:1). The smallest d gives the
-- fraction in lowest terms. A ratio no such fraction explains keeps its exact decimal value
-- (ratio × 10^8 : 10^8, reduced when read).
CREATE TEMPORARY TABLE split_ratio_denominator (
    ticker      VARCHAR(32) NOT NULL,
    split_date  DATE        NOT NULL,
    denominator BIGINT      NOT NULL,
    PRIMARY KEY (ticker, split_date)
);

INSERT INTO split_ratio_denominator (ticker, split_date, denominator)
SELECT s.ticker, s.split_date, MIN(n.d)
FROM split s
JOIN (SELECT a.v + 10 * b.v + 100 * c.v + 1 AS d
      FROM (SELECT 0 AS v UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a
      CROSS JOIN (SELECT 0 AS v UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b
      CROSS JOIN (SELECT 0 AS v UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c) n
  ON ROUND(s.ratio * n.d) > 0 AND ABS(ROUND(s.ratio * n.d) - s.ratio * n.d) <= 0.000000005 * n.d
GROUP BY s.ticker, s.split_date;

UPDATE split s
JOIN split_ratio_denominator r ON r.ticker = s.ticker AND r.split_date = s.split_date
SET s.ratio_numerator = ROUND(s.ratio * r.denominator), s.ratio_denominator = r.denominator;

UPDATE split
SET ratio_numerator = ROUND(ratio * 100000000), ratio_denominator = 100000000
WHERE ratio_numerator IS NULL;

DROP TEMPORARY TABLE split_ratio_denominator;

ALTER TABLE split
    MODIFY ratio_numerator   BIGINT NOT NULL,
    MODIFY ratio_denominator BIGINT NOT NULL,
    DROP COLUMN ratio,
    ADD CONSTRAINT ck_split_ratio_terms CHECK (ratio_numerator > 0 AND ratio_denominator > 0);

ALTER TABLE movement MODIFY multiplier DECIMAL(24,8) NULL;
