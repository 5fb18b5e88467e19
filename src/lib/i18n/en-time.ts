/** The record in time, shown on every page: past views, releases, their notices (part of the master dictionary). */
export const enTime = {
  'time.asofLabel': 'Past view',
  'time.asof': 'The record as it stood on {date}: only what had been said by then, judged as of that day.',
  'time.today': 'See today’s view',
  'time.releaseLabel': 'Archived release',
  'time.release': 'Release {id} of {date}, exactly as Goalpost published it.',
  'time.newer': 'A newer release exists: release {id} of {date}.',
  'time.live': 'See the live record',
  'notice.release-unknown': 'There is no release “{value}” of the dataset, so the live record is shown.',
  'notice.asof-early':
    'Nothing in the record had been said by {value}: the first statement was made on {first}. Today’s view is shown.',
  'notice.asof-late': 'The record runs to {latest}, not to {value}, so today’s view is shown.',
  'notice.asof-indicator':
    'By {date}, nothing had yet been said about “{value}”, so the overview as it stood then is shown.',
  'footer.release': 'Release {id} of {date}',
  'footer.changes': 'What changed',
  'footer.feed': 'Feed',
};
