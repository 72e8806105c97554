-- Migration: 002_create_budgets
-- Version: 002
-- Description: Monthly budgets per category
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-01-12
-- Scope: tenant

-- ==================== UP ====================
CREATE TABLE IF NOT EXISTS budgets (
    id BIGSERIAL PRIMARY KEY,
    category TEXT NOT NULL,
    month DATE NOT NULL,
    limit_amount NUMERIC(14, 2) NOT NULL CHECK (limit_amount >= 0),
    CONSTRAINT budgets_one_per_month UNIQUE (category, month)
);

-- ==================== DOWN ====================
DROP TABLE IF EXISTS budgets;
