import type { Group } from './types';

export const dataWarehouse: Group = {
  id: 'KDL',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
