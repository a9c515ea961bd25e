// The table cell menu (ARIA menu pattern): focus moves to its first item, arrows/Home/End move between
// items, Enter/Space act, Escape or Tab close it. It is portalled to <body> with fixed positioning
// because the editor's text box is CSS-contained (a fixed child would be clipped to, and placed in, it).
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { TableAction, TableMenuState } from './tableActions';

interface Item {
  action: TableAction;
  label: string;
  enabled?: (s: TableMenuState) => boolean;
}

const GROUPS: Item[][] = [
  [
    { action: 'row-above', label: 'Chèn hàng phía trên' },
    { action: 'row-below', label: 'Chèn hàng phía dưới' },
    { action: 'column-left', label: 'Chèn cột bên trái' },
    { action: 'column-right', label: 'Chèn cột bên phải' }
  ],
  [
    { action: 'delete-row', label: 'Xóa hàng', enabled: (s) => s.canDeleteRow },
    { action: 'delete-column', label: 'Xóa cột', enabled: (s) => s.canDeleteColumn },
    { action: 'delete-table', label: 'Xóa bảng' }
  ]
];

/** Why a delete item is unavailable, shown as its tooltip (a lone row/column goes with "Xóa bảng"). */
const DISABLED_HINT: Partial<Record<TableAction, string>> = {
  'delete-row': 'Bảng chỉ còn một hàng: dùng “Xóa bảng” để xóa cả bảng.',
  'delete-column': 'Bảng chỉ còn một cột: dùng “Xóa bảng” để xóa cả bảng.'
};

export interface TableMenuProps {
  /** Viewport point for the menu's top-left corner (it is moved back inside the window if needed). */
  x: number;
  y: number;
  state: TableMenuState;
  onAction: (action: TableAction) => void;
  /** `returnFocus`: put the caret back in the cell (Escape, Tab); false when the user clicked elsewhere. */
  onClose: (returnFocus: boolean) => void;
}

export function TableMenu({ x, y, state, onAction, onClose }: TableMenuProps) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    menu.style.left = `${Math.max(4, Math.min(x, window.innerWidth - width - 4))}px`;
    menu.style.top = `${y + height + 4 > window.innerHeight ? Math.max(4, y - height) : y}px`;
    items(menu)[0]?.focus({ preventScroll: true });
  }, [x, y]);

  // A click elsewhere, scrolling or leaving the window closes the menu, as a native context menu does.
  // Resizing does not: the menu stays usable where it is (and screenshots resize the page).
  useEffect(() => {
    const onPointer = (e: Event) => {
      const target = e.target as Element | null;
      if (!ref.current?.contains(target) && !target?.closest?.('[data-table-menu-button]')) onClose(false);
    };
    const onScroll = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) onClose(false);
    };
    const onBlur = () => onClose(false);
    document.addEventListener('mousedown', onPointer, true);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('blur', onBlur);
    return () => {
      document.removeEventListener('mousedown', onPointer, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [onClose]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const all = items(e.currentTarget);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (e.key in move) {
      e.preventDefault();
      all[(move[e.key]! + all.length) % all.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
    }
  }

  function item({ action, label, enabled }: Item) {
    const disabled = enabled ? !enabled(state) : false;
    return (
      <button
        key={action}
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="bbt-table-menu-item"
        aria-disabled={disabled || undefined}
        title={disabled ? DISABLED_HINT[action] : undefined}
        // Keeps the editor's selection until the item acts on it.
        onMouseDown={(e) => e.preventDefault()}
        // The pointer and the keyboard share one highlight, as in a native menu.
        onMouseEnter={(e) => e.currentTarget.focus({ preventScroll: true })}
        onClick={() => {
          if (!disabled) onAction(action);
        }}
      >
        {label}
      </button>
    );
  }

  return createPortal(
    <div
      ref={ref}
      className="bbt-table-menu"
      role="menu"
      aria-label="Bảng"
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
      // The menu key may fire its event after focus moved here (Windows does on key-up): no browser menu on top.
      onContextMenu={(e) => e.preventDefault()}
    >
      {GROUPS.map((group, i) => [
        i > 0 && <div key={`sep${i}`} role="separator" className="bbt-table-menu-sep" />,
        ...group.map(item)
      ])}
      <div role="separator" className="bbt-table-menu-sep" />
      <button
        type="button"
        role="menuitemcheckbox"
        aria-checked={state.headerRow}
        tabIndex={-1}
        className="bbt-table-menu-item"
        onMouseDown={(e) => e.preventDefault()}
        onMouseEnter={(e) => e.currentTarget.focus({ preventScroll: true })}
        onClick={() => onAction('toggle-header-row')}
      >
        <span className="bbt-table-menu-check" aria-hidden="true">
          {state.headerRow ? '✓' : ''}
        </span>
        Hàng tiêu đề
      </button>
    </div>,
    document.body
  );
}

/** The menu's items in order (disabled ones too: ARIA menus keep them focusable so they can be discovered). */
function items(menu: HTMLElement): HTMLElement[] {
  return Array.from(menu.querySelectorAll<HTMLElement>('[role^="menuitem"]'));
}
