import { describe, it } from 'vitest';
import { accessible, findAndFilter, guidedAssessment, reportViews } from './assessment-scenario';
import { ROUTES } from './scenario';
import { BROWSERS, useBrowser } from './support/browsers';
import { HOSTS } from './workday-scenario';

/** Assessing a portal: guided attestation with screenshots, find and filter, the report's views, accessibility. */
describe.each(BROWSERS)('assessing a portal, in real $name', (browser) => {
  const { driver, server } = useBrowser(browser, ROUTES, { hosts: HOSTS });

  it('guides the inspector through the criteria to attest, with steps, progress and a screenshot kept as evidence', async () => {
    await guidedAssessment(driver(), server());
  });

  it('finds and filters criteria in the popup as in the workspace, and groups evidence by page', async () => {
    await driver().freshProfile();
    await findAndFilter(driver(), server());
  });

  it('prints the report, with a summary view and the full one, citing the legal basis readably', async () => {
    await reportViews(driver(), server());
  });

  it('has no axe-core violation on the popup, the workspace and the report', async () => {
    await accessible(driver(), server());
  });
});
