import type { Group } from './types';

export const security: Group = {
  id: 'AT',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
