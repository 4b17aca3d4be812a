import type { Group } from './types';

export const support: Group = {
  id: 'HT',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
