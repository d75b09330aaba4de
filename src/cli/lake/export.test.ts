import { describe, expect, it } from 'vitest';
import { partitionGroups, type PartitionToBuild } from './export';

const part = (key: string, provinces: string[], weight = 1): PartitionToBuild => ({ key, provinces, weight });

describe('partitionGroups', () => {
  it.each([
    { name: 'one province per partition: a group per province, heaviest first', parts: [part('a', ['32'], 5), part('b', ['31'], 9), part('c', ['32'], 1)], groups: [{ keys: ['b'], provinces: ['31'], weight: 9 }, { keys: ['a', 'c'], provinces: ['32'], weight: 6 }] },
    { name: 'a 区县 with two province codes joins their groups', parts: [part('a', ['31']), part('b', ['32']), part('c', ['31', '32'])], groups: [{ keys: ['a', 'b', 'c'], provinces: ['31', '32'], weight: 3 }] },
    { name: 'a group already joined is taken once, never twice', parts: [part('a', ['31', '32']), part('b', ['31', '32']), part('c', ['32', '33'])], groups: [{ keys: ['a', 'b', 'c'], provinces: ['31', '32', '33'], weight: 3 }] },
    { name: 'documents without a province code form their own group', parts: [part('a', ['unknown'], 2), part('b', ['32'], 2)], groups: [{ keys: ['b'], provinces: ['32'], weight: 2 }, { keys: ['a'], provinces: ['unknown'], weight: 2 }] },
    { name: 'nothing to rebuild', parts: [], groups: [] }
  ])('$name', ({ parts, groups }) => {
    expect(partitionGroups(parts)).toEqual(groups);
  });
});
