// Small inline SVG icons for the toolbar (no icon font, no network).
import type { ReactNode } from 'react';

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

const lines = (xs: [number, number][]) =>
  xs.map(([x1, x2], i) => <line key={i} x1={x1} x2={x2} y1={4 + i * 4} y2={4 + i * 4} />);

export const icons = {
  undo: (
    <Svg>
      <path d="M7 5 3 9l4 4" />
      <path d="M3 9h9a5 5 0 0 1 0 10h-2" />
    </Svg>
  ),
  redo: (
    <Svg>
      <path d="m13 5 4 4-4 4" />
      <path d="M17 9H8a5 5 0 0 0 0 10h2" />
    </Svg>
  ),
  alignLeft: <Svg>{lines([[3, 17], [3, 12], [3, 17], [3, 12]])}</Svg>,
  alignCenter: <Svg>{lines([[3, 17], [5.5, 14.5], [3, 17], [5.5, 14.5]])}</Svg>,
  alignRight: <Svg>{lines([[3, 17], [8, 17], [3, 17], [8, 17]])}</Svg>,
  alignJustify: <Svg>{lines([[3, 17], [3, 17], [3, 17], [3, 17]])}</Svg>,
  bullets: (
    <Svg>
      <circle cx="4" cy="5" r="1" fill="currentColor" />
      <circle cx="4" cy="10" r="1" fill="currentColor" />
      <circle cx="4" cy="15" r="1" fill="currentColor" />
      <line x1="8" x2="17" y1="5" y2="5" />
      <line x1="8" x2="17" y1="10" y2="10" />
      <line x1="8" x2="17" y1="15" y2="15" />
    </Svg>
  ),
  numbers: (
    <Svg>
      {/* The digits 1, 2, 3 drawn as strokes: SVG text would count as the button's visible text. */}
      <g strokeWidth="1.2">
        <path d="M2.6 3.6 L3.8 2.8 V7.4" />
        <path d="M2.4 9.2 Q3.6 8 4.8 8.8 Q5.4 9.6 4.4 10.6 L2.4 12.6 H5.2" />
        <path d="M2.4 14 H5 L3.6 15.4 Q5.4 15.4 5.2 16.8 Q4.8 18.2 2.4 17.6" />
      </g>
      <line x1="8" x2="17" y1="5" y2="5" />
      <line x1="8" x2="17" y1="10" y2="10" />
      <line x1="8" x2="17" y1="15" y2="15" />
    </Svg>
  ),
  quote: (
    <Svg>
      <path d="M8.5 5.5C5.5 6.5 4 8.6 4 11.2V15h4.2v-4.2H6.3c0-1.6.9-2.8 2.7-3.5Z" fill="currentColor" stroke="none" />
      <path d="M15.5 5.5c-3 1-4.5 3.1-4.5 5.7V15h4.2v-4.2h-1.9c0-1.6.9-2.8 2.7-3.5Z" fill="currentColor" stroke="none" />
    </Svg>
  ),
  image: (
    <Svg>
      <rect x="2.5" y="4" width="15" height="12" rx="1.5" />
      <circle cx="7" cy="8" r="1.4" />
      <path d="m3 15 4.5-4.5 3 3 2-2 4.5 4.5" />
    </Svg>
  ),
  table: (
    <Svg>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1" />
      <line x1="2.5" x2="17.5" y1="8" y2="8" />
      <line x1="2.5" x2="17.5" y1="12.3" y2="12.3" />
      <line x1="7.5" x2="7.5" y1="3.5" y2="16.5" />
      <line x1="12.5" x2="12.5" y1="3.5" y2="16.5" />
    </Svg>
  ),
  link: (
    <Svg>
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
    </Svg>
  )
};
