import type { Group } from './types';

export const publicity: Group = {
  id: 'CK',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
