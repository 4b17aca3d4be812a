import { describe, it } from 'vitest';
import { BROWSERS, useBrowser } from './support/browsers';
import { ROUTES } from './scenario';
import {
  accessForOnePortal,
  attestationFormErrors,
  compareTellsNotRevisited,
  newAuditCarriesOver,
  evidenceOverlay,
  fitsNarrowWidths,
  hasIcons,
  HOSTS,
  vietnamTimeEverywhere,
  workspaceFollowsThePortal,
} from './workday-scenario';

/** The inspector's day, across several portals (fixture portals under .gov.vn names). */
describe.each(BROWSERS)("an inspector's day, in real $name", (browser) => {
  const { driver, server } = useBrowser(browser, ROUTES, { hosts: HOSTS });

  it("the workspace beside the page follows the tab's portal, names it, switches portals, and only attests the audit shown", async () => {
    await workspaceFollowsThePortal(driver(), server());
  });

  it("a refused attestation says why at its form, in the UI's language; the note is marked required; the name is remembered", async () => {
    await driver().freshProfile();
    await attestationFormErrors(driver(), server());
  });

  it('compare tells pages not revisited from criteria lost, and lists the pages of each audit', async () => {
    await driver().freshProfile();
    await compareTellsNotRevisited(driver(), server());
  });

  it('a new audit offers to carry over manual attestations, marked with their date and author', async () => {
    await driver().freshProfile();
    await newAuditCarriesOver(driver(), server());
  });

  it("auditing while browsing asks only for the portal's own origin, shows it and revokes it", async () => {
    await driver().freshProfile();
    await accessForOnePortal(driver(), server());
  });

  it('has an icon at 16, 32, 48 and 128 px', async () => {
    await hasIcons(driver());
  });

  it('the workspace and the popup fit 240 and 400 px', async () => {
    await fitsNarrowWidths(driver(), server());
  });

  it('evidence labels cover neither each other nor the text; evidence in <head> shows its markup; next/previous step through it', async () => {
    await evidenceOverlay(driver(), server());
  });

  it('shows times in Vietnam time, labelled', async () => {
    await vietnamTimeEverywhere(driver(), server());
  });
});
