import type {SiteProfileInput} from '../schema.js'

/**
 * Reuters (reuters.com): a React site whose parts are named by
 * `data-testid` (`Heading`, `paragraph-0`, `primary-image-caption`), whose
 * class names carry build hashes (`article-body__paragraph__2-BtD`), whose
 * captions end with "REUTERS/Photographer" and a "Purchase Licensing
 * Rights" link, and whose times carry their zone ("4:23 PM GMT").
 */
export const reuters: SiteProfileInput = {
  name: 'reuters',
  hosts: ['reuters.com'],
  language: 'en',
  selectors: {
    headline: ['[data-testid="Heading"]'],
    byline: ['[data-testid="AuthorNameLink"]', '[data-testid="Author"]'],
    caption: ['[data-testid="primary-image-caption"]', '[data-testid="Caption"]'],
    drop: ['a[href*="reutersagency.com"]', '[data-testid="ResponsiveAdSlot"]', '[data-testid="Newsletter"]', '[data-testid="TrustBadge"]']
  },
  furniturePhrases: ['Purchase Licensing Rights', 'Sign up here.', 'Our Standards: The Thomson Reuters Trust Principles.', 'opens new tab'],
  creditStyles: ['REUTERS/']
}
