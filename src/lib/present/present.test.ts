import { describe, expect, it } from 'vitest';
import { sangongTitle } from './deck';
import { exitPath, slideAfterKey } from './keys';

describe('slideAfterKey', () => {
  it('moves with arrows, clicker keys, Home and End, within the deck', () => {
    expect(slideAfterKey('ArrowRight', 0, 5)).toBe(1);
    expect(slideAfterKey('PageDown', 4, 5)).toBe(4);
    expect(slideAfterKey('PageUp', 2, 5)).toBe(1);
    expect(slideAfterKey('ArrowLeft', 0, 5)).toBe(0);
    expect(slideAfterKey('Home', 3, 5)).toBe(0);
    expect(slideAfterKey('End', 0, 5)).toBe(4);
    expect(slideAfterKey('a', 0, 5)).toBeNull();
  });
});

describe('exitPath', () => {
  it('goes back to a page of the app only', () => {
    expect(exitPath('/compare')).toBe('/compare');
    expect(exitPath('/unit/abc%20d')).toBe('/unit/abc%20d');
    expect(exitPath('//evil.example')).toBe('/');
    expect(exitPath('https://evil.example')).toBe('/');
    expect(exitPath('/present')).toBe('/');
    expect(exitPath(null)).toBe('/');
  });
});

describe('sangongTitle', () => {
  it('states the finding', () => {
    expect(sangongTitle(3, 10)).toBe('三公经费：3 个单位同比增加');
    expect(sangongTitle(0, 4)).toBe('三公经费：4 个单位均未增加');
    expect(sangongTitle(0, 0)).toBe('三公经费：没有可比的上年数');
  });
});
