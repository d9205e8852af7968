import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipCaseloadFiles } from '../../shared/index.ts';
import { readCaseloadZip } from './read-caseload-zip.ts';

describe('readCaseloadZip', () => {
  it('reads every table of a zip, names each file with its encoding and table, and lists other files as ignored', () => {
    const zip = zipSync({
      'caseload/students.csv': new Uint8Array([...new TextEncoder().encode('Student ID,First Name\nS1,'), 0x4a, 0x6f, 0x73, 0xe9, 0x0a]),
      'caseload/contacts.csv': new TextEncoder().encode('\uFEFFContact ID,Student ID,Date,Method\ncon-1,S1,2026-11-02,phone\n'),
      'caseload/readme.csv': new TextEncoder().encode('a,b\n'),
    });
    const read = readCaseloadZip(zip);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.caseload.students).toEqual([{ studentId: 'S1', firstName: 'José' }]);
    expect(read.value.files).toEqual([
      { name: 'caseload/students.csv', table: 'students', label: 'Students', encoding: 'windows-1252', rows: 1 },
      { name: 'caseload/contacts.csv', table: 'contacts', label: 'Contacts', encoding: 'utf-8', rows: 1 },
    ]);
    expect(read.value.ignoredFiles).toEqual(['caseload/readme.csv']);
    expect(read.value.problems).toEqual([]);
  });

  it('refuses what is not a zip, with the shared reason and code', () => {
    const read = readCaseloadZip(new TextEncoder().encode('Student ID\nS1\n'));
    expect(read.ok ? null : read.error.code).toBe('not-a-zip');
    expect(readCaseloadZip(zipCaseloadFiles({ 'students.csv': 'Student ID\nS1\n' })).ok).toBe(true);
  });
});
