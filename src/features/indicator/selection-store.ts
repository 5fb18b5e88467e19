import { create } from 'zustand';

/** UI state only: which figure's provenance is open. Not fetched, not worth sharing in a link. */
interface SelectionState {
  selectedId: string | null;
  select: (id: string | null) => void;
}

export const useSelection = create<SelectionState>((set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
}));

export const resetSelection = () => useSelection.setState({ selectedId: null });
