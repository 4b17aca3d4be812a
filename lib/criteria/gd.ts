import type { Group } from './types';

export const standardInterface: Group = {
  id: 'GD',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
