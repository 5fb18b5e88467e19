/**
 * The record in time, on the pages that show it (verdict history, corrections, what changed, citations
 * of a release): loaded with those pages, not with the app (src/lib/i18n/record-words.ts).
 */
export const enRecord = {
  'verdicts.title': 'Verdict history',
  'verdicts.intro':
    'Each change of the verdict or the goal, on the day something was said, judged from what had been said by then. The dates are when it was said, not when Goalpost recorded it.',
  'verdicts.stated': 'states a goal of {goal}, {when}',
  'verdicts.raised': 'raises the goal to {goal}, {when}',
  'verdicts.lowered': 'lowers the goal to {goal}, {when}',
  'verdicts.restated': 'states the goal of {goal} again, {when}',
  'verdicts.changed': 'restates the goal: {goal}, {when}',
  'verdicts.figure': 'gives {value} for {period}',
  'verdicts.deadline': 'the deadline ({deadline}) passed with no figure since',
  'verdicts.verdict': 'Verdict: {status}',
  'verdicts.then': 'the page as it stood that day',
  'correction.label': 'Corrected on {date}',
  'correction.was': 'was {was}, now {now}',
  'correction.mark': 'corrected {date}',
  'correction.inSeries': 'counted in this series',
  'correction.undated': 'Corrected',
  'correction.retractedUndated': 'Retracted',
  'correction.retracted': 'Retracted on {date}',
  'cite.release': 'Goalpost. “{title}”. Goalpost dataset, release {release} of {version}. {url} (accessed {accessed}).',
  'share.pin': 'Pin to release {id} of {date}: the chart will not change with later releases',
  'report.link': 'Report an error',
  'report.subject': 'Goalpost: an error in “{figure}”',
  'report.body': 'Figure: {figure} ({id})\nPage: {page}\n\nWhat is wrong, and where the right figure is stated:\n',
  'changes.title': 'What changed',
  'changes.intro':
    'Every release of the dataset, newest first: new sources and figures, goals stated or moved, corrections with their reasons, retractions, and what they did to the verdicts. Each release stays available exactly as it was published.',
  'changes.release': 'Release {id}, {date}',
  'changes.open': 'View this release',
  'changes.json': 'Its data (JSON)',
  'changes.sources': 'New sources',
  'changes.figures': 'New figures',
  'changes.goals': 'Goals stated or moved',
  'changes.corrected': 'Corrections',
  'changes.retracted': 'Retractions',
  'changes.verdicts': 'Verdicts',
  'changes.edited':
    'Reworded, with nothing they say changed: {count:plural(one:record;other:records)} (translations, notes, names in other languages).',
  'changes.first': 'first verdict: {to}',
  'changes.none': 'No verdict changed.',
  'changes.goalNew': 'goal of {to}',
  'policy.title': 'Corrections policy',
  'policy.what':
    'A correction is a change to what a figure says: its value or range, the word beside it (about, almost, over, at least), its period, its quote, or whether it counts in its series. Rewording a translation or a note is an edit, listed as such.',
  'policy.how':
    'A corrected figure says so wherever it is shown: the date, what it was and why. Nothing is deleted: a figure withdrawn from the record is listed here as retracted, with why, and every earlier release stays viewable and downloadable as it was published.',
  'policy.report': 'Found an error? Use “Report an error” beside any figure or goal, or write to {email}.',
  'policy.reportNone': 'Found an error? Tell the publisher of this site; each correction is listed on this page.',
};
