/**
 * Imported first by every extension bundle (background, popup, side panel,
 * report page), by the command line and by the unit tests, before any schema
 * is used. It sets zod's configuration, which zod keeps on
 * `globalThis.__zod_globalConfig` (shared by every copy of zod): what
 * `z.config(…)` would do, without loading the schemas' API.
 *
 * - English messages. The schemas use `zod/mini`, which, unlike classic
 *   `zod`, loads no locale: without one every issue says only "Invalid
 *   input". Some messages reach people (lib/report/import.ts, the command
 *   line, a rejected snapshot), so they get zod's English ones, as before.
 *   The locale is read when an issue is reported, never when a schema is
 *   built: the order of this module among the others does not matter for it.
 *   Importing it loads only zod's core helpers (util, core), no schema.
 *
 * - Jitless mode. Classic zod compiles object parsers with `new Function`
 *   and probes for it when the first object schema is built; extension
 *   pages forbid `eval` (no 'unsafe-eval' in the CSP), so the probe only
 *   fails and the browser reports a CSP violation. zod/mini never compiles
 *   code, so this only matters should classic zod come back; it costs
 *   nothing. It must be set before the first object schema is built.
 *   tests/build/zod-setup.test.ts checks that zod still reads it here.
 */
import './zod-jitless';
import en from 'zod/v4/locales/en.js';

const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
// The same object zod's core already holds (the import above created it):
// changed in place, never replaced.
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, en());
