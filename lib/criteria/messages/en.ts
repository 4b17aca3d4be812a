import type { vi } from './vi';

/** Words of the messages in English, with exactly the ids of the Vietnamese table. */
export const en: Readonly<Record<keyof typeof vi, string>> = {
  'engine.error': 'The check failed: {detail}',
  'page.appShell':
    'The page is an application shell: its content is built by script ({bundles}), so its HTML cannot be read for it. Audit the page as the browser shows it (or the command line with rendering).',
  'page.openPageType': 'This criterion shows only on {pageTypes}; this page is {pageType}. Open such a page of the portal.',
  'weak.default': 'Something points to it but is not enough to conclude: the inspector confirms.',
  'default.notSeenYet': 'Not seen on the pages audited so far; open the relevant page of the portal.',
  'default.noEvidence': 'No sign of it on the pages audited.',
  'default.needsInspector': 'Needs the inspector to confirm.',
  'default.manual': 'A back-end fact: the inspector attests it with a note.',
  'default.noPage': 'No page audited yet.',
  delegated: 'The function is provided through the national portal (the portal links to dichvucong.gov.vn).',
  'code.onlyInScript': 'Seen only in script code, with no button or link on the page leading to it: the inspector tries it to confirm.',
  'code.uncalled': 'The address is only in a script function that no button, link or code calls: code nothing uses is not a feature.',

  'pageType.home': 'a home page',
  'pageType.catalogue': 'a procedure catalogue',
  'pageType.procedure': 'a procedure detail page',
  'pageType.lookup': 'a dossier lookup page',
  'pageType.sign-in': 'a sign-in page',
  'pageType.submission': 'a submission page',
  'pageType.my-dossiers': "a \"my dossiers\" page",
  'pageType.support': 'a contact and support page',
  'pageType.statistics': 'a statistics page',
  'pageType.other': 'another kind of page',

  'TK-03.localForm': 'The portal has its own sign-up form (password and confirmation); citizen accounts must be VNeID / national-portal accounts.',
  'TK-03.localLink': 'The "Đăng ký" (sign up) control stays on the portal: open it to see whether it creates a portal-local citizen account.',
  'TK-04.onlyCitizen': 'Only the citizen/business login was seen, no separate officer login.',
  'TK-04.onlyOfficer': 'Only the officer login was seen, no separate citizen/business login.',

  'CK-01.noFacets': 'A procedure catalogue is shown, but no filters by field, agency, level or audience were seen.',
  'CK-01.oneFacet': 'The procedure catalogue filters only by {facet}; filters by the other criteria are missing.',
  'CK-02.tooFew': 'Only {found} of {total} mandatory procedure parts are shown (at least {min} needed); missing: {missing}.',
  'CK-02.incomplete': '{found} of {total} mandatory parts shown, not all; still missing: {missing}.',
  'CK-02.almost': '{found} of {total} mandatory parts shown; still missing: {missing}.',
  'CK-03.crossCheck': 'Check code {code} against the national TTHC database: {url}',
  'CK-08.missing': 'Contact information is incomplete: no {missing}.',

  'TT-01.alsoLegacy': 'Full/partial labels are shown, but the page still uses the outdated "Mức độ 3/4" wording (superseded by Decree 42/2022).',
  'TT-01.legacyOnly': 'Procedures are labelled only with the outdated "Mức độ 3/4" levels; Decree 42/2022 uses "toàn trình" (full) and "một phần" (partial).',
  'TT-09.fixedWidth': 'The viewport tag sets a fixed width instead of width=device-width: the page does not adapt to mobile screens.',

  'KS-05.checkThePdf': "Download a sample e-result and check the agency's signature in a PDF reader (it has /ByteRange, /Contents and the signer's name).",

  'TC-01.elsewhere': 'The dossier lookup is on another portal ({host}): audit that portal.',

  'HT-05.plainPhone': 'Only a general phone number (not called a hotline or support line): the inspector confirms whether it is the users\' support line.',

  'GD-01.notHttps': 'The page was loaded over {protocol}, unencrypted: user data can be read or altered in transit.',
  'GD-01.mixed': 'The page is HTTPS but loads {count} resource(s) over http:// (mixed content), including from CSS and script written in the page.',
  'GD-01.ok': 'The page loads over HTTPS with no mixed content. The browser accepted the certificate; try the http:// address to confirm the HTTP→HTTPS redirect.',
  'GD-02.vendorFunctions': "The portal runs under .gov.vn ({host}); some functions point to a vendor's domain: {hosts}.",
  'GD-02.notGovVn': 'The page runs on "{host}", not an official .gov.vn domain.',
  'GD-02.vendorHost': 'The page runs on "{host}", the platform vendor\'s domain (*.vnptigate.vn), not an official .gov.vn domain.',
  'GD-03.failures': "Automated indicators show accessibility failures: {problems}. A full review (contrast, keyboard, screen reader) is still the inspector's.",
  'GD-03.indicatorsPass': 'The automated indicators pass (indicators only). The inspector confirms contrast, keyboard operation and screen-reader use.',
  'GD-04.codes': '{conforming} code(s) follow [agency code]-[yyMMdd]-[sequence], {other} in another shape. The inspector checks them against the current rules.',
  'GD-06.noTiming': 'No load timing available (only the browser provides it when the page is opened).',
  'GD-06.indicative': "Indicative only (one load, on the inspector's connection); the inspector judges it against the required thresholds.",

  'AT-05.noHeaders': 'The browser does not expose response headers: only the command line (which fetches the page) can read them, or the inspector checks DevTools → Network and confirms.',
  'AT-05.missing': 'Missing or ineffective: {missing}.',
  'AT-05.missingAndAdvised': 'Missing or ineffective: {missing}. Also recommended: {advised}.',
  'AT-05.ok': 'The required security headers are present.',
  'AT-05.okAdvised': 'The required security headers are present. Also recommended: {advised}.',
  'AT-06.readable': 'Session cookie(s) readable from script, so not HttpOnly: {cookies}.',
  'AT-06.notSignedIn': 'No signed-in session seen on this page; sign in and audit again. Cookies readable from script: {cookies}.',
  'AT-06.signedIn': 'Signed in, yet no session cookie is readable from script (likely HttpOnly). The inspector confirms Secure, HttpOnly and SameSite in DevTools → Application → Cookies.',
  'AT-07.exposed': 'The page exposes {count} secret-looking value(s) to the browser (values masked). They should be revoked and rotated.',
  'AT-07.browserKey': 'The page has {count} Google API key(s) (public by design): confirm they are restricted to the portal\'s address in Google Cloud.',
  'AT-07.none': 'No secrets seen in inline code or addresses on this page. Separately loaded configuration (e.g. /vi/assets/app.config.json) must be opened to check.',
  'AT-09.outdated': 'Outdated libraries found: {libraries}.',
  'AT-09.mixed': '{count} http:// resource(s) found on an HTTPS page.',
  'AT-09.outdatedAndMixed': 'Outdated libraries found: {libraries}; and {count} http:// resource(s) on an HTTPS page.',
  'AT-09.versionUnknown': 'The version of {libraries} cannot be read from the script address (version unknown): the inspector reads it in DevTools.',
  'AT-09.current': 'The libraries recognised are at versions without known vulnerabilities; no mixed content.',
  'AT-09.noneRecognised': 'No outdated library recognised from script addresses; no mixed content. Libraries inside bundles need a further look.',
  'AT-10.presenceOnly': 'The trust badge is shown; it shows presence only, not that the system is secure.',

  'BC-03.countersOnly': 'The page only shows a visitor counter; counters are not evidence of access logging or statistics.',
  'BC-03.nothing': 'No access-statistics system or access log seen on this page.',
  'BC-03.confirm': 'The page reports visits to a statistics system or shows an access log; the inspector confirms the portal records and keeps access logs on the server.',

  'warning.app-shell': 'The page is an application shell (content built by script): content criteria were not checked.',
};
