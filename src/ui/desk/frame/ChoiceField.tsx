type ChoiceFieldProps<V extends string> = {
  readonly name: string;
  readonly legend: string;
  readonly value: V | '';
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
};

/** Radio buttons as large tiles in a fieldset; the error is tied to the group. */
export function ChoiceField<V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  error,
}: ChoiceFieldProps<V>) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="field choice"
      aria-invalid={error !== undefined}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option.value} className="choice-tile">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
