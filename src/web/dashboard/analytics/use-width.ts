import { useEffect, useState } from 'react';

/**
 * An element's width in CSS pixels, so an SVG can be drawn 1:1 (text stays readable on a phone).
 * Returns a callback ref: it follows the element when it appears later or is replaced.
 */
export function useWidth<T extends HTMLElement>(initial: number, min = 260) {
  const [el, setEl] = useState<T | null>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.max(min, Math.round(w)));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, min]);
  return [setEl, width] as const;
}
