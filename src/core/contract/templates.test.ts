import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractRecordSchema } from '../records/contract';
import { exampleContract } from '../records/examples';
import { contractTemplateSchema, unknownPlaceholders } from './template';
import {
  CONTRACT_TEMPLATES,
  CURRENT_CONTRACT_TEMPLATE_VERSION,
  LEGACY_CONTRACT_TEMPLATE_VERSION,
  contractTemplateOf,
} from './templates';
import { RU_DEFAULT_2026_12 } from './templateRuDefault';

// A released template never changes: contracts record the version they were printed with
// and a reprint must give the same text. If this hash fails, the edit belongs in a NEW
// template version (a new file, a new CONTRACT_TEMPLATES entry), not in the released one.
const RELEASED: Readonly<Record<string, string>> = {
  'ru-default-2026-12': '32e9ca9a1e350f25cc0d64be7c7c21ac8e9a26908dc7f20ad01f68bf6f52b0a2',
};

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

describe('contract templates', () => {
  it('pins the text of every released template version by its hash', () => {
    for (const [version, template] of CONTRACT_TEMPLATES) {
      expect({ version, hash: hashOf(template) }).toEqual({ version, hash: RELEASED[version] });
    }
  });

  it('keeps every released version in the registry', () => {
    expect([...CONTRACT_TEMPLATES.keys()]).toEqual(expect.arrayContaining(Object.keys(RELEASED)));
  });

  it('parses every built-in template: no placeholder names a value the renderer lacks', () => {
    for (const template of CONTRACT_TEMPLATES.values()) {
      expect(contractTemplateSchema.safeParse(template).success).toBe(true);
    }
  });

  it('refuses a template with a misspelt placeholder', () => {
    expect(unknownPlaceholders('{{consumer.nmae}} и {{consumer.sex:ий|ая}}')).toEqual([
      '{{consumer.nmae}}',
    ]);
    const misspelt = { ...RU_DEFAULT_2026_12, title: 'ДОГОВОР № {{contract.numer}}' };
    const parsed = contractTemplateSchema.safeParse(misspelt);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'template-placeholder-unknown: {{contract.numer}}',
    );
  });

  it('finds a contract’s recorded version, the legacy one for an old contract, and no unknown one', () => {
    expect(CONTRACT_TEMPLATES.has(CURRENT_CONTRACT_TEMPLATE_VERSION)).toBe(true);
    const recorded = contractTemplateOf('ru-default-2026-12');
    expect(recorded.ok && recorded.value).toBe(RU_DEFAULT_2026_12);
    const legacy = contractTemplateOf(undefined);
    expect(legacy.ok && legacy.value.version).toBe(LEGACY_CONTRACT_TEMPLATE_VERSION);
    expect(contractTemplateOf('ru-clinic-2027-01')).toEqual({
      ok: false,
      reason: 'contract-template-unknown',
      detail: 'ru-clinic-2027-01',
    });
  });

  it('reads a contract record with or without its template version', () => {
    expect(contractRecordSchema.safeParse(exampleContract()).success).toBe(true);
    const versioned = exampleContract({ templateVersion: 'ru-default-2026-12' });
    expect(contractRecordSchema.parse(versioned).templateVersion).toBe('ru-default-2026-12');
    const garbled = exampleContract({ templateVersion: 'Шаблон 1' });
    expect(contractRecordSchema.safeParse(garbled).success).toBe(false);
  });
});
