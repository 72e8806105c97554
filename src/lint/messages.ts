/**
 * Rule messages are data: each rule lists its messages by id with `{{name}}` placeholders, and a
 * report names one and gives the values. The engine renders them here, in one place.
 */
import type { MessageSpec, Rule } from './types.js';

export function renderTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function renderMessage(rule: Rule, messageId: string, data?: Readonly<Record<string, string | number>>): MessageSpec {
  const spec = rule.messages?.[messageId];
  if (!spec) throw new Error(`lint rule ${rule.id} reported message "${messageId}", which it does not define`);
  return { message: renderTemplate(spec.message, data), ...(spec.hint ? { hint: renderTemplate(spec.hint, data) } : {}) };
}
