import type { Widen } from '../../i18n/widen';
import type { kitTextRu } from './kitText.ru';

// English words that describe a test kit (on the result, the certificate and the settings).
export const kitTextEn: Widen<typeof kitTextRu> = {
  antibodyClass: {
    IgG: 'IgG antibodies',
    IgM: 'IgM antibodies',
    IgA: 'IgA antibodies',
    total: 'total antibodies',
    'IgG+IgM': 'IgG and IgM antibodies',
  },
  target: {
    S: 'to S protein',
    N: 'to N protein',
    'S+N': 'to S and N proteins',
  },
  method: {
    ELISA: 'ELISA',
    CLIA: 'CLIA',
    rapid: 'rapid test',
  },
  unit: {
    'BAU/ml': 'BAU/ml',
    'AU/ml': 'AU/ml',
    COI: 'COI',
    index: 'index',
  },
  kitKind: {
    quantitative: 'Quantitative',
    qualitative: 'Qualitative',
  },
};
