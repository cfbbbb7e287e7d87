import { useState, type KeyboardEvent, type MouseEvent } from 'react';

/** What a combobox shows and does, known only once its state is (the items may depend on `open`). */
export interface ComboboxConfig<T> {
  /** The listbox's ID. */
  listId: string;
  /** The ID of the i-th option. */
  optionId: (i: number) => string;
  items: readonly T[];
  /** Whether the listbox is shown. */
  expanded: boolean;
  /** Called with the item chosen by Enter or the mouse; the list then closes. */
  onPick: (item: T) => void;
  /** Swallow Enter while the list is shown even when there is nothing to pick. */
  swallowEnter?: boolean;
  /** Escape while the list is closed; return true if it did something. */
  onEscapeClosed?: () => boolean;
}

/**
 * The state and keyboard handling of a WAI-ARIA combobox (a text input with
 * a listbox of suggestions): arrows move through the options, Enter picks
 * one, Escape closes the list, and the mouse picks on mousedown. Call it,
 * work out the items (they may depend on `open`), then `bind` them to get
 * the props for the input, the listbox and each option.
 */
export function useCombobox() {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  /** For the input's onChange: the text changed, so show the list from the top. */
  const typed = () => {
    setOpen(true);
    setActive(0);
  };

  const bind = <T>({ listId, optionId, items, expanded, onPick, swallowEnter = false, onEscapeClosed }: ComboboxConfig<T>) => {
    const activeIndex = Math.min(active, items.length - 1);

    const pick = (item: T) => {
      onPick(item);
      setOpen(false);
      setActive(0);
    };

    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setOpen(true);
        if (!items.length) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + items.length) % items.length);
      } else if (e.key === 'Enter') {
        if (expanded && items[activeIndex]) {
          e.preventDefault();
          pick(items[activeIndex]);
        } else if (expanded && swallowEnter) e.preventDefault();
      } else if (e.key === 'Escape') {
        if (expanded) {
          // Closes the list, not a dialog around it.
          e.preventDefault();
          setOpen(false);
        } else if (onEscapeClosed?.()) e.preventDefault();
      }
    };

    return {
      activeIndex,
      inputProps: {
        role: 'combobox',
        autoComplete: 'off',
        spellCheck: false,
        'aria-autocomplete': 'list',
        'aria-expanded': expanded,
        'aria-controls': listId,
        'aria-activedescendant': expanded && items[activeIndex] ? optionId(activeIndex) : undefined,
        onFocus: () => setOpen(true),
        onBlur: () => setOpen(false),
        onKeyDown,
      } as const,
      listboxProps: { id: listId, role: 'listbox', hidden: !expanded } as const,
      optionProps: (item: T, i: number) =>
        ({
          id: optionId(i),
          role: 'option',
          'aria-selected': i === activeIndex,
          className: i === activeIndex ? 'active' : undefined,
          // mousedown, not click: the input's blur would close the list first.
          onMouseDown: (e: MouseEvent) => {
            e.preventDefault();
            pick(item);
          },
          onMouseEnter: () => setActive(i),
        }) as const,
    };
  };

  return { open, typed, bind };
}
