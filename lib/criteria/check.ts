import type { CheckOptions, CheckResult } from './types';
import type { PageView } from './views';

/** A check: a pure judgement of one page, from its shared views and the options its criterion gives. */
export type Check = (page: PageView, options: CheckOptions) => CheckResult;

/** The checks of one group, keyed by the id of the criterion they judge. */
export type Checks = Readonly<Record<string, Check>>;

/** An option of the criterion, or its default when the profile gives none (or one of another type). */
export function option<T extends string | number | boolean | object>(options: CheckOptions, name: string, fallback: T): T {
  const v = Object.hasOwn(options, name) ? options[name] : undefined;
  return v !== undefined && v !== null && typeof v === typeof fallback ? (v as T) : fallback;
}

/** Memoise what a check derives from its options (compiled once per options object, i.e. per profile). */
export function perOptions<T>(make: (options: CheckOptions) => T): (options: CheckOptions) => T {
  const cache = new WeakMap<CheckOptions, T>();
  return (options) => {
    let v = cache.get(options);
    if (v === undefined) {
      v = make(options);
      cache.set(options, v);
    }
    return v;
  };
}
