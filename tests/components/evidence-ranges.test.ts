import { describe, expect, it } from 'vitest';
import { findTextRange } from '@/utils/page/evidence-ranges';

describe('finding the evidence inside a comment without changing it', () => {
  it('spans text split over several nodes (links, emoji images, bold)', () => {
    document.body.innerHTML = '<div id="c"><span>Du är en </span><b>korrupt</b> lögnare <a href="#">@kalle</a></div>';
    const element = document.getElementById('c')!;
    const before = element.innerHTML;
    const range = findTextRange(element, 'korrupt lögnare');
    expect(range?.toString()).toBe('korrupt lögnare');
    expect(element.innerHTML).toBe(before);
  });

  it('finds nothing for words that are not there, and treats HTML-like text as text', () => {
    document.body.innerHTML = '<div id="c"></div>';
    const element = document.getElementById('c')!;
    element.textContent = '<script>alert(1)</script> hej';
    expect(findTextRange(element, '<script>')?.toString()).toBe('<script>');
    expect(findTextRange(element, 'saknas')).toBeNull();
    expect(findTextRange(element, '  ')).toBeNull();
  });
});
