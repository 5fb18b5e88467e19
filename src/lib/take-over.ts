import { takeHeldClicks } from './early-input';

/**
 * The live page takes over from the prerendered view (src/lib/early-input.ts) with what the reader
 * did there: values typed or chosen in its fields, details and popovers opened, the element that had
 * focus (and the selection in it), and buttons pressed before the app was live. Each is found on the
 * live page by what it is (tag, type, class, label, placeholder, text) and its place among its
 * likes, not by id: React's ids differ between the build's render and the live one.
 */

const CONTROLS = 'a[href], button, input, select, textarea, summary, details, [popover], [tabindex]';

interface Place {
  sig: string;
  nth: number;
}

export interface Snapshot {
  focus: (Place & { selection?: [number, number] }) | null;
  /** the control the pointer was over (the chart turns interactive when the pointer enters it) */
  hover: Place | null;
  values: (Place & { value: string; checked: boolean })[];
  open: Place[];
  popovers: Place[];
  clicks: Place[];
}

function signature(el: Element): string {
  const text = el.matches('button, summary, a') ? (el.textContent ?? '').trim().slice(0, 80) : '';
  const attrs = ['type', 'class', 'aria-label', 'placeholder', 'role'].map((a) => el.getAttribute(a) ?? '');
  return [el.tagName, ...attrs, text].join('|');
}

/** The controls under `root` in document order, each with its signature (computed once). */
function controls(root: Element): { el: Element; sig: string }[] {
  return [...root.querySelectorAll(CONTROLS)].map((el) => ({ el, sig: signature(el) }));
}

function placeOf(all: { el: Element; sig: string }[], el: Element): Place | null {
  const i = all.findIndex((c) => c.el === el);
  if (i < 0) return null;
  const sig = all[i]!.sig;
  let nth = 0;
  for (let j = 0; j < i; j++) if (all[j]!.sig === sig) nth++;
  return { sig, nth };
}

function find(all: { el: Element; sig: string }[], place: Place): Element | null {
  let nth = 0;
  for (const c of all) if (c.sig === place.sig && nth++ === place.nth) return c.el;
  return null;
}

/** An open popover (`:popover-open` throws in a browser that has no popovers: then none is open). */
function openPopover(el: Element): boolean {
  try {
    return el.hasAttribute('popover') && el.matches(':popover-open');
  } catch {
    return false;
  }
}

function changed(el: Element): boolean {
  if (el instanceof HTMLInputElement) {
    if (el.readOnly || el.type === 'hidden') return false;
    return el.type === 'checkbox' || el.type === 'radio'
      ? el.checked !== el.defaultChecked
      : el.value !== el.defaultValue;
  }
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && el.value !== el.defaultValue;
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
  return false;
}

/** What the reader did on the prerendered view `pre`, to carry over to the live page. */
export function snapshot(pre: Element, active: Element | null = document.activeElement): Snapshot {
  const all = controls(pre);
  const els = all.map((c) => c.el);
  const at = (el: Element) => placeOf(all, el);
  const focused = active && pre.contains(active) ? at(active.closest(CONTROLS) ?? active) : null;
  const selection =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? ([active.selectionStart ?? 0, active.selectionEnd ?? 0] as [number, number])
      : undefined;
  const places = (list: Element[]) => list.map(at).filter((p): p is Place => p !== null);
  const hovered = els.filter((el) => el.matches(':hover')).at(-1);
  return {
    focus: focused && { ...focused, selection },
    hover: hovered ? at(hovered) : null,
    values: els.filter(changed).map((el) => {
      const f = el as HTMLInputElement;
      return { ...at(el)!, value: f.value, checked: Boolean(f.checked) };
    }),
    open: places(els.filter((el) => el instanceof HTMLDetailsElement && el.open)),
    popovers: places(els.filter(openPopover)),
    clicks: places(takeHeldClicks().filter((el) => pre.contains(el))),
  };
}

/** Sets a field's value as a reader would, so React's change handlers see it. */
function setValue(el: Element, value: string, checked: boolean) {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    if (el.checked !== checked) el.click();
    return;
  }
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/**
 * Applies a snapshot to the live page under `live`, in a task of its own after the commit that showed
 * the live page: focus first, then the rest. Focusing lays out the whole new page at once: done in
 * the commit, it would make that the first reach's longest task; after it, the browser lays the page
 * out for its next frame either way (measured in docs/benchmarks.md). A key pressed in between (the
 * reader still tabbing) first brings the focus back, so it acts where the reader was, not from the
 * top of the page.
 */
export function restore(snap: Snapshot, live: Element): void {
  const all = controls(live);
  const target = snap.focus && find(all, snap.focus);
  let focused = false;
  const focusTarget = () => {
    if (focused) return;
    focused = true;
    window.removeEventListener('keydown', focusTarget, true);
    // unless the reader has put the focus somewhere else since (a click on the live page)
    const free = !document.activeElement || document.activeElement === document.body;
    if (target instanceof HTMLElement && target.isConnected && free) target.focus({ preventScroll: true });
  };
  if (target) window.addEventListener('keydown', focusTarget, true);
  // found again at each step: a value set may re-render the page
  const get = (p: Place) => find(controls(live), p);
  setTimeout(() => {
    focusTarget();
    // the pointer is over the same control on the live page, but the browser tells it so only when
    // it next moves: say so now (React's onPointerEnter comes from pointerover)
    const hovered = snap.hover && get(snap.hover);
    const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
    hovered?.dispatchEvent(new Pointer('pointerover', { bubbles: true }));
    for (const p of snap.open) {
      const el = get(p);
      if (el instanceof HTMLDetailsElement) el.open = true;
    }
    for (const p of snap.popovers) {
      const el = get(p);
      if (el instanceof HTMLElement && el.showPopover && !openPopover(el)) el.showPopover();
    }
    for (const v of snap.values) {
      const el = get(v);
      if (el) setValue(el, v.value, v.checked);
    }
    // setting a value moves the caret to its end: put back where the reader left it
    const sel = snap.focus?.selection;
    if (sel && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.isConnected) {
      try {
        target.setSelectionRange(sel[0], sel[1]);
      } catch {
        // a field with no selection (a checkbox): nothing to put back
      }
    }
    for (const p of snap.clicks) (get(p) as HTMLElement | null)?.click();
  }, 0);
}
