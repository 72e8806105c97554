-- Categorise transactions so budgets can be compared with spending (goose format, as goose users write it).
-- +goose Up
SET LOCAL lock_timeout = '5s';
ALTER TABLE transactions ADD COLUMN IF NOT EXISTS category TEXT;

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION spending(p_category TEXT, p_month DATE) RETURNS NUMERIC AS $$
    SELECT coalesce(sum(amount), 0)
    FROM transactions
    WHERE category = p_category
      AND booked_on >= p_month
      AND booked_on < p_month + INTERVAL '1 month';
$$ LANGUAGE sql STABLE;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION IF EXISTS spending(TEXT, DATE);
SET LOCAL lock_timeout = '5s';
ALTER TABLE transactions DROP COLUMN IF EXISTS category;
