import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInFailure } from '../../sync/signIn';
import { signIn } from '../../sync/signIn';
import { TextField } from '../components/TextField';
import { FormError } from '../components/FormError';
import { registerTransport } from '../registerTransport';
import { useSession } from '../session/SessionContext';
import { useOnline } from '../useOnline';
import '../session/session.css';

type FieldErrors = { login?: 'login.loginRequired'; password?: 'login.passwordRequired' };

/** `onUnlockWithPin` leads back to the unlock screen on a tablet where staff have PINs. */
export function LoginScreen({ onUnlockWithPin }: { readonly onUnlockWithPin?: () => void }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const online = useOnline();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (login.trim() === '') errors.login = 'login.loginRequired';
    if (password === '') errors.password = 'login.passwordRequired';
    setFieldErrors(errors);
    if (errors.login !== undefined || errors.password !== undefined) return;
    setBusy(true);
    setFailure(null);
    const answer = await signIn(registerTransport, { login: login.trim(), password });
    setBusy(false);
    if (answer.ok) signedIn(answer.value);
    else setFailure(answer.reason);
  };

  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      {!online && <p className="notice">{t('login.offlineHint')}</p>}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="login"
          name="username"
          label={t('login.login')}
          autoComplete="username"
          autoCapitalize="none"
          value={login}
          onChange={setLogin}
          error={fieldErrors.login && t(fieldErrors.login)}
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password && t(fieldErrors.password)}
        />
        {failure && <FormError message={t(`signInError.${failure}`)} />}
        <button type="submit" className="primary wide" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      {onUnlockWithPin && (
        <p>
          <button type="button" className="link" onClick={onUnlockWithPin}>
            {t('pin.withPin')}
          </button>
        </p>
      )}
    </section>
  );
}
