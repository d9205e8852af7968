import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldForLabel } from '../field-labels.ts';
import { findCandidates, LAYOUT_STRATEGIES } from './index.ts';
import { labelText } from './label-text.ts';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('layout strategies', () => {
  it('are one ordered list, each with its own id', () => {
    const ids = LAYOUT_STRATEGIES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('form-controls');
    expect(ids.at(-1)).toBe('student-headings');
  });

  it('are isolated: one that throws is skipped and named, the others still read the page', () => {
    document.body.innerHTML = '<p>Student ID: S1</p><dl><dt>Grade</dt><dd>3</dd></dl>';
    vi.spyOn(labelText, 'find').mockImplementation(() => {
      throw new Error('broken');
    });
    const found = findCandidates(document, fieldForLabel);
    expect(found.failed).toEqual(['label-text']);
    expect(found.candidates.map((c) => [c.key, c.value, c.strategy])).toEqual([['grade', '3', 'definition-lists']]);
  });

  it('give every candidate a confidence between 0 and 1', () => {
    document.body.innerHTML = '<h1>IEP for Lee, Ana</h1><p>DOB: 3/4/2015</p><input aria-label="Grade" value="3">';
    const found = findCandidates(document, fieldForLabel).candidates;
    expect(found.length).toBe(3);
    for (const c of found) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});
