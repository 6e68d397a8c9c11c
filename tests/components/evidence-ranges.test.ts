import { describe, expect, it, vi } from 'vitest';
import { evidenceRanges, findTextRange } from '@/utils/page/evidence-ranges';
import type { PageWorkItem } from '@/utils/report';

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

  it('gives the ranges of a finding\'s words, not the question\'s, and finds them again when the site puts another text in the element', () => {
    document.body.innerHTML = '<div id="c"><span>Ring mig på </span><a href="#">070-174 06 42</a>, varför svarar ni inte?</div>';
    const element = document.getElementById('c')!;
    const item = { findings: [
      { category: 'sensitive.phone', evidence: '070-174 06 42' },
      { category: 'needs-reply', evidence: 'varför svarar ni inte?' },
    ] } as unknown as PageWorkItem;
    expect(evidenceRanges(element, item).map(String)).toEqual(['070-174 06 42']);
    // A virtual list reuses the element for another comment: the old range no longer covers the words.
    element.firstChild!.textContent = 'Numret är ';
    element.querySelector('a')!.textContent = '070-999';
    expect(evidenceRanges(element, item)).toEqual([]);
    element.querySelector('a')!.textContent = 'x 070-174 06 42';
    expect(evidenceRanges(element, item).map(String)).toEqual(['070-174 06 42']);
  });

  it('looks in the comment\'s own text, at the finding\'s place: not in the author\'s name, not at an earlier word that holds it', () => {
    document.body.innerHTML = '<div id="c"><a href="#">filmkvall_gratis</a><div>Se hela filmen gratis på min sida, skiten är bra, jävla skit alltså</div></div>';
    const element = document.getElementById('c')!;
    const text = 'Se hela filmen gratis på min sida, skiten är bra, jävla skit alltså';
    const item = { text, findings: [
      { category: 'prohibited.commercial', evidence: 'gratis', start: text.indexOf('gratis') },
      { category: 'prohibited.obscene', evidence: 'skit', start: text.indexOf('skit alltså') },
    ] } as unknown as PageWorkItem;
    const ranges = evidenceRanges(element, item);
    expect(ranges.map(String)).toEqual(['gratis', 'skit']);
    const textNode = element.querySelector('div')!.firstChild!;
    expect(ranges.map((r) => [r.startContainer === textNode, r.startOffset])).toEqual([[true, text.indexOf('gratis')], [true, text.indexOf('skit alltså')]]);
  });

  // Facebook and X draw emoji as images (the adapter reads their alt text) and paragraphs as blocks
  // (read with a line break between): the comment's start as read is not in the element's text nodes.
  it.each([
    ['an emoji first', '<img alt="😡"> Se hela filmen gratis på min sida', '😡 Se hela filmen gratis på min sida'],
    ['a short first paragraph', '<div>Hallå!</div><div>Se hela filmen gratis på min sida</div>', 'Hallå!\nSe hela filmen gratis på min sida'],
  ])('boxes the word in the comment, not in the author\'s name, when the page writes the text apart (%s)', (_case, html, text) => {
    document.body.innerHTML = `<div id="c"><a href="#">filmkvall_gratis</a><div>${html}</div><span>2 d</span> <span>Svara</span></div>`;
    const element = document.getElementById('c')!;
    const item = { text, author: { name: 'filmkvall_gratis', handle: null }, findings: [
      { category: 'prohibited.commercial', evidence: 'gratis', start: text.indexOf('gratis') },
    ] } as unknown as PageWorkItem;
    const [range] = evidenceRanges(element, item);
    expect(range?.toString()).toBe('gratis');
    expect(element.querySelector('a')!.contains(range.startContainer)).toBe(false);
  });

  it('skips the author\'s name when nothing of the comment\'s start can be found in the element', () => {
    document.body.innerHTML = '<div id="c"><a href="#">Skit Svensson</a><div>Kan\u00a0ni\u00a0svara?\u00a0Skit också.</div></div>';
    const element = document.getElementById('c')!;
    const text = 'Kan ni svara? Skit också.'; // read with plain spaces where the page has no-break ones
    const item = { text, author: { name: 'Skit Svensson', handle: null }, findings: [
      { category: 'prohibited.obscene', evidence: 'Skit', start: text.indexOf('Skit') },
    ] } as unknown as PageWorkItem;
    const [range] = evidenceRanges(element, item);
    expect(range?.toString()).toBe('Skit');
    expect(element.querySelector('a')!.contains(range.startContainer)).toBe(false);
  });

  it('boxes the word in the comment, not in the author\'s name, when the comment begins as the name does', () => {
    document.body.innerHTML = '<div id="c"><a href="#"><span>Idiot Dahl</span></a><div>Idiot</div><span>5 tim</span></div>';
    const element = document.getElementById('c')!;
    const item = { text: 'Idiot', author: { name: 'Idiot Dahl', handle: null }, findings: [
      { category: 'prohibited.attack', evidence: 'Idiot', start: 0 },
    ] } as unknown as PageWorkItem;
    const [range] = evidenceRanges(element, item);
    expect(range?.toString()).toBe('Idiot');
    expect(element.querySelector('div')!.contains(range.startContainer)).toBe(true);
  });

  it('leaves a word out rather than box it in the author\'s name when the comment\'s text on the page differs', () => {
    // The page shows the words otherwise than the adapter read them (here: two spaces, read as one).
    document.body.innerHTML = '<div id="c"><a href="#">jävla idiot</a><div>Du är en jävla  idiot</div></div>';
    const element = document.getElementById('c')!;
    const text = 'Du är en jävla idiot';
    const item = { text, author: { name: 'jävla idiot', handle: null }, findings: [
      { category: 'prohibited.obscene', evidence: 'jävla idiot', start: text.indexOf('jävla') },
    ] } as unknown as PageWorkItem;
    expect(evidenceRanges(element, item).map((r) => element.querySelector('a')!.contains(r.startContainer))).toEqual([]);
  });

  it('does not look again on every frame for a word the page writes otherwise, until the comment or its text changes', () => {
    // Scrolling calls this every frame; each look walks the comment's text (~10 ms in one of 10,000 lines).
    document.body.innerHTML = '<div id="c"><a href="#">Rut Rad</a><div>Ring mig på 070-174  06  42, din idiot</div></div>';
    const element = document.getElementById('c')!;
    const text = 'Ring mig på 070-174 06 42, din idiot'; // read with its double spaces squeezed
    const findings = [
      { category: 'personal.contact', evidence: '070-174 06 42', start: text.indexOf('070') },
      { category: 'prohibited.attack', evidence: 'idiot', start: text.indexOf('idiot') },
    ];
    const item = { text, author: { name: 'Rut Rad', handle: null }, findings } as unknown as PageWorkItem;
    const walks = vi.spyOn(document, 'createTreeWalker');
    expect(evidenceRanges(element, item).map(String)).toEqual(['idiot']);
    const looked = walks.mock.calls.length;
    for (let frame = 0; frame < 10; frame++) expect(evidenceRanges(element, item).map(String)).toEqual(['idiot']);
    expect(walks.mock.calls.length).toBe(looked);
    // The comment read again (a new item) is looked through again.
    evidenceRanges(element, { ...item } as PageWorkItem);
    expect(walks.mock.calls.length).toBeGreaterThan(looked);
    walks.mockRestore();
  });

  it('boxes words the page writes with no-break spaces, as they are read with plain ones', () => {
    document.body.innerHTML = '<div id="c"><a href="#">Rut Rad</a><div>Ring mig på 070-174\u00a006\u00a042 i kväll</div></div>';
    const element = document.getElementById('c')!;
    const text = 'Ring mig på 070-174 06 42 i kväll';
    const item = { text, author: { name: 'Rut Rad', handle: null }, findings: [
      { category: 'personal.contact', evidence: '070-174 06 42', start: text.indexOf('070') },
    ] } as unknown as PageWorkItem;
    expect(evidenceRanges(element, item).map(String)).toEqual(['070-174\u00a006\u00a042']);
  });
});
