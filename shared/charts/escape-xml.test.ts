import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escapeXml', () => {
  it('turns markup characters into entities and drops characters XML forbids', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
    expect(escapeXml('a\u0000b\u0007c\nd')).toBe('abc\nd');
  });
});
