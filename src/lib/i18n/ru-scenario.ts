import type { enScenario } from './en-scenario';

/** The scenario explorer's messages in this language (part of its dictionary). */
export const ruScenario: Record<keyof typeof enScenario, string> = {
  'scenario.title': 'Сценарии: {name}',
  'scenario.chartTitle': '{name}: сценарии',
  'scenario.defaultName': 'Сценарий {n}',
  'horizonReason.medium-term':
    'Под «среднесрочной перспективой» понимаем 3–7 лет после заявления: бюджет Казахстана планируется на три года, национальные планы развития — примерно на пять лет, и 3–7 лет с запасом покрывают оба срока. Это допущение, а не названная дата.',
  'horizonReason.near-future':
    '«В ближайшем будущем» понимаем как 1–3 года после заявления — меньше, чем среднесрочный план. Это допущение.',
  'horizonReason.foreseeable-future':
    '«В обозримом будущем» понимаем как 2–5 лет после заявления: дольше, чем «в ближайшем будущем», но в пределах одного планового цикла. Это допущение.',
  'horizonReason.future':
    '«В перспективе» — год не назван; понимаем как 5–10 лет после заявления, обычный горизонт долгосрочных стратегий. Это допущение.',
  'horizonReason.road-map': 'Дорожную карту без года понимаем как 3–10 лет после заявления.',
  'horizonReason.not-stated': 'Срок не назван: берём 3–10 лет — самый широкий вариант.',
  'horizonReason.unrecognised': 'Такая формулировка срока нам незнакома: берём 3–10 лет.',
};
