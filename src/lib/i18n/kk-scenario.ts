import type { enScenario } from './en-scenario';

/** The scenario explorer's messages in this language (part of its dictionary). */
export const kkScenario: Record<keyof typeof enScenario, string> = {
  'scenario.title': 'Сценарийлер: {name}',
  'scenario.chartTitle': '{name}: сценарийлер',
  'scenario.defaultName': '{n}-сценарий',
  'horizonReason.medium-term':
    '«Орта мерзімді перспектива» мәлімдемеден кейінгі 3–7 жыл деп есептеледі: Қазақстан бюджетті үш жылға, ұлттық даму жоспарларын шамамен бес жылға жасайды, ал 3–7 жыл екеуін де артығымен қамтиды. Бұл айтылған күн емес, болжам.',
  'horizonReason.near-future':
    '«Жақын болашақта» мәлімдемеден кейінгі 1–3 жыл деп есептеледі — орта мерзімді жоспардан қысқа. Бұл болжам.',
  'horizonReason.foreseeable-future':
    '«Көз жетер болашақта» мәлімдемеден кейінгі 2–5 жыл деп есептеледі: «жақын болашақтан» ұзағырақ, бірақ бір жоспарлау кезеңінің ішінде. Бұл болжам.',
  'horizonReason.future':
    '«Болашақта» («в перспективе») жылды атамайды, сондықтан мәлімдемеден кейінгі 5–10 жыл деп есептеледі — ұзақ мерзімді стратегиялардың әдеттегі кезеңі. Бұл болжам.',
  'horizonReason.road-map': 'Жылы көрсетілмеген жол картасы мәлімдемеден кейінгі 3–10 жыл деп есептеледі.',
  'horizonReason.not-stated': 'Мерзім айтылмаған: ең кең нұсқа — 3–10 жыл алынады.',
  'horizonReason.unrecognised': 'Мерзім туралы бұл сөз бізге таныс емес: 3–10 жыл алынады.',
};
