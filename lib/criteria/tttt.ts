import type { Group } from './types';

export const onlinePayment: Group = {
  id: 'TTTT',
  title: { vi: 'TODO', en: 'TODO' },
  criteria: [],
};
