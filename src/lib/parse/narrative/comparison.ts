/**
 * What a comparison in the narrative compares with. "比上年预算增加", "与2023年度相比", "同比",
 * "较上年" compare with the previous year: their figures give the prior-year row. In a 决算, "完成
 * 预算的 Y%", "比2024年度预算数减少", "比年初预算增加", "决算数大于/小于预算数" compare the actual
 * with the SAME year's budget: they must never give a prior-year figure, and are kept apart as a
 * budget comparison. A 预算 that writes "比2026年预算增加" in its 2026 narrative names the wrong
 * year of a prior-year comparison: it stays a prior-year comparison with that year (the check stage
 * reports the year).
 */
import type { Fen } from '../../model/amount';
import type { DocKind, Direction, Percent } from '../../model/disclosure';

export type Basis =
  | { kind: 'prior'; year?: number }
  | { kind: 'budget'; year?: number }
  /** A comparison with something else (a 决算 against another year's budget): gives nothing. */
  | { kind: 'none' };

/** An actual (决算数) compared with the budget of the same year. */
export interface BudgetComparison {
  /** 年初预算为 X 万元 stated beside the actual. */
  budget?: Fen;
  direction?: Direction;
  /** The stated difference (比年初预算增加 X 万元), a magnitude. */
  amount?: Fen | null;
  percent?: Percent;
  /** 完成（年初）预算的 Y% */
  executionRate?: Percent;
  /** The year the comparison names (比2024年度预算数…). */
  year?: number;
}

const PRIOR_WORDS = /上年|上一年|去年|同比/;

/**
 * Comparison phrases (normalised text, no spaces). Each alternative is a fixed run of words; the
 * only repetition is over distinct words, so matching stays linear.
 */
export const ANCHOR = new RegExp(
  [
    '(?:比|较|与|同)(?:上年|上一年|去年)度?(?:同期)?',
    '同比',
    '(?:小于|大于|少于|多于|低于|高于)上年',
    '上年(?:预算|执行|决算)*数',
    '(?:比|较|与)\\d{4}年度?(?:同期)?(?:(?:年初)?预算)?',
    '(?:比|较|与)(?:本年|当年)?(?:年初)?预算数?',
    '完成(?:年初|全年)?预算(?:数)?的?',
    '决算数(?:小于|大于|少于|超过|低于|高于)(?:年初)?预算数?'
  ].join('|'),
  'g'
);

/**
 * A flat comparison in one phrase: 与上年持平 · 与上年数一致 · 与上年预算数相等 · 与2024年预算持平 ·
 * 与2023年度持平 · 决算数与预算数基本持平.
 */
export const FLAT = /(?:决算数?)?(?:与|比|较|同)(?:上年|上一年|去年|\d{4}年|(?:本年|当年)?(?:年初)?预算)度?(?:当年|同期)?(?:年初)?(?:预算|执行|决算)*数?(?:相比)?，?(?:基本)?(?:持平|一致|相等|不变|无变化)/g;

/** 持平 / 零增长 on their own: flat against whatever the sentence compares with. */
export const BARE_FLAT = /持平|零增长/g;

/** A direction without a figure: 本年数小于上年预算数的主要原因… · 决算数大于预算数的主要原因… */
export const COMPARE_ONLY = /(?:本年数(小于|大于)上年(?:预算)?数|决算数(小于|大于)(?:年初)?预算数?)(?![\d.])/g;

/** The basis a comparison phrase names, in a document of the given kind and year. */
export function basisOf(phrase: string, docKind: DocKind | null, docYear: number | null): Basis {
  const year = /(?:比|较|与)(\d{4})年/.exec(phrase);
  if (year) {
    const named = Number(year[1]);
    const budget = /\d{4}年度?(?:同期)?(?:年初)?预算/.test(phrase);
    if (docKind === '决算' && budget) {
      // The actual against the budget of its own year; against another year's budget: nothing usable.
      return docYear === null || named === docYear ? { kind: 'budget', year: named } : { kind: 'none' };
    }
    return { kind: 'prior', year: named };
  }
  if (PRIOR_WORDS.test(phrase)) return { kind: 'prior' };
  if (/预算/.test(phrase)) return { kind: 'budget' };
  return { kind: 'none' };
}
