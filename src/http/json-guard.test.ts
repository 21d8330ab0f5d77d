import { describe, expect, it } from 'vitest';
import { containsNul, jsonDepth, jsonTextProblem } from './json-guard.js';

describe('jsonDepth', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonDepth('{"a":"\\"[[["}')).toBe(1);
    expect(jsonDepth('1')).toBe(0);
  });
  it('stops counting once past the limit', () => {
    expect(jsonDepth('['.repeat(100_000), 64)).toBe(65);
  });
});

describe('jsonTextProblem', () => {
  it('refuses deep nesting and NUL characters, accepts the ordinary', () => {
    expect(jsonTextProblem(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatch(/deeper than 64/);
    expect(jsonTextProblem('{"a":"x\\u0000y"}')).toMatch(/NUL/);
    expect(containsNul('{"a":"x\u0000"}')).toBe(true);
    expect(containsNul(String.raw`{"a":"!\\u0000"}`)).toBe(false);
    expect(containsNul(String.raw`{"a":"!\\\u0000"}`)).toBe(true);
    expect(jsonTextProblem('{"summary":"disk \\u00e9 full","n":[[1]]}')).toBeNull();
  });
});
