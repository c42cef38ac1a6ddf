import { useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Text of a code from another scanner app, a message, or a .smart-health-card file. */
export function PasteBox({ onCode }: { readonly onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Spaces around pasted text come from the clipboard, not the card; inside the text every
    // character still counts (the signature covers the payload, not this wrapper).
    const code = text.trim();
    setEmpty(code === '');
    if (code !== '') onCode(code);
  };

  return (
    <form className="paste" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('verifier.paste.label')}</label>
        <textarea
          id={id}
          rows={3}
          value={text}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={empty}
          aria-describedby={empty ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
          }}
        />
        {empty && (
          <p id={`${id}-error`} className="field-error">
            {t('verifier.paste.empty')}
          </p>
        )}
      </div>
      <button type="submit" className="primary">
        {t('verifier.paste.submit')}
      </button>
    </form>
  );
}
