import type { Group } from './types';

export const integration: Group = {
  id: 'LT',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
