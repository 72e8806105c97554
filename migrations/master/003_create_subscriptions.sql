-- Migration: 003_create_subscriptions
-- Version: 003
-- Description: Each tenant's plan and billing period
-- Author: tenant-migrate examples <examples@tenant-migrate.dev>
-- Date: 2026-01-12
-- Scope: master

-- ==================== UP ====================
CREATE TABLE IF NOT EXISTS subscriptions (
    id BIGSERIAL PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    plan TEXT NOT NULL DEFAULT 'free',
    status TEXT NOT NULL DEFAULT 'active',
    current_period_end TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT subscriptions_plan CHECK (plan IN ('free', 'team', 'business'))
);

CREATE INDEX IF NOT EXISTS idx_subscriptions_tenant ON subscriptions (tenant_id);

-- ==================== DOWN ====================
DROP INDEX IF EXISTS idx_subscriptions_tenant;
DROP TABLE IF EXISTS subscriptions;
