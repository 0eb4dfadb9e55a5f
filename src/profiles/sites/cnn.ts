import type {SiteProfileInput} from '../schema.js'

/**
 * CNN (cnn.com): articles of `headline__`, `byline__`, `timestamp` and
 * `paragraph` blocks; an "Ad Feedback" link under every advert; a dateline
 * set as `<cite class="source__cite">` before the first paragraph; live
 * stories whose posts are `<article class="live-story-post">`.
 */
export const cnn: SiteProfileInput = {
  name: 'cnn',
  hosts: ['cnn.com'],
  timeZone: 'America/New_York',
  language: 'en-US',
  selectors: {
    headline: ['h1.headline__text', '[data-editable="headlineText"]'],
    byline: ['.byline__names', '.live-story-post__byline'],
    posts: ['article.live-story-post', '[data-component-name="live-story-post"]'],
    postTime: ['.live-story-post__timestamp', '.timestamp'],
    caption: ['.image__caption'],
    credit: ['.image__credit'],
    drop: ['.ad-feedback-link-container', '.ad-slot-header', '[data-component-name="ad-feedback-link"]', '.related-content', '.video-resource', '.zn-body__read-more']
  },
  furniturePhrases: ['Ad Feedback', 'Link Copied!', 'See Full Web Article', 'Video Ad Feedback'],
  creditStyles: []
}
