import type { Group } from './types';

export const digitalSigning: Group = {
  id: 'KS',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
