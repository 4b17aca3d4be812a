import type { Group } from './types';

export const digitisation: Group = {
  id: 'SH',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
