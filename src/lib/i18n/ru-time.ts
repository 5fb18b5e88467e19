import type { enTime } from './en-time';

/** The record in time, shown on every page, in Russian. */
export const ruTime: Record<keyof typeof enTime, string> = {
  'time.asofLabel': 'Прошлое состояние',
  'time.asof': 'Данные по состоянию на {date}: только то, что было сказано к этому дню, и оценки на этот день.',
  'time.today': 'Открыть текущее состояние',
  'time.releaseLabel': 'Архивный выпуск',
  'time.release': 'Выпуск {id} от {date} — в точности так, как его опубликовал Goalpost.',
  'time.newer': 'Есть более новый выпуск: выпуск {id} от {date}.',
  'time.live': 'Открыть актуальные данные',
  'notice.release-unknown': 'Выпуска {value} в наборе данных нет, поэтому показаны актуальные данные.',
  'notice.asof-early':
    'К {value} ещё не прозвучало ни одного заявления из набора данных: первое сделано {first}. Показано текущее состояние.',
  'notice.asof-late': 'Данные доходят только до {latest}, а не до {value}, поэтому показано текущее состояние.',
  'notice.asof-indicator':
    'К {date} о показателе «{value}» ещё ничего не было сказано, поэтому показан обзор на эту дату.',
  'footer.release': 'Выпуск {id} от {date}',
  'footer.changes': 'Что изменилось',
  'footer.feed': 'Лента',
};
