/** The scenario explorer's messages and the reasons for each horizon reading (part of the master dictionary). */
export const enScenario = {
  'scenario.title': 'Scenarios: {name}',
  'scenario.chartTitle': '{name}: scenarios',
  'scenario.defaultName': 'Scenario {n}',
  'horizonReason.medium-term':
    '“Medium term” is read as 3 to 7 years after the statement: Kazakhstan plans its budget three years ahead and its national development plans over about five, so 3–7 years covers both with a margin. An assumption, not a stated date.',
  'horizonReason.near-future':
    '“In the near future” is read as 1 to 3 years after the statement, shorter than a medium-term plan. An assumption.',
  'horizonReason.foreseeable-future':
    '“In the foreseeable future” is read as 2 to 5 years after the statement: longer than “near”, within one planning cycle. An assumption.',
  'horizonReason.future':
    '“In the future” (“в перспективе”) names no year and is read as 5 to 10 years after the statement, the span of long-term strategies. An assumption.',
  'horizonReason.road-map': 'A road map with no year is read as 3 to 10 years after the statement.',
  'horizonReason.not-stated': 'No horizon was stated: read as 3 to 10 years, the widest default.',
  'horizonReason.unrecognised': 'The horizon words are not ones Goalpost knows: read as 3 to 10 years.',
} as const;
