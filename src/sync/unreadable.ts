// What was wrong with an answer the tablet could not read, as a detail short enough for the
// screen's «Подробнее» and the log. zod's own `error.message` is the issues as multi-line JSON,
// and zod/mini's (the first chunk's schemas) says "Invalid input" whatever the fault; where
// and what are in each issue's path and code:
//
//   unreadableDetail(error)   'user.role: invalid_value; token: invalid_type (expected string)'
//   an HTML page for JSON     '(the answer): invalid_type (expected object)'

type Issue = {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly expected?: unknown;
};

/** More would not help a person; the count of the rest is said. */
const SHOWN = 5;

function issueText(issue: Issue): string {
  const where = issue.path.length === 0 ? '(the answer)' : issue.path.map(String).join('.');
  const expected = typeof issue.expected === 'string' ? ` (expected ${issue.expected})` : '';
  return `${where}: ${issue.code}${expected}`;
}

export function unreadableDetail(error: { readonly issues: readonly Issue[] }): string {
  const shown = error.issues.slice(0, SHOWN).map(issueText);
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}
