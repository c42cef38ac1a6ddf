// What the citizen's consents allow on a statement (issue #11 item 3), judged against the
// statement as the store holds it, by both writers (recordRules.ts):
//
//   sample       a NEW sample needs the signed ИДС to the blood draw (323-ФЗ ст. 20 ч. 1:
//                a medical intervention only with informed voluntary consent); a sample the
//                store already holds — taken before issue #11 — is not judged again
//   contract, sample, result, certificate
//                none once a consent was withdrawn (152-ФЗ ст. 9 ч. 2, 323-ФЗ ст. 20 ч. 3),
//                except what closes a contract (cancelled, refunded): the money goes back
//
// What the law keeps after a withdrawal is the records already written — they are never
// deleted here — so nothing in these rules touches them; revocations stay allowed too (they
// protect the citizen). The state decides, not the clock: a sample written offline before the
// withdrawal and pushed after it is refused, and its tablet shows it among the refused records.
//
//   application {"interventionConsent":{"signedAt":"…","signer":"self"},
//                "consentWithdrawal":{"withdrawnAt":"…","consents":["personal-data"]}, …}
import type { ApplicationRecord } from '../records/application';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ConsentRuleReason } from './consentRuleReasons';

type Verdict = Result<void, ConsentRuleReason>;

/** Whether the citizen withdrew a consent on this statement: the case stops there. */
export function isConsentWithdrawn(application: ApplicationRecord | undefined): boolean {
  return application?.consentWithdrawal !== undefined;
}

/** A contract, sample, result or certificate may go on only while no consent is withdrawn. */
export function checkCaseGoesOn(application: ApplicationRecord | undefined): Verdict {
  return isConsentWithdrawn(application) ? fail('consent-withdrawn') : ok(undefined);
}

/** A new sample needs the signed ИДС; one the store already holds was judged when written. */
export function checkSampleConsent(application: ApplicationRecord, isNew: boolean): Verdict {
  const goesOn = checkCaseGoesOn(application);
  if (!goesOn.ok) return goesOn;
  if (isNew && application.interventionConsent === undefined) {
    return fail('intervention-consent-missing');
  }
  return ok(undefined);
}
