import { describe, expect, it } from 'vitest';
import { sameCaseManager } from './same-case-manager.ts';

describe('sameCaseManager', () => {
  it('treats the same email typed with other capitals or spaces as one person, and different people as different', () => {
    expect(sameCaseManager(' A.Patel@School.example ', 'a.patel@school.example')).toBe(true);
    expect(sameCaseManager('a.patel@school.example', 'b.ng@school.example')).toBe(false);
    expect(sameCaseManager(undefined, 'a.patel@school.example')).toBe(false);
  });
});
