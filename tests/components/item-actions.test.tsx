// An item's actions in the side panel: "Markera som besvarad" is offered where a comment waits for a
// reply (it ends the wait), removing content the policy has documented first is questioned until it
// is documented (R7), and each action is handed on with what the editor wrote.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemActions, type Documentation } from '@/components/ItemActions';
import type { WorkItem } from '@/utils/report';
import { documentationOf } from '@/utils/registrar/outbox-state';

const waiting: WorkItem = {
  commentId: 'c1', author: { name: 'Lisa', handle: null }, text: 'Tack för att ni satsar på barnen', status: 'unanswered',
  ageOfficeHours: 3, due: 'ok', group: 'unanswered', categories: [], action: 'answer', followUps: [], truncated: false, postedAt: null,
};
const threat: WorkItem = { ...waiting, commentId: 'c2', status: 'answered', ageOfficeHours: null, due: null, group: 'act-now', categories: ['prohibited.threat'], action: 'document-remove' };

afterEach(cleanup);

/** The item's actions rendered, with "Fler åtgärder" opened. */
async function openActions(item: WorkItem, documentation: Documentation) {
  const user = userEvent.setup();
  const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
  render(<ItemActions item={item} lang="sv" handlers={handlers} documentation={documentation} />);
  await user.click(screen.getByText('Fler åtgärder'));
  return { user, handlers };
}

describe('ItemActions', () => {
  it('offers to mark a waiting comment as answered, asks how, and logs the way', async () => {
    const { user, handlers } = await openActions(waiting, 'none');
    const answered = screen.getByRole('button', { name: 'Markera som besvarad' });
    expect(answered.getAttribute('title')).toMatch(/telefon, e-post eller privat meddelande/);
    await user.click(answered);
    const how = screen.getByRole('group', { name: 'Hur besvarades kommentaren?' });
    expect(within(how).getAllByRole('button').map((b) => b.textContent))
      .toEqual(['Per telefon', 'Per e-post', 'I privat meddelande', 'I en annan tråd eller ett annat inlägg', 'På annat sätt', 'Avbryt']);
    expect(document.activeElement?.textContent).toBe('Per telefon');
    expect(handlers.onLog).not.toHaveBeenCalled();
    await user.click(within(how).getByRole('button', { name: 'Per telefon' }));
    expect(handlers.onLog).toHaveBeenCalledWith(waiting, 'answered', 'Besvarad per telefon');
    expect(screen.queryByRole('group', { name: 'Hur besvarades kommentaren?' })).toBeNull();
  });

  it('logs nothing when the question how it was answered is closed, and gives the keyboard back to the button', async () => {
    const { user, handlers } = await openActions(waiting, 'none');
    const answered = screen.getByRole('button', { name: 'Markera som besvarad' });
    await user.click(answered);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Hur besvarades kommentaren?' })).toBeNull();
    expect(document.activeElement).toBe(answered);
    expect(handlers.onLog).not.toHaveBeenCalled();
  });

  it('does not offer it where nothing waits for a reply; case handling asks for the case number', async () => {
    const { user, handlers } = await openActions(threat, 'none');
    expect(screen.queryByRole('button', { name: 'Markera som besvarad' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Till ärendehantering' }));
    await user.type(screen.getByLabelText('Diarienummer (t.ex. KS 2026/123)'), '  KS 2026/17 ');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(handlers.onLog).toHaveBeenCalledWith(threat, 'case-handling', 'KS 2026/17');
  });

  it("names each card's actions by the comment's writer, so a screen reader says whose buttons they are", async () => {
    const hostile: WorkItem = { ...threat, author: { name: 'Eva\u202Egnurk', handle: 'eva' } };
    await openActions(hostile, 'none');
    const group = screen.getByRole('group', { name: 'Åtgärder för kommentaren av Evagnurk' });
    expect(within(group).getByRole('button', { name: 'Falsklarm' })).toBeTruthy();
    cleanup();
    const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
    render(<ItemActions item={{ ...waiting, author: { name: '', handle: 'lisa_l' } }} lang="en" handlers={handlers} documentation="none" />);
    expect(screen.getByRole('group', { name: 'Actions for the comment by lisa_l' })).toBeTruthy();
  });

  it('closes what it asks with Escape, as any dialog, logging nothing', async () => {
    const { user, handlers } = await openActions(threat, 'none');
    await user.click(screen.getByRole('button', { name: 'Falsklarm' }));
    await user.type(screen.getByLabelText('Varför är det ett falsklarm?'), 'Ett citat');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Varför är det ett falsklarm?')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Falsklarm' })); // the keyboard is back where it was
    await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    expect(handlers.onLog).not.toHaveBeenCalled();
  });

  it('questions removing undocumented content: document first, or log the removal as undocumented', async () => {
    const { user, handlers } = await openActions(threat, 'none');
    await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    const warning = screen.getByRole('alertdialog', { name: 'Borttagen från plattformen' });
    expect(warning.textContent).toMatch(/inte dokumenterad.*innan den tas bort/);
    // Described by why it asks: a screen reader says it as the focus lands on the first answer.
    expect(document.getElementById(warning.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Kommentaren är inte dokumenterad/);
    expect(document.activeElement).toBe(within(warning).getByRole('button', { name: 'Dokumentera först' })); // keyboard users land on it
    expect(handlers.onLog).not.toHaveBeenCalled();
    await user.click(within(warning).getByRole('button', { name: 'Dokumentera först' }));
    expect(handlers.onDocument).toHaveBeenCalledWith(threat);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    await user.click(screen.getByRole('button', { name: 'Logga som borttagen ändå' }));
    expect(handlers.onLog).toHaveBeenCalledWith(threat, 'removed', 'Borttagen utan dokumentation i Uppsikt');
  });

  it('once documented, offers removing as the next step and logs it at once; documenting again is still there', async () => {
    const user = userEvent.setup();
    const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
    const { unmount } = render(<ItemActions item={threat} lang="sv" handlers={handlers} documentation="delivered" />);
    expect(screen.queryByRole('button', { name: 'Dokumentera och skicka till registrator' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' })); // shown without opening "Fler åtgärder"
    expect(handlers.onLog).toHaveBeenLastCalledWith(threat, 'removed', '');
    await user.click(screen.getByText('Fler åtgärder'));
    await user.click(screen.getByRole('button', { name: 'Dokumentera igen' }));
    expect(handlers.onDocument).toHaveBeenCalledWith(threat);
    expect(screen.getAllByRole('button', { name: 'Borttagen från plattformen' })).toHaveLength(1);
    unmount();
    // Nothing asks for documenting a comment that only waits for a reply: its removal is logged at once.
    const waitingOnly = await openActions(waiting, 'none');
    await waitingOnly.user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    expect(waitingOnly.handlers.onLog).toHaveBeenLastCalledWith(waiting, 'removed', '');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('once its removal is logged while the site still shows it, shows it on the page to remove there, and does not log it again', async () => {
    const user = userEvent.setup();
    const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
    render(<ItemActions item={threat} lang="sv" handlers={handlers} documentation="delivered" removedLogged />);
    await user.click(screen.getByRole('button', { name: 'Visa på sidan' }));
    expect(handlers.onReveal).toHaveBeenCalledWith(threat);
    await user.click(screen.getByText('Fler åtgärder'));
    expect(screen.queryByRole('button', { name: 'Borttagen från plattformen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Markera som besvarad' })).toBeNull(); // it waits for no reply
    expect(handlers.onLog).not.toHaveBeenCalled();
  });

  it('a threat: the police-report decision is among the other actions until it is documented, then in view, and is logged', async () => {
    const police = { ...threat, action: 'police-report' as const };
    const user = userEvent.setup();
    const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
    const { rerender } = render(<ItemActions item={police} lang="sv" handlers={handlers} documentation="none" />);
    const more = screen.getByText('Fler åtgärder').closest('details')!;
    expect(within(more).getByRole('button', { name: 'Polisanmälan: Övervägd, ingen anmälan' })).toBeTruthy();
    expect(more.open).toBe(false);
    rerender(<ItemActions item={police} lang="sv" handlers={handlers} documentation="delivered" />);
    const considered = screen.getByRole('button', { name: 'Polisanmälan: Övervägd, ingen anmälan' });
    expect(more.contains(considered)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Polisanmälan: Anmälan gjord' }));
    expect(handlers.onLog).toHaveBeenLastCalledWith(police, 'police-report.made', '');
    await user.click(considered);
    expect(handlers.onLog).toHaveBeenLastCalledWith(police, 'police-report.considered', '');
    expect(screen.getAllByRole('button', { name: /^Polisanmälan:/ })).toHaveLength(2);
  });

  it('a threat whose police decision is made: the decision leaves the view, and only the other can be chosen, as a change, among the other actions', async () => {
    const police = { ...threat, action: 'police-report' as const };
    const user = userEvent.setup();
    const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
    render(<ItemActions item={police} lang="sv" handlers={handlers} documentation="delivered" policeDecision="police-report.considered" />);
    const more = screen.getByText('Fler åtgärder').closest('details')!;
    const buttons = screen.getAllByRole('button', { name: /Polisanmälan:/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Ändra beslutet: Polisanmälan: Anmälan gjord']);
    expect(more.contains(buttons[0])).toBe(true);
    await user.click(buttons[0]);
    expect(handlers.onLog).toHaveBeenLastCalledWith(police, 'police-report.made', '');
  });

  it('a comment moved to case handling is not moved again', async () => {
    render(<ItemActions item={threat} lang="sv" handlers={{ onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() }} documentation="none" movedToCase />);
    expect(screen.queryByRole('button', { name: 'Till ärendehantering' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Falsklarm' })).toBeTruthy();
  });

  it('a delivery that failed is tried again, not documented again (a second, unlinked registration): "Försök igen" first, "Dokumentera igen" among the others', async () => {
    const { user, handlers } = await openActions(threat, 'undelivered');
    const retry = screen.getByRole('button', { name: 'Försök igen' });
    expect(retry.className).toContain('primary');
    const more = screen.getByText('Fler åtgärder').closest('details')!;
    expect(more.contains(retry)).toBe(false);
    expect(more.contains(within(more).getByRole('button', { name: 'Dokumentera igen' }))).toBe(true);
    await user.click(retry);
    expect(handlers.onRetry).toHaveBeenCalledWith(threat);
    expect(handlers.onDocument).not.toHaveBeenCalled();
    cleanup();
    // A comment still waiting for an answer is answered first; trying the delivery again is among the others.
    const waitingUndelivered = await openActions(waiting, 'undelivered');
    expect(screen.getByRole('button', { name: 'Visa på sidan och svara' }).className).toContain('primary');
    await waitingUndelivered.user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(waitingUndelivered.handlers.onRetry).toHaveBeenCalledWith(waiting);
  });

  it('a documentation that has not reached the registrator does not make removing the next step, and removing it anyway is logged as such', async () => {
    const { user, handlers } = await openActions(threat, 'undelivered');
    await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    const warning = screen.getByRole('alertdialog', { name: 'Borttagen från plattformen' });
    expect(warning.textContent).toMatch(/inte nått registrator.*innan kommentaren tas bort/);
    expect(within(warning).queryByRole('button', { name: 'Dokumentera först' })).toBeNull();
    // Trying the delivery again is offered first, and keyboard users land on it.
    expect(document.activeElement).toBe(within(warning).getByRole('button', { name: 'Försök igen' }));
    await user.click(within(warning).getByRole('button', { name: 'Logga som borttagen ändå' }));
    expect(handlers.onLog).toHaveBeenCalledWith(threat, 'removed', 'Borttagen innan dokumentationen nått registrator');
  });

  it('a delivery blocked for want of access to the registrator\'s address is not on its way: removing is questioned as for a failed one', async () => {
    const { user } = await openActions(threat, documentationOf(['blocked', 'failed']));
    await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
    expect(screen.getByRole('alertdialog', { name: 'Borttagen från plattformen' }).textContent).toMatch(/inte nått registrator/);
  });

  it('removes only once the registrator has the documentation (R7): while it is queued or a draft still to send, removing is questioned', async () => {
    for (const states of [['queued'], ['saved'], ['failed', 'queued']] as const) {
      const { user, handlers } = await openActions(threat, documentationOf([...states]));
      expect(screen.queryByRole('button', { name: 'Borttagen från plattformen' })?.className ?? '').not.toContain('primary');
      expect(screen.getByText('Ta bort kommentaren när registrator har fått dokumentationen.')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Borttagen från plattformen' }));
      const warning = screen.getByRole('alertdialog', { name: 'Borttagen från plattformen' });
      expect(warning.textContent).toMatch(/på väg men har inte nått registrator/);
      expect(document.activeElement).toBe(within(warning).getByRole('button', { name: 'Avbryt' }));
      await user.click(within(warning).getByRole('button', { name: 'Logga som borttagen ändå' }));
      expect(handlers.onLog).toHaveBeenCalledWith(threat, 'removed', 'Borttagen innan dokumentationen nått registrator');
      cleanup();
    }
    // With the registrator (an HTTP receipt, or the editor's word that the draft was sent): removing is the next step.
    render(<ItemActions item={threat} lang="sv" handlers={{ onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() }} documentation={documentationOf(['failed', 'sent'])} />);
    expect(screen.getByRole('button', { name: 'Borttagen från plattformen' }).className).toContain('primary');
  });

  it('a comment waiting for an answer is shown on the page to be answered, and can be marked answered, without opening more actions', async () => {
    const user = userEvent.setup();
    const handlers = { onDocument: vi.fn(), onRetry: vi.fn(), onLog: vi.fn(), onReveal: vi.fn() };
    render(<ItemActions item={waiting} lang="sv" handlers={handlers} documentation="none" />);
    const more = screen.getByText('Fler åtgärder').closest('details')!;
    const reveal = screen.getByRole('button', { name: 'Visa på sidan och svara' });
    const answered = screen.getByRole('button', { name: 'Markera som besvarad' });
    expect(more.contains(reveal) || more.contains(answered)).toBe(false);
    await user.click(reveal);
    expect(handlers.onReveal).toHaveBeenCalledWith(waiting);
    await user.click(answered);
    await user.click(screen.getByRole('button', { name: 'Per e-post' }));
    expect(handlers.onLog).toHaveBeenCalledWith(waiting, 'answered', 'Besvarad per e-post');
  });

  it('says what is missing when the case number is left empty, and logs nothing', async () => {
    const { user, handlers } = await openActions(threat, 'none');
    await user.click(screen.getByRole('button', { name: 'Till ärendehantering' }));
    await user.type(screen.getByLabelText('Diarienummer (t.ex. KS 2026/123)'), '   ');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('alert').textContent).toBe('Skriv diarienumret.');
    expect(screen.getByLabelText('Diarienummer (t.ex. KS 2026/123)').getAttribute('aria-invalid')).toBe('true');
    expect(handlers.onLog).not.toHaveBeenCalled();
  });
});
