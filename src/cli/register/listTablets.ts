import { listClinicTablets } from '../../register/tabletSummaries';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, required } from './command';
import { clinicIdByCode } from './clinicByCode';

// npm run register -- list-tablets --clinic PKGP3
// One JSON line per tablet, oldest enrolment first, as GET /api/tablets answers an admin
// (src/core/protocol/tablet.ts):
//   {"id":"0193…","code":"T2","name":"Окно 2","status":"enrolled","enrolledAt":"…",
//    "lastSeenAt":"…","lastPushAt":"…","recordsPushed":214,"withdrawnAt":null,…}

const OPTIONS = { clinic: { type: 'string' } } as const;

export const listTabletsCommand: RegisterCommand = {
  name: 'list-tablets',
  summary: 'list a clinic’s tablets: enrolled, last seen, records pushed, withdrawn',
  usage: 'list-tablets --clinic CODE',
  details: [],
  async run(argv, context) {
    const code = required(parseOptions(argv, OPTIONS).clinic, 'clinic');
    const { db } = await context.open();
    const clinicId = await clinicIdByCode(db, code);
    for (const tablet of await listClinicTablets(db, clinicId)) {
      context.io.out(`${JSON.stringify(tablet)}\n`);
    }
    return EXIT_OK;
  },
};
