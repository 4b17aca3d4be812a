import { PROFILES, type Profile } from '../criteria';

/**
 * The checklist a report names, looked up by a name that comes from a file:
 * never an inherited property ("constructor", "__proto__", "toString" are
 * just unknown checklists). Works whether the registry is a Map or a plain
 * record.
 */
export function profileById(id: string): Profile | undefined {
  const registry: unknown = PROFILES;
  if (registry instanceof Map) return (registry as Map<string, Profile>).get(id);
  const record = registry as Record<string, Profile>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** The ids of the checklists this tool knows, for messages. */
export function profileIds(): string[] {
  const registry: unknown = PROFILES;
  return registry instanceof Map ? [...(registry as Map<string, Profile>).keys()] : Object.keys(registry as Record<string, Profile>);
}
