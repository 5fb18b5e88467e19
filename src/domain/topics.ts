/** What a series is about, for the overview's grouping and filters (the schema's `topic`), in the order shown. */
export const TOPICS = ['trade', 'transport', 'infrastructure', 'energy', 'agriculture', 'digital', 'other'] as const;
export type Topic = (typeof TOPICS)[number];
