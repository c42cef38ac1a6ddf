import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';

/**
 * A password the register generated, shown once (a new account or a reset): it is in this
 * component's props only, never stored, and goes when the admin hides it or leaves the screen.
 */
export function OneTimePassword({
  login,
  password,
  onDone,
}: {
  readonly login: string;
  readonly password: string;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    setCopy('idle');
  }, [password]);

  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch (error) {
      console.warn('Copying the password failed', error);
      setCopy('failed');
    }
  }

  return (
    <section
      className="notice staff-password"
      aria-labelledby="staff-password-title"
      data-testid="staff-one-time-password"
    >
      <h2 id="staff-password-title" tabIndex={-1} ref={heading}>
        {t('admin.staff.passwordTitle', { login })}
      </h2>
      <p>
        <code className="staff-password-value" data-testid="staff-password">
          {password}
        </code>
      </p>
      <p className="field-hint">{t('admin.staff.passwordOnce')}</p>
      <div className="actions">
        <button type="button" onClick={() => void copyPassword()}>
          {t('admin.staff.copy')}
        </button>
        <button type="button" onClick={onDone}>
          {t('admin.staff.passwordDone')}
        </button>
      </div>
      {copy === 'copied' && <p role="status">{t('admin.staff.copied')}</p>}
      {copy === 'failed' && <FormError message={t('admin.staff.copyFailed')} />}
    </section>
  );
}
