// One shape for "what went wrong" under a form or a failed load, announced to screen readers.
export function FormError({
  message,
  testId,
}: {
  readonly message: string | null | undefined;
  readonly testId?: string | undefined;
}) {
  if (message === undefined || message === null || message === '') return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
