import type {SiteProfileInput} from '../schema.js'

/**
 * NBC News (nbcnews.com): `article-hero-headline`, `article-dek`,
 * `byline-name` and `article-body__content` blocks; captions whose credit
 * is a `caption__source` span; times as "Jan. 24, 2025, 4:05 PM EST".
 */
export const nbcNews: SiteProfileInput = {
  name: 'nbc-news',
  hosts: ['nbcnews.com'],
  timeZone: 'America/New_York',
  language: 'en-US',
  selectors: {
    headline: ['.article-hero-headline__htag'],
    standfirst: ['.article-dek'],
    byline: ['.byline-name'],
    caption: ['.caption__container'],
    credit: ['.caption__source'],
    drop: ['.ad-container', '[data-activity-map="inline-related"]', '.recommended-intersection-ref', '.article-social-share-top', '.taboola-below-article']
  },
  furniturePhrases: ['Sign up for the NBC News Daily newsletter', 'More From NBC', 'Follow NBC News', 'Listen to this article with a free account'],
  creditStyles: []
}
