import type { MessageKey } from '../../../shared/i18n/translate.ts';
import type { Permission } from '../lib/permissions.ts';

export type NavItem = { href: string; label: MessageKey; permission: Permission };
export type NavGroup = { id: string; label: MessageKey; icon: string; items: NavItem[] };

/**
 * The whole menu, grouped by the owner's jobs. A feature adds its page with one line in its group;
 * a group with no page the user may open is not shown.
 */
export const NAV: NavGroup[] = [
  {
    id: 'listen',
    label: 'web.navGroup.listen',
    icon: '◎',
    items: [
      { href: '/surveys', label: 'web.nav.surveys', permission: 'surveys:read' },
      { href: '/responses', label: 'web.nav.responses', permission: 'responses:read' },
      { href: '/text/topics', label: 'web.nav.commentAnalysis', permission: 'metrics:read' },
      { href: '/reviews', label: 'web.nav.reviews', permission: 'reviews:read' },
    ],
  },
  {
    id: 'act',
    label: 'web.navGroup.act',
    icon: '✓',
    items: [
      { href: '/cases', label: 'web.nav.cases', permission: 'cases:read' },
      { href: '/cases/figures', label: 'web.nav.recoveryFigures', permission: 'cases:read' },
      { href: '/cases/rules', label: 'web.nav.caseRules', permission: 'case_rules:read' },
      { href: '/referrals', label: 'web.nav.referrals', permission: 'referrals:read' },
      { href: '/gestures/today', label: 'nav.gesturesToday', permission: 'recognition:read' },
    ],
  },
  {
    id: 'improve',
    label: 'web.navGroup.improve',
    icon: '↗',
    items: [
      { href: '/insights', label: 'web.nav.insights', permission: 'insights:read' },
      { href: '/recognition', label: 'nav.recognition', permission: 'gestures:manage' },
      { href: '/enps', label: 'web.nav.enps', permission: 'pulse:read' },
      { href: '/standards', label: 'nav.standards', permission: 'standards:read' },
      { href: '/audits', label: 'nav.audits', permission: 'audits:read' },
      { href: '/training', label: 'nav.training', permission: 'training:read' },
      { href: '/self-assessment', label: 'nav.selfAssessment', permission: 'self_assessment:read' },
    ],
  },
  {
    id: 'understand',
    label: 'web.navGroup.understand',
    icon: '▤',
    items: [
      { href: '/', label: 'web.nav.overview', permission: 'org:read' },
      { href: '/analytics', label: 'web.nav.analytics', permission: 'metrics:read' },
      { href: '/customers', label: 'web.nav.customers', permission: 'customers:read' },
      { href: '/interactions', label: 'web.nav.interactions', permission: 'interactions:read' },
      { href: '/reviews/figures', label: 'web.nav.reputation', permission: 'analytics:read' },
      { href: '/referrals/figures', label: 'web.nav.wordOfMouth', permission: 'analytics:read' },
    ],
  },
  {
    id: 'setup',
    label: 'web.navGroup.setup',
    icon: '⚙',
    items: [
      { href: '/locations', label: 'web.nav.locations', permission: 'locations:read' },
      { href: '/staff', label: 'web.nav.staff', permission: 'staff:read' },
      { href: '/touchpoints', label: 'web.nav.touchpoints', permission: 'touchpoints:read' },
      { href: '/import', label: 'web.nav.import', permission: 'imports:run' },
      { href: '/reviews/sources', label: 'web.nav.reviewSites', permission: 'reviews:read' },
      { href: '/settings/channels', label: 'web.nav.channels', permission: 'channels:manage' },
      { href: '/settings/connectors', label: 'web.nav.connectors', permission: 'connectors:manage' },
      { href: '/settings/webhooks', label: 'web.nav.webhooks', permission: 'webhooks:manage' },
      { href: '/settings/api-keys', label: 'web.nav.apiKeys', permission: 'api_keys:manage' },
      { href: '/settings', label: 'web.nav.settings', permission: 'org:write' },
    ],
  },
];

/** The groups and items this user may open. */
export function visibleNav(can: (p: Permission) => boolean): NavGroup[] {
  return NAV.map((g) => ({ ...g, items: g.items.filter((i) => can(i.permission)) })).filter((g) => g.items.length > 0);
}

/** The item the location belongs to: the longest href it equals or lies under ('/' only by itself). */
export function activeHref(groups: NavGroup[], location: string): string | undefined {
  let best: string | undefined;
  for (const item of groups.flatMap((g) => g.items)) {
    const match = item.href === '/' ? location === '/' : location === item.href || location.startsWith(`${item.href}/`);
    if (match && (!best || item.href.length > best.length)) best = item.href;
  }
  return best;
}
