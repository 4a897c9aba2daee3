import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';

const DAY = 86_400_000;

/** Patients' ideas of the demo clinic: a board in every state, with the outcome told where it closed. */
const IDEAS: { title: string; status: string; daysAgo: number; outcome?: string; decidedDaysAgo?: number }[] = [
  {
    title: 'Напомняне за преглед по SMS ден по-рано',
    status: 'done',
    daysAgo: 200,
    decidedDaysAgo: 150,
    outcome: 'От март изпращаме SMS напомняне 24 часа преди всеки час.',
  },
  {
    title: 'Онлайн записване за събота',
    status: 'done',
    daysAgo: 120,
    decidedDaysAgo: 40,
    outcome: 'Съботните часове вече могат да се запазят от сайта.',
  },
  { title: 'Детски кът в чакалнята', status: 'planned', daysAgo: 90 },
  { title: 'Плащане с карта на рецепцията във Варна', status: 'planned', daysAgo: 60 },
  { title: 'Паркинг за пациенти в Пловдив', status: 'reviewing', daysAgo: 45 },
  { title: 'Снимките от прегледа по имейл', status: 'reviewing', daysAgo: 30 },
  { title: 'Вечерни часове веднъж седмично', status: 'new', daysAgo: 14 },
  { title: 'Вода и кафе в чакалнята', status: 'new', daysAgo: 6 },
  { title: 'Подсещане кога е време за почистване на зъбен камък', status: 'new', daysAgo: 3 },
  {
    title: 'Безплатен преглед за цялото семейство',
    status: 'declined',
    daysAgo: 100,
    decidedDaysAgo: 80,
    outcome: 'Не можем да го предложим, но семейните пакети дават 10% отстъпка.',
  },
];

/**
 * The customer idea board of the demo: the most frequent patients post (so they rank as lead users,
 * some twice), other patients vote (each once), and two ideas were shipped in recent quarters.
 */
export async function writeDemoIdeas(
  pool: pg.Pool,
  orgId: string,
  input: { now?: Date },
): Promise<{ ideas: number; votes: number }> {
  const now = input.now ?? new Date();
  const { rows: regulars } = await pool.query<{ id: string }>(
    `select c.id from customers c
       join interactions i on i.org_id = c.org_id and i.customer_id = c.id
      where c.org_id = $1 group by c.id order by count(*) desc, c.id limit 60`,
    [orgId],
  );
  if (regulars.length < 10) return { ideas: 0, votes: 0 };
  const authors = regulars.slice(0, 6).map((r) => r.id);
  const voters = regulars.slice(6).map((r) => r.id);
  let votes = 0;
  for (const [i, idea] of IDEAS.entries()) {
    const id = newId();
    const created = new Date(now.getTime() - idea.daysAgo * DAY);
    const decided = idea.decidedDaysAgo !== undefined ? new Date(now.getTime() - idea.decidedDaysAgo * DAY) : null;
    await pool.query(
      `insert into insights (id, org_id, audience, kind, title, anonymous, on_behalf_of_customer_id, status, outcome, outcome_at, created_at, updated_at)
       values ($1, $2, 'customer', 'idea', $3, $4, $5, $6, $7, $8, $9, $9)`,
      [
        id,
        orgId,
        idea.title,
        i === 7,
        authors[i % authors.length],
        idea.status,
        idea.outcome ?? null,
        decided,
        created,
      ],
    );
    // Older and more useful ideas gathered more votes; never the author's own.
    const n = Math.min(voters.length, 3 + ((idea.daysAgo * 7 + i * 5) % 17));
    const chosen = voters.filter((_, k) => (k * 7 + i * 3) % voters.length < n).slice(0, n);
    for (const v of chosen)
      await pool.query(
        `insert into insight_customer_votes (org_id, insight_id, customer_id, created_at) values ($1, $2, $3, $4) on conflict do nothing`,
        [orgId, id, v, new Date(created.getTime() + DAY)],
      );
    votes += chosen.length;
  }
  return { ideas: IDEAS.length, votes };
}
