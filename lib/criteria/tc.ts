import type { Group } from './types';

export const lookup: Group = {
  id: 'TC',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
