import type { Group } from './types';

export const onlineServices: Group = {
  id: 'TT',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
