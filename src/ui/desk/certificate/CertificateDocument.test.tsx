import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clinic } from '../../../core/clinic/settings';
import { DEFAULT_CLINIC_POLICY } from '../../../core/clinic/settings';
import type { CertificateRecord } from '../../../core/records/certificate';
import { EXAMPLE_IDS, exampleCertificate, examplePerson } from '../../../core/records/examples';
import type { CertificateStanding } from '../../../desk/queries';
import { initI18n } from '../../i18n';
import { CertificateDocument } from './CertificateDocument';

// What the certificate's paper says of the commission, the kit and the territory (issue #11).

const clinic: Clinic = {
  id: EXAMPLE_IDS.clinic,
  code: 'KAM01',
  nameRu: 'ГБУЗ «Городская поликлиника № 3»',
  nameEn: 'City Polyclinic No. 3',
  address: 'Петропавловск-Камчатский',
  issuerUrl: 'https://reg.kamchatka.example/shc',
  settings: { priceList: [], kits: [], policy: DEFAULT_CLINIC_POLICY },
};

function markup(
  certificate: CertificateRecord,
  settings: Partial<Clinic['settings']> = {},
  standing: CertificateStanding = { state: 'in-force' },
) {
  return renderToStaticMarkup(
    <CertificateDocument
      certificate={certificate}
      person={examplePerson()}
      memberName="Петров Андрей Викторович"
      standing={standing}
      clinic={{ ...clinic, settings: { ...clinic.settings, ...settings } }}
      utcOffsetMinutes={720}
    />,
  );
}

function printed(certificate: CertificateRecord, settings: Partial<Clinic['settings']> = {}) {
  return markup(certificate, settings)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the certificate’s paper', () => {
  beforeAll(async () => {
    await initI18n('ru');
  });

  const issued = exampleCertificate({
    test: {
      ...exampleCertificate().test,
      manufacturer: 'АО «Вектор-Бест»',
      registrationNumber: 'РЗН 2020/10393',
    },
  });

  it('prints the protocol’s number and date, the order, and a line for everyone who took part', () => {
    const text = printed(issued);
    expect(text).toContain('Протокол врачебной комиссии № 118 от 21.11.2026');
    expect(text).toContain('Врачебная комиссия (приказ № 41-од от 12.01.2026)');
    expect(text).toMatch(/Председатель комиссии .*Петров Андрей Викторович/);
    expect(text).toContain('Орлова Дарья Павловна');
    expect(text).toContain('Гусейнов Тимур Рашидович');
    expect(text.match(/Член врачебной комиссии/g)).toHaveLength(2);
    expect(text).toContain('М. П.');
  });

  it('prints the kit’s manufacturer and registration certificate', () => {
    expect(printed(issued)).toContain(
      'АО «Вектор-Бест»; регистрационное удостоверение РЗН 2020/10393',
    );
  });

  it('prints the clinic’s territory line, Kamchatka Krai by default, and nothing of abroad', () => {
    const text = printed(issued);
    expect(text).toContain('Справка действительна на территории Камчатского края');
    expect(text).not.toMatch(/abroad|за рубеж|за границ|international/i);
    const own = 'Справка действительна на территории Российской Федерации';
    expect(printed(issued, { certificateTerritory: own })).toContain(own);
  });

  it('prints a certificate from before issue #11 with its one member and no kit row', () => {
    const old = exampleCertificate({ protocolDate: undefined, commission: undefined });
    const text = printed(old);
    expect(text).toContain('Протокол врачебной комиссии № 118');
    expect(text).not.toContain('Председатель комиссии');
    expect(text).toContain('Петров Андрей Викторович');
    expect(text).not.toContain('регистрационное удостоверение');
  });

  it('prints a certificate the register voided crossed out, with no QR to scan', () => {
    const signed = exampleCertificate({ shcJws: 'header.payload.signature', rid: 'AQPCj4wwk6M' });
    const html = markup(signed, {}, { state: 'voided', reason: 'statement-certificate-revoked' });
    expect(html).toContain('data-testid="certificate-voided"');
    expect(html).toContain('data-testid="certificate-qr-revoked"');
    expect(html).toContain('Регистр не принял справку: справка недействительна');
    expect(markup(signed)).not.toContain('certificate-qr-revoked');
  });
});
