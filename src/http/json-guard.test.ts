import { describe, expect, it } from 'vitest';
import { containsNul, jsonDepth, jsonLoneSurrogate, jsonTextProblem } from './json-guard.js';

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

describe('jsonLoneSurrogate', () => {
  it('finds an unpaired surrogate escape, in any case, and passes pairs and escaped backslashes', () => {
    expect(jsonLoneSurrogate(String.raw`{"a":"\ud800"}`)).toBe('\\ud800');
    expect(jsonLoneSurrogate(String.raw`{"a":"\uDBFFx"}`)).toBe('\\udbff');
    expect(jsonLoneSurrogate(String.raw`{"a":"\udc00\ud800"}`)).toBe('\\udc00');
    expect(jsonLoneSurrogate(String.raw`{"a":"\ud83d\u0041"}`)).toBe('\\ud83d');
    expect(jsonLoneSurrogate(String.raw`{"\ud83d":1}`)).toBe('\\ud83d');
    expect(jsonLoneSurrogate(String.raw`{"a":"\ud83d"`)).toBe('\\ud83d');
    // A surrogate character itself (text not decoded from UTF-8), alone or paired.
    expect(jsonLoneSurrogate('{"a":"x\ud800"}')).toBe('\\ud800');
    expect(jsonLoneSurrogate(String.raw`{"a":"\ud83d\ude00 \uD83D\uDE00 \u00e9"}`)).toBeNull();
    expect(jsonLoneSurrogate(String.raw`{"a":"C:\\ud800 \\\\udfff"}`)).toBeNull();
    expect(jsonLoneSurrogate('{"a":"\u{1F600}"}')).toBeNull();
    expect(jsonTextProblem(String.raw`{"a":"\udfff"}`)).toMatch(/unpaired UTF-16 surrogate \(\\udfff\)/);
  });
});
