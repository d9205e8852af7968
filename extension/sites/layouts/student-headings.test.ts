import { afterEach, describe, expect, it } from 'vitest';
import { nameInHeading, studentHeadings } from './student-headings.ts';
import { findWith } from '../../../tests/readers/find-with.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('student-headings strategy', () => {
  it('finds the name in headings that introduce the student', () => {
    expect(nameInHeading('IEP Summary for Maya Rivera')).toEqual({ intro: 'IEP Summary for', name: 'Maya Rivera' });
    expect(nameInHeading('ARD Report: Rivera, Maya')).toEqual({ intro: 'ARD Report:', name: 'Rivera, Maya' });
    expect(nameInHeading('Evaluation Team Report (ETR) for Lila Petrov')?.name).toBe('Lila Petrov');
    expect(nameInHeading('Special Ed Documents — Runningwater, Eli')?.name).toBe('Runningwater, Eli');
    expect(nameInHeading('Student Profile: Tamsin Achebe (ID 118203)')?.name).toBe('Tamsin Achebe');
    expect(nameInHeading("Rivera, Maya")).toEqual({ intro: '', name: 'Rivera, Maya' });
    expect(nameInHeading('Students › Hollis, June')?.name).toBe('Hollis, June');
  });

  it('does not take other headings for names', () => {
    for (const heading of ['Summary of Services Provided', 'Student Information', 'Planning and Placement Team (PPT) Meeting', 'IEP for the 2025-26 school year', 'Welcome back', 'Notice of Meeting', 'Goals, Objectives']) {
      expect(nameInHeading(heading), heading).toBeUndefined();
    }
  });

  it('offers the name as a full name with the heading words as its label', () => {
    expect(findWith(studentHeadings, '<h1>IEP Summary for Maya Rivera</h1><h2>Goals</h2>')).toEqual([['fullName', 'Maya Rivera', 'IEP Summary for']]);
  });
});
