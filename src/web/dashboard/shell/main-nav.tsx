import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { activeHref, visibleNav } from './nav.ts';

const PHONE = '(max-width: 760px)';
const COLLAPSED_KEY = 'zabota.nav.collapsed';

function usePhone(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE).matches);
  useEffect(() => {
    const mq = window.matchMedia(PHONE);
    const on = () => setPhone(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return phone;
}

function readCollapsed(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(COLLAPSED_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The menu by the owner's jobs. On a wide screen a side menu whose groups fold (remembered); on a
 * phone a bottom bar of the groups, each opening a sheet of its pages, so every page is two taps away.
 */
export function MainNav() {
  const t = useT();
  const { can } = useSession();
  const [location] = useLocation();
  const phone = usePhone();
  const groups = visibleNav(can);
  const current = activeHref(groups, location);
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const [sheet, setSheet] = useState<string | null>(null);
  useEffect(() => setSheet(null), [location, phone]);
  useEffect(() => {
    if (!sheet) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setSheet(null);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sheet]);

  const toggle = (id: string) => {
    if (phone) return setSheet((s) => (s === id ? null : id));
    const next = collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id];
    setCollapsed(next);
    localStorage.setItem(COLLAPSED_KEY, JSON.stringify(next));
  };

  return (
    <>
      {phone && sheet ? <div className="nav-backdrop" onClick={() => setSheet(null)} aria-hidden="true" /> : null}
      <nav id="main-nav" className="main-nav" aria-label={t('web.shell.mainNav')}>
        <ul className="nav-groups">
          {groups.map((g) => {
            const open = phone ? sheet === g.id : !collapsed.includes(g.id);
            const holdsCurrent = g.items.some((i) => i.href === current);
            const listId = `nav-${g.id}`;
            return (
              <li key={g.id} className={holdsCurrent ? 'nav-group current' : 'nav-group'}>
                <button
                  type="button"
                  className="nav-group-toggle"
                  aria-expanded={open}
                  aria-controls={listId}
                  onClick={() => toggle(g.id)}
                >
                  <span className="nav-icon" aria-hidden="true">
                    {g.icon}
                  </span>
                  <span className="nav-group-label">{t(g.label)}</span>
                </button>
                <ul id={listId} className="nav-items" hidden={!open}>
                  {g.items.map((i) => (
                    <li key={i.href}>
                      <Link href={i.href} aria-current={i.href === current ? 'page' : undefined}>
                        {t(i.label)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
