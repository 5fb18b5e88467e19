import type { enTime } from './en-time';

/** The record in time, shown on every page, in Kazakh. */
export const kkTime: Record<keyof typeof enTime, string> = {
  'time.asofLabel': 'Бұрынғы күйі',
  'time.asof': '{date} күнгі жағдай бойынша деректер: сол күнге дейін айтылғандар ғана, бағалар да сол күнгі.',
  'time.today': 'Қазіргі күйін ашу',
  'time.releaseLabel': 'Мұрағаттағы шығарылым',
  'time.release': '{date} күнгі {id}-шығарылым — дәл Goalpost жариялаған күйінде.',
  'time.newer': 'Бұдан жаңа шығарылым бар: {date} күнгі {id}-шығарылым.',
  'time.live': 'Өзекті деректерді ашу',
  'notice.release-unknown': 'Деректер жинағында {value}-шығарылым жоқ, сондықтан өзекті деректер көрсетілді.',
  'notice.asof-early':
    '{value} күнге дейін деректер жинағындағы бірде-бір мәлімдеме әлі жасалмаған: алғашқысы {first:loc} жасалған. Қазіргі күйі көрсетілді.',
  'notice.asof-late': 'Деректер {value} күнге емес, {latest:dat} дейін ғана жетеді, сондықтан қазіргі күйі көрсетілді.',
  'notice.asof-indicator':
    '{date:dat} дейін «{value}» көрсеткіші туралы әлі ештеңе айтылмаған, сондықтан сол күнгі шолу көрсетілді.',
  'footer.release': '{date} күнгі {id}-шығарылым',
  'footer.changes': 'Не өзгерді',
  'footer.feed': 'Арна',
};
