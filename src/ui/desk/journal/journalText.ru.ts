// Russian texts of the day journal.
export const journalTextRu = {
  journal: {
    title: 'Журнал дня',
    day: 'Дата',
    dayInvalid: 'Введите дату в виде дд.мм.гггг',
    stage: 'Этап',
    sync: 'Передача в регистр',
    all: 'Все',
    unsent: 'Не переданы',
    problems: 'Отклонены или с расхождением',
    count: 'Обращений: {{count}}',
  },
} as const;
