import { describe, expect, it } from 'vitest';
import { boardPage, publicName, type CustomerIdea } from './customer-board-page.ts';

const idea = (over: Partial<CustomerIdea>): CustomerIdea => ({
  id: '00000000-0000-7000-8000-000000000001',
  title: 'Longer hours',
  body: null,
  status: 'new',
  votes: 0,
  voted: false,
  mine: false,
  author: 'Anna P.',
  outcome: null,
  ...over,
});
const html = (ideas: CustomerIdea[], lang = 'en') => {
  const p = boardPage({ lang, path: '/c/tok', business: 'Bakery', name: 'Boris', ideas });
  if ('redirect' in p) throw new Error('no page');
  return p.html;
};

describe('publicName', () => {
  it('shows the first name and the initial of the last, nothing else', () => {
    expect(publicName('Anna Petrova')).toBe('Anna P.');
    expect(publicName('  Анна  Сергеевна   Петрова ')).toBe('Анна П.');
    expect(publicName('Cher')).toBe('Cher');
    expect(publicName('  ')).toBeNull();
    expect(publicName(null)).toBeNull();
  });
});

describe('the board page', () => {
  it('offers a vote on open ideas of others only, as a plain form', () => {
    const page = html([idea({}), idea({ id: '00000000-0000-7000-8000-000000000002', mine: true, title: 'Mine' })]);
    expect(page.match(/action="\/c\/tok\/votes\//g)).toHaveLength(1);
    expect(page).not.toContain('<script');
  });

  it('shows done ideas apart, with no vote, and an anonymous author as "a customer"', () => {
    const page = html([idea({ status: 'done', author: null, outcome: 'Open till 20:00 from May' })], 'bg');
    expect(page).toContain('Наскоро направено');
    expect(page).toContain('Клиент');
    expect(page).toContain('Open till 20:00 from May');
    expect(page).not.toContain('/votes/');
  });

  it('escapes what customers wrote', () => {
    expect(html([idea({ title: '<img src=x onerror=alert(1)>' })])).not.toContain('<img');
  });
});
