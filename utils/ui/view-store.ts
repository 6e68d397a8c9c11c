import { create } from 'zustand';
import type { WorkGroup } from '@/utils/report';

// View state only (which groups are folded, which item is open); records stay in Dexie.
interface WorkListSlice {
  collapsed: Partial<Record<WorkGroup, boolean>>;
  toggleGroup(group: WorkGroup): void;
}
interface SelectionSlice {
  selected: string | null;
  select(commentId: string | null): void;
}

export const useViewStore = create<WorkListSlice & SelectionSlice>()((set) => ({
  collapsed: {},
  toggleGroup: (group) => set((s) => ({ collapsed: { ...s.collapsed, [group]: !s.collapsed[group] } })),
  selected: null,
  select: (selected) => set({ selected }),
}));
