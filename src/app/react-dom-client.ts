// React DOM's client as a module of the app's own: main.tsx imports it once the start chunk has run,
// and its chunk (not the entry) holds the line that starts React DOM.
export { createRoot } from 'react-dom/client';
