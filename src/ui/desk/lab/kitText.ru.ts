// Russian words that describe a test kit (on the result, the certificate and the settings).
export const kitTextRu = {
  antibodyClass: {
    IgG: 'антитела IgG',
    IgM: 'антитела IgM',
    IgA: 'антитела IgA',
    total: 'суммарные антитела',
    'IgG+IgM': 'антитела IgG и IgM',
  },
  target: {
    S: 'к S-белку',
    N: 'к N-белку',
    'S+N': 'к S- и N-белкам',
  },
  method: {
    ELISA: 'ИФА',
    CLIA: 'ИХЛА',
    rapid: 'экспресс-тест',
  },
  // Units as a Russian reader writes them; the international ones keep their letters.
  unit: {
    'BAU/ml': 'BAU/мл',
    'AU/ml': 'AU/мл',
    COI: 'COI',
    index: 'индекс',
  },
  kitKind: {
    quantitative: 'Количественный',
    qualitative: 'Качественный',
  },
} as const;
