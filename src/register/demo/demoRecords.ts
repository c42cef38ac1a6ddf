// The records of a demo case, built as the desk's use cases build them (src/desk/person.ts,
// statement.ts, contract.ts, lab.ts, issueCertificate.ts): the same fields, the same shapes,
// the base fields of the staff member who would have written each at the desk.
import type { ClinicCommission } from '../../core/clinic/commission';
import type { FiscalReceipt, ReceiptOperation } from '../../core/contract/fiscalReceipt';
import { checkReceiptFields } from '../../core/contract/fiscalReceipt';
import type { SerialNumber } from '../../core/contract/number';
import { CURRENT_CONTRACT_TEMPLATE_VERSION } from '../../core/contract/templates';
import type { ClinicId, StaffId } from '../../core/ids';
import type { CertificateCommission } from '../../core/records/certificateCommission';
import type { PersonDetails } from '../../core/person/person';
import type { Representative } from '../../core/person/representative';
import type { DemoRandom } from './demoRandom';

export type RecordBase = {
  readonly clinicId: ClinicId;
  readonly createdBy: StaffId;
  readonly createdAt: string;
  readonly version: number;
};

export function baseOf(clinicId: string, by: string, at: Date): RecordBase {
  return {
    clinicId: clinicId as ClinicId,
    createdBy: by as StaffId,
    createdAt: at.toISOString(),
    version: 0,
  };
}

/** An edit of a record the register holds at version 1, by `by` at `at`. */
export function editOf(by: string, at: Date) {
  return { version: 1, updatedBy: by as StaffId, updatedAt: at.toISOString() } as const;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The cash register's wall clock: the clinic's local time of `at`, "20261201T1030". */
function receiptTime(at: Date, utcOffsetMinutes: number): string {
  const local = new Date(at.getTime() + utcOffsetMinutes * 60_000);
  return (
    `${String(local.getUTCFullYear())}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}`
  );
}

/** One cash register of the demo: its fiscal drive and the documents it has printed. */
export type DemoCashRegister = { readonly fiscalDrive: string; documents: number };

/** The next receipt of the register, as its QR would read (so it is canonical by construction). */
export function demoReceipt(
  register: DemoCashRegister,
  random: DemoRandom,
  sale: {
    readonly at: Date;
    readonly utcOffsetMinutes: number;
    readonly sumKopecks: number;
    readonly operation: Extract<ReceiptOperation, 'income' | 'income-return'>;
  },
): FiscalReceipt {
  register.documents += 1;
  const checked = checkReceiptFields({
    t: receiptTime(sale.at, sale.utcOffsetMinutes),
    s: `${String(Math.floor(sale.sumKopecks / 100))}.${pad(sale.sumKopecks % 100)}`,
    fn: register.fiscalDrive,
    i: String(register.documents),
    fp: String(random.int(100_000_000, 4_294_967_295)),
    n: sale.operation === 'income' ? '1' : '2',
  });
  if (!checked.ok) throw new Error(`demo receipt refused: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

/** Who of the clinic's commission sits: everyone the order appoints, chair first. */
export function commissionSitting(
  commission: ClinicCommission,
  names: ReadonlyMap<string, string>,
): CertificateCommission | undefined {
  const ids = [commission.chairId, ...commission.memberIds];
  const members = ids.map((id, index) => ({
    id,
    name: names.get(id) ?? '',
    role: index === 0 ? ('chair' as const) : ('member' as const),
  }));
  if (members.some((member) => member.name === '')) return undefined;
  return { orderNumber: commission.orderNumber, orderDate: commission.orderDate, members };
}

/** The representative's full name as the payer of a child's contract. */
export function payerName(representative: Representative): string {
  return [representative.surname, representative.givenName, representative.patronymic]
    .filter((part) => part !== undefined)
    .join(' ');
}

export type ContractFields = {
  readonly number: SerialNumber;
  readonly serviceCode: string;
  readonly serviceName: string;
  readonly priceKopecks: number;
  readonly templateVersion: typeof CURRENT_CONTRACT_TEMPLATE_VERSION;
};

export function contractFields(
  number: SerialNumber,
  service: { readonly code: string; readonly nameRu: string; readonly priceKopecks: number },
): ContractFields {
  return {
    number,
    serviceCode: service.code,
    serviceName: service.nameRu,
    priceKopecks: service.priceKopecks,
    templateVersion: CURRENT_CONTRACT_TEMPLATE_VERSION,
  };
}

/** The person's details with the surname as the clerk first typed it (a correction's cause). */
export function withSurname(details: PersonDetails, surname: string, latin: string): PersonDetails {
  return { ...details, surname, surnameLatin: latin };
}
