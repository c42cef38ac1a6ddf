// Russian texts of step 3: the sample and the result.
export const labTextRu = {
  lab: {
    title: '3. Образец и результат',
    notPaid: 'Сначала запишите оплату по договору: без оплаты результат не выдаётся.',
    takenAt: 'Время взятия образца',
    takenAtInvalid: 'Укажите дату и время взятия образца',
    takenAtFuture: 'Время взятия не может быть позже текущего',
    tubeLabel: 'Номер пробирки (этикетка)',
    tubeLabelMissing: 'Укажите номер пробирки',
    kit: 'Тест-система',
    kitMissing: 'Выберите тест-систему из списка клиники',
    kitUnknown: 'тест-система не найдена в настройках клиники',
    saveSample: 'Записать взятие образца',
    result: 'Результат',
    value: 'Значение, {{unit}}',
    reading: 'Результат по тест-системе',
    interpretation: 'Интерпретация',
    kitBounds: 'Порог: {{threshold}} {{unit}}; серая зона: {{zone}}',
    noGreyZone: 'нет',
    qualitativeKit: 'Качественная тест-система: выберите результат.',
    confirmResult: 'Подтвердить окончательный результат',
    retest:
      'Сомнительный результат: нужен повторный анализ. Справка не выдаётся — возьмите новый образец.',
    waitingSample: 'Образец записывает лаборант.',
    waitingResult: 'Результат вносит лаборант.',
  },
  reading: {
    positive: 'Положительный',
    negative: 'Отрицательный',
    equivocal: 'Сомнительный',
  },
} as const;
