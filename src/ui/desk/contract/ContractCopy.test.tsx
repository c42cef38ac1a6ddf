import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { clinicRequisitesSchema } from '../../../core/clinic/requisites';
import type { RenderedContract } from '../../../core/contract/templateRender';
import { renderContract } from '../../../core/contract/templateRender';
import { RU_DEFAULT_2026_12 } from '../../../core/contract/templateRuDefault';
import type { CalendarDate } from '../../../core/records/calendarDate';
import {
  exampleContract,
  examplePerson,
  exampleRepresentative,
} from '../../../core/records/examples';
import { exampleRequisites } from '../../../core/clinic/examples';
import { ContractCopy } from './ContractCopy';

function childContract(birthDate: string): RenderedContract {
  const rendered = renderContract({
    template: RU_DEFAULT_2026_12,
    contract: exampleContract(),
    person: examplePerson({ birthDate: birthDate as CalendarDate }),
    representative: exampleRepresentative(),
    requisites: clinicRequisitesSchema.parse(exampleRequisites()),
    utcOffsetMinutes: 720,
  });
  if (!rendered.ok) throw new Error(rendered.reason);
  return rendered.value;
}

/** The party blocks of the sheet that carry a signature line, by role. */
function signingRoles(html: string): string[] {
  return [...html.matchAll(/data-role="(\w+)"(.*?)<\/section>/g)]
    .filter((match) => (match[2] ?? '').includes('contract-sign-line'))
    .map((match) => match[1] ?? '');
}

describe('one printed copy of the contract', () => {
  it('gives a child under 14 no signature line and the representative one', () => {
    const html = renderToStaticMarkup(
      <ContractCopy contract={childContract('2016-01-25')} copy="Экземпляр Потребителя" />,
    );
    expect(signingRoles(html)).toEqual(['provider', 'representative']);
    expect(html).toContain('aria-label="ДОГОВОР № KAM01-T03-2026-000042 — Экземпляр Потребителя"');
    expect(html).toContain('Договор по шаблону ru-default-2026-12 · Экземпляр Потребителя');
  });

  it('has a minor of 16 sign beside the representative’s consent line, and the provider’s М. П.', () => {
    const html = renderToStaticMarkup(
      <ContractCopy contract={childContract('2010-05-02')} copy="Экземпляр Исполнителя" />,
    );
    expect(signingRoles(html)).toEqual(['provider', 'consumer', 'representative']);
    expect(html).toContain(
      '<p class="contract-consent">С заключением договора несовершеннолетним согласна',
    );
    expect(html).toContain('<span class="contract-stamp">М. П.</span>');
  });
});
