// When the page's layout is not recognised, the editor reads Swedish; the adapter's English detail is for IT support, folded away.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LayoutNotice } from '@/components/LayoutNotice';

afterEach(cleanup);

const misses = [{ part: 'postArticle', detail: 'no post article on a post page' }];

describe('LayoutNotice', () => {
  it('says what happened in Swedish and keeps the technical part under a closed summary', () => {
    render(<LayoutNotice misses={misses} lang="sv" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Sidans layout kändes inte igen');
    expect(screen.getByText('Uppsikt kan ha missat kommentarer här. Det här har loggats så att det kan rapporteras.').closest('details')).toBeNull();
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Teknisk information till IT-supporten');
    expect(details.textContent).toContain('postArticle: no post article on a post page');
  });

  it('names the summary in English too, and shows nothing without misses', () => {
    const { container } = render(<LayoutNotice misses={[]} lang="en" />);
    expect(container.innerHTML).toBe('');
    render(<LayoutNotice misses={misses} lang="en" />);
    expect(screen.getByText('Technical details for IT support').tagName).toBe('SUMMARY');
  });

  it('says which part of the page was not recognised, in the editor\'s words and language', () => {
    const parts = [
      { part: 'commentTimeLink', detail: 'comment 3 shows no readable time' },
      { part: 'commentAuthorLink', detail: 'comment 3 has no author link' },
      { part: 'tweetTime', detail: '2 of 9 tweet(s) without it' },
      { part: 'somethingNew', detail: 'reading failed' },
    ];
    render(<LayoutNotice misses={parts} lang="sv" />);
    expect(screen.getByText('Uppsikt kände inte igen: när kommentarerna skrevs, vem som skrev kommentarerna och en annan del av sidan.').closest('details')).toBeNull();
    cleanup();
    render(<LayoutNotice misses={misses} lang="en" />);
    expect(screen.getByText('Uppsikt did not recognise: the post.').closest('details')).toBeNull();
  });
});
