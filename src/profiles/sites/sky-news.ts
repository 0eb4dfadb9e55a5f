import type {SiteProfileInput} from '../schema.js'

/**
 * Sky News (news.sky.com): articles of `sdc-article-` blocks; live pages
 * whose scraped text shows each post's time as a bare "14:05", in UK time;
 * chrome lines about its video player, its WhatsApp channel and why it can
 * be trusted.
 */
export const skyNews: SiteProfileInput = {
  name: 'sky-news',
  hosts: ['news.sky.com'],
  timeZone: 'Europe/London',
  language: 'en-GB',
  selectors: {
    headline: ['.sdc-article-header__long-title'],
    standfirst: ['.sdc-article-header__sub-title'],
    byline: ['.sdc-article-author__byline'],
    caption: ['.sdc-article-image__caption-text'],
    drop: ['.sdc-article-widget', '.sdc-site-au', '.sdc-article-related-stories', '.sdc-article-strapline']
  },
  furniturePhrases: [
    'Please use Chrome browser for a more accessible video player',
    'Follow Sky News on WhatsApp',
    'Why you can trust Sky News',
    'Watch Sky News live',
    'Read more from Sky News:',
    'Download the Sky News app'
  ],
  creditStyles: ['Pic: ']
}
