import { Redirect, useParams } from 'wouter';

/**
 * Addresses of releases before #10 named a statement a "case" (/desk/case/<id>, its print at
 * /desk/case/<id>/statement). A tablet locked on one, or a bookmark, still lands on the
 * statement.
 */
export function LegacyCaseRedirect({ print }: { readonly print: boolean }) {
  const { applicationId = '' } = useParams();
  const path = `/desk/statement/${applicationId}${print ? '/print' : ''}`;
  return <Redirect to={path} replace />;
}
