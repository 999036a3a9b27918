/**
 * A menu button to move a department to another wave: the button opens a menu of the target waves
 * (Enter, Space or Arrow Down open it on the first item, Arrow Up on the last); arrow keys, Home and
 * End move between items, Enter chooses, Escape closes and returns to the button, Tab leaves it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { usePlannerTranslation } from '../../i18n';

export interface MoveTarget {
  id: string;
  name: string;
}

export interface MoveMenuProps {
  code: string;
  targets: readonly MoveTarget[];
  disabled: boolean;
  onMove: (target: MoveTarget) => void;
}

export function MoveMenu({ code, targets, disabled, onMove }: MoveMenuProps) {
  const { t } = usePlannerTranslation();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(targets.length - 1);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const last = targets.length - 1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => setActive((i) => (i >= last ? 0 : i + 1)),
      ArrowUp: () => setActive((i) => (i <= 0 ? last : i - 1)),
      Home: () => setActive(0),
      End: () => setActive(last),
      Escape: () => close(true),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="move-menu">
      <button
        ref={button}
        type="button"
        className="button button--small button--secondary"
        id={`move-${code}`}
        data-move-department={code}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('waves.moveLabel', { code })}
        disabled={disabled || targets.length === 0}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {t('waves.move')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('waves.moveLabel', { code })}
          className="move-menu__list"
          onKeyDown={onMenuKey}
        >
          {targets.map((target, index) => (
            <li key={target.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                onClick={() => {
                  close(false);
                  onMove(target);
                }}
              >
                {t('waves.moveTo', { name: target.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
