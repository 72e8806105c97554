-- Migration: 001_create_transactions
-- Version: 001
-- Description: Money in and out of a tenant's accounts
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-01-05
-- Scope: tenant

-- ==================== UP ====================
CREATE TABLE IF NOT EXISTS transactions (
    id BIGSERIAL PRIMARY KEY,
    booked_on DATE NOT NULL,
    amount NUMERIC(14, 2) NOT NULL,
    currency CHAR(3) NOT NULL DEFAULT 'EUR',
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS idx_transactions_booked_on ON transactions (booked_on);

-- ==================== DOWN ====================
DROP INDEX IF EXISTS idx_transactions_booked_on;
DROP TABLE IF EXISTS transactions;
