import type {SiteProfileInput} from '../schema.js'

/**
 * The Washington Post (washingtonpost.com): parts named by `data-qa`
 * (`headline`, `subheadline`, `author-name`, `display-date`,
 * `article-body`); paragraphs are `p[data-el="text"]` with utility classes
 * that say nothing of their role.
 */
export const washingtonPost: SiteProfileInput = {
  name: 'washington-post',
  hosts: ['washingtonpost.com'],
  timeZone: 'America/New_York',
  language: 'en-US',
  selectors: {
    headline: ['[data-qa="headline"]'],
    standfirst: ['[data-qa="subheadline"]'],
    byline: ['[data-qa="author-name"]'],
    postTime: ['[data-qa="display-date"]'],
    caption: ['[data-qa="caption"]'],
    drop: ['[data-qa="article-body-ad"]', '[data-qa="share-bar"]', '[data-qa="subscribe-promo"]', '[data-qa="interstitial-link"]', '[data-qa="newsletter-signup"]']
  },
  furniturePhrases: ['Gift Article', 'Comment on this story', 'Add to your saved stories', 'Save'],
  creditStyles: []
}
