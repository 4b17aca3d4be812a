import { accounts } from './tk';
import { publicity } from './ck';
import { onlineServices } from './tt';
import { digitalSigning } from './ks';
import { onlinePayment } from './tttt';
import { dataWarehouse } from './kdl';
import { digitisation } from './sh';
import { lookup } from './tc';
import { support } from './ht';
import { standardInterface } from './gd';
import { integration } from './lt';
import { security } from './at';
import { operations } from './bc';
import type { Criterion, Group } from './types';

/**
 * A checklist profile: the criteria an audit is judged against. Profiles are
 * data; a later official or amended checklist is another profile.
 */
export interface Profile {
  id: string;
  version: number;
  title: { vi: string; en: string };
  groups: Group[];
  criteria: Criterion[];
}

const groups: Group[] = [
  accounts,
  publicity,
  onlineServices,
  digitalSigning,
  onlinePayment,
  dataWarehouse,
  digitisation,
  lookup,
  support,
  standardInterface,
  integration,
  security,
  operations,
];

export const vnDvc2023: Profile = {
  id: 'vn-dvc-2023',
  version: 1,
  title: {
    vi: 'Bộ 83 tiêu chí Hệ thống thông tin giải quyết TTHC (tái dựng, 2023)',
    en: '83 criteria for public-service portals (reconstruction, 2023)',
  },
  groups,
  criteria: groups.flatMap((g) => g.criteria),
};

export const PROFILES: Record<string, Profile> = { [vnDvc2023.id]: vnDvc2023 };
export const DEFAULT_PROFILE = vnDvc2023;

export function criterionById(profile: Profile, id: string): Criterion | undefined {
  return profile.criteria.find((c) => c.id === id);
}
