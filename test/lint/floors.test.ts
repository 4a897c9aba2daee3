import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps the floors must fail on a deliberate violation, or it keeps nothing.
describe('the floors of the house (eslint.config.js)', { timeout: 120_000 }, () => {
  const eslint = new ESLint();
  const rulesHit = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

  it('refuses a platform file that imports a module', async () => {
    const code = "import { caseRoutes } from '../modules/cases/cases.routes.ts';\nexport const x = caseRoutes;\n";
    expect(await rulesHit('src/platform/probe.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses a module that imports the composition root', async () => {
    const code = "import { buildApp } from '../../server/app.ts';\nexport const x = buildApp;\n";
    expect(await rulesHit('src/modules/cases/probe.ts', code)).toContain('import-x/no-restricted-paths');
  });

  it("refuses dashboard code that imports a module's server code, and allows its contract", async () => {
    const service = "import { list } from '../../../modules/cases/cases.service.ts';\nexport const x = list;\n";
    expect(await rulesHit('src/web/dashboard/cases/probe.ts', service)).toContain('import-x/no-restricted-paths');
    const contract =
      "import { caseItem } from '../../../modules/cases/cases.contract.ts';\nexport const x = caseItem;\n";
    expect(await rulesHit('src/web/dashboard/cases/probe.ts', contract)).not.toContain('import-x/no-restricted-paths');
  });

  it("refuses a module that imports another module's internals, and lets it through the door", async () => {
    const internal = "import * as repo from '../surveys/surveys.repo.ts';\nexport const x = repo;\n";
    expect(await rulesHit('src/modules/cases/probe.ts', internal)).toContain('zabota/module-doors');
    const door = "import { surveyRoutes } from '../surveys/index.ts';\nexport const x = surveyRoutes;\n";
    expect(await rulesHit('src/modules/cases/probe.ts', door)).not.toContain('zabota/module-doors');
    const table = "import { surveys } from '../surveys/surveys.schema.ts';\nexport const x = surveys;\n";
    expect(await rulesHit('src/modules/cases/probe.ts', table)).toContain('zabota/module-doors');
    expect(await rulesHit('src/modules/cases/probe.repo.ts', table)).not.toContain('zabota/module-doors');
    const own = "import * as repo from './cases.repo.ts';\nexport const x = repo;\n";
    expect(await rulesHit('src/modules/cases/probe.ts', own)).not.toContain('zabota/module-doors');
  });

  it('refuses the composition root reaching past a door', async () => {
    const code = "import { caseRoutes } from '../modules/cases/cases.routes.ts';\nexport const x = caseRoutes;\n";
    expect(await rulesHit('src/server/probe.ts', code)).toContain('zabota/module-doors');
  });

  it('refuses an import circle', async () => {
    const [a] = await new ESLint({ ignore: false }).lintFiles(['test/lint/cycle/a.ts']);
    expect(a!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
