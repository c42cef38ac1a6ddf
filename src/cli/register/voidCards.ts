import { exportedCardVoidsSchema } from '../../core/tablet/exportedCardVoids';
import { voidDiscardedCards } from '../../register/sync/voidDiscardedCards';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, RefusedError, required } from './command';
import { readJsonFile } from './readJsonFile';
import { stderrLogger } from './stderrLogger';

// npm run register -- void-cards --file serodesk-export-T2-2026-12-04.json
//   {"certificateId":"0193…c9","number":"KAM01-T2-2026-000018","outcome":"voided"}
// The cards of certificates an administrator discarded on a tablet that never reached the
// register: the tablet was withdrawn, or erased after its export, before its next sync
// (core/tablet/exportFile.ts). Each goes the way the tablet's own POST /api/sync/card-voids
// would have sent it (register/sync/voidDiscardedCards.ts), in the name of the tablet the file
// names: only that tablet's own, validly signed cards of certificates the register holds under
// no version are voided. Outcomes: voided (now or before), held, not-voidable. Running the
// same file again answers the same.

const OPTIONS = { file: { type: 'string' } } as const;

export const voidCardsCommand: RegisterCommand = {
  name: 'void-cards',
  summary: 'void the QR codes of discarded certificates listed in a tablet’s export file',
  usage: 'void-cards --file serodesk-export-T2-2026-12-04.json',
  details: [
    '  --file   the export file saved on the tablet («Настройки планшета» → «Сохранить неотправленное в файл»)',
  ],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const path = required(values.file, 'file');
    const parsed = exportedCardVoidsSchema.safeParse(readJsonFile(path, 'file'));
    if (!parsed.success) {
      throw new RefusedError({
        en: `${path} is not a SeroDesk tablet export file`,
        ru: `${path} — не файл выгрузки планшета SeroDesk`,
      });
    }
    const { tablet: named, clinic, cardVoids = [] } = parsed.data;
    if (named === null || clinic === null) {
      throw new RefusedError({
        en: `${path} was saved on a tablet that was not enrolled: it voids nothing`,
        ru: `${path} сохранён на незарегистрированном планшете: отзывать нечего`,
      });
    }
    if (cardVoids.length === 0) {
      throw new RefusedError({
        en: `${path} lists no QR codes to void`,
        ru: `в ${path} нет QR-кодов для отзыва`,
      });
    }
    const { db } = await context.open();
    const tablet = await db.kysely
      .selectFrom('tablet')
      .select(['id', 'clinic_id'])
      .where('id', '=', named.tabletId)
      .where('clinic_id', '=', clinic.id)
      .executeTakeFirst();
    if (tablet === undefined) {
      throw new RefusedError({
        en: `the register has no tablet ${named.code} of clinic ${clinic.code} as the file names it`,
        ru: `в регистре нет планшета ${named.code} клиники ${clinic.code}, названного в файле`,
      });
    }
    const answers = await voidDiscardedCards(
      {
        db,
        subtle: globalThis.crypto.subtle,
        now: context.now,
        log: stderrLogger(context.io),
      },
      { id: tablet.id, clinicId: tablet.clinic_id },
      cardVoids.map((entry) => entry.certificate),
    );
    for (const [index, answer] of answers.entries()) {
      const number = cardVoids[index]?.certificate['number'];
      context.io.out(
        `${JSON.stringify({
          certificateId: answer.certificateId,
          number: typeof number === 'string' ? number : null,
          outcome: answer.outcome,
        })}\n`,
      );
    }
    return EXIT_OK;
  },
};
