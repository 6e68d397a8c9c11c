// An HTTP registrar whose address Uppsikt has no permission for (set by the organisation's policy,
// which cannot grant it, or refused once): the settings page says so and asks on a click.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const permissions = vi.hoisted(() => ({
  granted: new Set<string>(),
  contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => permissions.granted.has(o))),
  request: vi.fn(async ({ origins }: { origins: string[] }) => {
    origins.forEach((o) => permissions.granted.add(o));
    return true;
  }),
  onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
  onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('wxt/browser', () => ({ browser: { permissions } }));
const { RegistrarAccess } = await import('@/components/RegistrarAccess');

afterEach(() => {
  cleanup();
  permissions.granted.clear();
});

describe('RegistrarAccess', () => {
  it('asks for the address when Uppsikt may not send there, and is gone once it may', async () => {
    render(<RegistrarAccess endpoint="https://diarium.sjovik.se/intake" lang="sv" />);
    expect(await screen.findByText(/Uppsikt har inte behörighet att skicka till https:\/\/diarium\.sjovik\.se\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ge åtkomst' }));
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://diarium.sjovik.se/*'] });
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Ge åtkomst' })).toBeNull());
  });

  it('asks for a local registrar\'s host on every port: Firefox refuses a port in the pattern', async () => {
    render(<RegistrarAccess endpoint="http://localhost:8080/intake" lang="sv" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ge åtkomst' }));
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://localhost/*'] });
  });

  it('says nothing when the permission is there, or there is no address', async () => {
    permissions.granted.add('https://diarium.sjovik.se/*');
    const { container } = render(<><RegistrarAccess endpoint="https://diarium.sjovik.se/intake" lang="en" /><RegistrarAccess endpoint="" lang="en" /></>);
    await vi.waitFor(() => expect(permissions.contains).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });
});
