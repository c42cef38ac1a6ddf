import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationId, PersonId } from '../../../core/ids';
import type { ContractRecord } from '../../../core/records/contract';
import { PAYMENT_METHODS } from '../../../core/records/contract';
import { recordContract, recordPayment } from '../../../desk/contract';
import { sayWriteFailure } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { ChoiceField } from '../frame/ChoiceField';
import { useDesk } from '../frame/DeskEnvironment';
import { formatMoney } from '../frame/format';
import { SelectField } from '../frame/SelectField';
import type {
  CheckedContract,
  ContractField,
  ContractForm as ContractFormValue,
} from './contractForm';
import { checkContractForm, contractFormSchema } from './contractForm';
import { ReceiptFields } from './ReceiptFields';
import { emptyReceiptForm } from './receiptForm';
import { useLocale } from '../../i18n/useLocale';

type ContractFormProps = {
  readonly applicationId: ApplicationId;
  readonly personId: PersonId;
  /** An unpaid contract to take payment for; absent: a new contract. */
  readonly existing?: ContractRecord;
};

/** The cashier's form: service from the price list, payer, and the payment with its receipt. */
export function ContractForm({ applicationId, personId, existing }: ContractFormProps) {
  const { t } = useTranslation();
  const { nameOf } = useLocale();
  const env = useDesk();
  const services = env.clinic.settings.priceList.filter((item) => item.kind === 'antibody-test');
  const draft = useDraft<ContractFormValue>(
    existing === undefined ? `desk:contract:${applicationId}` : `desk:payment:${existing.id}`,
    contractFormSchema,
    {
      serviceCode: existing?.serviceCode ?? services[0]?.code ?? '',
      payerKind: existing?.payer.kind ?? 'self',
      payerName: existing?.payer.kind === 'other' ? existing.payer.name : '',
      method: '',
      receipt: emptyReceiptForm('payment', env.now(), env.utcOffsetMinutes),
    },
  );
  const [submitted, setSubmitted] = useState<'paid' | 'draft'>();
  const [error, setError] = useState<string>();
  const form = draft.value;
  const context = { now: env.now(), utcOffsetMinutes: env.utcOffsetMinutes };
  // An unpaid contract keeps the price it was made at: its receipt is held against that, as the
  // rules hold it (receiptRules.ts), even if the price list has changed since.
  const priceList =
    existing === undefined
      ? services
      : env.clinic.settings.priceList.map((item) =>
          item.code === existing.serviceCode
            ? { ...item, priceKopecks: existing.priceKopecks }
            : item,
        );
  const checked = checkContractForm(form, priceList, submitted !== 'draft', context);
  const errorOf = (field: ContractField) =>
    submitted === undefined || checked.ok || checked.errors[field] === undefined
      ? undefined
      : t(`desk.contractProblem.${checked.errors[field]}`);
  const receiptErrors = submitted === 'paid' && !checked.ok ? checked.receiptErrors : {};
  const price = priceList.find((item) => item.code === form.serviceCode)?.priceKopecks;

  function saveContract(value: CheckedContract) {
    return existing === undefined
      ? recordContract(env, { applicationId, personId }, value)
      : recordPayment(env, existing, value.payment);
  }

  async function save(paying: boolean) {
    setSubmitted(paying ? 'paid' : 'draft');
    setError(undefined);
    const result = checkContractForm(form, priceList, paying, context);
    if (!result.ok) return;
    const written = await saveContract(result.value);
    if (written.ok) await draft.discard();
    else setError(sayWriteFailure(env, written));
  }

  return (
    <form
      className="subform"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(true);
      }}
    >
      {existing === undefined && (
        <>
          <SelectField
            id="contract-service"
            label={t('desk.contract.service')}
            value={form.serviceCode}
            options={[
              { value: '', label: t('desk.choose') },
              ...services.map((item) => ({
                value: item.code,
                label: `${nameOf(item)} — ${formatMoney(item.priceKopecks)}`,
              })),
            ]}
            error={errorOf('serviceCode')}
            onChange={(serviceCode) => {
              draft.update({ ...form, serviceCode });
            }}
          />
          <p className="price-line">
            {t('desk.contract.price')}:{' '}
            <strong>{price === undefined ? '—' : formatMoney(price)}</strong>
          </p>
          <ChoiceField<'self' | 'other'>
            name="contract-payer"
            legend={t('desk.contract.payer')}
            value={form.payerKind}
            options={[
              { value: 'self', label: t('desk.contract.payerSelf') },
              { value: 'other', label: t('desk.contract.payerOther') },
            ]}
            onChange={(payerKind) => {
              draft.update({ ...form, payerKind });
            }}
          />
          {form.payerKind === 'other' && (
            <TextField
              id="contract-payer-name"
              label={t('desk.contract.payerName')}
              value={form.payerName}
              error={errorOf('payerName')}
              onChange={(payerName) => {
                draft.update({ ...form, payerName });
              }}
            />
          )}
        </>
      )}
      <ChoiceField<(typeof PAYMENT_METHODS)[number]>
        name="contract-method"
        legend={t('desk.contract.method')}
        value={form.method}
        options={PAYMENT_METHODS.map((method) => ({
          value: method,
          label: t(`desk.paymentMethod.${method}`),
        }))}
        error={errorOf('method')}
        onChange={(method) => {
          draft.update({ ...form, method });
        }}
      />
      <ReceiptFields
        id="payment-receipt"
        legend={t('desk.receipt.paymentLegend')}
        value={form.receipt}
        errors={receiptErrors}
        onChange={(receipt) => {
          draft.update({ ...form, receipt });
        }}
      />
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="primary">
          {existing === undefined ? t('desk.contract.savePaid') : t('desk.contract.recordPayment')}
        </button>
        {existing === undefined && (
          <button type="button" onClick={() => void save(false)}>
            {t('desk.contract.saveDraft')}
          </button>
        )}
      </div>
    </form>
  );
}
