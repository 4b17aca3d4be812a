import type { Group } from './types';

export const operations: Group = {
  id: 'BC',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
