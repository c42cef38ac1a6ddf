import type { RefObject } from 'react';
import { useLayoutEffect } from 'react';

// What is fixed to the foot of the screen — a form's action bar (desk/frame/ActionBar.tsx), a
// toast (UpdatePrompt.tsx) — covers the page's end unless the page keeps room for it. On a
// phone or a tablet in portrait a toast is as tall as a form's last row: the sign-in card's
// «Выйти» or the tablet's «Зарегистрировать планшет» lay under it, out of reach until it was
// dismissed, and on the person form the action bar hid the toast's own buttons. While one is
// shown its height goes to the root as a CSS variable, <main> keeps that much room below its
// content and a toast sits above the bar (styles.css):
//
//   <html style="--action-bar-space: 72px; --toast-space: 194px">
//     --toast-space: the toast, its 16 px offset and 16 px of air

export type FootSpace = '--action-bar-space' | '--toast-space';

/**
 * Reserves room at the page's foot for the element in `ref` while `shown` names what it shows
 * (a different name, a different element), undefined when nothing is shown. One of each kind
 * is on the screen at a time.
 */
export function useFootSpace(
  ref: RefObject<HTMLElement | null>,
  space: FootSpace,
  shown: string | undefined,
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (shown === undefined || element === null) return;
    const root = document.documentElement;
    const air = space === '--toast-space' ? 32 : 0;
    const reserve = () => {
      root.style.setProperty(space, `${element.offsetHeight + air}px`);
    };
    reserve();
    const observer = new ResizeObserver(reserve);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(space);
    };
  }, [ref, space, shown]);
}
